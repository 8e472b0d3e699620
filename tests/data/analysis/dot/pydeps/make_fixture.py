#!/usr/bin/env python3
"""Writes input.dot in the format pydeps 1.x emits (pydeps/render_context.py and
depgraph2dot.py): node ids are module names with '_' for '.', names longer than 14
characters are split over lines in the label with a literal backslash-dot-backslash-n,
attributes are written key="value", and an arrow a -> b means that b imports a.

pydeps itself cannot be installed on the build machine (no PyPI access), so this script
renders the real import graph of Python's own `email` package (found with the ast module)
in that format. Run: python3 make_fixture.py /usr/lib/python3.11/email > input.dot
"""
import ast
import os
import sys


def modules(root):
    base = os.path.dirname(os.path.abspath(root))
    found = {}
    for folder, _, files in os.walk(root):
        for name in files:
            if name.endswith('.py'):
                path = os.path.join(folder, name)
                dotted = os.path.relpath(path, base)[:-3].replace(os.sep, '.')
                if dotted.endswith('.__init__'):
                    dotted = dotted[:-9]
                found[dotted] = path
    return found


def imports(name, path, known):
    is_package = path.endswith('__init__.py')
    tree = ast.parse(open(path, encoding='utf-8').read())
    result = set()
    for node in ast.walk(tree):
        targets = []
        if isinstance(node, ast.Import):
            targets = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ''
            if node.level:
                parts = name.split('.')
                if not is_package:
                    parts = parts[:-1]
                parts = parts[:len(parts) - (node.level - 1)]
                base = '.'.join(parts + ([base] if base else []))
            targets = [base + '.' + alias.name for alias in node.names] + [base]
        for target in targets:
            while target and target not in known:
                target = target.rpartition('.')[0]
            if target and target != name:
                result.add(target)
                break
    return result


def label(name):
    return '\\.\\n'.join(name.split('.')) if len(name) > 14 and '.' in name else name


def main():
    known = modules(sys.argv[1])
    print('digraph G {')
    print('    concentrate = true;')
    print('    node [style=filled,fillcolor="#ffffff",fontcolor="#000000",fontname=Helvetica,fontsize=10];')
    print()
    seen = set()
    for name in sorted(known):
        for target in sorted(imports(name, known[name], known)):
            # pydeps draws the arrow from the imported module to the importer
            print('    %s -> %s [fillcolor="#5555aa",minlen="2"];' % (target.replace('.', '_'), name.replace('.', '_')))
            seen.update((name, target))
    for name in sorted(seen):
        attributes = 'fillcolor="#5555aa",fontcolor="#ffffff"'
        if label(name) != name.replace('.', '_'):
            attributes += ',label="%s"' % label(name)
        print('    %s [%s];' % (name.replace('.', '_'), attributes))
    print('}')


main()
