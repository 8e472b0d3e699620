#pragma once

#include <QList>

namespace Seams {

/** How close a partition of modules comes to a reference partition (the package structure,
 *  in the accuracy benchmark). Both lists give the group of each module; group numbers need
 *  not be contiguous. */
namespace PartitionScore {

/** MoJo distance (Tzerpos & Holt 1999, exact algorithm of Wen & Tzerpos 2003): the fewest
 *  moves of one module and joins of two groups that turn `candidate` into `reference`.
 *  Moves: every module outside its group's best-matching reference group. Joins: groups
 *  minus the reference groups that a maximum bipartite matching (igraph) can keep apart. */
qint64 mojoDistance(const QList<int> &candidate, const QList<int> &reference);

/** MoJoFM (Wen & Tzerpos 2004) in percent: 100 for the reference itself, 0 for the
 *  partition farthest from it. 1 - mno(A, B) / max over all A of mno(A, B). */
double mojoFm(const QList<int> &candidate, const QList<int> &reference);

/** The adjusted Rand index (Hubert & Arabie), computed by igraph: 1 for identical
 *  partitions, about 0 for chance agreement. */
double adjustedRand(const QList<int> &candidate, const QList<int> &reference);

} // namespace PartitionScore
} // namespace Seams
