#pragma once

#include <QString>
#include <QUuid>

namespace Seams {

/** An arrow from one note to another: a command triggers an event, a policy issues a
 *  command, a read model informs an actor... */
struct Link
{
    QUuid id;
    QUuid sourceId;
    QUuid targetId;
    QString label;

    bool operator==(const Link &) const = default;
};

} // namespace Seams
