#pragma once

#include "boardlayeritem.h"
#include "model/board.h"

#include <QColor>
#include <QQmlEngine>
#include <QSGGeometry>

namespace Seams {

/** The notes drawn as coloured blocks in one scene-graph node: the board zoomed out below
 *  the level of detail, where 10,000 note items would be far too slow.
 *
 *  With a GPU-style backend (OpenGL, llvmpipe included) every note is one quad of a single
 *  vertex buffer kept in board coordinates: panning and zooming only change the node's
 *  matrix, and an edit rewrites the quads of the notes it touched. The software backend has
 *  no custom geometry, so there the notes in view are painted with QPainter.
 *
 *  Selected notes and search matches get a coloured outline; notes being dragged are drawn
 *  faded. With `movingOnly` the item is the drag overlay instead: only the notes being
 *  dragged, at the drag offset. */
class OverviewItem : public BoardLayerItem
{
    Q_OBJECT
    QML_ELEMENT

    Q_PROPERTY(bool movingOnly READ movingOnly WRITE setMovingOnly NOTIFY movingOnlyChanged)
    Q_PROPERTY(
        QColor selectionColor READ selectionColor WRITE setSelectionColor NOTIFY colorsChanged)
    Q_PROPERTY(QColor matchColor READ matchColor WRITE setMatchColor NOTIFY colorsChanged)

public:
    explicit OverviewItem(QQuickItem *parent = nullptr);

    bool movingOnly() const { return m_movingOnly; }
    void setMovingOnly(bool movingOnly);
    QColor selectionColor() const { return m_selectionColor; }
    void setSelectionColor(const QColor &color);
    QColor matchColor() const { return m_matchColor; }
    void setMatchColor(const QColor &color);

Q_SIGNALS:
    void movingOnlyChanged();
    void colorsChanged();

protected:
    void boardChanged(Board *board) override;
    QSGNode *updatePaintNode(QSGNode *oldNode, UpdatePaintNodeData *data) override;

private:
    void rebuildQuads();
    void writeQuad(int quad, const Note &note);
    void onNoteAdded(const QUuid &id);
    void onNoteRemoved(const QUuid &id);
    void onNoteChanged(const QUuid &id, NoteChanges changes);
    void onMovingChanged();
    QColor colorOf(const Note &note) const;
    QList<QSGGeometry::ColoredPoint2D> highlightVertices(qreal zoom) const;
    QSGNode *updateGeometryNodes(QSGNode *oldNode);
    QSGNode *updatePainterNode(QSGNode *oldNode);

    bool m_movingOnly = false;
    QColor m_selectionColor = QColor(0x1e, 0x88, 0xe5);
    QColor m_matchColor = QColor(0xff, 0xc1, 0x07);

    // One quad (six vertices) per note, in board coordinates. Removed notes leave an empty
    // quad for the next note added, so the buffer never shifts.
    QList<QSGGeometry::ColoredPoint2D> m_vertices;
    QHash<QUuid, int> m_quadOf;
    QList<int> m_freeQuads;
    bool m_verticesDirty = true;
    bool m_highlightsDirty = true;
    qreal m_highlightZoom = 0;
};

} // namespace Seams
