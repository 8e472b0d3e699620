#pragma once

#include "boardlayeritem.h"
#include "model/board.h"

#include <QColor>
#include <QImage>
#include <QQmlEngine>

namespace Seams {

/** The board zoomed out below the level of detail, without per-note items (10,000 note
 *  items would be far too slow): the canvas, the frames' tinted bodies and every note as a
 *  coloured block.
 *
 *  The area around the view is painted once into an opaque image shown by a single texture
 *  node, on every backend; being opaque, it hides (and saves drawing) what lies under it. Panning
 * only moves that node; the image is painted again when the zoom or the board changes, or when the
 * view leaves the painted area (it reaches a quarter of a view beyond each edge). Measured with
 * llvmpipe, one textured quad costs far less per frame than re-rasterising 10,000 quads, and with
 * the software backend it is a single image blit instead of 10,000 fills.
 *
 *  Selected notes and search matches get a coloured outline; notes being dragged are drawn
 *  faded. With `movingOnly` the item is the drag overlay instead: only the notes being
 *  dragged, as a few rectangle nodes under one transform that follows the drag offset. */
class OverviewItem : public Seams::BoardLayerItem
{
    Q_OBJECT
    QML_ELEMENT

    Q_PROPERTY(bool movingOnly READ movingOnly WRITE setMovingOnly NOTIFY movingOnlyChanged)
    Q_PROPERTY(
        QColor selectionColor READ selectionColor WRITE setSelectionColor NOTIFY colorsChanged)
    Q_PROPERTY(QColor matchColor READ matchColor WRITE setMatchColor NOTIFY colorsChanged)
    /** The canvas under the frames, and how strongly a frame tints it (0..1). */
    Q_PROPERTY(QColor canvasColor READ canvasColor WRITE setCanvasColor NOTIFY colorsChanged)
    Q_PROPERTY(qreal frameTint READ frameTint WRITE setFrameTint NOTIFY colorsChanged)

public:
    explicit OverviewItem(QQuickItem *parent = nullptr);

    bool movingOnly() const { return m_movingOnly; }
    void setMovingOnly(bool movingOnly);
    QColor selectionColor() const { return m_selectionColor; }
    void setSelectionColor(const QColor &color);
    QColor matchColor() const { return m_matchColor; }
    void setMatchColor(const QColor &color);
    QColor canvasColor() const { return m_canvasColor; }
    void setCanvasColor(const QColor &color);
    qreal frameTint() const { return m_frameTint; }
    void setFrameTint(qreal tint);

    /** The painted image and the board rectangle it covers (for tests). */
    QImage cacheImage() const { return m_cache; }
    QRectF cacheRect() const { return m_cacheRect; }

Q_SIGNALS:
    void movingOnlyChanged();
    void colorsChanged();

protected:
    void boardChanged(Board *board) override;
    QSGNode *updatePaintNode(QSGNode *oldNode, UpdatePaintNodeData *data) override;

private:
    void invalidate();
    QColor colorOf(const Note &note) const;
    QColor tintOf(const BoundedContext &context) const;
    void renderCache(const QRectF &visible, qreal zoom);
    QSGNode *updateImageNode(QSGNode *oldNode);
    QSGNode *updateMovingNodes(QSGNode *oldNode);

    bool m_movingOnly = false;
    QColor m_selectionColor = QColor(0x1e, 0x88, 0xe5);
    QColor m_matchColor = QColor(0xff, 0xc1, 0x07);
    QColor m_canvasColor = QColor(0xf7, 0xf7, 0xf5);
    qreal m_frameTint = 0.12;

    QImage m_cache;
    QRectF m_cacheRect;
    qreal m_cacheZoom = 0;
    bool m_cacheDirty = true;
    bool m_textureDirty = true;
    bool m_movingDirty = true;
};

} // namespace Seams
