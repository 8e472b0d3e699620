#pragma once

#include <QPointer>
#include <QQmlEngine>
#include <QQuickItem>
#include <QTransform>

namespace Seams {

class Board;
class CanvasController;

/** Base of the items that draw a layer of the board in one scene-graph node (the zoomed-out
 *  notes, the arrows). The item covers the view; board coordinates are mapped through the
 *  controller's viewport, so panning only changes a transform. */
class BoardLayerItem : public QQuickItem
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The base of OverviewItem and LinksItem")
    Q_MOC_INCLUDE("canvascontroller.h")
    Q_PROPERTY(Seams::CanvasController *controller READ controller WRITE setController NOTIFY
                   controllerChanged)

public:
    explicit BoardLayerItem(QQuickItem *parent = nullptr);

    CanvasController *controller() const { return m_controller; }
    void setController(CanvasController *controller);

Q_SIGNALS:
    void controllerChanged();

protected:
    /** The board shown changed (or was reset): drop everything derived from it and connect
     *  to what the layer follows. The layer's earlier connections to the board, the
     *  selection, movingChanged, moveOffsetChanged and matchesChanged are already gone. */
    virtual void boardChanged(Board *board) = 0;
    /** Board coordinates to item coordinates, plus `offset` in board units first. */
    QTransform boardTransform(const QPointF &offset = {}) const;
    /** The board rectangle the item covers. */
    QRectF visibleBoardRect() const;
    bool usesSoftwareRenderer() const;
    Board *board() const;

private:
    void onBoardChanged();

    QPointer<CanvasController> m_controller;
};

} // namespace Seams
