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

QPointF labelCentre(const QLineF &line, const QSizeF &size, const QList<QRectF> &avoid,
                    const QList<QRectF> &placed)
{
    const auto coveredArea = [](const QRectF &label, const QList<QRectF> &rects) {
        qreal area = 0;
        for (const QRectF &rect : rects) {
            const QRectF overlap = label.intersected(rect);
            area += overlap.width() * overlap.height();
        }
        return area;
    };
    // From the middle outwards, alternating sides; the ends stay clear of the arrowhead. When
    // the line is too short for that, labels stack beside it: above and below a flat line;
    // left and right of a steep one, in half-label steps, so that the first stands with an
    // edge against the line and the next beside a label centred on it.
    static constexpr qreal positions[] = {0.5, 0.38, 0.62, 0.26, 0.74, 0.14, 0.86};
    static constexpr int sides[] = {0, 1, -1, 2, -2, 3, -3};
    const QPointF step = std::abs(line.dx()) >= std::abs(line.dy())
        ? QPointF(0, 1.1 * size.height())
        : QPointF(0.5 * (size.width() + 0.3 * size.height()), 0);
    QPointF best = line.center();
    qreal bestCost = HUGE_VAL;
    for (const int side : sides) {
        for (const qreal t : positions) {
            const QPointF centre = line.pointAt(t) + step * side;
            const QRectF label(centre - QPointF(size.width() / 2, size.height() / 2), size);
            const qreal cost = coveredArea(label, avoid) + 4 * coveredArea(label, placed);
            if (cost < bestCost) {
                best = centre;
                bestCost = cost;
                if (cost == 0)
                    return best;
            }
        }
    }
    return best;
}

} // namespace Seams::CanvasGeometry
