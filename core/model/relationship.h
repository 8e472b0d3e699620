#pragma once

#include "types.h"

#include <QString>
#include <QUuid>

namespace Seams {

/** A context-map relationship: the downstream context depends on the upstream one. */
struct Relationship
{
    QUuid id;
    QUuid upstreamId;
    QUuid downstreamId;
    RelationshipPattern pattern = RelationshipPattern::CustomerSupplier;
    DataSync sync = DataSync::None;
    QString description;

    bool operator==(const Relationship &) const = default;
};

} // namespace Seams
