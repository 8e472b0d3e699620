#pragma once

#include "httpconventions.h"

#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QUuid>

#include <optional>
#include <utility>

namespace Seams {

class Board;
struct BoundedContext;
struct Note;

/** One HTTP operation of a context's contract, derived from a command or a read model. */
struct ApiOperation
{
    /** The command or read model note it comes from. */
    QUuid noteId;
    /** Upper-case: GET, POST, PUT, PATCH, DELETE. */
    QString method;
    /** Path segments, templates as "{name}". */
    QStringList segments;
    OperationKind kind = OperationKind::Action;
    /** The aggregate the operation creates, reads or changes, when the note names one. */
    QUuid aggregateId;
    /** An operationId before de-duplication: "placeOrder", "listOrderHistory". */
    QString operationId;
    /** The HTTP override's path needed cleaning (see HttpConventions::sanitizePath). */
    bool pathSanitized = false;
    /** The path lies under none of the context's route prefixes. */
    bool outsidePrefixes = false;

    QString path() const { return HttpConventions::joinPath(segments); }
    bool hasPathParameters() const;
    bool endsAtItem() const;
};

/** Why a note gives no operation. */
enum class MappingProblem {
    None,
    /** A command whose text names no verb the conventions know, without an override. */
    NoVerb,
    /** An override method other than GET, POST, PUT, PATCH, DELETE. */
    UnsupportedMethod,
    /** A read model whose name has no ASCII word to build a path from. */
    NoName,
};

struct MappedNote
{
    std::optional<ApiOperation> operation;
    MappingProblem problem = MappingProblem::None;
};

/** A domain event a context receives, and the events relationship that carries it. */
struct ReceivedEvent
{
    const Note *event = nullptr;
    const BoundedContext *owner = nullptr;
};

/** A link from an event to a note of another context: that context reacts to the event. */
struct Subscription
{
    const Note *event = nullptr;
    const BoundedContext *owner = nullptr;
    const BoundedContext *subscriber = nullptr;
    /** An events relationship has the owner upstream of the subscriber. */
    bool covered = false;
};

/** A context and the stem of its contract files ("order-service"). */
struct ServiceFile
{
    const BoundedContext *context = nullptr;
    QString stem;
};

/** The contract a board implies, shared by the OpenAPI and AsyncAPI exporters and the
 *  "contract" checks, so that what the checks report is exactly what the exports do. */
namespace ContractModel {

/** The context's own resource: its first route prefix (sanitised) and its noun. */
struct Resource
{
    QStringList baseSegments;
    /** The context's name words, last one singular: "Order Context" -> {"order"}. */
    QStringList nounWords;
    /** All route prefixes, sanitised, to tell whether an override stays under them. */
    QList<QStringList> prefixes;
    /** The context's aggregates in timeline order, with their name words (last one
     *  singular), looked up for every note: computed once. */
    QList<std::pair<const Note *, QStringList>> aggregates;
};

Resource resourceOf(const Board &board, const BoundedContext &context);

/** Every context, in Board::sortedContexts() order, with a file stem made of its service
 *  name's words in kebab case, unique on the board ("-2" for a second one). */
QList<ServiceFile> serviceFiles(const Board &board);

/** The HTTP shape of a command: verb table, object, override (docs/http-conventions.md). */
MappedNote mapCommand(const Resource &resource, const Note &command);

/** The GET of a read model. */
MappedNote mapReadModel(const Resource &resource, const Note &readModel);

/** All operations of a context in timeline order (commands and read models interleaved),
 *  notes without an HTTP shape left out. Duplicates are kept; callers decide. */
QList<ApiOperation> operations(const Board &board, const BoundedContext &context);

/** The aggregates of a context in timeline order. */
QList<const Note *> aggregates(const Board &board, const BoundedContext &context);

/** The channel address of an event: the context's plural noun, a dot and the event's words
 *  without a leading noun: "Order Placed" in "Order Context" -> "orders.placed". */
QString channelAddress(const BoundedContext &owner, const Note &event);

/** The domain events of a context in timeline order. */
QList<const Note *> events(const Board &board, const BoundedContext &context);

/** Every event -> other-context link, once per (event, subscriber), in board order. */
QList<Subscription> subscriptions(const Board &board);

/** What `subscriber` receives: for each events relationship with it downstream, the
 *  upstream's events it links to, or all of them when it links to none. */
QList<ReceivedEvent> receivedEvents(const Board &board, const BoundedContext &subscriber);

/** `base`, or `base` with the first number from 2 that makes it new in `taken`; the name
 *  is added to `taken`. */
QString uniqueName(const QString &base, QSet<QString> *taken);

} // namespace ContractModel
} // namespace Seams
