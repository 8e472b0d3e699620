// Checks of the service contracts a board implies: what `seams export openapi|asyncapi`
// would have to leave out or could not write unambiguously. The rules look at exactly what
// the exporters use (ContractModel), so a clean check means a complete contract.

#include "findings.h"

#include "export/contractmodel.h"
#include "export/jsonschema.h"
#include "model/board.h"
#include "model/naming.h"

#include <QCoreApplication>
#include <QMap>

namespace Seams::ContractRules {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Seams::ContractRules", text);
}

QString quoted(const QString &text)
{
    const QString oneLine = text.simplified();
    return QStringLiteral("\u201c%1\u201d")
        .arg(oneLine.size() > 60 ? oneLine.left(57) + QLatin1String("...") : oneLine);
}

/** "Command “Place Order” in “Order Context”"; lower-case inside a sentence. */
QString noteLabel(const Board &board, const Note &note, bool startsSentence = true)
{
    const BoundedContext *context = board.context(note.contextId);
    const QString name = note.text.trimmed().isEmpty() ? tr("(empty)") : quoted(note.text);
    const QString kind = startsSentence ? displayName(note.kind) : sentenceName(note.kind);
    return context ? tr("%1 %2 in %3").arg(kind, name, quoted(context->name))
                   : tr("%1 %2").arg(kind, name);
}

void add(QList<Finding> *findings, Finding::Severity severity, const char *code,
         const QString &message, QList<QUuid> items)
{
    findings->append(Finding {severity, QString(), QLatin1String(code), message, std::move(items)});
}

struct Route
{
    ApiOperation operation;
    const Note *note = nullptr;
};

void checkOperation(const Board &board, const ContractModel::Resource &resource, const Note &note,
                    const ApiOperation &operation, QList<Finding> *findings)
{
    if (operation.pathSanitized) {
        add(findings, Finding::Severity::Warning, "contract.path-sanitized",
            tr("The HTTP path %1 of %2 is not a clean URL path; the contract uses %3.")
                .arg(quoted(note.http.path), noteLabel(board, note, false), operation.path()),
            {note.id});
    }
    if (operation.outsidePrefixes) {
        QStringList prefixes;
        for (const QStringList &prefix : resource.prefixes)
            prefixes.append(HttpConventions::joinPath(prefix));
        add(findings, Finding::Severity::Warning, "contract.path-outside-prefix",
            tr("%1 has the path %2, outside the context's route prefixes (%3): the gateway will "
               "not route it to the service.")
                .arg(noteLabel(board, note), operation.path(), prefixes.join(QLatin1String(", "))),
            {note.id});
    }
}

void checkNotes(const Board &board, QList<Route> *routes, QList<Finding> *findings)
{
    for (const BoundedContext *context : board.sortedContexts()) {
        const ContractModel::Resource resource = ContractModel::resourceOf(board, *context);
        for (const Note *note : board.notesInContext(context->id)) {
            MappedNote mapped;
            if (note->kind == NoteKind::Command)
                mapped = ContractModel::mapCommand(resource, *note);
            else if (note->kind == NoteKind::ReadModel)
                mapped = ContractModel::mapReadModel(resource, *note);
            else
                continue;
            switch (mapped.problem) {
            case MappingProblem::None:
                break;
            case MappingProblem::NoVerb:
                add(findings, Finding::Severity::Error, "contract.command-unmappable",
                    tr("%1 has no HTTP shape: its text starts with no verb the conventions "
                       "know (docs/http-conventions.md) and it has no method or path override.")
                        .arg(noteLabel(board, *note)),
                    {note->id, context->id});
                break;
            case MappingProblem::UnsupportedMethod:
                add(findings, Finding::Severity::Error, "contract.unsupported-method",
                    tr("%1 overrides the HTTP method with %2; use GET, POST, PUT, PATCH or "
                       "DELETE.")
                        .arg(noteLabel(board, *note), quoted(note->http.method)),
                    {note->id, context->id});
                break;
            case MappingProblem::NoName:
                add(findings, Finding::Severity::Warning, "contract.read-model-unnamed",
                    tr("%1 has no name to build a path from, so the contract leaves it out; "
                       "give it a name or a path override.")
                        .arg(noteLabel(board, *note)),
                    {note->id, context->id});
                break;
            }
            if (!mapped.operation)
                continue;
            checkOperation(board, resource, *note, *mapped.operation, findings);
            routes->append(Route {*mapped.operation, note});
        }
    }
}

void checkDuplicateRoutes(const Board &board, const QList<Route> &routes, QList<Finding> *findings)
{
    QMap<QString, QList<const Route *>> byRoute;
    for (const Route &route : routes) {
        byRoute[route.operation.method + QLatin1Char(' ')
                + HttpConventions::pathKey(route.operation.segments)]
            .append(&route);
    }
    for (auto it = byRoute.cbegin(); it != byRoute.cend(); ++it) {
        if (it.value().size() < 2)
            continue;
        QStringList labels;
        QList<QUuid> items;
        for (const Route *route : it.value()) {
            labels.append(noteLabel(board, *route->note, false));
            items.append(route->note->id);
        }
        const ApiOperation &first = it.value().first()->operation;
        add(findings, Finding::Severity::Error, "contract.duplicate-operation",
            tr("%1 operations are all %2 %3: %4. Rename one or give it an HTTP override.")
                .arg(it.value().size())
                .arg(first.method, first.path(), labels.join(QLatin1String("; "))),
            items);
    }
}

void checkFieldNames(const Board &board, QList<Finding> *findings)
{
    for (const Note *note : board.sortedNotes()) {
        if (note->kind != NoteKind::Aggregate && note->kind != NoteKind::DomainEvent)
            continue;
        for (const Field &field : note->fields) {
            const QString property = JsonSchema::propertyName(field.name);
            if (property == field.name.trimmed())
                continue;
            add(findings, Finding::Severity::Warning, "contract.field-renamed",
                tr("Field %1 of %2 is called %3 in the contracts: JSON Schema tools take names "
                   "starting with \u201c$\u201d for references.")
                    .arg(quoted(field.name), noteLabel(board, *note, false), quoted(property)),
                {note->id});
        }
    }
}

void checkEvents(const Board &board, QList<Finding> *findings)
{
    QMap<QString, QList<const Note *>> byAddress;
    for (const Note *note : board.sortedNotes()) {
        if (note->kind != NoteKind::DomainEvent && note->kind != NoteKind::Command)
            continue;
        const BoundedContext *context = board.context(note->contextId);
        if (!context) {
            const bool event = note->kind == NoteKind::DomainEvent;
            add(findings, Finding::Severity::Warning,
                event ? "contract.event-without-context" : "contract.command-without-context",
                event ? tr("%1 belongs to no bounded context, so no AsyncAPI document publishes "
                           "it.")
                            .arg(noteLabel(board, *note))
                      : tr("%1 belongs to no bounded context, so no OpenAPI document offers it.")
                            .arg(noteLabel(board, *note)),
                {note->id});
            continue;
        }
        if (note->kind == NoteKind::DomainEvent)
            byAddress[ContractModel::channelAddress(*context, *note)].append(note);
    }
    for (auto it = byAddress.cbegin(); it != byAddress.cend(); ++it) {
        if (it.value().size() < 2)
            continue;
        QStringList labels;
        QList<QUuid> items;
        for (const Note *note : it.value()) {
            labels.append(noteLabel(board, *note, false));
            items.append(note->id);
        }
        add(findings, Finding::Severity::Error, "contract.duplicate-channel",
            tr("%1 domain events would all publish on the channel %2: %3. Rename one.")
                .arg(it.value().size())
                .arg(it.key(), labels.join(QLatin1String("; "))),
            items);
    }
    for (const Subscription &subscription : ContractModel::subscriptions(board)) {
        if (subscription.covered)
            continue;
        add(findings, Finding::Severity::Warning, "contract.subscriber-without-relationship",
            tr("%1 reacts to %2, but no relationship with events sync has %3 upstream of it; "
               "its AsyncAPI document leaves the event out until the context map says so.")
                .arg(quoted(subscription.subscriber->name),
                     noteLabel(board, *subscription.event, false),
                     quoted(subscription.owner->name)),
            {subscription.event->id, subscription.subscriber->id, subscription.owner->id});
    }
}

} // namespace

void check(const Board &board, QList<Finding> *findings)
{
    QList<Route> routes;
    checkNotes(board, &routes, findings);
    checkDuplicateRoutes(board, routes, findings);
    checkEvents(board, findings);
    checkFieldNames(board, findings);
}

} // namespace Seams::ContractRules
