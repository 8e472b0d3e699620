#pragma once

#include "types.h"

#include <QColor>
#include <QRectF>
#include <QStringList>
#include <QUuid>

#include <optional>

namespace Seams {

/** The engineering handoff settings of a context. Empty strings and lists mean "derive from
 *  the context's name" (see Naming); status, team and wave are plain values. */
struct Handoff
{
    QString serviceName;
    QString upstreamUrl;
    QStringList routePrefixes;
    QString databaseName;
    std::optional<DatabaseEngine> databaseEngine;
    QString team;
    MigrationStatus status = MigrationStatus::Monolith;
    /** Migration wave, 1 being the first; 0 when not planned yet. */
    int wave = 0;

    bool operator==(const Handoff &) const = default;
};

/** A bounded context: a named frame on the board grouping notes. */
struct BoundedContext
{
    QUuid id;
    QString name;
    QRectF geometry;
    QColor color;
    Handoff handoff;

    bool operator==(const BoundedContext &) const = default;
};

} // namespace Seams
