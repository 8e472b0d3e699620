#pragma once

#include <QSGRenderNode>

#include <functional>

class QPainter;
class QQuickWindow;

namespace Seams {

/** A scene-graph node that draws with QPainter, for the software backend (which has no
 *  custom geometry): whatever `paint` draws, in the owning item's coordinates. The paint
 *  function gets a copy of the data it needs, since it may run on the render thread. */
class PainterNode : public QSGRenderNode
{
public:
    explicit PainterNode(QQuickWindow *window);

    /** Replaces the drawing; `bounds` is the item's rectangle. */
    void setPaint(std::function<void(QPainter *)> paint, const QRectF &bounds);

    void render(const RenderState *state) override;
    StateFlags changedStates() const override { return {}; }
    RenderingFlags flags() const override { return BoundedRectRendering; }
    QRectF rect() const override { return m_bounds; }

private:
    QQuickWindow *m_window;
    std::function<void(QPainter *)> m_paint;
    QRectF m_bounds;
};

} // namespace Seams
