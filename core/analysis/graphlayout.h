#pragma once

#include <QList>
#include <QPointF>
#include <QRectF>

namespace Seams {

class ModuleGraph;
class Progress;
struct Suggestion;

/** Where to draw each module of a suggestion: every candidate in its own disc (area in
 *  proportion to its modules), discs placed by a force layout of the coupling between
 *  candidates, modules placed inside their disc by a force layout of their dependencies.
 *  Two levels keep it fast at 100,000 modules and make the candidates read as groups.
 *  Deterministic (seeded). */
struct GraphLayout
{
    /** Per module. */
    QList<QPointF> positions;
    /** Per candidate: the disc's centre and radius. */
    QList<QPointF> centres;
    QList<double> radii;
    QRectF bounds;
};

namespace GraphLayouter {

bool layout(const ModuleGraph &graph, const Suggestion &suggestion, GraphLayout *layout,
            Progress *progress, QString *error);

} // namespace GraphLayouter
} // namespace Seams
