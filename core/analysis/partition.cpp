#include "partition.h"

#include "igraphutil.h"
#include "modulegraph.h"
#include "progress.h"

#include <QCoreApplication>
#include <QLoggingCategory>

#include <algorithm>
#include <climits>
#include <numeric>
#include <vector>

Q_LOGGING_CATEGORY(lcPartition, "seams.analysis.partition")

namespace Seams::Partition {

namespace {

QString tr(const char *text, int n = -1)
{
    return QCoreApplication::translate("Seams::Partition", text, nullptr, n);
}

/** The symmetrised graph the clustering works on. */
struct Undirected
{
    int vertices = 0;
    std::vector<std::pair<int, int>> edges; // first < second, sorted, unique
    std::vector<double> weights;
    std::vector<double> strengths;
    double totalStrength = 0; // 2m
};

Undirected symmetrise(const ModuleGraph &graph)
{
    Undirected result;
    result.vertices = graph.moduleCount();
    std::vector<std::pair<int, int>> pairs;
    pairs.reserve(size_t(graph.dependencies().size()));
    for (const Dependency &dependency : graph.dependencies())
        pairs.emplace_back(std::min(dependency.from, dependency.to),
                           std::max(dependency.from, dependency.to));
    std::sort(pairs.begin(), pairs.end());
    result.strengths.assign(size_t(result.vertices), 0.0);
    for (size_t i = 0; i < pairs.size();) {
        size_t j = i;
        while (j < pairs.size() && pairs[j] == pairs[i])
            ++j;
        // One per direction: a mutual dependency couples twice as tightly.
        const double weight = double(j - i);
        result.edges.push_back(pairs[i]);
        result.weights.push_back(weight);
        result.strengths[size_t(pairs[i].first)] += weight;
        result.strengths[size_t(pairs[i].second)] += weight;
        result.totalStrength += 2 * weight;
        i = j;
    }
    return result;
}

/** igraph's view of an Undirected graph (or of a re-weighted copy of it). */
struct IGraphView
{
    IGraph::Graph graph;
    IGraph::RealVector weights;
    IGraph::RealVector strengths;
    double totalStrength = 0;

    bool build(int vertices, const std::vector<std::pair<int, int>> &edges,
               const std::vector<double> &edgeWeights, QString *error)
    {
        IGraph::IntVector list(igraph_integer_t(edges.size() * 2));
        if (!list.isValid() || !weights.isValid() || !strengths.isValid()
            || igraph_vector_resize(weights.get(), igraph_integer_t(edges.size())) != IGRAPH_SUCCESS
            || igraph_vector_resize(strengths.get(), vertices) != IGRAPH_SUCCESS)
            return IGraph::succeeded(IGRAPH_ENOMEM, "igraph_vector_resize", error);
        igraph_vector_null(strengths.get());
        totalStrength = 0;
        for (size_t i = 0; i < edges.size(); ++i) {
            list.set(igraph_integer_t(2 * i), edges[i].first);
            list.set(igraph_integer_t(2 * i + 1), edges[i].second);
            weights.set(igraph_integer_t(i), edgeWeights[i]);
            strengths.set(edges[i].first, strengths.at(edges[i].first) + edgeWeights[i]);
            strengths.set(edges[i].second, strengths.at(edges[i].second) + edgeWeights[i]);
            totalStrength += 2 * edgeWeights[i];
        }
        return graph.create(list, vertices, false, error);
    }

    /** Modularity of a partition of this graph at resolution `gamma`. */
    bool modularity(const std::vector<int> &membership, double gamma, double *value, QString *error)
    {
        IGraph::IntVector groups(igraph_integer_t(membership.size()));
        if (!groups.isValid())
            return IGraph::succeeded(IGRAPH_ENOMEM, "igraph_vector_int_init", error);
        for (size_t v = 0; v < membership.size(); ++v)
            groups.set(igraph_integer_t(v), membership[v]);
        igraph_real_t result = 0;
        if (!IGraph::succeeded(
                igraph_modularity(graph.get(), groups.get(), weights.get(), gamma, false, &result),
                "igraph_modularity", error))
            return false;
        *value = result;
        return true;
    }

    /** Leiden maximising modularity with resolution `gamma` (in modularity's units). */
    bool leiden(double gamma, std::vector<int> *membership, double *quality, QString *error)
    {
        IGraph::IntVector result(graph.vertexCount());
        if (!result.isValid())
            return IGraph::succeeded(IGRAPH_ENOMEM, "igraph_vector_int_init", error);
        igraph_integer_t clusters = 0;
        igraph_real_t value = 0;
        // Modularity is the CPM objective with node weights = strengths and the resolution
        // divided by 2m. igraph 0.10.2's own "iterate until stable" (a negative count) never
        // returns when an iteration changes nothing, so iterate here: two iterations from
        // singletons, then one at a time from the last result while the quality still gains
        // 1e-3 (at most 4 in all: later gains are noise, and each call costs a full pass).
        const double scaled = totalStrength > 0 ? gamma / totalStrength : 0;
        double previous = -1e300;
        for (int iteration = 0; iteration < 3; ++iteration) {
            if (!IGraph::succeeded(igraph_community_leiden(graph.get(), weights.get(),
                                                           strengths.get(), scaled, 0.01,
                                                           iteration > 0, iteration > 0 ? 1 : 2,
                                                           result.get(), &clusters, &value),
                                   "igraph_community_leiden", error))
                return false;
            if (value < previous + 1e-3)
                break;
            previous = value;
        }
        membership->resize(size_t(result.size()));
        for (igraph_integer_t i = 0; i < result.size(); ++i)
            (*membership)[size_t(i)] = int(result.at(i));
        *quality = value;
        return true;
    }
};

int runsFor(const Undirected &graph, const Options &options)
{
    if (options.runs > 0)
        return options.runs;
    const double size = double(graph.vertices) + double(graph.edges.size());
    return std::clamp(int(200000.0 / std::max(size, 1.0)), 1, 5);
}

/** Neighbour weights per vertex, for the guard rails. */
std::vector<std::vector<std::pair<int, double>>> adjacency(const Undirected &graph)
{
    std::vector<std::vector<std::pair<int, double>>> result(size_t(graph.vertices));
    for (size_t i = 0; i < graph.edges.size(); ++i) {
        result[size_t(graph.edges[i].first)].emplace_back(graph.edges[i].second, graph.weights[i]);
        result[size_t(graph.edges[i].second)].emplace_back(graph.edges[i].first, graph.weights[i]);
    }
    return result;
}

std::vector<int> sizesOf(const std::vector<int> &membership)
{
    std::vector<int> sizes;
    for (int group : membership) {
        if (group >= int(sizes.size()))
            sizes.resize(size_t(group) + 1, 0);
        ++sizes[size_t(group)];
    }
    return sizes;
}

/** Moves every connected module that is alone in its group to the group it is coupled to
 *  most (ties: the lower group). Returns how many moved. */
int adoptSingletons(const std::vector<std::vector<std::pair<int, double>>> &neighbours,
                    std::vector<int> *membership)
{
    int moved = 0;
    for (int pass = 0; pass < 5; ++pass) {
        std::vector<int> sizes = sizesOf(*membership);
        int movedThisPass = 0;
        for (size_t v = 0; v < membership->size(); ++v) {
            const int group = (*membership)[v];
            if (sizes[size_t(group)] != 1 || neighbours[v].empty())
                continue;
            std::vector<std::pair<int, double>> totals;
            for (const auto &[other, weight] : neighbours[v]) {
                const int otherGroup = (*membership)[size_t(other)];
                auto found
                    = std::find_if(totals.begin(), totals.end(),
                                   [otherGroup](const auto &t) { return t.first == otherGroup; });
                if (found == totals.end())
                    totals.emplace_back(otherGroup, weight);
                else
                    found->second += weight;
            }
            const auto best
                = std::max_element(totals.begin(), totals.end(), [](const auto &a, const auto &b) {
                      return a.second != b.second ? a.second < b.second : a.first > b.first;
                  });
            --sizes[size_t(group)];
            ++sizes[size_t(best->first)];
            (*membership)[v] = best->first;
            ++movedThisPass;
        }
        moved += movedThisPass;
        if (movedThisPass == 0)
            break;
    }
    return moved;
}

/** Renumbers groups by size (largest first, ties by first module) and puts `isolated`
 *  modules in one last group. Returns the number of groups. */
int renumber(const std::vector<bool> &isolated, std::vector<int> *membership, int *unconnected)
{
    const std::vector<int> sizes = sizesOf(*membership);
    std::vector<int> firstModule(sizes.size(), INT_MAX);
    for (size_t v = 0; v < membership->size(); ++v) {
        if (!isolated[v])
            firstModule[size_t((*membership)[v])]
                = std::min(firstModule[size_t((*membership)[v])], int(v));
    }
    std::vector<int> groups;
    for (size_t g = 0; g < sizes.size(); ++g) {
        if (firstModule[g] != INT_MAX)
            groups.push_back(int(g));
    }
    std::sort(groups.begin(), groups.end(), [&](int a, int b) {
        return sizes[size_t(a)] != sizes[size_t(b)]
            ? sizes[size_t(a)] > sizes[size_t(b)]
            : firstModule[size_t(a)] < firstModule[size_t(b)];
    });
    std::vector<int> newIndex(sizes.size(), -1);
    for (size_t i = 0; i < groups.size(); ++i)
        newIndex[size_t(groups[i])] = int(i);
    const int count = int(groups.size());
    const bool anyIsolated = std::find(isolated.begin(), isolated.end(), true) != isolated.end();
    *unconnected = anyIsolated ? count : -1;
    for (size_t v = 0; v < membership->size(); ++v)
        (*membership)[v] = isolated[v] ? count : newIndex[size_t((*membership)[v])];
    return count + (anyIsolated ? 1 : 0);
}

/** Splits `group` with Leiden at the smallest rise in resolution that brings its largest part
 *  down to `limit` modules (or, failing that, at the highest resolution that split it at all),
 *  so that a legitimately large group loses as little as possible. */
bool splitGroup(const Undirected &graph, int group, double resolution, int limit,
                std::vector<int> *membership, bool *split, QString *error)
{
    *split = false;
    std::vector<int> local(static_cast<size_t>(graph.vertices), -1);
    std::vector<int> members;
    for (size_t v = 0; v < membership->size(); ++v) {
        if ((*membership)[v] == group) {
            local[v] = int(members.size());
            members.push_back(int(v));
        }
    }
    std::vector<std::pair<int, int>> edges;
    std::vector<double> weights;
    for (size_t i = 0; i < graph.edges.size(); ++i) {
        const int a = local[size_t(graph.edges[i].first)];
        const int b = local[size_t(graph.edges[i].second)];
        if (a >= 0 && b >= 0) {
            edges.emplace_back(a, b);
            weights.push_back(graph.weights[i]);
        }
    }
    IGraphView view;
    if (!view.build(int(members.size()), edges, weights, error))
        return false;
    std::vector<int> best;
    for (double factor : {1.25, 1.5, 2.0, 3.0, 4.0, 6.0, 8.0, 12.0, 16.0}) {
        std::vector<int> parts;
        double quality = 0;
        if (!view.leiden(resolution * factor, &parts, &quality, error))
            return false;
        const std::vector<int> sizes = sizesOf(parts);
        if (sizes.size() < 2)
            continue;
        best = parts;
        if (*std::max_element(sizes.begin(), sizes.end()) <= limit)
            break;
    }
    if (best.empty())
        return true;
    const int next = *std::max_element(membership->begin(), membership->end()) + 1;
    for (size_t i = 0; i < members.size(); ++i)
        (*membership)[size_t(members[i])] = best[i] == 0 ? group : next + best[i] - 1;
    *split = true;
    return true;
}

} // namespace

bool compute(const ModuleGraph &moduleGraph, const Options &options, Result *result,
             Progress *progress, QString *error)
{
    *result = Result();
    const Undirected graph = symmetrise(moduleGraph);
    const int n = graph.vertices;
    if (n == 0)
        return true;
    std::vector<bool> isolated(static_cast<size_t>(n));
    for (int v = 0; v < n; ++v)
        isolated[size_t(v)] = graph.strengths[size_t(v)] == 0;
    const int isolatedCount = int(std::count(isolated.begin(), isolated.end(), true));
    std::vector<int> membership(size_t(n), 0);

    if (!graph.edges.empty()) {
        const double resolution = options.resolution > 0 ? options.resolution : 1.0;
        const int runs = runsFor(graph, options);
        const double resolutions[] = {resolution, 2 * resolution};
        if (progress)
            progress->setStep(tr("Finding candidate services"), 2 * runs + 1);

        IGraph::Session session(options.seed, progress);
        IGraphView view;
        if (!view.build(n, graph.edges, graph.weights, error))
            return false;
        // Ensemble: how often each dependency ends up inside one group.
        std::vector<double> together(graph.edges.size(), 0.0);
        std::vector<int> run;
        std::vector<int> bestRun;
        double bestRunQuality = -1e300;
        int done = 0;
        for (double gamma : resolutions) {
            for (int i = 0; i < runs; ++i) {
                if (Progress::canceled(progress)) {
                    *error = tr("canceled");
                    return false;
                }
                session.seed(options.seed * 1000003u + quint64(done));
                double quality = 0;
                if (!view.leiden(gamma, &run, &quality, error))
                    return false;
                if (gamma == resolution && quality > bestRunQuality) {
                    bestRunQuality = quality;
                    bestRun = run;
                }
                for (size_t e = 0; e < graph.edges.size(); ++e) {
                    if (run[size_t(graph.edges[e].first)] == run[size_t(graph.edges[e].second)])
                        together[e] += 1;
                }
                ++done;
                if (progress)
                    progress->setDone(done);
            }
        }
        // Consensus: keep what most runs agree on, weighted by how much they agree.
        std::vector<std::pair<int, int>> kept;
        std::vector<double> keptWeights;
        for (size_t e = 0; e < graph.edges.size(); ++e) {
            const double share = together[e] / double(done);
            if (share >= 0.5) {
                kept.push_back(graph.edges[e]);
                keptWeights.push_back(share * graph.weights[e]);
            }
        }
        IGraphView consensus;
        IGraphView &target = kept.empty() ? view : consensus;
        if (!kept.empty() && !consensus.build(n, kept, keptWeights, error))
            return false;
        double bestQuality = -1e300;
        for (int i = 0; i < 3; ++i) {
            session.seed(options.seed * 7919u + quint64(i));
            double quality = 0;
            if (!target.leiden(resolution, &run, &quality, error))
                return false;
            if (quality > bestQuality) {
                bestQuality = quality;
                membership = run;
            }
        }
        if (progress)
            progress->setDone(done + 1);
        // On graphs with little structure the runs disagree, the consensus falls apart into
        // crumbs, and the best single run describes the code better.
        double consensusQuality = 0;
        if (!view.modularity(membership, resolution, &consensusQuality, error))
            return false;
        if (consensusQuality < 0.8 * bestRunQuality) {
            membership = bestRun;
            result->notes.append(tr("The clustering runs disagreed (weak structure): the best "
                                    "single run is used instead of their consensus."));
        }

        // Guard rails.
        const auto neighbours = adjacency(graph);
        if (const int adopted = adoptSingletons(neighbours, &membership); adopted > 0)
            result->notes.append(tr("%n module(s) left alone joined the group they depend on "
                                    "most.",
                                    adopted));
        const int connected = n - isolatedCount;
        // The largest group and its size, not counting modules without dependencies.
        auto largestGroup = [&](int *size) {
            std::vector<int> sizes = sizesOf(membership);
            for (size_t v = 0; v < isolated.size(); ++v) {
                if (isolated[v])
                    --sizes[size_t(membership[v])];
            }
            const auto largest = std::max_element(sizes.begin(), sizes.end());
            *size = *largest;
            return int(largest - sizes.begin());
        };
        bool splitAny = false;
        int largestSize = 0;
        for (int attempt = 0; attempt < 8 && connected >= 20; ++attempt) {
            const int group = largestGroup(&largestSize);
            if (largestSize * 2 <= connected)
                break;
            bool split = false;
            if (!splitGroup(graph, group, resolution, connected / 2, &membership, &split, error))
                return false;
            if (!split)
                break;
            adoptSingletons(neighbours, &membership);
            splitAny = true;
        }
        largestGroup(&largestSize);
        const bool giant = connected >= 20 && largestSize * 2 > connected;
        if (giant) {
            result->notes.append(tr("One group holds %1 of %2 connected modules and does not "
                                    "split further: its modules all depend on each other.")
                                     .arg(largestSize)
                                     .arg(connected));
        } else if (splitAny) {
            result->notes.append(tr("A group holding more than half of the connected modules "
                                    "was split at a higher resolution."));
        }
    }
    if (isolatedCount > 0)
        result->notes.append(tr("%n module(s) without any dependency were put in one "
                                "\"unconnected\" group.",
                                isolatedCount));

    result->count = renumber(isolated, &membership, &result->unconnected);
    result->membership = QList<int>(membership.begin(), membership.end());

    if (!graph.edges.empty()) {
        IGraph::Session session(options.seed);
        IGraphView view;
        if (!view.build(n, graph.edges, graph.weights, error)
            || !view.modularity(membership, 1.0, &result->modularity, error))
            return false;
    }
    qCDebug(lcPartition) << n << "modules," << graph.edges.size() << "couplings ->" << result->count
                         << "groups, modularity" << result->modularity;
    return true;
}

} // namespace Seams::Partition
