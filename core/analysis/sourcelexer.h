#pragma once

#include <QByteArray>
#include <QList>

namespace Seams {

/** Finds the dependency statements in source text, without a compiler: comments and string
 *  contents are blanked first, so an "import" in a docstring or a commented-out #include
 *  does not count. Works on UTF-8 bytes; never fails (odd text just yields fewer
 *  references). */
namespace SourceLexer {

/** `import a.b` gives {module "a.b"}; `from ..x import y, z` gives {module "x", names {y, z},
 *  level 2}; `from . import y` gives {module "", names {y}, level 1}. */
struct PythonImport
{
    QByteArray module;
    QList<QByteArray> names;
    int level = 0;
};
QList<PythonImport> python(const QByteArray &text);

struct JavaFile
{
    QByteArray package;
    /** "a.b.C", "a.b.*", or for static imports "a.b.C.member" / "a.b.C.*". */
    QList<QByteArray> imports;
    /** Identifiers in the code that start with an upper-case letter (type names), once each,
     *  sorted: matched against classes of the same package and of on-demand imports. */
    QList<QByteArray> typeNames;
};
JavaFile java(const QByteArray &text);

/** Module specifiers of `import ... from "x"`, `import "x"`, `export ... from "x"`,
 *  `require("x")` and `import("x")`. */
QList<QByteArray> javaScript(const QByteArray &text);

/** The files of `#include "x.h"` (angle-bracket includes are the platform's). */
QList<QByteArray> cppIncludes(const QByteArray &text);

} // namespace SourceLexer
} // namespace Seams
