// The inspector's bounded-context and relationship parts: handoff settings with their
// derived values, and the context-map relationships of a context.

#include "inspector.h"

#include "canvascontroller.h"
#include "commands/document.h"
#include "inspectorchoices.h"
#include "model/naming.h"
#include "selectionmodel.h"

#include <QRegularExpression>

#include <algorithm>

namespace Seams {

using namespace InspectorChoices;

QString Inspector::contextId() const
{
    return idString(singleContext());
}

QString Inspector::contextName() const
{
    const BoundedContext *context
        = document() ? document()->board()->context(singleContext()) : nullptr;
    return context ? context->name : QString();
}

QColor Inspector::contextColor() const
{
    const BoundedContext *context
        = document() ? document()->board()->context(singleContext()) : nullptr;
    return context ? context->color : QColor();
}

int Inspector::memberCount() const
{
    return document() ? int(document()->board()->memberIds(singleContext()).size()) : 0;
}

QVariantMap Inspector::handoff() const
{
    const BoundedContext *context
        = document() ? document()->board()->context(singleContext()) : nullptr;
    if (!context)
        return {};
    const Handoff &h = context->handoff;
    return {{QStringLiteral("serviceName"), h.serviceName},
            {QStringLiteral("upstreamUrl"), h.upstreamUrl},
            {QStringLiteral("routePrefixes"), h.routePrefixes.join(QStringLiteral(", "))},
            {QStringLiteral("databaseName"), h.databaseName},
            {QStringLiteral("databaseEngine"),
             h.databaseEngine ? int(engines.indexOf(*h.databaseEngine)) : -1},
            {QStringLiteral("team"), h.team},
            {QStringLiteral("status"), int(statuses.indexOf(h.status))},
            {QStringLiteral("wave"), h.wave}};
}

QVariantMap Inspector::derived() const
{
    const BoundedContext *context
        = document() ? document()->board()->context(singleContext()) : nullptr;
    if (!context)
        return {};
    const BoardSettings &settings = document()->board()->settings();
    return {{QStringLiteral("serviceName"), Naming::derivedServiceName(*context)},
            {QStringLiteral("upstreamUrl"), Naming::derivedUpstreamUrl(*context)},
            {QStringLiteral("routePrefixes"),
             Naming::derivedRoutePrefixes(*context, settings).join(QStringLiteral(", "))},
            {QStringLiteral("databaseName"), Naming::derivedDatabaseName(*context)},
            {QStringLiteral("databaseEngine"), displayName(settings.databaseEngine)}};
}

QVariantList Inspector::contextRelationships() const
{
    QVariantList list;
    const QUuid id = singleContext();
    if (!document() || id.isNull())
        return list;
    const Board *board = document()->board();
    for (const Relationship *relationship : board->sortedRelationships()) {
        const bool upstream = relationship->upstreamId == id;
        if (!upstream && relationship->downstreamId != id)
            continue;
        const BoundedContext *other
            = board->context(upstream ? relationship->downstreamId : relationship->upstreamId);
        list.append(
            QVariantMap {{QStringLiteral("id"), idString(relationship->id)},
                         {QStringLiteral("otherName"), other ? other->name : QString()},
                         {QStringLiteral("upstream"), upstream},
                         {QStringLiteral("patternName"), displayName(relationship->pattern)},
                         {QStringLiteral("syncName"), displayName(relationship->sync)}});
    }
    return list;
}

QVariantList Inspector::otherContexts() const
{
    QVariantList list;
    if (!document())
        return list;
    for (const BoundedContext *context : document()->board()->sortedContexts()) {
        if (context->id != singleContext())
            list.append(QVariantMap {{QStringLiteral("id"), idString(context->id)},
                                     {QStringLiteral("name"), context->name}});
    }
    return list;
}

void Inspector::setContextName(const QString &name)
{
    if (document() && !name.trimmed().isEmpty())
        document()->renameContext(singleContext(), name.trimmed());
}

void Inspector::setContextColor(const QColor &color)
{
    if (document())
        document()->setContextColor(singleContext(), color);
}

void Inspector::setHandoffValue(const QString &key, const QVariant &value)
{
    const BoundedContext *context
        = document() ? document()->board()->context(singleContext()) : nullptr;
    if (!context)
        return;
    Handoff h = context->handoff;
    const QString text = value.toString().trimmed();
    if (key == QLatin1String("serviceName")) {
        h.serviceName = text;
    } else if (key == QLatin1String("upstreamUrl")) {
        h.upstreamUrl = text;
    } else if (key == QLatin1String("routePrefixes")) {
        QStringList prefixes;
        for (const QString &prefix :
             text.split(QRegularExpression(QStringLiteral("[,\\s]+")), Qt::SkipEmptyParts))
            prefixes.append(prefix);
        h.routePrefixes = prefixes;
    } else if (key == QLatin1String("databaseName")) {
        h.databaseName = text;
    } else if (key == QLatin1String("databaseEngine")) {
        const int index = value.toInt();
        h.databaseEngine = index >= 0 && index < engines.size()
            ? std::optional<DatabaseEngine>(engines.at(index))
            : std::nullopt;
    } else if (key == QLatin1String("team")) {
        h.team = text;
    } else if (key == QLatin1String("status")) {
        const int index = value.toInt();
        if (index < 0 || index >= statuses.size())
            return;
        h.status = statuses.at(index);
    } else if (key == QLatin1String("wave")) {
        h.wave = std::clamp(value.toInt(), 0, 99);
    } else {
        return;
    }
    document()->setContextHandoff(context->id, h);
}

QString Inspector::upstreamName() const
{
    const Relationship *relationship
        = document() ? document()->board()->relationship(singleRelationship()) : nullptr;
    const BoundedContext *context
        = relationship ? document()->board()->context(relationship->upstreamId) : nullptr;
    return context ? context->name : QString();
}

QString Inspector::downstreamName() const
{
    const Relationship *relationship
        = document() ? document()->board()->relationship(singleRelationship()) : nullptr;
    const BoundedContext *context
        = relationship ? document()->board()->context(relationship->downstreamId) : nullptr;
    return context ? context->name : QString();
}

int Inspector::pattern() const
{
    const Relationship *relationship
        = document() ? document()->board()->relationship(singleRelationship()) : nullptr;
    return relationship ? int(patterns.indexOf(relationship->pattern)) : -1;
}

int Inspector::sync() const
{
    const Relationship *relationship
        = document() ? document()->board()->relationship(singleRelationship()) : nullptr;
    return relationship ? int(syncs.indexOf(relationship->sync)) : -1;
}

QString Inspector::relationshipDescription() const
{
    const Relationship *relationship
        = document() ? document()->board()->relationship(singleRelationship()) : nullptr;
    return relationship ? relationship->description : QString();
}

void Inspector::setPattern(int pattern)
{
    const Relationship *current
        = document() ? document()->board()->relationship(singleRelationship()) : nullptr;
    if (!current || pattern < 0 || pattern >= patterns.size())
        return;
    Relationship changed = *current;
    changed.pattern = patterns.at(pattern);
    document()->setRelationship(changed);
}

void Inspector::setSync(int sync)
{
    const Relationship *current
        = document() ? document()->board()->relationship(singleRelationship()) : nullptr;
    if (!current || sync < 0 || sync >= syncs.size())
        return;
    Relationship changed = *current;
    changed.sync = syncs.at(sync);
    document()->setRelationship(changed);
}

void Inspector::setRelationshipDescription(const QString &description)
{
    const Relationship *current
        = document() ? document()->board()->relationship(singleRelationship()) : nullptr;
    if (!current)
        return;
    Relationship changed = *current;
    changed.description = description.trimmed();
    document()->setRelationship(changed);
}

void Inspector::swapRelationship()
{
    const Relationship *current
        = document() ? document()->board()->relationship(singleRelationship()) : nullptr;
    if (!current)
        return;
    Relationship changed = *current;
    std::swap(changed.upstreamId, changed.downstreamId);
    document()->setRelationship(changed);
}

void Inspector::addRelationship(const QString &otherId, bool selectedIsUpstream)
{
    const QUuid selected = singleContext();
    if (!document() || selected.isNull())
        return;
    const QUuid other(otherId);
    const QUuid id = selectedIsUpstream
        ? document()->addRelationship(selected, other, RelationshipPattern::CustomerSupplier)
        : document()->addRelationship(other, selected, RelationshipPattern::CustomerSupplier);
    if (!id.isNull())
        m_controller->selection()->selectRelationship(id);
}

void Inspector::selectRelationship(const QString &id)
{
    if (m_controller)
        m_controller->selection()->selectRelationship(QUuid(id));
}

} // namespace Seams
