#pragma once

#include <QByteArray>
#include <QString>

namespace Seams {

class ModuleGraph;
class Progress;

/** Reads module dependency graphs written in DOT by the usual tools, through Graphviz's own
 *  parser (cgraph), and normalises their conventions:
 *
 *  - jdeps `-dotoutput` (one file per archive plus summary.dot): targets carry their archive
 *    or JDK module in parentheses ("java.util.List (java.base)"); targets outside the analysed
 *    archives are external; nested classes (Outer$Inner) fold into their top-level class.
 *  - pydeps: node ids are module names with '_' for '.', the real name is in the label
 *    (split over lines with "\.\n"), and arrows point from the imported module to the
 *    importer, so they are reversed.
 *  - madge `--dot` and dependency-cruiser `-T dot`: file paths; npm packages and Node's core
 *    modules are external; folder clusters are kept as declared groups.
 *  - anything else: node ids (or unique plain labels) are module names; `--` edges count as
 *    dependencies both ways.
 *
 *  Repeated edges add up to weights, self-loops are counted and dropped. */
namespace DotImport {

/** Bigger inputs are refused up front: the parse would need several GB. */
constexpr qint64 maximumBytes = qint64(1) << 30;

/** Reads a DOT file, or a folder of DOT files (a jdeps -dotoutput folder: the per-archive files,
 *  or summary.dot when it is the only one). Progress counts bytes; cancelling stops the read
 *  and fails with a "canceled" message. */
bool readFile(const QString &path, ModuleGraph *graph, Progress *progress, QString *error);

/** Reads DOT text; `sourceName` names it in messages. */
bool readData(const QByteArray &dot, const QString &sourceName, ModuleGraph *graph, QString *error);

} // namespace DotImport
} // namespace Seams
