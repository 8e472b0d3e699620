#include "contractmodel.h"

#include "model/board.h"
#include "model/naming.h"

#include <QSet>

namespace Seams {

using namespace HttpConventions;

bool ApiOperation::hasPathParameters() const
{
    return std::any_of(segments.cbegin(), segments.cend(), isTemplate);
}

bool ApiOperation::endsAtItem() const
{
    return !segments.isEmpty() && isTemplate(segments.last());
}

namespace ContractModel {

namespace {

/** Where a command's object lives: its collection, the template naming one item, and the
 *  aggregate behind it when the board has one. */
struct Target
{
    QStringList collection;
    QString itemTemplate;
    QUuid aggregateId;
};

/** The object of a command: the words after the verb, without articles ("Place an Order")
 *  and up to the first preposition ("Add Item to Cart" -> {"item"}). */
QStringList objectWords(const QStringList &afterVerb)
{
    static const QSet<QString> articles
        = {QStringLiteral("a"), QStringLiteral("an"), QStringLiteral("the"), QStringLiteral("new")};
    static const QSet<QString> prepositions
        = {QStringLiteral("to"),   QStringLiteral("from"), QStringLiteral("for"),
           QStringLiteral("on"),   QStringLiteral("in"),   QStringLiteral("of"),
           QStringLiteral("into"), QStringLiteral("onto"), QStringLiteral("with"),
           QStringLiteral("by"),   QStringLiteral("at"),   QStringLiteral("as"),
           QStringLiteral("via"),  QStringLiteral("per")};
    QStringList result;
    for (const QString &word : afterVerb) {
        if (prepositions.contains(word))
            break;
        if (result.isEmpty() && articles.contains(word))
            continue;
        result.append(word);
    }
    return result;
}

/** The aggregate whose name, last word singular, equals `words` (also singularised). */
const Note *aggregateNamed(const Resource &resource, const QStringList &words)
{
    const QStringList wanted = singularWords(words);
    for (const auto &[aggregate, name] : resource.aggregates) {
        if (name == wanted)
            return aggregate;
    }
    return nullptr;
}

/** The aggregate whose name starts `words` (the longest such name). */
const Note *aggregateLeading(const Resource &resource, const QStringList &words)
{
    const Note *best = nullptr;
    qsizetype bestLength = 0;
    for (const auto &[aggregate, name] : resource.aggregates) {
        if (name.isEmpty() || name.size() <= bestLength || name.size() > words.size())
            continue;
        if (singularWords(words.mid(0, name.size())) == name) {
            best = aggregate;
            bestLength = name.size();
        }
    }
    return best;
}

QString itemTemplate(const QStringList &singularName)
{
    return QLatin1Char('{') + Naming::camelCase(singularName) + QLatin1String("Id}");
}

Target targetOf(const Resource &resource, const QStringList &object)
{
    Target target;
    if (object.isEmpty() || singularWords(object) == resource.nounWords) {
        target.collection = resource.baseSegments;
        target.itemTemplate = itemTemplate(resource.nounWords);
        if (const Note *aggregate = aggregateNamed(resource, resource.nounWords))
            target.aggregateId = aggregate->id;
        return target;
    }
    QStringList name = object;
    if (const Note *aggregate = aggregateNamed(resource, object)) {
        name = Naming::words(aggregate->text);
        target.aggregateId = aggregate->id;
    }
    target.collection = resource.baseSegments;
    target.collection.append(Naming::kebabCase(pluralWords(name)));
    target.itemTemplate = itemTemplate(singularWords(name));
    return target;
}

/** Applies the override's path, if any, and the checks every operation gets. */
void finish(const Resource &resource, const QString &overridePath, ApiOperation *operation)
{
    const QString path = overridePath.trimmed();
    if (!path.isEmpty()) {
        const PathSegments sanitized = sanitizePath(path, true);
        operation->segments = path.startsWith(QLatin1Char('/'))
            ? sanitized.segments
            : resource.baseSegments + sanitized.segments;
        operation->pathSanitized = sanitized.changed;
    }
    operation->outsidePrefixes = std::none_of(
        resource.prefixes.cbegin(), resource.prefixes.cend(),
        [&](const QStringList &prefix) { return startsWith(operation->segments, prefix); });
}

/** camelCase words; a leading digit gets "op" so that generated code has an identifier. */
QString commandOperationId(const QStringList &words)
{
    const QString id = Naming::camelCase(words);
    return id.front().isDigit() ? QLatin1String("op") + Naming::pascalCase(words) : id;
}

QString fallbackOperationId(const Note &note)
{
    return QStringLiteral("operation") + note.id.toString(QUuid::Id128).left(8);
}

} // namespace

Resource resourceOf(const Board &board, const BoundedContext &context)
{
    const ResolvedHandoff handoff = Naming::resolve(context, board.settings());
    Resource resource;
    for (const QString &prefix : handoff.routePrefixes)
        resource.prefixes.append(sanitizePath(prefix, false).segments);
    resource.baseSegments = resource.prefixes.value(0);
    resource.nounWords = singularWords(Naming::contextWords(context));
    for (const Note *aggregate : aggregates(board, context))
        resource.aggregates.append({aggregate, singularWords(Naming::words(aggregate->text))});
    return resource;
}

QList<ServiceFile> serviceFiles(const Board &board)
{
    QList<ServiceFile> result;
    QSet<QString> taken;
    for (const BoundedContext *context : board.sortedContexts()) {
        QString stem = Naming::kebabCase(
            Naming::words(Naming::resolve(*context, board.settings()).serviceName));
        if (stem.isEmpty())
            stem = Naming::derivedServiceName(*context);
        // File names have a limit (255 bytes, less the save file's temporary suffix): a
        // service named by a paragraph keeps its first words, cut at a hyphen.
        constexpr qsizetype maxStemLength = 100;
        if (stem.size() > maxStemLength) {
            const qsizetype cut = stem.lastIndexOf(QLatin1Char('-'), maxStemLength);
            stem.truncate(cut > 0 ? cut : maxStemLength);
        }
        QString unique = stem;
        for (int n = 2; taken.contains(unique); ++n)
            unique = stem + QLatin1Char('-') + QString::number(n);
        taken.insert(unique);
        result.append(ServiceFile {context, unique});
    }
    return result;
}

MappedNote mapCommand(const Resource &resource, const Note &command)
{
    const QStringList words = Naming::words(command.text);
    // "2024 Report" starts with no verb: a verb is a word, not a number.
    const QString verb
        = words.isEmpty() || words.first().front().isDigit() ? QString() : words.first();
    const std::optional<CommandIntent> known = intentOfVerb(verb);
    const QStringList object = objectWords(words.mid(1));
    // A verb is recognised when the table lists it or an object follows it: "Ship Order" is
    // an action even though "ship" could be anything, while a lone "Checkout" must be known.
    const bool recognised = known || (!verb.isEmpty() && !object.isEmpty());
    if (!recognised && command.http.isEmpty())
        return {std::nullopt, MappingProblem::NoVerb};
    QString method = command.http.method.trimmed().toUpper();
    if (!method.isEmpty() && !isSupportedMethod(method))
        return {std::nullopt, MappingProblem::UnsupportedMethod};

    const CommandIntent intent = known.value_or(CommandIntent::Action);
    if (method.isEmpty())
        method = methodOf(intent);
    const Target target = targetOf(resource, object);

    ApiOperation operation;
    operation.noteId = command.id;
    operation.method = method;
    operation.aggregateId = target.aggregateId;
    operation.segments = target.collection;
    if (intent != CommandIntent::Create && method != QLatin1String("GET")) {
        operation.segments.append(target.itemTemplate);
        const bool action = intent == CommandIntent::Action || intent == CommandIntent::Transition;
        if (action && recognised && method == QLatin1String("POST"))
            operation.segments.append(verb);
    }
    finish(resource, command.http.path, &operation);
    operation.kind = kindOf(method, intent, operation.endsAtItem());
    operation.operationId
        = words.isEmpty() ? fallbackOperationId(command) : commandOperationId(words);
    return {operation, MappingProblem::None};
}

MappedNote mapReadModel(const Resource &resource, const Note &readModel)
{
    static const QSet<QString> itemWords
        = {QStringLiteral("profile"), QStringLiteral("detail"), QStringLiteral("details"),
           QStringLiteral("summary"), QStringLiteral("status"), QStringLiteral("view"),
           QStringLiteral("card"),    QStringLiteral("page")};
    const QStringList words = Naming::words(readModel.text);
    if (words.isEmpty() && readModel.http.path.trimmed().isEmpty())
        return {std::nullopt, MappingProblem::NoName};
    QString method = readModel.http.method.trimmed().toUpper();
    if (!method.isEmpty() && !isSupportedMethod(method))
        return {std::nullopt, MappingProblem::UnsupportedMethod};
    if (method.isEmpty())
        method = QStringLiteral("GET");

    // "User Profile" in the User context reads one user; "Order History" lists orders.
    const qsizetype nounSize = resource.nounWords.size();
    const bool startsWithNoun = singularWords(words.mid(0, nounSize)) == resource.nounWords;
    const bool startsWithSingularNoun = words.mid(0, nounSize) == resource.nounWords;
    const QStringList rest = startsWithNoun ? words.mid(nounSize) : words;
    const bool item = startsWithSingularNoun && (rest.isEmpty() || itemWords.contains(rest.last()));

    ApiOperation operation;
    operation.noteId = readModel.id;
    operation.method = method;
    if (const Note *aggregate = aggregateLeading(resource, words))
        operation.aggregateId = aggregate->id;
    operation.segments = resource.baseSegments;
    if (item)
        operation.segments.append(itemTemplate(resource.nounWords));
    if (!rest.isEmpty())
        operation.segments.append(Naming::kebabCase(rest));
    finish(resource, readModel.http.path, &operation);
    // "/orders/{orderId}/details" reads one order although it does not end at the template.
    const bool readsItem = readModel.http.path.trimmed().isEmpty() ? item : operation.endsAtItem();
    operation.kind = kindOf(method, CommandIntent::Action, readsItem);
    const bool listsItems = operation.kind == OperationKind::ReadCollection;
    operation.operationId = words.isEmpty()
        ? fallbackOperationId(readModel)
        : (listsItems ? QStringLiteral("list") : QStringLiteral("get")) + Naming::pascalCase(words);
    return {operation, MappingProblem::None};
}

QList<ApiOperation> operations(const Board &board, const BoundedContext &context)
{
    const Resource resource = resourceOf(board, context);
    QList<ApiOperation> result;
    for (const Note *note : board.notesInContext(context.id)) {
        MappedNote mapped;
        if (note->kind == NoteKind::Command)
            mapped = mapCommand(resource, *note);
        else if (note->kind == NoteKind::ReadModel)
            mapped = mapReadModel(resource, *note);
        if (mapped.operation)
            result.append(*mapped.operation);
    }
    return result;
}

QList<const Note *> aggregates(const Board &board, const BoundedContext &context)
{
    QList<const Note *> result;
    for (const Note *note : board.notesInContext(context.id)) {
        if (note->kind == NoteKind::Aggregate)
            result.append(note);
    }
    return result;
}

QString uniqueName(const QString &base, QSet<QString> *taken)
{
    QString name = base;
    for (int n = 2; taken->contains(name); ++n)
        name = base + QString::number(n);
    taken->insert(name);
    return name;
}

} // namespace ContractModel
} // namespace Seams
