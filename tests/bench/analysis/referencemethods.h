#pragma once

#include "../benchstats.h"

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

using SeamsBench::median;

} // namespace Seams::Bench
