#include "painternode.h"

#include <QPainter>
#include <QQuickWindow>
#include <QSGRendererInterface>

namespace Seams {

PainterNode::PainterNode(QQuickWindow *window)
    : m_window(window)
{ }

void PainterNode::setPaint(std::function<void(QPainter *)> paint, const QRectF &bounds)
{
    m_paint = std::move(paint);
    m_bounds = bounds;
    markDirty(QSGNode::DirtyMaterial);
}

void PainterNode::render(const RenderState *state)
{
    QSGRendererInterface *interface = m_window->rendererInterface();
    auto *painter = static_cast<QPainter *>(
        interface->getResource(m_window, QSGRendererInterface::PainterResource));
    if (!painter || !m_paint)
        return;
    painter->save();
    // The clip region is in window coordinates: set it before the item's transform.
    if (const QRegion *clip = state->clipRegion(); clip && !clip->isEmpty())
        painter->setClipRegion(*clip, Qt::ReplaceClip);
    painter->setTransform(matrix()->toTransform());
    painter->setOpacity(inheritedOpacity());
    // The item's own rectangle is the viewport: nothing is drawn outside it.
    painter->setClipRect(m_bounds, Qt::IntersectClip);
    m_paint(painter);
    painter->restore();
}

} // namespace Seams
