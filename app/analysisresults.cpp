// AnalysisController: turning a finished analysis and the board's rules into the rows the
// Analysis view shows.

#include "analysiscontroller.h"

#include "analysismodels.h"
#include "workspace.h"

#include "analysis/modulerules.h"
#include "commands/document.h"

namespace Seams {

namespace {

QString joinModules(const ModuleGraph &graph, const QList<int> &modules, int limit)
{
    QStringList names;
    for (int module : modules.mid(0, limit))
        names.append(graph.module(module));
    if (modules.size() > limit)
        names.append(AnalysisController::tr("… %n more", nullptr, int(modules.size() - limit)));
    return names.join(QLatin1String(", "));
}

} // namespace

void AnalysisController::publish()
{
    const ModuleGraph &graph = *m_snapshot->graph;
    const Suggestion &suggestion = m_snapshot->suggestion;
    QList<QVariantMap> candidates;
    QStringList names;
    for (qsizetype i = 0; i < suggestion.candidates.size(); ++i) {
        const Candidate &candidate = suggestion.candidates.at(i);
        QStringList boundary;
        for (const auto &[module, edges] : candidate.boundaryModules)
            boundary.append(QStringLiteral("%1 (%2)").arg(graph.module(module)).arg(edges));
        candidates.append({{QStringLiteral("index"), int(i)},
                           {QStringLiteral("name"), candidate.name},
                           {QStringLiteral("modules"), int(candidate.modules.size())},
                           {QStringLiteral("internal"), candidate.internalEdges},
                           {QStringLiteral("outgoing"), candidate.outgoing},
                           {QStringLiteral("incoming"), candidate.incoming},
                           {QStringLiteral("cost"), candidate.cost},
                           {QStringLiteral("color"), m_snapshot->colors.at(i)},
                           {QStringLiteral("topModules"), joinModules(graph, candidate.modules, 5)},
                           {QStringLiteral("boundary"), boundary.join(QLatin1String(", "))},
                           {QStringLiteral("unconnected"), candidate.unconnected}});
        names.append(candidate.name);
    }
    m_candidates->setRows(candidates);
    QList<QVariantMap> order;
    for (qsizetype rank = 0; rank < suggestion.order.size(); ++rank) {
        const int index = suggestion.order.at(rank);
        const Candidate &candidate = suggestion.candidates.at(index);
        order.append({{QStringLiteral("rank"), int(rank + 1)},
                      {QStringLiteral("index"), index},
                      {QStringLiteral("name"), candidate.name},
                      {QStringLiteral("cost"), candidate.cost},
                      {QStringLiteral("outgoing"), candidate.outgoing},
                      {QStringLiteral("incoming"), candidate.incoming},
                      {QStringLiteral("modules"), int(candidate.modules.size())},
                      {QStringLiteral("color"), m_snapshot->colors.at(index)}});
    }
    m_order->setRows(order);
    QList<QVariantMap> imports;
    // The table is for reading; the JSON export has every row.
    for (const CrossImport &row : suggestion.crossImports.mid(0, 500))
        imports.append({{QStringLiteral("count"), row.count},
                        {QStringLiteral("module"), graph.module(row.module)},
                        {QStringLiteral("packages"), row.packages.join(QLatin1String(", "))}});
    m_crossImports->setRows(imports);
    m_coupling->setMatrix(suggestion.coupling, names);
    updateComparison();
    Q_EMIT resultChanged();
}

void AnalysisController::scheduleComparison()
{
    // Follow the board: its rules and contexts feed the comparison.
    for (const QMetaObject::Connection &connection : std::as_const(m_boardConnections))
        disconnect(connection);
    m_boardConnections.clear();
    if (m_workspace && m_workspace->document()) {
        Board *board = m_workspace->document()->board();
        for (auto signal : {&Board::settingsChanged, &Board::reset})
            m_boardConnections.append(
                connect(board, signal, &m_comparisonTimer, qOverload<>(&QTimer::start)));
        m_boardConnections.append(
            connect(board, &Board::contextAdded, &m_comparisonTimer, qOverload<>(&QTimer::start)));
        m_boardConnections.append(connect(board, &Board::contextRemoved, &m_comparisonTimer,
                                          qOverload<>(&QTimer::start)));
        m_boardConnections.append(connect(board, &Board::contextChanged, &m_comparisonTimer,
                                          qOverload<>(&QTimer::start)));
    }
    m_comparisonTimer.start();
}

void AnalysisController::updateComparison()
{
    m_comparison.reset();
    QList<QVariantMap> rows;
    const Document *document = m_workspace ? m_workspace->document() : nullptr;
    QList<ModuleRule> rules;
    if (document)
        rules = ModuleRules::fromSettings(document->board()->settings());
    if (!m_snapshot || !document) {
        m_comparisonSummary = tr("Analyse a dependency graph to compare it with the board.");
    } else if (rules.isEmpty()) {
        m_comparisonSummary = tr("No name rules yet. Map code to the board's contexts with lines "
                                 "such as \"app.orders.* = Order Context\".");
    } else {
        const ModuleGraph &graph = *m_snapshot->graph;
        QStringList contexts;
        for (const BoundedContext *context : document->board()->sortedContexts())
            contexts.append(context->name);
        m_comparison = std::make_unique<WorkshopComparison>(
            Comparison::compare(graph, m_snapshot->suggestion, rules, contexts));
        const WorkshopComparison &comparison = *m_comparison;
        m_comparisonSummary
            = tr("%1 of %2 modules mapped by %n rule(s); %3 imports cross the workshop's "
                 "boundaries; agreement with the suggestion (adjusted Rand) %4.",
                 nullptr, int(rules.size()))
                  .arg(graph.moduleCount() - comparison.unmappedModules)
                  .arg(graph.moduleCount())
                  .arg(comparison.totalCrossings)
                  .arg(comparison.agreement, 0, 'f', 2);
        const Suggestion &suggestion = m_snapshot->suggestion;
        for (const ContextCode &code : comparison.contexts) {
            QStringList spread;
            for (const auto &[candidate, count] : code.candidates.mid(0, 3))
                spread.append(QStringLiteral("%1 (%2)")
                                  .arg(suggestion.candidates.at(candidate).name)
                                  .arg(count));
            rows.append({{QStringLiteral("kind"), QStringLiteral("context")},
                         {QStringLiteral("title"), code.context},
                         {QStringLiteral("detail"),
                          tr("%1% of its %2 modules in one candidate; %3 unrelated piece(s); in %4")
                              .arg(qRound(code.largestShare * 100))
                              .arg(code.modules.size())
                              .arg(code.pieces)
                              .arg(spread.join(QLatin1String(", ")))},
                         {QStringLiteral("count"), int(code.modules.size())},
                         {QStringLiteral("warning"), code.scattered}});
        }
        for (const CrossingModule &row : comparison.crossing.mid(0, 300))
            rows.append(
                {{QStringLiteral("kind"), QStringLiteral("crossing")},
                 {QStringLiteral("title"), graph.module(row.module)},
                 {QStringLiteral("detail"),
                  tr("%1 imports from %2").arg(row.context, row.into.join(QLatin1String(", ")))},
                 {QStringLiteral("count"), row.crossings},
                 {QStringLiteral("warning"), true}});
        for (const QString &context : comparison.unknownContexts)
            rows.append(
                {{QStringLiteral("kind"), QStringLiteral("rule")},
                 {QStringLiteral("title"), context},
                 {QStringLiteral("detail"),
                  tr("Rules name this context, but the board has no context of that name.")},
                 {QStringLiteral("count"), 0},
                 {QStringLiteral("warning"), true}});
        for (const QString &rule : comparison.unusedRules)
            rows.append({{QStringLiteral("kind"), QStringLiteral("rule")},
                         {QStringLiteral("title"), rule},
                         {QStringLiteral("detail"), tr("This rule matches no module.")},
                         {QStringLiteral("count"), 0},
                         {QStringLiteral("warning"), true}});
    }
    m_findings->setRows(rows);
    Q_EMIT comparisonChanged();
}

} // namespace Seams
