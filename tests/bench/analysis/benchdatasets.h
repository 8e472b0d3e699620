#pragma once

#include "analysis/modulegraph.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace Seams::Bench {

/** A real or synthetic dependency graph with its reference partition. */
struct Dataset
{
    QString name;
    /** How it was made, for the table's notes. */
    QString source;
    ModuleGraph graph;
    /** Reference group of each module: its package (real code) or planted group. */
    QList<int> truth;
};

/** Groups modules by their package (the name without its last segment). */
QList<int> packageTruth(const ModuleGraph &graph);

/** Real graphs made here from real code: jdeps on jars in /usr/share/java, the built-in
 *  Python scanner on Debian's Python packages, dependency-cruiser on JavaScript packages from
 *  the test tooling. Tools that are missing are listed in `skipped`. */
QList<Dataset> realDatasets(const QString &workFolder, QStringList *skipped);

/** Planted-partition graphs of 5,000 modules and ~50,000 dependencies at several noise
 *  levels. */
QList<Dataset> syntheticDatasets();

} // namespace Seams::Bench
