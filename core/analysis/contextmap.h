#pragma once

#include "graphviz.h"

#include <QByteArray>
#include <QString>

namespace Seams {

class Board;

/** The context map: bounded contexts as nodes (name, service, migration status and wave;
 *  contexts still in the monolith grouped in a "Monolith" cluster), relationships as edges
 *  from upstream to downstream labelled with the pattern's abbreviation (C/S, CF, ACL, OHS,
 *  PL, SK, P) and the data-sync option, with U/D at the ends (none for the symmetric shared
 *  kernel and partnership). Built with cgraph, laid out and rendered in-process with gvc. */
namespace ContextMap {

/** The graph, nodes in the board's context order and edges in relationship order, so the
 *  same board always gives the same DOT. Nodes are named by context id, edges carry the
 *  relationship id in their "id" attribute (also the SVG element ids). */
Graphviz::Graph build(const Board &board);

/** The graph as DOT text, not laid out. */
QByteArray dot(const Board &board);

/** Laid out with dot and rendered as "svg" or "png"; empty with `error` set on failure. */
QByteArray render(const Board &board, const char *format, QString *error);

} // namespace ContextMap
} // namespace Seams
