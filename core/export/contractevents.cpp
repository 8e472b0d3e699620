// The event side of the contract model: channels, subscriptions, what each context receives.

#include "contractmodel.h"

#include "model/board.h"
#include "model/naming.h"

#include <QSet>

namespace Seams::ContractModel {

using HttpConventions::pluralWords;
using HttpConventions::singularWords;

QList<const Note *> events(const Board &board, const BoundedContext &context)
{
    QList<const Note *> result;
    for (const Note *note : board.notesInContext(context.id)) {
        if (note->kind == NoteKind::DomainEvent)
            result.append(note);
    }
    return result;
}

QString channelAddress(const BoundedContext &owner, const Note &event)
{
    const QStringList noun = singularWords(Naming::contextWords(owner));
    const QString prefix = Naming::kebabCase(pluralWords(noun));
    const QStringList words = Naming::words(event.text);
    if (words.isEmpty())
        return prefix + QLatin1String(".event-") + event.id.toString(QUuid::Id128).left(8);
    QStringList rest = words;
    if (singularWords(words.mid(0, noun.size())) == noun && words.size() > noun.size())
        rest = words.mid(noun.size());
    return prefix + QLatin1Char('.') + Naming::kebabCase(rest);
}

QList<Subscription> subscriptions(const Board &board)
{
    QSet<QPair<QUuid, QUuid>> eventSync;
    for (const Relationship *relationship : board.sortedRelationships()) {
        if (relationship->sync == DataSync::Events)
            eventSync.insert({relationship->upstreamId, relationship->downstreamId});
    }
    QList<Subscription> result;
    QSet<QPair<QUuid, QUuid>> seen;
    for (const Link *link : board.sortedLinks()) {
        const Note *event = board.note(link->sourceId);
        const Note *target = board.note(link->targetId);
        if (!event || !target || event->kind != NoteKind::DomainEvent)
            continue;
        const BoundedContext *owner = board.context(event->contextId);
        const BoundedContext *subscriber = board.context(target->contextId);
        if (!owner || !subscriber || owner == subscriber)
            continue;
        if (seen.contains({event->id, subscriber->id}))
            continue;
        seen.insert({event->id, subscriber->id});
        const bool covered = eventSync.contains({owner->id, subscriber->id});
        result.append(Subscription {event, owner, subscriber, covered});
    }
    return result;
}

QList<ReceivedEvent> receivedEvents(const Board &board, const BoundedContext &subscriber)
{
    QSet<QUuid> owners;
    for (const Relationship *relationship : board.sortedRelationships()) {
        if (relationship->downstreamId == subscriber.id && relationship->sync == DataSync::Events
            && relationship->upstreamId != subscriber.id)
            owners.insert(relationship->upstreamId);
    }
    QList<ReceivedEvent> result;
    if (owners.isEmpty())
        return result;
    // Notes that have an arrow into the subscriber: one pass over the links.
    QSet<QUuid> reachSubscriber;
    for (const Link &link : board.links()) {
        const Note *target = board.note(link.targetId);
        if (target && target->contextId == subscriber.id)
            reachSubscriber.insert(link.sourceId);
    }
    for (const BoundedContext *owner : board.sortedContexts()) {
        if (!owners.contains(owner->id))
            continue;
        QList<const Note *> linked;
        const QList<const Note *> ownerEvents = events(board, *owner);
        for (const Note *event : ownerEvents) {
            if (reachSubscriber.contains(event->id))
                linked.append(event);
        }
        for (const Note *event : linked.isEmpty() ? ownerEvents : linked)
            result.append(ReceivedEvent {event, owner});
    }
    return result;
}

} // namespace Seams::ContractModel
