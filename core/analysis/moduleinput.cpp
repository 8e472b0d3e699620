#include "moduleinput.h"

#include "dotimport.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace Seams::ModuleInput {

Kind kindOf(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return Kind::Missing;
    if (!info.isDir())
        return Kind::Dot;
    const QDir folder(path);
    const bool hasDot
        = !folder.entryList({QStringLiteral("*.dot"), QStringLiteral("*.gv")}, QDir::Files)
               .isEmpty();
    const bool hasSources
        = !folder
               .entryList({QStringLiteral("*.py"), QStringLiteral("*.java"), QStringLiteral("*.js"),
                           QStringLiteral("*.ts"), QStringLiteral("*.c"), QStringLiteral("*.cpp"),
                           QStringLiteral("*.h")},
                          QDir::Files)
               .isEmpty();
    return hasDot && !hasSources ? Kind::DotFolder : Kind::Sources;
}

bool load(const QString &path, const ScanOptions &options, ModuleGraph *graph, Progress *progress,
          QString *error)
{
    switch (kindOf(path)) {
    case Kind::Missing:
        *error = QCoreApplication::translate("Seams::ModuleInput", "%1 does not exist")
                     .arg(QDir::toNativeSeparators(path));
        return false;
    case Kind::Dot:
    case Kind::DotFolder:
        return DotImport::readFile(path, graph, progress, error);
    case Kind::Sources:
        return SourceScanner::scan(path, options, graph, progress, error);
    }
    return false;
}

} // namespace Seams::ModuleInput
