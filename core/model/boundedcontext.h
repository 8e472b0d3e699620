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

/** A frame colour at the precision the project file and the JSON keep (8-bit ARGB, the Rgb
 *  spec). The Board stores colours this way, so a colour survives saving unchanged and two
 *  colours compare equal however they were made (fromHsv, a name, ...). */
inline QColor storedColor(const QColor &color)
{
    return color.isValid() ? QColor::fromRgba(color.rgba()) : QColor();
}

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
