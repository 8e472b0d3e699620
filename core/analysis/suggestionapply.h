#pragma once

#include <QList>
#include <QString>
#include <QUuid>

namespace Seams {

class Document;
class ModuleGraph;
struct Candidate;
struct Suggestion;

/** "Create contexts from suggestion": turns candidates into bounded-context frames on the
 *  board, below what is already there, each holding aggregate notes for its most coupled
 *  modules. The whole change is one undo step (and one commit to the project file). */
namespace SuggestionApply {

struct Options
{
    /** Aggregate notes per context: its most coupled modules. */
    int notesPerContext = 5;
    /** Also add a name rule per context for its dominant package ("app.orders.*" = "Orders
     *  Context"), so the workshop-versus-code comparison follows the new contexts. */
    bool addRules = true;
};

/** The frame name for a candidate: its dominant package as words plus "Context"
 *  ("app.orders" -> "Orders Context", "candidate 3" -> "Candidate 3 Context"). */
QString contextName(const Candidate &candidate);

/** The aggregate note for a module: its last name segment in PascalCase
 *  ("app.orders.order_item" -> "OrderItem", "src/orders/service.ts" -> "Service"). */
QString aggregateName(const QString &module);

/** Adds the candidates (in extraction order; the unconnected group is skipped) and returns
 *  the new contexts' ids. Names already on the board get a number. */
QList<QUuid> apply(Document *document, const ModuleGraph &graph, const Suggestion &suggestion,
                   const Options &options = {});

} // namespace SuggestionApply
} // namespace Seams
