#include "suggestion.h"

#include "modulegraph.h"
#include "partition.h"
#include "progress.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>

namespace Seams::Suggester {

namespace {

/** Package segments of every module: its name's segments without the last one. */
QList<QStringList> packageSegments(const ModuleGraph &graph)
{
    QList<QStringList> result;
    result.reserve(graph.moduleCount());
    for (const QString &module : graph.modules()) {
        QStringList segments = ModuleGraph::segments(module);
        if (!segments.isEmpty())
            segments.removeLast();
        result.append(segments);
    }
    return result;
}

/** How many leading package segments every module shares. */
int commonDepth(const QList<QStringList> &packages)
{
    if (packages.isEmpty())
        return 0;
    QStringList common = packages.first();
    for (const QStringList &segments : packages) {
        int shared = 0;
        while (shared < common.size() && shared < segments.size()
               && common.at(shared) == segments.at(shared))
            ++shared;
        common = common.mid(0, shared);
        if (common.isEmpty())
            break;
    }
    return int(common.size());
}

/** The key counted most often, the first in order on a tie; empty when none. */
QString mostCommon(const QHash<QString, int> &tally, int *count = nullptr)
{
    QString best;
    int bestCount = 0;
    for (auto it = tally.cbegin(); it != tally.cend(); ++it) {
        if (it.value() > bestCount || (it.value() == bestCount && it.key() < best)) {
            best = it.key();
            bestCount = it.value();
        }
    }
    if (count)
        *count = bestCount;
    return best;
}

/** The deepest package that holds at least half of the modules; else the most common one
 *  just below the shared root; else the declared group most modules are in. */
QString dominantPackage(const ModuleGraph &graph, const QList<QStringList> &packages, int root,
                        const QList<int> &modules)
{
    int deepest = 0;
    for (int module : modules)
        deepest = std::max(deepest, int(packages.at(module).size()));
    const QString separator
        = modules.isEmpty() ? QString() : ModuleGraph::separatorOf(graph.module(modules.first()));
    for (int depth = deepest; depth > root; --depth) {
        QHash<QString, int> tally;
        for (int module : modules) {
            const QStringList &segments = packages.at(module);
            if (segments.size() >= depth)
                ++tally[segments.mid(0, depth).join(separator)];
        }
        int bestCount = 0;
        const QString best = mostCommon(tally, &bestCount);
        const bool majority = bestCount * 2 >= modules.size();
        if (majority || (depth == root + 1 && bestCount > 0))
            return best;
    }
    if (graph.hasGroups()) {
        QHash<QString, int> tally;
        for (int module : modules) {
            const QString group = graph.group(module);
            if (!group.isEmpty())
                ++tally[group];
        }
        return mostCommon(tally);
    }
    return {};
}

void nameCandidates(const ModuleGraph &graph, Suggestion *suggestion)
{
    const QList<QStringList> packages = packageSegments(graph);
    // What every module name shares is no name: "app" when everything is under it.
    QList<QStringList> names;
    names.reserve(graph.moduleCount());
    for (const QString &module : graph.modules())
        names.append(ModuleGraph::segments(module));
    const int root = std::min(commonDepth(names), commonDepth(packages) + 1);
    QHash<QString, int> used;
    for (qsizetype i = 0; i < suggestion->candidates.size(); ++i) {
        Candidate &candidate = suggestion->candidates[i];
        QString name;
        if (candidate.unconnected)
            name = QCoreApplication::translate("Seams::Suggester", "unconnected modules");
        else
            name = dominantPackage(graph, packages, root, candidate.modules);
        // One package for everything: name it after its most coupled module.
        if (name.isEmpty() && !candidate.modules.isEmpty()) {
            const QStringList segments
                = ModuleGraph::segments(graph.module(candidate.modules.first()));
            if (segments.size() > 1)
                name = segments.last();
        }
        if (name.isEmpty())
            name = QCoreApplication::translate("Seams::Suggester", "candidate %1").arg(i + 1);
        const int seen = ++used[name];
        candidate.name = seen == 1 ? name : QStringLiteral("%1 (%2)").arg(name).arg(seen);
    }
}

void countCrossImports(const ModuleGraph &graph, const SuggestOptions &options,
                       Suggestion *suggestion)
{
    // The level below what every module name shares ("app.orders" when all is under "app").
    QList<QStringList> names;
    names.reserve(graph.moduleCount());
    for (const QString &module : graph.modules())
        names.append(ModuleGraph::segments(module));
    const int depth = options.packageDepth > 0 ? options.packageDepth : commonDepth(names) + 1;
    suggestion->packages.clear();
    suggestion->packages.reserve(graph.moduleCount());
    for (const QString &module : graph.modules())
        suggestion->packages.append(ModuleGraph::prefix(module, depth));
    QList<qint64> counts(graph.moduleCount(), 0);
    QHash<int, QHash<QString, qint64>> reached;
    for (const Dependency &dependency : graph.dependencies()) {
        const QString &to = suggestion->packages.at(dependency.to);
        if (suggestion->packages.at(dependency.from) == to)
            continue;
        counts[dependency.from] += dependency.weight;
        reached[dependency.from][to] += dependency.weight;
    }
    suggestion->crossImports.clear();
    for (int module = 0; module < graph.moduleCount(); ++module) {
        if (counts.at(module) == 0)
            continue;
        CrossImport row;
        row.module = module;
        row.count = counts.at(module);
        const QHash<QString, qint64> &targets = reached.value(module);
        QList<QPair<qint64, QString>> sorted;
        for (auto it = targets.cbegin(); it != targets.cend(); ++it)
            sorted.append({-it.value(), it.key()});
        std::sort(sorted.begin(), sorted.end());
        for (const auto &[count, package] : std::as_const(sorted))
            row.packages.append(package);
        suggestion->crossImports.append(row);
    }
    std::sort(suggestion->crossImports.begin(), suggestion->crossImports.end(),
              [&graph](const CrossImport &a, const CrossImport &b) {
                  return a.count != b.count ? a.count > b.count
                                            : graph.module(a.module) < graph.module(b.module);
              });
}

} // namespace

void describe(const ModuleGraph &graph, const QList<int> &membership, int unconnected,
              const SuggestOptions &options, Suggestion *suggestion)
{
    suggestion->membership = membership;
    const int count
        = membership.isEmpty() ? 0 : *std::max_element(membership.cbegin(), membership.cend()) + 1;
    suggestion->candidates = QList<Candidate>(count);
    suggestion->coupling = QList<QList<qint64>>(count, QList<qint64>(count, 0));
    QList<qint64> inside(graph.moduleCount(), 0);
    QList<qint64> across(graph.moduleCount(), 0);
    for (const Dependency &dependency : graph.dependencies()) {
        const int from = membership.at(dependency.from);
        const int to = membership.at(dependency.to);
        if (from == to) {
            suggestion->candidates[from].internalEdges += dependency.weight;
            inside[dependency.from] += dependency.weight;
            inside[dependency.to] += dependency.weight;
        } else {
            suggestion->coupling[from][to] += dependency.weight;
            suggestion->candidates[from].outgoing += dependency.weight;
            suggestion->candidates[to].incoming += dependency.weight;
            across[dependency.from] += dependency.weight;
            across[dependency.to] += dependency.weight;
        }
    }
    for (int module = 0; module < graph.moduleCount(); ++module)
        suggestion->candidates[membership.at(module)].modules.append(module);
    for (int index = 0; index < count; ++index) {
        Candidate &candidate = suggestion->candidates[index];
        candidate.unconnected = index == unconnected;
        std::sort(candidate.modules.begin(), candidate.modules.end(), [&](int a, int b) {
            if (inside.at(a) != inside.at(b))
                return inside.at(a) > inside.at(b);
            if (across.at(a) != across.at(b))
                return across.at(a) > across.at(b);
            return graph.module(a) < graph.module(b);
        });
        QList<int> boundary;
        for (int module : std::as_const(candidate.modules)) {
            if (across.at(module) > 0)
                boundary.append(module);
        }
        std::stable_sort(boundary.begin(), boundary.end(),
                         [&](int a, int b) { return across.at(a) > across.at(b); });
        for (int module : boundary.mid(0, options.boundaryModules))
            candidate.boundaryModules.append({module, across.at(module)});
        candidate.cost = double(candidate.outgoing) + 2.0 * double(candidate.incoming);
    }
    nameCandidates(graph, suggestion);

    suggestion->order.clear();
    for (int index = 0; index < count; ++index) {
        if (!suggestion->candidates.at(index).unconnected)
            suggestion->order.append(index);
    }
    std::sort(suggestion->order.begin(), suggestion->order.end(), [suggestion](int a, int b) {
        const Candidate &first = suggestion->candidates.at(a);
        const Candidate &second = suggestion->candidates.at(b);
        if (first.cost != second.cost)
            return first.cost < second.cost;
        if (first.modules.size() != second.modules.size())
            return first.modules.size() < second.modules.size();
        return first.name < second.name;
    });
    countCrossImports(graph, options, suggestion);
}

bool suggest(const ModuleGraph &graph, const SuggestOptions &options, Suggestion *suggestion,
             Progress *progress, QString *error)
{
    *suggestion = Suggestion();
    Partition::Options partitionOptions;
    partitionOptions.resolution = options.resolution;
    partitionOptions.seed = options.seed;
    Partition::Result partition;
    if (!Partition::compute(graph, partitionOptions, &partition, progress, error))
        return false;
    describe(graph, partition.membership, partition.unconnected, options, suggestion);
    suggestion->modularity = partition.modularity;
    suggestion->resolution = options.resolution;
    suggestion->notes = partition.notes;
    return true;
}

} // namespace Seams::Suggester
