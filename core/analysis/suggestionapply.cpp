#include "suggestionapply.h"

#include "modulegraph.h"
#include "modulerules.h"
#include "suggestion.h"

#include "commands/document.h"
#include "model/naming.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>

#include <cmath>

namespace Seams::SuggestionApply {

namespace {

QString titleCase(const QStringList &words)
{
    QStringList titled;
    for (const QString &word : words)
        titled.append(word.left(1).toUpper() + word.mid(1));
    return titled.join(QLatin1Char(' '));
}

/** The candidate name without a " (2)" disambiguation. */
QString baseName(const QString &name, QString *number)
{
    static const QRegularExpression numbered(QStringLiteral("^(.*) \\((\\d+)\\)$"));
    const QRegularExpressionMatch match = numbered.match(name);
    if (!match.hasMatch())
        return name;
    *number = match.captured(2);
    return match.captured(1);
}

QRectF contentBounds(const Board &board)
{
    QRectF bounds;
    for (const Note &note : board.notes())
        bounds = bounds.isNull() ? note.geometry : bounds.united(note.geometry);
    for (const BoundedContext &context : board.contexts())
        bounds = bounds.isNull() ? context.geometry : bounds.united(context.geometry);
    return bounds;
}

} // namespace

QString contextName(const Candidate &candidate)
{
    QString number;
    const QString base = baseName(candidate.name, &number);
    const QStringList segments = ModuleGraph::segments(base);
    QStringList words = Naming::words(segments.isEmpty() ? base : segments.last());
    if (words.isEmpty())
        words = Naming::words(base);
    QString name = words.isEmpty()
        ? QCoreApplication::translate("Seams::SuggestionApply", "Suggested Context")
        : QCoreApplication::translate("Seams::SuggestionApply", "%1 Context").arg(titleCase(words));
    if (!number.isEmpty())
        name += QLatin1Char(' ') + number;
    return name;
}

QString aggregateName(const QString &module)
{
    const QStringList segments = ModuleGraph::segments(module);
    const QString last = segments.isEmpty() ? module : segments.last();
    const QString pascal = Naming::pascalCase(Naming::words(last));
    return pascal.isEmpty() ? last : pascal;
}

QList<QUuid> apply(Document *document, const ModuleGraph &graph, const Suggestion &suggestion,
                   const Options &options)
{
    QList<int> candidates;
    for (int index : suggestion.order) {
        if (!suggestion.candidates.at(index).unconnected)
            candidates.append(index);
    }
    if (candidates.isEmpty())
        return {};
    Board *board = document->board();
    QSet<QString> names;
    for (const BoundedContext &context : board->contexts())
        names.insert(context.name);

    // A grid below the existing content, four frames to a row.
    const QSizeF note = noteKindDefaultSize(NoteKind::Aggregate);
    const qreal gap = 24;
    const int perRow = std::max(1, std::min(options.notesPerContext, 3));
    const int rows = (std::max(1, options.notesPerContext) + perRow - 1) / perRow;
    const QSizeF frame(perRow * (note.width() + gap) + gap,
                       rows * (note.height() + gap) + gap + 48);
    const QRectF bounds = contentBounds(*board);
    const QPointF origin
        = bounds.isNull() ? QPointF(0, 0) : QPointF(bounds.left(), bounds.bottom() + 120);

    const QString text = QCoreApplication::translate("Seams::SuggestionApply",
                                                     "Create %n context(s) from analysis", nullptr,
                                                     int(candidates.size()));
    document->beginInteraction(text);
    QList<QUuid> added;
    QList<ModuleRule> rules = ModuleRules::fromSettings(board->settings());
    const qsizetype rulesBefore = rules.size();
    for (qsizetype i = 0; i < candidates.size(); ++i) {
        const Candidate &candidate = suggestion.candidates.at(candidates.at(i));
        QString name = contextName(candidate);
        for (int n = 2; names.contains(name); ++n)
            name = contextName(candidate) + QLatin1Char(' ') + QString::number(n);
        names.insert(name);
        const QPointF topLeft = origin
            + QPointF(qreal(i % 4) * (frame.width() + gap * 2),
                      qreal(i / 4) * (frame.height() + gap * 2));
        const QUuid id = document->addContext(name, QRectF(topLeft, frame));
        added.append(id);
        QList<Note> notes;
        const QList<int> top = candidate.modules.mid(0, options.notesPerContext);
        for (qsizetype n = 0; n < top.size(); ++n) {
            Note aggregate;
            aggregate.kind = NoteKind::Aggregate;
            aggregate.text = aggregateName(graph.module(top.at(n)));
            aggregate.contextId = id;
            aggregate.geometry
                = QRectF(topLeft
                             + QPointF(gap + qreal(n % perRow) * (note.width() + gap),
                                       48 + qreal(n / perRow) * (note.height() + gap)),
                         note);
            notes.append(aggregate);
        }
        document->insertNotes(notes, {}, text);
        // A rule for the dominant package, when most of the candidate's modules are in it
        // (not for "candidate 3" or a DOT cluster's label).
        QString number;
        const QString package = baseName(candidate.name, &number);
        if (options.addRules && number.isEmpty() && !candidate.modules.isEmpty()) {
            const QString separator
                = graph.module(candidate.modules.first()).contains(QLatin1Char('/'))
                ? QStringLiteral("/")
                : QStringLiteral(".");
            const ModuleRule rule {package + separator + QLatin1Char('*'), name};
            const ModuleRules::Matcher matcher({rule});
            qsizetype inside = 0;
            for (int module : candidate.modules)
                inside += matcher.ruleFor(graph.module(module)) == 0 ? 1 : 0;
            if (inside * 2 >= candidate.modules.size() && !rules.contains(rule))
                rules.append(rule);
        }
    }
    if (rules.size() != rulesBefore) {
        BoardSettings settings = board->settings();
        ModuleRules::toSettings(rules, &settings);
        document->setBoardSettings(settings);
    }
    document->endInteraction();
    return added;
}

} // namespace Seams::SuggestionApply
