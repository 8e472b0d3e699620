#include "partitionscore.h"

#include "igraphutil.h"

#include <QHash>

#include <algorithm>

namespace Seams::PartitionScore {

namespace {

/** Group numbers mapped onto 0..k-1 in order of first appearance. */
QList<int> contiguous(const QList<int> &groups, int *count)
{
    QHash<int, int> index;
    QList<int> result;
    result.reserve(groups.size());
    for (int group : groups) {
        const auto found = index.constFind(group);
        const int value = found != index.cend() ? found.value() : int(index.size());
        if (found == index.cend())
            index.insert(group, value);
        result.append(value);
    }
    *count = int(index.size());
    return result;
}

} // namespace

qint64 mojoDistance(const QList<int> &candidate, const QList<int> &reference)
{
    Q_ASSERT(candidate.size() == reference.size());
    int groups = 0;
    int referenceGroups = 0;
    const QList<int> a = contiguous(candidate, &groups);
    const QList<int> b = contiguous(reference, &referenceGroups);
    QHash<qint64, qint64> overlap;
    for (qsizetype i = 0; i < a.size(); ++i)
        ++overlap[qint64(a.at(i)) * referenceGroups + b.at(i)];
    QList<qint64> best(groups, 0);
    for (auto it = overlap.cbegin(); it != overlap.cend(); ++it) {
        const int group = int(it.key() / referenceGroups);
        best[group] = std::max(best.at(group), it.value());
    }
    qint64 kept = 0;
    for (qint64 value : std::as_const(best))
        kept += value;
    // Each group is tagged with every reference group it shares most modules with; a
    // maximum matching decides how many groups can stay apart (the rest must be joined).
    QList<QPair<int, int>> ties;
    for (auto it = overlap.cbegin(); it != overlap.cend(); ++it) {
        const int group = int(it.key() / referenceGroups);
        if (it.value() == best.at(group))
            ties.append({group, groups + int(it.key() % referenceGroups)});
    }
    std::sort(ties.begin(), ties.end());
    IGraph::Session session(1);
    IGraph::IntVector edges(igraph_integer_t(ties.size()) * 2);
    for (qsizetype i = 0; i < ties.size(); ++i) {
        edges.set(2 * i, ties.at(i).first);
        edges.set(2 * i + 1, ties.at(i).second);
    }
    IGraph::Graph bipartite;
    IGraph::BoolVector types(groups + referenceGroups);
    for (int i = 0; i < groups + referenceGroups; ++i)
        types.set(i, i >= groups);
    igraph_integer_t matched = 0;
    if (!bipartite.create(edges, groups + referenceGroups, false, nullptr)
        || igraph_maximum_bipartite_matching(bipartite.get(), types.get(), &matched, nullptr,
                                             nullptr, nullptr, 0)
            != IGRAPH_SUCCESS)
        matched = std::min(groups, referenceGroups); // only on allocation failure
    const qint64 moves = qint64(a.size()) - kept;
    const qint64 joins = groups - qint64(matched);
    return moves + joins;
}

double mojoFm(const QList<int> &candidate, const QList<int> &reference)
{
    if (reference.isEmpty())
        return 100.0;
    // The partition farthest from the reference needs n - g operations, where g is the most
    // reference groups that can each keep one distinct module (groups by ascending size).
    int referenceGroups = 0;
    const QList<int> b = contiguous(reference, &referenceGroups);
    QList<qint64> sizes(referenceGroups, 0);
    for (int group : b)
        ++sizes[group];
    std::sort(sizes.begin(), sizes.end());
    qint64 g = 0;
    for (qint64 size : std::as_const(sizes)) {
        if (g < size)
            ++g;
    }
    const qint64 worst = qint64(reference.size()) - g;
    if (worst <= 0)
        return 100.0;
    return 100.0 * (1.0 - double(mojoDistance(candidate, reference)) / double(worst));
}

double adjustedRand(const QList<int> &candidate, const QList<int> &reference)
{
    int groups = 0;
    const QList<int> a = contiguous(candidate, &groups);
    const QList<int> b = contiguous(reference, &groups);
    IGraph::Session session(1);
    IGraph::IntVector first(a.size());
    IGraph::IntVector second(b.size());
    for (qsizetype i = 0; i < a.size(); ++i) {
        first.set(i, a.at(i));
        second.set(i, b.at(i));
    }
    igraph_real_t value = 0;
    if (igraph_compare_communities(first.get(), second.get(), &value, IGRAPH_COMMCMP_ADJUSTED_RAND)
        != IGRAPH_SUCCESS)
        return 0;
    return value;
}

} // namespace Seams::PartitionScore
