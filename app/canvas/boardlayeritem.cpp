#include "boardlayeritem.h"

#include "canvascontroller.h"
#include "selectionmodel.h"
#include "viewport.h"

#include <QQuickWindow>
#include <QSGRendererInterface>

namespace Seams {

BoardLayerItem::BoardLayerItem(QQuickItem *parent)
    : QQuickItem(parent)
{
    setFlag(ItemHasContents, true);
}

void BoardLayerItem::setController(CanvasController *controller)
{
    if (m_controller == controller)
        return;
    if (m_controller) {
        disconnect(m_controller, nullptr, this, nullptr);
        disconnect(m_controller->viewport(), nullptr, this, nullptr);
    }
    m_controller = controller;
    if (controller) {
        connect(controller, &CanvasController::boardChanged, this, &BoardLayerItem::onBoardChanged);
        connect(controller->viewport(), &Viewport::changed, this, &QQuickItem::update);
    }
    onBoardChanged();
    Q_EMIT controllerChanged();
}

void BoardLayerItem::onBoardChanged()
{
    // A reset board is the same object: drop the layer's old connections to it, to the
    // selection and to the drag before boardChanged() makes new ones.
    if (Board *current = board())
        disconnect(current, nullptr, this, nullptr);
    if (m_controller) {
        disconnect(m_controller->selection(), nullptr, this, nullptr);
        disconnect(m_controller, &CanvasController::movingChanged, this, nullptr);
        disconnect(m_controller, &CanvasController::moveOffsetChanged, this, nullptr);
        disconnect(m_controller, &CanvasController::matchesChanged, this, nullptr);
    }
    boardChanged(board());
    update();
}

Board *BoardLayerItem::board() const
{
    return m_controller ? m_controller->board() : nullptr;
}

QTransform BoardLayerItem::boardTransform(const QPointF &offset) const
{
    if (!m_controller)
        return {};
    const Viewport *viewport = m_controller->viewport();
    const qreal zoom = viewport->zoom();
    const QPointF origin = viewport->origin() - offset;
    return QTransform(zoom, 0, 0, zoom, -origin.x() * zoom, -origin.y() * zoom);
}

QRectF BoardLayerItem::visibleBoardRect() const
{
    if (!m_controller)
        return {};
    const Viewport *viewport = m_controller->viewport();
    return QRectF(viewport->origin(), size() / viewport->zoom());
}

bool BoardLayerItem::usesSoftwareRenderer() const
{
    return window() && window()->rendererInterface()
        && window()->rendererInterface()->graphicsApi() == QSGRendererInterface::Software;
}

} // namespace Seams
