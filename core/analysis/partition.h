#pragma once

#include <QList>
#include <QStringList>

namespace Seams {

class ModuleGraph;
class Progress;

/** Splits a module graph into candidate services: groups of modules that depend on each other
 *  much more than on the rest. igraph does the community detection; this adds what makes the
 *  answer stable and usable.
 *
 *  1. The dependencies are symmetrised (a coupling is a coupling whichever way it points):
 *     weight 1 for a one-way dependency between two modules, 2 for a mutual one. Counting
 *     every import line instead lets one chatty pair dominate.
 *  2. An ensemble of Leiden runs maximises modularity at the chosen resolution and at twice
 *     it, each with its own seed.
 *  3. Consensus: each dependency is weighted by the share of runs that kept its two modules
 *     together; those kept apart by most runs are dropped, and Leiden runs once more on
 *     what is left. This removes the run-to-run noise of a single Leiden run and finds
 *     finer, more faithful groups (see the accuracy table in docs/analysis.md).
 *  4. Guard rails: modules without any dependency form one "unconnected" group instead of
 *     hundreds of singletons; a module left alone joins the group it depends on most; a
 *     group holding more than half of the connected modules is split again at higher
 *     resolution. Each rule that fires is reported in `notes`.
 *
 *  Deterministic: the same graph, resolution and seed give the same partition. */
namespace Partition {

struct Options
{
    /** Higher gives more, smaller candidates; 1 is plain modularity. */
    double resolution = 1.0;
    quint64 seed = 1;
    /** Leiden runs per resolution in the ensemble; 0 chooses by graph size: 200,000 divided
     *  by modules plus dependencies, from 1 to 5. */
    int runs = 0;
};

struct Result
{
    /** Candidate of each module; candidates are numbered by size, largest first, with the
     *  unconnected group (if any) last. */
    QList<int> membership;
    int count = 0;
    /** The index of the group of modules without dependencies, or -1. */
    int unconnected = -1;
    /** Modularity of the partition on the symmetrised graph (resolution 1). */
    double modularity = 0;
    /** The guard rails that changed the result, in words. */
    QStringList notes;
};

bool compute(const ModuleGraph &graph, const Options &options, Result *result, Progress *progress,
             QString *error);

} // namespace Partition
} // namespace Seams
