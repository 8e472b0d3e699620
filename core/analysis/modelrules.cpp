// Checks of the board itself: names, fields, references, migration bookkeeping.

#include "findings.h"

#include "model/board.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

namespace Seams::ModelRules {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Seams::ModelRules", text);
}

QString quoted(const QString &text)
{
    const QString oneLine = text.simplified();
    return QStringLiteral("\u201c%1\u201d")
        .arg(oneLine.size() > 60 ? oneLine.left(57) + "..." : oneLine);
}

QString noteLabel(const Board &board, const Note &note)
{
    const BoundedContext *context = board.context(note.contextId);
    const QString name = note.text.trimmed().isEmpty() ? tr("(empty)") : quoted(note.text);
    return context ? tr("%1 %2 in %3").arg(displayName(note.kind), name, quoted(context->name))
                   : tr("%1 %2").arg(displayName(note.kind), name);
}

void add(QList<Finding> *findings, Finding::Severity severity, const char *code,
         const QString &message, QList<QUuid> items)
{
    findings->append(Finding {severity, QString(), QLatin1String(code), message, std::move(items)});
}

void checkContexts(const Board &board, QList<Finding> *findings)
{
    QHash<QString, const BoundedContext *> byName;
    for (const BoundedContext *context : board.sortedContexts()) {
        const QString key = context->name.simplified().toCaseFolded();
        if (key.isEmpty()) {
            add(findings, Finding::Severity::Error, "model.context-unnamed",
                tr("A bounded context has no name."), {context->id});
            continue;
        }
        if (const BoundedContext *twin = byName.value(key)) {
            add(findings, Finding::Severity::Error, "model.context-duplicate-name",
                tr("Two bounded contexts are both named %1.").arg(quoted(context->name)),
                {twin->id, context->id});
        }
        byName.insert(key, context);
        const Handoff &handoff = context->handoff;
        if (handoff.status != MigrationStatus::Monolith && handoff.wave == 0) {
            add(findings, Finding::Severity::Warning, "model.context-no-wave",
                tr("Context %1 is %2 but has no migration wave.")
                    .arg(quoted(context->name), sentenceName(handoff.status)),
                {context->id});
        }
    }
}

void checkFields(const Board &board, const Note &note, QList<Finding> *findings)
{
    QSet<QString> names;
    for (const Field &field : note.fields) {
        const QString name = field.name.trimmed();
        if (name.isEmpty()) {
            add(findings, Finding::Severity::Error, "model.field-unnamed",
                tr("%1 has a field without a name.").arg(noteLabel(board, note)), {note.id});
            continue;
        }
        if (names.contains(name.toCaseFolded())) {
            add(findings, Finding::Severity::Error, "model.field-duplicate",
                tr("%1 has two fields named %2.").arg(noteLabel(board, note), quoted(name)),
                {note.id});
        }
        names.insert(name.toCaseFolded());
        if (field.type == FieldType::Enum && field.enumValues.isEmpty()) {
            add(findings, Finding::Severity::Error, "model.field-enum-empty",
                tr("Field %1 of %2 is an enumeration without values.")
                    .arg(quoted(name), noteLabel(board, note)),
                {note.id});
        }
        if (field.type == FieldType::Reference) {
            const Note *target = board.note(field.reference);
            if (!target || target->kind != NoteKind::Aggregate) {
                add(findings, Finding::Severity::Error, "model.field-reference-missing",
                    tr("Field %1 of %2 refers to no aggregate.")
                        .arg(quoted(name), noteLabel(board, note)),
                    {note.id});
            }
        }
    }
    if (!note.fields.isEmpty() && note.kind != NoteKind::Aggregate
        && note.kind != NoteKind::DomainEvent) {
        add(findings, Finding::Severity::Warning, "model.fields-ignored",
            tr("%1 has fields, but only aggregates and domain events use them.")
                .arg(noteLabel(board, note)),
            {note.id});
    }
}

} // namespace

void check(const Board &board, QList<Finding> *findings)
{
    checkContexts(board, findings);
    for (const Note *note : board.sortedNotes()) {
        if (note->text.trimmed().isEmpty()) {
            add(findings, Finding::Severity::Warning, "model.note-empty",
                tr("A %1 note has no text.").arg(sentenceName(note->kind)), {note->id});
        }
        checkFields(board, *note, findings);
        if (note->kind == NoteKind::Aggregate && note->contextId.isNull()) {
            add(findings, Finding::Severity::Warning, "model.aggregate-without-context",
                tr("%1 belongs to no bounded context.").arg(noteLabel(board, *note)), {note->id});
        }
        if (note->kind == NoteKind::Hotspot) {
            add(findings, Finding::Severity::Info, "model.hotspot",
                tr("Open hotspot: %1.").arg(noteLabel(board, *note)), {note->id});
        }
    }
}

} // namespace Seams::ModelRules
