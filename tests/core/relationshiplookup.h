#pragma once

// Finds a relationship of a board by its contexts' names, so tests can take one away from
// the sample board and watch the checks notice.

#include "model/board.h"

#include <QString>
#include <QUuid>

inline QUuid relationshipId(const Seams::Board &board, const QString &upstreamName,
                            const QString &downstreamName)
{
    for (const Seams::Relationship &relationship : board.relationships()) {
        const Seams::BoundedContext *upstream = board.context(relationship.upstreamId);
        const Seams::BoundedContext *downstream = board.context(relationship.downstreamId);
        if (upstream && downstream && upstream->name == upstreamName
            && downstream->name == downstreamName)
            return relationship.id;
    }
    return {};
}

/** Removes the relationship between the two named contexts; false when there is none. */
inline bool removeRelationship(Seams::Board &board, const QString &upstreamName,
                               const QString &downstreamName)
{
    const QUuid id = relationshipId(board, upstreamName, downstreamName);
    if (id.isNull())
        return false;
    board.takeRelationship(id);
    return true;
}
