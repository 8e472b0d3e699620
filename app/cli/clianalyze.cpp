// seams analyze INPUT [...]: suggested service boundaries from a dependency graph or a source
// folder, as a report, as JSON, or added to a board.

#include "clicommon.h"

#include "analysis/analysisjson.h"
#include "analysis/modulegraph.h"
#include "analysis/moduleinput.h"
#include "analysis/modulerules.h"
#include "analysis/suggestion.h"
#include "analysis/suggestionapply.h"
#include "analysis/workshopcomparison.h"
#include "commands/document.h"
#include "model/board.h"
#include "storage/projectfile.h"

#include <QDir>

#include <memory>

namespace Seams::Cli {

namespace {

QString fit(const QString &text, int width)
{
    return text.size() <= width ? text.leftJustified(width)
                                : QStringLiteral("…") + text.right(width - 1);
}

QString report(const ModuleGraph &graph, const Suggestion &suggestion,
               const WorkshopComparison *comparison, int listed)
{
    QString text;
    text += tr("Modules: %1 (%2), %3 dependencies between them, %4 on outside modules\n")
                .arg(graph.moduleCount())
                .arg(graph.origin())
                .arg(graph.totalWeight())
                .arg(graph.externalDependencies());
    text += tr("Candidate services: %1 at resolution %2 (modularity %3)\n")
                .arg(suggestion.candidates.size())
                .arg(suggestion.resolution)
                .arg(suggestion.modularity, 0, 'f', 3);
    for (const QString &note : suggestion.notes)
        text += QStringLiteral("  - %1\n").arg(note);
    text += QLatin1Char('\n');
    text += tr("  #  candidate                        modules  inside  calls out  called in   "
               "cost\n");
    for (qsizetype i = 0; i < suggestion.candidates.size(); ++i) {
        const Candidate &candidate = suggestion.candidates.at(i);
        text += QStringLiteral("%1  %2 %3 %4 %5 %6 %7\n")
                    .arg(i + 1, 3)
                    .arg(fit(candidate.name, 32))
                    .arg(candidate.modules.size(), 7)
                    .arg(candidate.internalEdges, 7)
                    .arg(candidate.outgoing, 10)
                    .arg(candidate.incoming, 10)
                    .arg(candidate.cost, 6, 'f', 0);
        QStringList boundary;
        for (const auto &[module, edges] : candidate.boundaryModules)
            boundary << QStringLiteral("%1 (%2)").arg(graph.module(module)).arg(edges);
        if (!boundary.isEmpty())
            text += tr("       seams: %1\n").arg(boundary.join(QLatin1String(", ")));
    }
    const qsizetype shown = std::min<qsizetype>(suggestion.candidates.size(), 12);
    if (shown > 1) {
        text += tr("\nCoupling: dependencies of the row's candidate on the column's%1\n")
                    .arg(shown < suggestion.candidates.size()
                             ? tr(" (first %1 candidates)").arg(shown)
                             : QString());
        text += QStringLiteral("     ");
        for (qsizetype column = 0; column < shown; ++column)
            text += QStringLiteral("%1").arg(column + 1, 6);
        text += QLatin1Char('\n');
        for (qsizetype row = 0; row < shown; ++row) {
            text += QStringLiteral("%1  ").arg(row + 1, 3);
            for (qsizetype column = 0; column < shown; ++column) {
                const qint64 value = suggestion.coupling.at(row).at(column);
                text += row == column ? QStringLiteral("     .")
                                      : QStringLiteral("%1").arg(value, 6);
            }
            text += QLatin1Char('\n');
        }
    }
    text += tr("\nExtraction order, cheapest first (cost = calls out + 2 x called in):\n");
    for (qsizetype i = 0; i < suggestion.order.size(); ++i) {
        const Candidate &candidate = suggestion.candidates.at(suggestion.order.at(i));
        text += tr("%1. %2 (cost %3: %4 calls out become API calls, %5 calls in go through the "
                   "gateway)\n")
                    .arg(i + 1, 3)
                    .arg(candidate.name)
                    .arg(candidate.cost, 0, 'f', 0)
                    .arg(candidate.outgoing)
                    .arg(candidate.incoming);
    }
    if (!suggestion.crossImports.isEmpty()) {
        text += tr("\nCross-module imports (count, module, packages it reaches into):\n");
        for (const CrossImport &row : suggestion.crossImports.mid(0, listed))
            text += QStringLiteral("%1 %2 -> %3\n")
                        .arg(row.count, 7)
                        .arg(graph.module(row.module), row.packages.join(QLatin1String(", ")));
        if (suggestion.crossImports.size() > listed)
            text += tr("    ... %1 more (--json lists all)\n")
                        .arg(suggestion.crossImports.size() - listed);
    }
    if (comparison) {
        text += tr("\nWorkshop versus code: %1 modules mapped by name rules, %2 unmapped; "
                   "agreement (adjusted Rand) %3\n")
                    .arg(graph.moduleCount() - comparison->unmappedModules)
                    .arg(comparison->unmappedModules)
                    .arg(comparison->agreement, 0, 'f', 2);
        for (const ContextCode &code : comparison->contexts) {
            text += tr("  %1: %2 modules, %3% in one candidate, %4 unrelated piece(s)%5\n")
                        .arg(code.context)
                        .arg(code.modules.size())
                        .arg(qRound(code.largestShare * 100))
                        .arg(code.pieces)
                        .arg(code.scattered ? tr(" - scattered") : QString());
        }
        if (!comparison->crossing.isEmpty()) {
            text += tr("  Modules importing across the workshop's boundaries (%1 imports):\n")
                        .arg(comparison->totalCrossings);
            for (const CrossingModule &row : comparison->crossing.mid(0, listed))
                text += QStringLiteral("%1 %2 [%3] -> %4\n")
                            .arg(row.crossings, 7)
                            .arg(graph.module(row.module), row.context,
                                 row.into.join(QLatin1String(", ")));
        }
        for (const QString &context : comparison->unknownContexts)
            text += tr("  Rules name \"%1\", which is not a context on the board.\n").arg(context);
        for (const QString &rule : comparison->unusedRules)
            text += tr("  Rule \"%1\" matches no module.\n").arg(rule);
    }
    return text;
}

int applyToBoard(const QString &path, const ModuleGraph &graph, const Suggestion &suggestion)
{
    StorageError error;
    auto file = ProjectFile::open(path, ProjectFile::Access::ReadWrite, &error);
    auto board = std::make_unique<Board>();
    if (!file || !file->load(board.get(), &error)) {
        err(QStringLiteral("seams: %1\n").arg(error.message));
        return FileError;
    }
    Document document(std::move(board));
    document.setProjectFile(std::move(file));
    const QList<QUuid> added = SuggestionApply::apply(&document, graph, suggestion);
    if (!document.commitError().isEmpty()) {
        err(tr("seams analyze: cannot write %1: %2\n")
                .arg(QDir::toNativeSeparators(path), document.commitError()));
        return FileError;
    }
    err(tr("Added %n context(s) to %1.\n", nullptr, int(added.size()))
            .arg(QDir::toNativeSeparators(path)));
    return Success;
}

} // namespace

int runAnalyze(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Suggest service boundaries from the monolith's module dependencies: candidate "
           "contexts, their coupling, an extraction order and the cross-module import "
           "counts. INPUT is a DOT file (pydeps, jdeps -dotoutput, madge --dot, "
           "dependency-cruiser -T dot, or any DOT graph), a folder of jdeps DOT files, or a "
           "source folder (Python, Java, JavaScript/TypeScript, C/C++), which is scanned. "
           "Extraction order: cheapest first, cost = calls out + 2 x calls in. Exit codes: 0 "
           "success, 2 usage errors, 3 unreadable or malformed input or board. See "
           "docs/analysis.md."));
    parser.addPositionalArgument(QStringLiteral("analyze"), tr("Analyze dependencies."),
                                 QStringLiteral("analyze"));
    parser.addPositionalArgument(QStringLiteral("INPUT"), tr("DOT file or folder."));
    const QCommandLineOption resolution(
        QStringLiteral("resolution"),
        tr("More (above 1) or fewer (below 1) candidate services (default 1)."), tr("R"),
        QStringLiteral("1"));
    const QCommandLineOption depth(QStringLiteral("depth"),
                                   tr("Scan sources into packages at depth N instead of one "
                                      "module per file (default 0: files)."),
                                   tr("N"), QStringLiteral("0"));
    const QCommandLineOption seed(QStringLiteral("seed"),
                                  tr("Seed of the randomised clustering (default 1)."), tr("SEED"),
                                  QStringLiteral("1"));
    const QCommandLineOption json(QStringLiteral("json"), tr("Write JSON instead of a report."));
    const QCommandLineOption output({QStringLiteral("o"), QStringLiteral("output")},
                                    tr("Write to FILE instead of standard output."), tr("FILE"));
    const QCommandLineOption apply(QStringLiteral("apply"),
                                   tr("Add the candidates to BOARD as contexts with aggregate "
                                      "notes (one undoable step)."),
                                   tr("BOARD"));
    const QCommandLineOption compare(QStringLiteral("compare"),
                                     tr("Compare with BOARD's contexts, using its module name "
                                        "rules."),
                                     tr("BOARD"));
    const QCommandLineOption rule(QStringLiteral("rule"),
                                  tr("A name rule \"PATTERN = CONTEXT\" for --compare, e.g. "
                                     "\"app.orders.* = Order Context\"; repeatable, used before "
                                     "the board's own rules."),
                                  tr("RULE"));
    const QCommandLineOption exclude(QStringLiteral("exclude"),
                                     tr("Skip folders with this name when scanning; repeatable."),
                                     tr("NAME"));
    const QCommandLineOption everything(QStringLiteral("include-all"),
                                        tr("Scan tests and vendored folders too."));
    parser.addOptions(
        {resolution, depth, seed, json, output, apply, compare, rule, exclude, everything});
    int exitCode = Success;
    QString input;
    if (!parse(parser, QStringLiteral("analyze"), arguments, &exitCode)
        || !onePositional(parser, QStringLiteral("analyze"), tr("INPUT"), &input, &exitCode))
        return exitCode;

    bool ok = false;
    SuggestOptions options;
    options.resolution = parser.value(resolution).toDouble(&ok);
    if (!ok || !(options.resolution > 0 && options.resolution <= 100)) {
        err(tr("seams analyze: --resolution needs a number above 0 and up to 100, not "
               "\"%1\".\n")
                .arg(parser.value(resolution)));
        return UsageError;
    }
    ScanOptions scanOptions;
    scanOptions.depth = parser.value(depth).toInt(&ok);
    if (!ok || scanOptions.depth < 0 || scanOptions.depth > 64) {
        err(tr("seams analyze: --depth needs a whole number from 0 to 64, not \"%1\".\n")
                .arg(parser.value(depth)));
        return UsageError;
    }
    options.seed = parser.value(seed).toULongLong(&ok);
    if (!ok) {
        err(tr("seams analyze: --seed needs a whole number, not \"%1\".\n")
                .arg(parser.value(seed)));
        return UsageError;
    }
    if (parser.isSet(everything)) {
        scanOptions.excludedFolders.clear();
        scanOptions.skipTestFiles = false;
    }
    scanOptions.excludedFolders += parser.values(exclude);
    QList<ModuleRule> rules;
    for (const QString &text : parser.values(rule)) {
        ModuleRule parsed;
        QString message;
        if (!ModuleRules::parse(text, &parsed, &message)) {
            err(QStringLiteral("seams analyze: %1\n").arg(message));
            return UsageError;
        }
        rules.append(parsed);
    }
    if (!rules.isEmpty() && !parser.isSet(compare)) {
        err(tr("seams analyze: --rule needs --compare BOARD.\n"));
        return UsageError;
    }

    ModuleGraph graph;
    QString error;
    if (!ModuleInput::load(input, scanOptions, &graph, nullptr, &error)) {
        err(tr("seams analyze: %1\n").arg(error));
        return FileError;
    }
    Suggestion suggestion;
    if (!Suggester::suggest(graph, options, &suggestion, nullptr, &error)) {
        err(tr("seams analyze: %1\n").arg(error));
        return FileError;
    }
    std::unique_ptr<WorkshopComparison> comparison;
    if (parser.isSet(compare)) {
        Board board;
        if (const int loaded = loadBoard(parser.value(compare), &board); loaded != Success)
            return loaded;
        QStringList problems;
        rules += ModuleRules::fromSettings(board.settings(), &problems);
        for (const QString &problem : std::as_const(problems))
            err(tr("seams analyze: %1: %2\n").arg(parser.value(compare), problem));
        QStringList contexts;
        for (const BoundedContext *context : board.sortedContexts())
            contexts.append(context->name);
        comparison = std::make_unique<WorkshopComparison>(
            Comparison::compare(graph, suggestion, rules, contexts));
    }
    if (parser.isSet(apply)) {
        if (const int applied = applyToBoard(parser.value(apply), graph, suggestion);
            applied != Success)
            return applied;
        if (!parser.isSet(json) && !parser.isSet(output))
            return Success;
    }
    const QByteArray bytes = parser.isSet(json)
        ? AnalysisJson::write(graph, suggestion, comparison.get())
        : report(graph, suggestion, comparison.get(), 20).toUtf8();
    return writeOutput(parser.value(output), bytes);
}

} // namespace Seams::Cli
