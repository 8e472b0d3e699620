#include "partitiongraph.h"

#include "modulegraph.h"

#include <algorithm>
#include <climits>

namespace Seams::Partition::Detail {

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

bool IGraphView::build(int vertices, const std::vector<std::pair<int, int>> &edges,
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

bool IGraphView::modularity(const std::vector<int> &membership, double gamma, double *value,
                            QString *error)
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

bool IGraphView::leiden(double gamma, std::vector<int> *membership, double *quality, QString *error)
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
        if (!IGraph::succeeded(igraph_community_leiden(graph.get(), weights.get(), strengths.get(),
                                                       scaled, 0.01, iteration > 0,
                                                       iteration > 0 ? 1 : 2, result.get(),
                                                       &clusters, &value),
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

Neighbours adjacency(const Undirected &graph)
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

int adoptSingletons(const Neighbours &neighbours, std::vector<int> *membership)
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

} // namespace Seams::Partition::Detail
