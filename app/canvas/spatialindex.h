#pragma once

#include <QHash>
#include <QList>
#include <QRectF>
#include <QUuid>

#include <functional>

namespace Seams {

/** A uniform grid of buckets over board coordinates that answers "which items intersect
 *  this rectangle" without looking at every item.
 *
 *  The canvas asks it for the notes near the viewport on every pan and zoom, so a query
 *  costs a few hash lookups per cell it covers, not a pass over 10,000 notes. Items are
 *  kept in every cell their rectangle touches; items so large that they would touch more
 *  than a few dozen cells live in a separate list that every query checks, which keeps a
 *  hostile 1,000,000-unit note from filling millions of buckets. */
class SpatialIndex
{
public:
    /** `cellSize` is the side of one bucket in board units; a few notes per cell is ideal. */
    explicit SpatialIndex(qreal cellSize = 256);

    qreal cellSize() const { return m_cellSize; }
    int count() const { return int(m_rects.size()); }
    bool isEmpty() const { return m_rects.isEmpty(); }
    bool contains(const QUuid &id) const { return m_rects.contains(id); }
    /** The rectangle the item was indexed with; an empty rectangle for an unknown id. */
    QRectF rect(const QUuid &id) const { return m_rects.value(id); }
    /** The union of every item's rectangle; empty when the index is empty. */
    QRectF bounds() const;

    /** Adds the item, or moves it when it is already indexed. */
    void insert(const QUuid &id, const QRectF &rect);
    void remove(const QUuid &id);
    void clear();

    /** Calls `visit` once for every item whose rectangle intersects `rect` (touching edges
     *  count), in no particular order. */
    void visit(const QRectF &rect, const std::function<void(const QUuid &)> &visit) const;
    /** The ids of the items intersecting `rect`, in no particular order. */
    QList<QUuid> query(const QRectF &rect) const;
    /** The ids of the items whose rectangle contains `point`. */
    QList<QUuid> itemsAt(const QPointF &point) const;

private:
    struct CellRange
    {
        int left, top, right, bottom;
        qint64 count() const { return qint64(right - left + 1) * (bottom - top + 1); }
    };

    CellRange cellRange(const QRectF &rect) const;
    static quint64 cellKey(int column, int row)
    {
        return (quint64(quint32(column)) << 32) | quint32(row);
    }
    void addToCells(const QUuid &id, const CellRange &range);
    void removeFromCells(const QUuid &id, const QRectF &rect);

    qreal m_cellSize;
    QHash<QUuid, QRectF> m_rects;
    QHash<quint64, QList<QUuid>> m_cells;
    /** Items touching more than maxCellsPerItem cells. */
    QList<QUuid> m_oversized;
    mutable QRectF m_bounds;
    mutable bool m_boundsValid = true;
};

} // namespace Seams
