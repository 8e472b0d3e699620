#pragma once

// Every Document edit as a named case, with the board it must produce. Shared by tst_document
// (undo/redo) and tst_projectfile (each finished step is committed). Test code only.

#include "model/board.h"

#include <QList>
#include <QString>

#include <functional>

class QRandomGenerator;

namespace Seams {
class Document;
}

namespace Seams::DocumentEdits {

/** Fixed ids of the fixture board. */
namespace Ids {
QUuid orderContext();
QUuid shippingContext(); ///< nested inside the order context
QUuid paymentContext();
QUuid placeOrder(); ///< command, in order
QUuid orderPlaced(); ///< event with a payload, in order
QUuid payment(); ///< aggregate with fields, in payment
QUuid policy(); ///< in shipping (nested)
QUuid dashboard(); ///< read model outside every context
QUuid orderAggregate(); ///< aggregate with fields, in order
QUuid placeToPlaced(); ///< link placeOrder -> orderPlaced
QUuid placedToPolicy(); ///< link orderPlaced -> policy, labelled
QUuid policyToPayment(); ///< link policy -> payment
QUuid orderToPayment(); ///< relationship order -> payment
} // namespace Ids

/** The time every fixture stamp and every new note carries. */
constexpr qint64 fixtureClock = 1'767'225'600'000;

/** Three contexts (one nested), six notes, three links, one relationship; the clock is fixed. */
void buildFixture(Board *board);

/** One edit: `apply` performs it on a document over the fixture and returns the ids it
 *  reports; `expect` applies the intended result to a copy of the fixture with Board's own
 *  setters. `actual` is the document's board after the edit, only for looking up ids the
 *  edit generated (links created by insertNotes). */
struct Edit
{
    QString name;
    QString undoText;
    std::function<QList<QUuid>(Document &document)> apply;
    std::function<void(Board &expected, const Board &actual, const QList<QUuid> &returned)> expect;
};

/** Every edit the Document offers, each at least once. */
QList<Edit> all();

/** Applies one random edit (seeded by `random`) to the document: used by the random
 *  sequence tests. Some edits are refused by design (self links...); that is part of it. */
void randomEdit(Document &document, QRandomGenerator &random);

} // namespace Seams::DocumentEdits
