#pragma once

#include <QList>
#include <QString>

namespace Seams {
class ModuleGraph;
}

namespace Seams::Bench {

/** The partitions other tools find on the same graph, for the accuracy table. Each runs on
 *  an opaque copy of the graph (modules named n0, n1, ...), so names cannot help. */
struct ReferencePartitions
{
    QList<int> graphvizCluster; // Graphviz's `cluster` tool (modularity)
    QList<int> igraphLeiden; // python3-igraph Leiden, modularity, resolution 1
    QList<int> igraphInfomap; // python3-igraph Infomap, directed
    QString problems; // tools that could not run, and why
};

ReferencePartitions runReferenceMethods(const ModuleGraph &graph, const QString &workFolder);

/** The median of the values (0 for none). */
double median(QList<double> values);

} // namespace Seams::Bench
