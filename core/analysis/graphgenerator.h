#pragma once

#include <QByteArray>
#include <QList>

class QIODevice;

namespace Seams {

class ModuleGraph;

/** Synthetic module graphs for tests and benchmarks: a planted partition shaped like a
 *  codebase, so that the right answer is known. */
namespace GraphGenerator {

struct PlantedOptions
{
    int modules = 5000;
    int dependencies = 50000;
    int groups = 50;
    /** Share of dependencies that go to a random module anywhere instead of one in the same
     *  group: the noise level. */
    double noise = 0.3;
    quint64 seed = 1;
};

/** Modules named "g<group>.m<index>" in groups of uneven (Pareto) sizes; inside a group
 *  some modules are much more used than others (Zipf-like), as utilities are in real code.
 *  `truth` receives the planted group of each module. */
void planted(const PlantedOptions &options, ModuleGraph *graph, QList<int> *truth);

/** Writes the graph as DOT, one edge statement per dependency (repeated by weight). With
 *  `opaque`, modules are named n0, n1, ... so that only the structure is left. */
bool writeDot(const ModuleGraph &graph, QIODevice *device, bool opaque);

} // namespace GraphGenerator
} // namespace Seams
