#include "workshopcomparison.h"

#include "modulegraph.h"
#include "partitionscore.h"
#include "suggestion.h"

#include <QHash>

#include <algorithm>
#include <numeric>

namespace Seams::Comparison {

namespace {

/** Connected pieces among `modules` (union-find over the dependencies between them). */
int countPieces(const ModuleGraph &graph, const QList<int> &modules, const QList<int> &contextOf,
                int context)
{
    QHash<int, int> parent;
    for (int module : modules)
        parent.insert(module, module);
    auto find = [&parent](int x) {
        while (parent.value(x) != x) {
            parent[x] = parent.value(parent.value(x));
            x = parent.value(x);
        }
        return x;
    };
    for (const Dependency &dependency : graph.dependencies()) {
        if (contextOf.at(dependency.from) == context && contextOf.at(dependency.to) == context)
            parent[find(dependency.from)] = find(dependency.to);
    }
    int pieces = 0;
    for (int module : modules)
        pieces += find(module) == module ? 1 : 0;
    return pieces;
}

} // namespace

WorkshopComparison compare(const ModuleGraph &graph, const Suggestion &suggestion,
                           const QList<ModuleRule> &rules, const QStringList &boardContexts)
{
    WorkshopComparison result;
    const ModuleRules::Matcher matcher(rules);
    QList<int> used(rules.size(), 0);
    QHash<QString, int> contextIndex;
    result.contextOf = QList<int>(graph.moduleCount(), -1);
    for (int module = 0; module < graph.moduleCount(); ++module) {
        const int rule = matcher.ruleFor(graph.module(module));
        if (rule < 0) {
            ++result.unmappedModules;
            continue;
        }
        ++used[rule];
        const QString &context = rules.at(rule).context;
        auto found = contextIndex.constFind(context);
        if (found == contextIndex.cend()) {
            found = contextIndex.insert(context, int(result.contexts.size()));
            ContextCode code;
            code.context = context;
            result.contexts.append(code);
        }
        result.contextOf[module] = found.value();
        result.contexts[found.value()].modules.append(module);
    }
    for (qsizetype i = 0; i < rules.size(); ++i) {
        if (used.at(i) == 0)
            result.unusedRules.append(ModuleRules::format(rules.at(i)));
        if (!boardContexts.contains(rules.at(i).context)
            && !result.unknownContexts.contains(rules.at(i).context))
            result.unknownContexts.append(rules.at(i).context);
    }

    // Imports that cross the drawn boundaries.
    QHash<int, QHash<int, qint64>> crossings;
    for (const Dependency &dependency : graph.dependencies()) {
        const int from = result.contextOf.at(dependency.from);
        const int to = result.contextOf.at(dependency.to);
        if (from >= 0 && to >= 0 && from != to)
            crossings[dependency.from][to] += dependency.weight;
    }
    for (auto it = crossings.cbegin(); it != crossings.cend(); ++it) {
        CrossingModule row;
        row.module = it.key();
        row.context = result.contexts.at(result.contextOf.at(it.key())).context;
        QList<QPair<qint64, QString>> into;
        for (auto target = it.value().cbegin(); target != it.value().cend(); ++target) {
            row.crossings += target.value();
            into.append({-target.value(), result.contexts.at(target.key()).context});
        }
        std::sort(into.begin(), into.end());
        for (const auto &[count, context] : std::as_const(into))
            row.into.append(context);
        result.totalCrossings += row.crossings;
        result.crossing.append(row);
    }
    std::sort(result.crossing.begin(), result.crossing.end(),
              [&graph](const CrossingModule &a, const CrossingModule &b) {
                  return a.crossings != b.crossings
                      ? a.crossings > b.crossings
                      : graph.module(a.module) < graph.module(b.module);
              });

    // Where each context's code landed among the candidates.
    QList<int> mappedSuggestion;
    QList<int> mappedWorkshop;
    for (qsizetype c = 0; c < result.contexts.size(); ++c) {
        ContextCode &code = result.contexts[c];
        QHash<int, int> perCandidate;
        for (int module : std::as_const(code.modules)) {
            ++perCandidate[suggestion.candidateOf(module)];
            mappedSuggestion.append(suggestion.candidateOf(module));
            mappedWorkshop.append(int(c));
        }
        for (auto it = perCandidate.cbegin(); it != perCandidate.cend(); ++it)
            code.candidates.append({it.key(), it.value()});
        std::sort(code.candidates.begin(), code.candidates.end(), [](const auto &a, const auto &b) {
            return a.second != b.second ? a.second > b.second : a.first < b.first;
        });
        code.largestShare = code.modules.isEmpty()
            ? 1.0
            : double(code.candidates.first().second) / double(code.modules.size());
        code.pieces = countPieces(graph, code.modules, result.contextOf, int(c));
        code.scattered
            = code.modules.size() >= 2 && (code.largestShare < 2.0 / 3.0 || code.pieces > 1);
    }
    std::sort(result.contexts.begin(), result.contexts.end(),
              [](const ContextCode &a, const ContextCode &b) { return a.context < b.context; });
    // Sorting moved the contexts: renumber contextOf.
    QHash<QString, int> sortedIndex;
    for (qsizetype c = 0; c < result.contexts.size(); ++c)
        sortedIndex.insert(result.contexts.at(c).context, int(c));
    QList<int> remap(result.contexts.size());
    for (auto it = contextIndex.cbegin(); it != contextIndex.cend(); ++it)
        remap[it.value()] = sortedIndex.value(it.key());
    for (int &context : result.contextOf) {
        if (context >= 0)
            context = remap.at(context);
    }
    if (!mappedSuggestion.isEmpty())
        result.agreement = PartitionScore::adjustedRand(mappedSuggestion, mappedWorkshop);
    return result;
}

} // namespace Seams::Comparison
