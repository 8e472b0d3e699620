#pragma once

// The pieces of Partition::compute(): the symmetrised graph, igraph's view of it, and the
// guard rails. Not an API.

#include "igraphutil.h"

#include <QString>

#include <utility>
#include <vector>

namespace Seams {
class ModuleGraph;
}

namespace Seams::Partition::Detail {

/** The symmetrised graph the clustering works on. */
struct Undirected
{
    int vertices = 0;
    std::vector<std::pair<int, int>> edges; // first < second, sorted, unique
    std::vector<double> weights;
    std::vector<double> strengths;
    double totalStrength = 0; // 2m
};

Undirected symmetrise(const ModuleGraph &graph);

/** igraph's view of an Undirected graph (or of a re-weighted copy of it). */
struct IGraphView
{
    IGraph::Graph graph;
    IGraph::RealVector weights;
    IGraph::RealVector strengths;
    double totalStrength = 0;

    bool build(int vertices, const std::vector<std::pair<int, int>> &edges,
               const std::vector<double> &edgeWeights, QString *error);
    /** Modularity of a partition of this graph at resolution `gamma`. */
    bool modularity(const std::vector<int> &membership, double gamma, double *value,
                    QString *error);
    /** Leiden maximising modularity with resolution `gamma` (in modularity's units). */
    bool leiden(double gamma, std::vector<int> *membership, double *quality, QString *error);
};

using Neighbours = std::vector<std::vector<std::pair<int, double>>>;

/** Neighbour weights per vertex, for the guard rails. */
Neighbours adjacency(const Undirected &graph);
/** Modules per group. */
std::vector<int> sizesOf(const std::vector<int> &membership);
/** Moves every connected module that is alone in its group to the group it is coupled to
 *  most (ties: the lower group). Returns how many moved. */
int adoptSingletons(const Neighbours &neighbours, std::vector<int> *membership);
/** Renumbers groups by size (largest first, ties by first module) and puts `isolated`
 *  modules in one last group. Returns the number of groups. */
int renumber(const std::vector<bool> &isolated, std::vector<int> *membership, int *unconnected);
/** Splits `group` with Leiden at the smallest rise in resolution that brings its largest part
 *  down to `limit` modules (or, failing that, at the highest resolution that split it at all),
 *  so that a legitimately large group loses as little as possible. */
bool splitGroup(const Undirected &graph, int group, double resolution, int limit,
                std::vector<int> *membership, bool *split, QString *error);

} // namespace Seams::Partition::Detail
