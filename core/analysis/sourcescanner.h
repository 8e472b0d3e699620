#pragma once

#include <QString>
#include <QStringList>

namespace Seams {

class ModuleGraph;
class Progress;

/** What the built-in scanner reads and how it names modules. */
struct ScanOptions
{
    /** 0: one module per source file (a Python module, a Java class, a JavaScript or C++ file
     *  with its header or declaration file). N > 0: one module per package or folder, the
     *  first N segments of the file's module name ("app.orders.models" at depth 2 is
     *  "app.orders"). */
    int depth = 0;
    /** Folder names skipped wherever they appear. */
    QStringList excludedFolders = defaultExcludedFolders();
    /** Skips test files by name (test_x.py, x_test.py, XTest.java, x.test.js, x.spec.ts, ...). */
    bool skipTestFiles = true;
    /** Files larger than this are skipped (generated bundles, data). */
    qint64 maximumFileSize = 4 << 20;

    /** Tests, vendored and generated code: node_modules, vendor, third_party, test, tests,
     *  __pycache__, and hidden folders (.git, .venv, ...). */
    static QStringList defaultExcludedFolders();
};

/** Builds a module dependency graph from a source folder, for people without pydeps, jdeps,
 *  madge or dependency-cruiser:
 *
 *  - Python: `import` and `from ... import`, relative imports resolved against the importing
 *    module's package; `from pkg import name` depends on pkg.name when that is a module, else
 *    on pkg. Names that match no module of the tree exactly are tried as a suffix (code under
 *    src/ importing "app.x" finds "src.app.x").
 *  - Java: the package declaration names the class; single-type and static imports, and
 *    type names used in the code that belong to the same package or to an on-demand import.
 *  - JavaScript/TypeScript: `import`/`export ... from`, `require()`, `import()`; relative
 *    specifiers resolved with the usual extensions and index files; packages are external.
 *  - C/C++: `#include "..."`, relative to the including file, else by unique path suffix.
 *
 *  Reads each file once and keeps only what it found in it, so memory grows with the number
 *  of modules and dependencies, not with the size of the code. */
namespace SourceScanner {

/** Scans `root`. Fails (with `error`) when the folder cannot be read, holds no source file
 *  of a known language, or the scan is cancelled. Unreadable files inside are skipped. */
bool scan(const QString &root, const ScanOptions &options, ModuleGraph *graph, Progress *progress,
          QString *error);

} // namespace SourceScanner
} // namespace Seams
