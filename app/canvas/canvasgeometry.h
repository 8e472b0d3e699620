#pragma once

#include <QLineF>
#include <QList>
#include <QRectF>

namespace Seams::CanvasGeometry {

/** The arrow between two rectangles: along the line joining their centres, from the edge of
 *  `from` to the edge of `to`. A null line when the rectangles overlap so much that no part
 *  of that line lies outside both. */
QLineF arrowLine(const QRectF &from, const QRectF &to);

/** Shortest distance from a point to a line segment. */
qreal distanceToSegment(const QPointF &point, const QLineF &segment);

/** The point where a ray from the rectangle's centre towards `towards` leaves the
 *  rectangle. */
QPointF edgePoint(const QRectF &rect, const QPointF &towards);

/** Where to centre a label of `size` on `line`: the first place, from the middle of the line
 *  outwards and then beside it, where the label covers nothing of `avoid` (frame title bars)
 *  or `placed` (the labels placed before it); failing that, the place covering the least,
 *  with a placed label counting four times. */
QPointF labelCentre(const QLineF &line, const QSizeF &size, const QList<QRectF> &avoid,
                    const QList<QRectF> &placed);

} // namespace Seams::CanvasGeometry
