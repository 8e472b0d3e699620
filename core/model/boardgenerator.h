#pragma once

#include <QtGlobal>

namespace Seams {

class Board;

/** Writes synthetic boards for benchmarks and stress tests: `seams new --generate N`.
 *
 *  The board looks like a big workshop: about N/300 bounded contexts laid out in a grid,
 *  each holding timelines of command -> domain event pairs with policies, read models,
 *  aggregates (with fields), actors, external systems and a few hotspots; arrows from
 *  commands to their events and from policies to the commands they issue. The same
 *  (count, seed) always gives the same board, ids and timestamps included. */
namespace BoardGenerator {

void generate(Board *board, int noteCount, quint32 seed = 1);

} // namespace BoardGenerator
} // namespace Seams
