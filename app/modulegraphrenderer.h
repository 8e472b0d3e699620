#pragma once

#include <QImage>
#include <QPointF>
#include <QSizeF>

#include <memory>

namespace Seams {

struct AnalysisSnapshot;

/** What part of an analysis to draw, and how: everything the renderer needs, copied, so
 *  that it can draw on a worker thread while the view moves on. */
struct GraphViewport
{
    std::shared_ptr<const AnalysisSnapshot> snapshot;
    /** Item size in device-independent pixels, and the device pixel ratio. */
    QSizeF size;
    qreal ratio = 1;
    /** Item pixels per layout unit, and the layout point at the item's centre. */
    qreal zoom = 1;
    QPointF center;
    /** The candidate brought forward, or -1. */
    int highlighted = -1;

    QPointF toItem(const QPointF &layoutPoint) const;
    QPointF toLayout(const QPointF &itemPoint) const;
};

/** Draws the module graph: couplings between candidates as one line per pair, candidate
 *  discs, dependencies inside candidates as hairlines (across candidates only for the
 *  highlighted one), modules as dots, and the names of discs large enough to hold them.
 *  Thread-safe: reads only the immutable snapshot. */
QImage renderModuleGraph(const GraphViewport &viewport);

} // namespace Seams
