#pragma once

#include "model/board.h"

#include <QPointer>
#include <QQmlEngine>
#include <QQuickPaintedItem>
#include <QTimer>

namespace Seams {

class CanvasController;

/** The whole board in miniature: frames and notes painted into a small image, repainted a
 *  moment after the board changes (never per frame). QML draws the viewport rectangle on
 *  top from `boardRect` and `scale`, and pans by clicking and dragging here. */
class MinimapItem : public QQuickPaintedItem
{
    Q_OBJECT
    QML_ELEMENT
    Q_MOC_INCLUDE("canvascontroller.h")

    Q_PROPERTY(Seams::CanvasController *controller READ controller WRITE setController NOTIFY
                   controllerChanged)
    /** The board rectangle the minimap shows (the board's bounds with a margin). */
    Q_PROPERTY(QRectF boardRect READ boardRect NOTIFY mappingChanged)
    /** Pixels per board unit, and where the board rectangle's top-left corner is drawn. */
    Q_PROPERTY(qreal mapScale READ mapScale NOTIFY mappingChanged)
    Q_PROPERTY(QPointF mapOffset READ mapOffset NOTIFY mappingChanged)
    Q_PROPERTY(QColor backgroundColor READ backgroundColor WRITE setBackgroundColor NOTIFY
                   backgroundColorChanged)

public:
    explicit MinimapItem(QQuickItem *parent = nullptr);

    CanvasController *controller() const;
    void setController(CanvasController *controller);
    QRectF boardRect() const { return m_boardRect; }
    qreal mapScale() const { return m_scale; }
    QPointF mapOffset() const { return m_offset; }
    QColor backgroundColor() const { return m_background; }
    void setBackgroundColor(const QColor &color);

    /** Minimap point to board point. */
    Q_INVOKABLE QPointF mapToBoard(qreal x, qreal y) const;

    void paint(QPainter *painter) override;

Q_SIGNALS:
    void controllerChanged();
    void mappingChanged();
    void backgroundColorChanged();

private:
    void scheduleRepaint();
    void updateMapping();
    void attachBoard();

    QPointer<CanvasController> m_controller;
    QPointer<Board> m_board;
    QTimer m_repaintTimer;
    QRectF m_boardRect;
    qreal m_scale = 1;
    QPointF m_offset;
    QColor m_background = Qt::transparent;
};

} // namespace Seams
