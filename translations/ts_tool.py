#!/usr/bin/env python3
"""Round-trips the messages of a Qt Linguist .ts file through JSON, for translating in
bulk or reviewing in a text editor.

  ts_tool.py export seams_fr.ts > todo.json        unfinished messages (--all: every one)
  ts_tool.py import seams_fr.ts done.json          writes translations back, marks them finished
  ts_tool.py check seams_fr.ts                     placeholders, plural forms, unfinished count
  ts_tool.py carry seams_fr.ts                     after lupdate without -no-obsolete: strings
                                                   that only moved to another context keep
                                                   their translation; vanished ones go

A message in JSON: {"context", "source", "comment", "numerus", "translation"} where
"translation" is a string, or for numerus messages a list of plural forms (French and
German have two: singular and plural)."""
import json
import re
import sys
import xml.etree.ElementTree as ET

PLACEHOLDER = re.compile(r"%(?:n|L?\d+)")


def messages(root):
    for context in root.iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            yield name, message


def key(context, message):
    return (context, message.findtext("source"), message.findtext("comment") or "")


def export(path, everything):
    root = ET.parse(path).getroot()
    out = []
    for context, message in messages(root):
        translation = message.find("translation")
        if translation.get("type") in ("vanished", "obsolete"):
            continue
        if not everything and translation.get("type") != "unfinished":
            continue
        numerus = message.get("numerus") == "yes"
        current = ([form.text or "" for form in translation.findall("numerusform")]
                   if numerus else (translation.text or ""))
        out.append({"context": context, "source": message.findtext("source"),
                    "comment": message.findtext("comment") or "", "numerus": numerus,
                    "translation": current})
    json.dump(out, sys.stdout, ensure_ascii=False, indent=1)
    sys.stdout.write("\n")


def write_tree(tree, path):
    tree.write(path, encoding="utf-8", xml_declaration=True)
    with open(path, "r+", encoding="utf-8") as handle:
        text = handle.read()
        if "<!DOCTYPE TS>" not in text:
            text = text.replace("?>\n", "?>\n<!DOCTYPE TS>\n", 1)
        handle.seek(0)
        handle.write(text)
        handle.truncate()


def import_(path, json_path):
    tree = ET.parse(path)
    wanted = {}
    for item in json.load(open(json_path, encoding="utf-8")):
        wanted[(item["context"], item["source"], item.get("comment", ""))] = item["translation"]
    done = 0
    for context, message in messages(tree.getroot()):
        k = key(context, message)
        if k not in wanted:
            continue
        value = wanted[k]
        translation = message.find("translation")
        for child in list(translation):
            translation.remove(child)
        translation.text = None
        if message.get("numerus") == "yes":
            for form in value:
                ET.SubElement(translation, "numerusform").text = form
        else:
            translation.text = value
        translation.attrib.pop("type", None)
        done += 1
    write_tree(tree, path)
    print(f"{done} of {len(wanted)} translations written to {path}", file=sys.stderr)


def check(path):
    root = ET.parse(path).getroot()
    language = root.get("language", "")
    forms = 2 if language.split("_")[0] in ("fr", "de", "en") else None
    problems = 0
    unfinished = 0
    for context, message in messages(root):
        source = message.findtext("source")
        translation = message.find("translation")
        if translation.get("type") == "unfinished":
            unfinished += 1
            continue
        texts = ([form.text or "" for form in translation.findall("numerusform")]
                 if message.get("numerus") == "yes" else [translation.text or ""])
        if message.get("numerus") == "yes" and forms and len(texts) != forms:
            print(f"{context}: {source!r}: {len(texts)} plural forms, expected {forms}")
            problems += 1
        wanted = sorted(set(PLACEHOLDER.findall(source)))
        for text in texts:
            if not text.strip():
                print(f"{context}: {source!r}: empty translation")
                problems += 1
            got = sorted(set(PLACEHOLDER.findall(text)))
            # %n may be left out of a singular form ("une note"), never elsewhere.
            if got != wanted and sorted(set(wanted) - {"%n"}) != sorted(set(got) - {"%n"}):
                print(f"{context}: {source!r}: placeholders {wanted} became {got}")
                problems += 1
    print(f"{path}: {unfinished} unfinished, {problems} problems")
    return 1 if problems or unfinished else 0


def carry(path):
    tree = ET.parse(path)
    root = tree.getroot()
    old = {}
    for context, message in messages(root):
        translation = message.find("translation")
        if translation.get("type") in ("vanished", "obsolete"):
            old.setdefault((message.findtext("source"), message.get("numerus") == "yes"),
                           translation)
    carried = 0
    for context, message in messages(root):
        translation = message.find("translation")
        if translation.get("type") != "unfinished":
            continue
        previous = old.get((message.findtext("source"), message.get("numerus") == "yes"))
        if previous is None:
            continue
        for child in list(translation):
            translation.remove(child)
        translation.text = previous.text
        for form in previous.findall("numerusform"):
            ET.SubElement(translation, "numerusform").text = form.text
        translation.attrib.pop("type", None)
        carried += 1
    removed = 0
    for context in list(root.iter("context")):
        for message in list(context.findall("message")):
            if message.find("translation").get("type") in ("vanished", "obsolete"):
                context.remove(message)
                removed += 1
        if not context.findall("message"):
            root.remove(context)
    write_tree(tree, path)
    print(f"{path}: {carried} translations carried to their new context, {removed} vanished "
          f"messages removed", file=sys.stderr)


if __name__ == "__main__":
    if len(sys.argv) >= 3 and sys.argv[1] == "export":
        export(sys.argv[2], "--all" in sys.argv)
    elif len(sys.argv) == 4 and sys.argv[1] == "import":
        import_(sys.argv[2], sys.argv[3])
    elif len(sys.argv) == 3 and sys.argv[1] == "carry":
        carry(sys.argv[2])
    elif len(sys.argv) == 3 and sys.argv[1] == "check":
        sys.exit(check(sys.argv[2]))
    else:
        print(__doc__, file=sys.stderr)
        sys.exit(2)
