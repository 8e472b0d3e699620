#include "analysisjson.h"

#include "modulegraph.h"
#include "suggestion.h"
#include "workshopcomparison.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace Seams::AnalysisJson {

namespace {

QJsonArray moduleNames(const ModuleGraph &graph, const QList<int> &modules)
{
    QJsonArray array;
    for (int module : modules)
        array.append(graph.module(module));
    return array;
}

QJsonObject comparisonJson(const ModuleGraph &graph, const Suggestion &suggestion,
                           const WorkshopComparison &comparison)
{
    QJsonArray contexts;
    for (const ContextCode &code : comparison.contexts) {
        QJsonArray candidates;
        for (const auto &[candidate, count] : code.candidates)
            candidates.append(
                QJsonObject {{QStringLiteral("name"), suggestion.candidates.at(candidate).name},
                             {QStringLiteral("modules"), count}});
        contexts.append(QJsonObject {{QStringLiteral("name"), code.context},
                                     {QStringLiteral("modules"), moduleNames(graph, code.modules)},
                                     {QStringLiteral("candidates"), candidates},
                                     {QStringLiteral("largest_share"), code.largestShare},
                                     {QStringLiteral("pieces"), code.pieces},
                                     {QStringLiteral("scattered"), code.scattered}});
    }
    QJsonArray crossing;
    for (const CrossingModule &row : comparison.crossing)
        crossing.append(
            QJsonObject {{QStringLiteral("module"), graph.module(row.module)},
                         {QStringLiteral("context"), row.context},
                         {QStringLiteral("crossings"), row.crossings},
                         {QStringLiteral("into"), QJsonArray::fromStringList(row.into)}});
    return {{QStringLiteral("contexts"), contexts},
            {QStringLiteral("crossing_modules"), crossing},
            {QStringLiteral("total_crossings"), comparison.totalCrossings},
            {QStringLiteral("unmapped_modules"), comparison.unmappedModules},
            {QStringLiteral("unknown_contexts"),
             QJsonArray::fromStringList(comparison.unknownContexts)},
            {QStringLiteral("unused_rules"), QJsonArray::fromStringList(comparison.unusedRules)},
            {QStringLiteral("agreement_ari"), comparison.agreement}};
}

} // namespace

QJsonObject toJson(const ModuleGraph &graph, const Suggestion &suggestion,
                   const WorkshopComparison *comparison)
{
    QJsonArray contexts;
    for (const Candidate &candidate : suggestion.candidates) {
        QJsonArray boundary;
        for (const auto &[module, edges] : candidate.boundaryModules)
            boundary.append(QJsonObject {{QStringLiteral("module"), graph.module(module)},
                                         {QStringLiteral("edges"), edges}});
        contexts.append(
            QJsonObject {{QStringLiteral("name"), candidate.name},
                         {QStringLiteral("modules"), moduleNames(graph, candidate.modules)},
                         {QStringLiteral("internal_edges"), candidate.internalEdges},
                         {QStringLiteral("external_edges"), candidate.externalEdges()},
                         {QStringLiteral("outgoing"), candidate.outgoing},
                         {QStringLiteral("incoming"), candidate.incoming},
                         {QStringLiteral("cost"), candidate.cost},
                         {QStringLiteral("boundary_modules"), boundary},
                         {QStringLiteral("unconnected"), candidate.unconnected}});
    }
    QJsonArray coupling;
    for (const QList<qint64> &row : suggestion.coupling) {
        QJsonArray values;
        for (qint64 value : row)
            values.append(value);
        coupling.append(values);
    }
    QJsonArray order;
    for (int index : suggestion.order)
        order.append(suggestion.candidates.at(index).name);
    QJsonArray crossImports;
    for (const CrossImport &row : suggestion.crossImports)
        crossImports.append(
            QJsonObject {{QStringLiteral("module"), graph.module(row.module)},
                         {QStringLiteral("count"), row.count},
                         {QStringLiteral("packages"), QJsonArray::fromStringList(row.packages)}});
    const QJsonObject summary {
        {QStringLiteral("origin"), graph.origin()},
        {QStringLiteral("modules"), graph.moduleCount()},
        {QStringLiteral("dependencies"), graph.totalWeight()},
        {QStringLiteral("external_dependencies"), graph.externalDependencies()},
        {QStringLiteral("self_dependencies"), graph.selfDependencies()},
        {QStringLiteral("resolution"), suggestion.resolution},
        {QStringLiteral("modularity"), suggestion.modularity},
        {QStringLiteral("notes"), QJsonArray::fromStringList(suggestion.notes)}};
    QJsonObject root {{QStringLiteral("contexts"), contexts},
                      {QStringLiteral("coupling"), coupling},
                      {QStringLiteral("order"), order},
                      {QStringLiteral("cross_module_imports"), crossImports},
                      {QStringLiteral("summary"), summary}};
    if (comparison)
        root.insert(QStringLiteral("comparison"), comparisonJson(graph, suggestion, *comparison));
    return root;
}

QByteArray write(const ModuleGraph &graph, const Suggestion &suggestion,
                 const WorkshopComparison *comparison)
{
    return QJsonDocument(toJson(graph, suggestion, comparison)).toJson(QJsonDocument::Indented);
}

} // namespace Seams::AnalysisJson
