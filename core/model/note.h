#pragma once

#include "field.h"
#include "types.h"

#include <QList>
#include <QRectF>
#include <QUuid>

namespace Seams {

/** An HTTP shape set by hand on a command note; empty members mean "derive it". */
struct HttpOverride
{
    QString method;
    QString path;

    bool isEmpty() const { return method.isEmpty() && path.isEmpty(); }
    bool operator==(const HttpOverride &) const = default;
};

/** One sticky note on the board. A plain value: the Board owns the notes and announces
 *  every change, so the canvas and the project file can follow fine-grained edits. */
struct Note
{
    QUuid id;
    NoteKind kind = NoteKind::DomainEvent;
    QString text;
    /** Position and size in board coordinates. */
    QRectF geometry;
    /** Stacking order; larger is drawn on top. */
    int z = 0;
    /** The bounded context the note belongs to; null when it is outside every context.
     *  Stored explicitly so headless tools never need geometry. */
    QUuid contextId;
    /** Aggregate fields or event payload fields. */
    QList<Field> fields;
    /** Commands only: an HTTP method/path that replaces the derived one. */
    HttpOverride http;
    /** Milliseconds since the epoch (UTC). */
    qint64 createdAt = 0;
    qint64 updatedAt = 0;

    bool operator==(const Note &) const = default;
};

} // namespace Seams
