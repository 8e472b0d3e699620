#include "minimapitem.h"

#include "canvascontroller.h"

#include <QPainter>

namespace Seams {

namespace {

// Board changes are collected for this long before the miniature is painted again.
constexpr int repaintDelayMs = 150;

} // namespace

MinimapItem::MinimapItem(QQuickItem *parent)
    : QQuickPaintedItem(parent)
{
    m_repaintTimer.setSingleShot(true);
    m_repaintTimer.setInterval(repaintDelayMs);
    connect(&m_repaintTimer, &QTimer::timeout, this, [this] {
        updateMapping();
        update();
    });
    connect(this, &QQuickItem::widthChanged, this, &MinimapItem::scheduleRepaint);
    connect(this, &QQuickItem::heightChanged, this, &MinimapItem::scheduleRepaint);
}

CanvasController *MinimapItem::controller() const
{
    return m_controller;
}

void MinimapItem::setController(CanvasController *controller)
{
    if (m_controller == controller)
        return;
    if (m_controller)
        disconnect(m_controller, nullptr, this, nullptr);
    m_controller = controller;
    if (controller) {
        connect(controller, &CanvasController::boardChanged, this, &MinimapItem::attachBoard);
        connect(controller, &CanvasController::boardBoundsChanged, this,
                &MinimapItem::scheduleRepaint);
    }
    attachBoard();
    Q_EMIT controllerChanged();
}

void MinimapItem::setBackgroundColor(const QColor &color)
{
    if (color == m_background)
        return;
    m_background = color;
    update();
    Q_EMIT backgroundColorChanged();
}

void MinimapItem::attachBoard()
{
    if (m_board)
        disconnect(m_board, nullptr, this, nullptr);
    m_board = m_controller ? m_controller->board() : nullptr;
    if (m_board) {
        connect(m_board, &Board::noteAdded, this, &MinimapItem::scheduleRepaint);
        connect(m_board, &Board::noteRemoved, this, &MinimapItem::scheduleRepaint);
        connect(m_board, &Board::noteChanged, this, &MinimapItem::scheduleRepaint);
        connect(m_board, &Board::contextChanged, this, &MinimapItem::scheduleRepaint);
        connect(m_board, &Board::contextAdded, this, &MinimapItem::scheduleRepaint);
        connect(m_board, &Board::contextRemoved, this, &MinimapItem::scheduleRepaint);
    }
    updateMapping();
    update();
}

void MinimapItem::scheduleRepaint()
{
    if (!m_repaintTimer.isActive())
        m_repaintTimer.start();
}

void MinimapItem::updateMapping()
{
    QRectF bounds = m_controller ? m_controller->boardBounds() : QRectF();
    if (bounds.isEmpty())
        bounds = QRectF(-500, -300, 1000, 600);
    const qreal margin = std::max(bounds.width(), bounds.height()) * 0.04;
    bounds.adjust(-margin, -margin, margin, margin);
    const qreal scale = std::min(width() / bounds.width(), height() / bounds.height());
    const QPointF offset((width() - bounds.width() * scale) / 2,
                         (height() - bounds.height() * scale) / 2);
    if (bounds == m_boardRect && scale == m_scale && offset == m_offset)
        return;
    m_boardRect = bounds;
    m_scale = scale;
    m_offset = offset;
    Q_EMIT mappingChanged();
}

QPointF MinimapItem::mapToBoard(qreal x, qreal y) const
{
    if (m_scale <= 0)
        return {};
    return m_boardRect.topLeft() + (QPointF(x, y) - m_offset) / m_scale;
}

void MinimapItem::paint(QPainter *painter)
{
    if (m_background.alpha() > 0)
        painter->fillRect(boundingRect(), m_background);
    if (!m_board || m_scale <= 0)
        return;
    painter->translate(m_offset);
    painter->scale(m_scale, m_scale);
    painter->translate(-m_boardRect.topLeft());
    for (const BoundedContext &context : m_board->contexts()) {
        QColor tint = context.color;
        tint.setAlphaF(0.25);
        painter->fillRect(context.geometry, tint);
    }
    // At this scale a note is a pixel or two: plain rectangles, no outlines.
    for (const Note &note : m_board->notes())
        painter->fillRect(note.geometry, noteKindColor(note.kind));
}

} // namespace Seams
