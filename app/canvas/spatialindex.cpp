#include "spatialindex.h"

#include <cmath>

namespace Seams {

namespace {

// An item covering more cells than this is checked by every query instead of being
// bucketed: a few such items cost less than millions of buckets.
constexpr qint64 maxCellsPerItem = 64;

int cellOf(qreal coordinate, qreal cellSize)
{
    return int(std::floor(coordinate / cellSize));
}

bool intersects(const QRectF &a, const QRectF &b)
{
    // Unlike QRectF::intersects, touching edges count, and zero-sized query rectangles
    // (a point) still find the item under them.
    return a.left() <= b.right() && b.left() <= a.right() && a.top() <= b.bottom()
        && b.top() <= a.bottom();
}

} // namespace

SpatialIndex::SpatialIndex(qreal cellSize)
    : m_cellSize(cellSize > 0 ? cellSize : 256)
{ }

QRectF SpatialIndex::bounds() const
{
    if (!m_boundsValid) {
        QRectF united;
        bool first = true;
        for (const QRectF &rect : m_rects) {
            united = first ? rect : united.united(rect);
            first = false;
        }
        m_bounds = united;
        m_boundsValid = true;
    }
    return m_bounds;
}

SpatialIndex::CellRange SpatialIndex::cellRange(const QRectF &rect) const
{
    return {cellOf(rect.left(), m_cellSize), cellOf(rect.top(), m_cellSize),
            cellOf(rect.right(), m_cellSize), cellOf(rect.bottom(), m_cellSize)};
}

void SpatialIndex::insert(const QUuid &id, const QRectF &rect)
{
    const QRectF normalized = rect.normalized();
    auto existing = m_rects.find(id);
    const bool moved = existing != m_rects.end();
    if (moved) {
        if (*existing == normalized)
            return;
        removeFromCells(id, *existing);
        *existing = normalized;
        // The old rectangle may have defined the bounds; recompute them when asked.
        m_boundsValid = false;
    } else {
        m_rects.insert(id, normalized);
        if (m_boundsValid)
            m_bounds = m_rects.size() == 1 ? normalized : m_bounds.united(normalized);
    }
    const CellRange range = cellRange(normalized);
    if (range.count() > maxCellsPerItem)
        m_oversized.append(id);
    else
        addToCells(id, range);
}

void SpatialIndex::remove(const QUuid &id)
{
    auto it = m_rects.find(id);
    if (it == m_rects.end())
        return;
    removeFromCells(id, *it);
    m_rects.erase(it);
    m_boundsValid = false;
}

void SpatialIndex::clear()
{
    m_rects.clear();
    m_cells.clear();
    m_oversized.clear();
    m_bounds = {};
    m_boundsValid = true;
}

void SpatialIndex::addToCells(const QUuid &id, const CellRange &range)
{
    for (int row = range.top; row <= range.bottom; ++row) {
        for (int column = range.left; column <= range.right; ++column)
            m_cells[cellKey(column, row)].append(id);
    }
}

void SpatialIndex::removeFromCells(const QUuid &id, const QRectF &rect)
{
    const CellRange range = cellRange(rect);
    if (range.count() > maxCellsPerItem) {
        m_oversized.removeOne(id);
        return;
    }
    for (int row = range.top; row <= range.bottom; ++row) {
        for (int column = range.left; column <= range.right; ++column) {
            auto cell = m_cells.find(cellKey(column, row));
            if (cell == m_cells.end())
                continue;
            cell->removeOne(id);
            if (cell->isEmpty())
                m_cells.erase(cell);
        }
    }
}

void SpatialIndex::visit(const QRectF &rect, const std::function<void(const QUuid &)> &visit) const
{
    const QRectF query = rect.normalized();
    if (m_rects.isEmpty() || !std::isfinite(query.left()) || !std::isfinite(query.right())
        || !std::isfinite(query.top()) || !std::isfinite(query.bottom()))
        return;
    for (const QUuid &id : m_oversized) {
        if (intersects(m_rects.value(id), query))
            visit(id);
    }
    const CellRange range = cellRange(query);
    // A query wider than the board (zoomed far out) is cheaper as one pass over the items.
    if (range.count() > m_cells.size()) {
        for (auto it = m_rects.cbegin(); it != m_rects.cend(); ++it) {
            if (intersects(*it, query) && !m_oversized.contains(it.key()))
                visit(it.key());
        }
        return;
    }
    for (int row = range.top; row <= range.bottom; ++row) {
        for (int column = range.left; column <= range.right; ++column) {
            const auto cell = m_cells.constFind(cellKey(column, row));
            if (cell == m_cells.cend())
                continue;
            for (const QUuid &id : *cell) {
                const QRectF itemRect = m_rects.value(id);
                if (!intersects(itemRect, query))
                    continue;
                // An item sits in every cell it touches: report it only from the first of
                // those cells that the query also covers, so nothing is reported twice.
                const int firstColumn = std::max(range.left, cellOf(itemRect.left(), m_cellSize));
                const int firstRow = std::max(range.top, cellOf(itemRect.top(), m_cellSize));
                if (column == firstColumn && row == firstRow)
                    visit(id);
            }
        }
    }
}

QList<QUuid> SpatialIndex::query(const QRectF &rect) const
{
    QList<QUuid> ids;
    visit(rect, [&ids](const QUuid &id) { ids.append(id); });
    return ids;
}

QList<QUuid> SpatialIndex::itemsAt(const QPointF &point) const
{
    return query(QRectF(point, QSizeF(0, 0)));
}

} // namespace Seams
