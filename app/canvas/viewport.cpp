#include "viewport.h"

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
    const qreal zoomX = std::max<qreal>(1, m_size.width() - 2 * margin) / rect.width();
    const qreal zoomY = std::max<qreal>(1, m_size.height() - 2 * margin) / rect.height();
    const qreal zoom = std::clamp(std::min(zoomX, zoomY), fitMinimumZoom(), 1.0);
    setView(zoom, rect.center() - QPointF(m_size.width(), m_size.height()) / 2 / zoom);
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
