#pragma once

#include <QByteArray>
#include <QJsonObject>

namespace Seams {

class ModuleGraph;
struct Suggestion;
struct WorkshopComparison;

/** The machine-readable form of a suggestion, written by `seams analyze --json`:
 *
 *  {"contexts": [{"name", "modules": [...], "internal_edges", "external_edges", "outgoing",
 *                 "incoming", "cost", "boundary_modules": [{"module", "edges"}],
 *                 "unconnected"}],
 *   "coupling": [[...]],            // coupling[a][b]: dependencies of context a on b
 *   "order": ["name", ...],          // extraction order, cheapest first
 *   "cross_module_imports": [{"module", "count", "packages"}],
 *   "summary": {"origin", "modules", "dependencies", "external_dependencies",
 *               "self_dependencies", "resolution", "modularity", "notes"},
 *   "comparison": {...}}             // only with a board to compare with
 *
 *  Every module is in exactly one context; module lists keep the suggestion's order (most
 *  coupled inside first). */
namespace AnalysisJson {

QJsonObject toJson(const ModuleGraph &graph, const Suggestion &suggestion,
                   const WorkshopComparison *comparison = nullptr);

/** Indented UTF-8 with a final newline. */
QByteArray write(const ModuleGraph &graph, const Suggestion &suggestion,
                 const WorkshopComparison *comparison = nullptr);

} // namespace AnalysisJson
} // namespace Seams
