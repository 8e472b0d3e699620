#pragma once

#include "boardlayeritem.h"
#include "model/board.h"

#include <QColor>
#include <QLineF>
#include <QQmlEngine>
#include <QSGGeometry>

namespace Seams {

/** The arrows between notes and the relationships between frames, drawn in one
 *  scene-graph node (QPainter on the software backend).
 *
 *  Only the arrows near the view are turned into geometry; panning past that area
 *  rebuilds it. Below 25% zoom only the relationships are drawn: note arrows would be a pixel long
 * and thousands of them only cost time.
 *
 *  Arrows run from the edge of one note to the edge of the other and follow their notes,
 *  also during a drag: the arrows of the notes being dragged live in a small second node
 *  that is rebuilt on every move, while the thousands of others stay put. Line widths are a
 *  constant number of pixels, so the geometry is rebuilt when the zoom changes, not when
 *  the view pans. */
class LinksItem : public Seams::BoardLayerItem
{
    Q_OBJECT
    QML_ELEMENT

    Q_PROPERTY(QColor color READ color WRITE setColor NOTIFY colorsChanged)
    Q_PROPERTY(QColor relationshipColor READ relationshipColor WRITE setRelationshipColor NOTIFY
                   colorsChanged)
    Q_PROPERTY(
        QColor selectionColor READ selectionColor WRITE setSelectionColor NOTIFY colorsChanged)

public:
    explicit LinksItem(QQuickItem *parent = nullptr);

    QColor color() const { return m_color; }
    void setColor(const QColor &color);
    QColor relationshipColor() const { return m_relationshipColor; }
    void setRelationshipColor(const QColor &color);
    QColor selectionColor() const { return m_selectionColor; }
    void setSelectionColor(const QColor &color);

    /** The arrows at a note as they are drawn right now (drag offset included), as
     *  [{x1, y1, x2, y2}] in board coordinates: what tests and tools can check. */
    Q_INVOKABLE QVariantList arrowsAt(const QString &noteId) const;

Q_SIGNALS:
    void colorsChanged();

protected:
    void boardChanged(Board *board) override;
    QSGNode *updatePaintNode(QSGNode *oldNode, UpdatePaintNodeData *data) override;

private:
    struct Arrow
    {
        QLineF line;
        QRgb color;
        float widthPixels;
    };

    void markDirty();
    void rebuildArrows();
    /** The arrows that touch a note being dragged, at the current drag offset. */
    QList<Arrow> movingArrows() const;
    static void appendArrow(QList<QSGGeometry::ColoredPoint2D> &vertices, const Arrow &arrow,
                            qreal zoom);
    QSGNode *updateGeometryNodes(QSGNode *oldNode);
    QSGNode *updatePainterNode(QSGNode *oldNode);

    QColor m_color = QColor(0x55, 0x5b, 0x66);
    QColor m_relationshipColor = QColor(0x6d, 0x4c, 0x9f);
    QColor m_selectionColor = QColor(0x1e, 0x88, 0xe5);
    QList<Arrow> m_arrows;
    QList<QUuid> m_movingLinks;
    bool m_arrowsDirty = true;
    /** Whether m_arrows holds the note arrows (they are left out when zoomed far out). */
    bool m_arrowsShowNotes = true;
    /** The board area whose arrows m_arrows holds: the view and a quarter view around it,
     *  so that llvmpipe is never handed thousands of arrows outside the view. */
    QRectF m_area;
    bool m_staticGeometryDirty = true;
    qreal m_geometryZoom = 0;
};

} // namespace Seams
