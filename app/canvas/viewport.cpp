#include "viewport.h"

#include <QLineF>

#include <algorithm>
#include <cmath>

namespace Seams {

Viewport::Viewport(QObject *parent)
    : QObject(parent)
{ }

void Viewport::setWidth(qreal width)
{
    if (qFuzzyCompare(m_size.width(), width))
        return;
    m_size.setWidth(std::max<qreal>(0, width));
    Q_EMIT sizeChanged();
    Q_EMIT changed();
}

void Viewport::setHeight(qreal height)
{
    if (qFuzzyCompare(m_size.height(), height))
        return;
    m_size.setHeight(std::max<qreal>(0, height));
    Q_EMIT sizeChanged();
    Q_EMIT changed();
}

QRectF Viewport::visibleRect() const
{
    return QRectF(m_origin, m_size / m_zoom);
}

qreal Viewport::clampZoom(qreal zoom) const
{
    if (!std::isfinite(zoom) || zoom <= 0)
        return m_zoom;
    // Zoom to fit may have gone below the gesture minimum; zooming further in from there
    // must not jump back to 10%.
    return std::clamp(zoom, std::min(minimumZoom(), m_zoom), maximumZoom());
}

void Viewport::setView(qreal zoom, const QPointF &origin)
{
    if (!std::isfinite(origin.x()) || !std::isfinite(origin.y()) || !std::isfinite(zoom)
        || zoom <= 0)
        return;
    if (qFuzzyCompare(zoom, m_zoom) && origin == m_origin)
        return;
    const bool detail = showsDetail();
    m_zoom = zoom;
    m_origin = origin;
    Q_EMIT changed();
    if (detail != showsDetail())
        Q_EMIT detailChanged();
}

void Viewport::setZoom(qreal zoom)
{
    zoomAt(m_size.width() / 2, m_size.height() / 2, clampZoom(zoom) / m_zoom);
}

QPointF Viewport::mapToBoard(qreal viewX, qreal viewY) const
{
    return m_origin + QPointF(viewX, viewY) / m_zoom;
}

QPointF Viewport::mapFromBoard(qreal boardX, qreal boardY) const
{
    return (QPointF(boardX, boardY) - m_origin) * m_zoom;
}

void Viewport::zoomAt(qreal viewX, qreal viewY, qreal factor)
{
    const qreal zoom = clampZoom(m_zoom * factor);
    const QPointF anchor = mapToBoard(viewX, viewY);
    setView(zoom, anchor - QPointF(viewX, viewY) / zoom);
}

void Viewport::panBy(qreal dx, qreal dy)
{
    setView(m_zoom, m_origin - QPointF(dx, dy) / m_zoom);
}

void Viewport::centerOn(qreal boardX, qreal boardY)
{
    setView(m_zoom,
            QPointF(boardX, boardY) - QPointF(m_size.width(), m_size.height()) / 2 / m_zoom);
}

void Viewport::fitRect(const QRectF &rect)
{
    if (!rect.isValid() || m_size.isEmpty())
        return;
    constexpr qreal margin = 40; // pixels around the fitted rectangle
    constexpr qreal overlayGap = 8; // pixels kept between it and an overlay
    constexpr int steps = 8; // places tried along each axis
    const QRectF area(QPointF(margin, margin),
                      QSizeF(std::max<qreal>(1, m_size.width() - 2 * margin),
                             std::max<qreal>(1, m_size.height() - 2 * margin)));
    const qreal largest
        = std::clamp(std::min(area.width() / rect.width(), area.height() / rect.height()),
                     fitMinimumZoom(), 1.0);
    // Where the rectangle, at a zoom, can stand in the area without running under an
    // overlay: the free place nearest the area's centre, if any.
    const auto place = [&](qreal zoom, QPointF *topLeft) {
        const QSizeF size = rect.size() * zoom;
        const QSizeF slack(std::max<qreal>(0, area.width() - size.width()),
                           std::max<qreal>(0, area.height() - size.height()));
        qreal nearest = HUGE_VAL;
        for (int i = 0; i <= steps; ++i) {
            for (int j = 0; j <= steps; ++j) {
                const QRectF candidate(
                    area.topLeft() + QPointF(slack.width() * i, slack.height() * j) / steps, size);
                const bool covered
                    = std::any_of(m_overlays.cbegin(), m_overlays.cend(), [&](const QRectF &o) {
                          return o.adjusted(-overlayGap, -overlayGap, overlayGap, overlayGap)
                              .intersects(candidate);
                      });
                const qreal distance = QLineF(candidate.center(), area.center()).length();
                if (!covered && distance < nearest) {
                    nearest = distance;
                    *topLeft = candidate.topLeft();
                }
            }
        }
        return nearest < HUGE_VAL;
    };
    qreal zoom = largest;
    QPointF topLeft;
    if (!place(zoom, &topLeft)) {
        // The largest zoom with a free place, by bisection; with none even far out, the
        // overlays are ignored.
        qreal low = fitMinimumZoom();
        if (place(low, &topLeft)) {
            qreal high = zoom;
            for (int step = 0; step < 20; ++step) {
                const qreal middle = (low + high) / 2;
                QPointF ignored;
                (place(middle, &ignored) ? low : high) = middle;
            }
            zoom = low;
            place(zoom, &topLeft);
        } else {
            const QSizeF size = rect.size() * zoom;
            topLeft = area.center() - QPointF(size.width() / 2, size.height() / 2);
        }
    }
    setView(zoom, rect.topLeft() - topLeft / zoom);
}

void Viewport::setOverlays(const QList<QRectF> &overlays)
{
    if (overlays == m_overlays)
        return;
    m_overlays = overlays;
    Q_EMIT overlaysChanged();
}

QVariantList Viewport::overlayList() const
{
    QVariantList list;
    for (const QRectF &overlay : m_overlays)
        list.append(overlay);
    return list;
}

void Viewport::setOverlayList(const QVariantList &overlays)
{
    QList<QRectF> rects;
    for (const QVariant &overlay : overlays) {
        const QRectF rect = overlay.toRectF();
        if (rect.isValid())
            rects.append(rect);
    }
    setOverlays(rects);
}

void Viewport::ensureVisible(const QRectF &rect)
{
    const QRectF visible = visibleRect();
    const qreal margin = 40 / m_zoom;
    QPointF origin = m_origin;
    if (rect.width() + 2 * margin > visible.width())
        origin.setX(rect.center().x() - visible.width() / 2);
    else if (rect.left() - margin < visible.left())
        origin.setX(rect.left() - margin);
    else if (rect.right() + margin > visible.right())
        origin.setX(rect.right() + margin - visible.width());
    if (rect.height() + 2 * margin > visible.height())
        origin.setY(rect.center().y() - visible.height() / 2);
    else if (rect.top() - margin < visible.top())
        origin.setY(rect.top() - margin);
    else if (rect.bottom() + margin > visible.bottom())
        origin.setY(rect.bottom() + margin - visible.height());
    setView(m_zoom, origin);
}

} // namespace Seams
