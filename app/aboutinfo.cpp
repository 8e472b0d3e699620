#include "aboutinfo.h"

#include <graphviz/graphviz_version.h>
#include <igraph/igraph_version.h>
#include <sqlite3.h>

namespace Seams {

QString AboutInfo::version() const
{
    return QStringLiteral(SEAMS_VERSION);
}

QString AboutInfo::licence() const
{
    return tr("Seams is free software under the GNU General Public License, version 3 or "
              "later.");
}

QVariantList AboutInfo::libraries() const
{
    const char *igraphVersion = nullptr;
    igraph_version(&igraphVersion, nullptr, nullptr, nullptr);
    auto entry = [](const QString &name, const QString &version, const QString &licence,
                    const QString &purpose) {
        return QVariantMap {{QStringLiteral("name"), name},
                            {QStringLiteral("version"), version},
                            {QStringLiteral("licence"), licence},
                            {QStringLiteral("purpose"), purpose}};
    };
    return {
        entry(QStringLiteral("Qt"), QString::fromLatin1(qVersion()), QStringLiteral("LGPL-3.0"),
              tr("Application framework and user interface")),
        entry(QStringLiteral("SQLite"), QString::fromLatin1(sqlite3_libversion()),
              tr("Public domain"), tr("The .seams project file")),
        entry(QStringLiteral("Graphviz"), QStringLiteral(PACKAGE_VERSION),
              QStringLiteral("EPL-1.0"), tr("DOT import, layout and the context map")),
        entry(QStringLiteral("yaml-cpp"), QStringLiteral(SEAMS_YAML_CPP_VERSION),
              QStringLiteral("MIT"), tr("Every YAML file Seams writes")),
        entry(QStringLiteral("igraph"), QString::fromLatin1(igraphVersion),
              QStringLiteral("GPL-2.0-or-later"), tr("Service boundary suggestions")),
    };
}

} // namespace Seams
