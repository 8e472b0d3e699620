#include "canvasgeometry.h"

#include <algorithm>
#include <cmath>

namespace Seams::CanvasGeometry {

QPointF edgePoint(const QRectF &rect, const QPointF &towards)
{
    const QPointF center = rect.center();
    const QPointF delta = towards - center;
    if (delta.isNull())
        return center;
    // Scale the direction so that it just reaches the nearer of the two edge pairs.
    const qreal scaleX = delta.x() != 0 ? (rect.width() / 2) / std::abs(delta.x()) : HUGE_VAL;
    const qreal scaleY = delta.y() != 0 ? (rect.height() / 2) / std::abs(delta.y()) : HUGE_VAL;
    return center + delta * std::min({scaleX, scaleY, 1.0});
}

QLineF arrowLine(const QRectF &from, const QRectF &to)
{
    const QPointF start = edgePoint(from, to.center());
    const QPointF end = edgePoint(to, from.center());
    // When the rectangles overlap the edge points cross over: nothing sensible to draw.
    const QPointF direction = to.center() - from.center();
    const QPointF span = end - start;
    if (direction.isNull() || QPointF::dotProduct(direction, span) <= 0)
        return {};
    return {start, end};
}

qreal distanceToSegment(const QPointF &point, const QLineF &segment)
{
    const QPointF delta = segment.p2() - segment.p1();
    const qreal lengthSquared = QPointF::dotProduct(delta, delta);
    if (lengthSquared <= 0)
        return QLineF(point, segment.p1()).length();
    const qreal t
        = std::clamp(QPointF::dotProduct(point - segment.p1(), delta) / lengthSquared, 0.0, 1.0);
    return QLineF(point, segment.p1() + delta * t).length();
}

} // namespace Seams::CanvasGeometry
