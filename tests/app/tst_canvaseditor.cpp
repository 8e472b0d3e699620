#include "canvastestsupport.h"

#include "canvas/canvasclipboard.h"
#include "canvas/canvaseditor.h"
#include "canvas/selectionmodel.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QMimeData>
#include <QSignalSpy>

using namespace Seams;
using namespace Seams::TestSupport;

class tst_CanvasEditor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void keyPerKindCreatesRightOfTheCurrentNote_data();
    void keyPerKindCreatesRightOfTheCurrentNote();
    void enterTypesATimeline();
    void nothingSelectedCreatesInTheMiddle();
    void textAndKindAreUndoable();
    void nudgesMergeIntoOneStepAndReachTheFile();
    void nudgeAcrossAFrameBorderChangesContext();
    void duplicateKeepsArrowsBetweenCopies();
    void copyPasteThroughTheClipboard();
    void pastePlainText();
    void damagedClipboardIsReported();
    void deleteMixedSelectionIsOneStep();
    void alignAndDistribute();
    void zOrder();
    void contextAroundSelection();
    void linkSelectionInOrder();

private:
    Board *board() const { return m_controller->board(); }
    QUndoStack *stack() const { return m_controller->document()->undoStack(); }
    CanvasEditor *editor() const { return m_controller->editor(); }
    QUuid select(const QString &text)
    {
        const Note *note = noteByText(board(), text);
        m_controller->selection()->selectNotes({note->id});
        return note->id;
    }

    std::unique_ptr<QTemporaryDir> m_folder;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<CanvasController> m_controller;
};

void tst_CanvasEditor::init()
{
    QVERIFY(openSampleCanvas(&m_folder, &m_workspace, &m_controller));
}

void tst_CanvasEditor::cleanup()
{
    m_controller.reset();
    m_workspace.reset();
    m_folder.reset();
}

void tst_CanvasEditor::keyPerKindCreatesRightOfTheCurrentNote_data()
{
    QTest::addColumn<int>("kind");
    for (const NoteKind kind : allNoteKinds())
        QTest::newRow(qPrintable(toKey(kind))) << int(kind);
}

void tst_CanvasEditor::keyPerKindCreatesRightOfTheCurrentNote()
{
    QFETCH(int, kind);
    // "Issue Invoice" (2180, 60) has "Invoice Issued" at 2360 right of it: the new note
    // goes to the first free place after that.
    select("Issue Invoice");
    const QString id = editor()->createNoteNextToCurrent(kind);
    const Note *note = board()->note(QUuid(id));
    QVERIFY(note);
    QCOMPARE(int(note->kind), kind);
    QCOMPARE(note->geometry.topLeft(), QPointF(2520, 60));
    QCOMPARE(note->geometry.size(), noteKindDefaultSize(NoteKind(kind)));
    QCOMPARE(m_controller->selection()->currentNote(), note->id);
    QCOMPARE(m_controller->editingNote(), note->id);
    // Its centre (x 2430 or less) is still inside the Payment frame (up to 2440).
    QCOMPARE(note->contextId, contextByName(board(), "Payment Context")->id);
    stack()->undo();
    QVERIFY(!board()->note(QUuid(id)));
}

void tst_CanvasEditor::enterTypesATimeline()
{
    QVERIFY(m_workspace->newBoard().isEmpty());
    const QString first = editor()->createNoteNextToCurrent(int(NoteKind::DomainEvent));
    editor()->setNoteText(first, QStringLiteral("Order Placed"));
    const QString second = editor()->createNextNote();
    editor()->setNoteText(second, QStringLiteral("Payment Captured"));
    const QString third = editor()->createNextNote();
    const Note *a = board()->note(QUuid(first));
    const Note *b = board()->note(QUuid(second));
    const Note *c = board()->note(QUuid(third));
    QCOMPARE(b->kind, NoteKind::DomainEvent);
    QCOMPARE(c->kind, NoteKind::DomainEvent);
    QCOMPARE(b->geometry.top(), a->geometry.top());
    QCOMPARE(b->geometry.left(), a->geometry.right() + 20);
    QCOMPARE(c->geometry.left(), b->geometry.right() + 20);
    QCOMPARE(m_controller->editingNote(), c->id);
    QCOMPARE(b->text, QStringLiteral("Payment Captured"));
}

void tst_CanvasEditor::nothingSelectedCreatesInTheMiddle()
{
    m_controller->selection()->clear();
    const QString id = editor()->createNoteNextToCurrent(int(NoteKind::Actor));
    QCOMPARE(board()->note(QUuid(id))->geometry.center(),
             m_controller->viewport()->visibleRect().center());
}

void tst_CanvasEditor::textAndKindAreUndoable()
{
    const QUuid id = select("Place Order");
    const int steps = stack()->count();
    editor()->setNoteText(id.toString(), QStringLiteral("Place an order\nnow"));
    editor()->setSelectionKind(int(NoteKind::Hotspot));
    QCOMPARE(board()->note(id)->text, QStringLiteral("Place an order\nnow"));
    QCOMPARE(board()->note(id)->kind, NoteKind::Hotspot);
    QCOMPARE(stack()->count(), steps + 2);
    stack()->undo();
    stack()->undo();
    QCOMPARE(board()->note(id)->text, QStringLiteral("Place Order"));
    QCOMPARE(board()->note(id)->kind, NoteKind::Command);
}

void tst_CanvasEditor::nudgesMergeIntoOneStepAndReachTheFile()
{
    // Regression: each arrow key used to be an undo step of its own (Document::nudgeNotes).
    const QUuid id = select("Order History");
    const QRectF before = board()->note(id)->geometry;
    const int steps = stack()->count();
    for (int i = 0; i < 5; ++i)
        editor()->nudgeSelection(10, 0);
    editor()->nudgeSelection(0, -1);
    QCOMPARE(board()->note(id)->geometry, before.translated(50, -1));
    QCOMPARE(stack()->count(), steps + 1);

    // Every nudge is on disk already: the file read back has the last position.
    const QString path = m_controller->document()->filePath();
    StorageError error;
    auto file = ProjectFile::open(path, ProjectFile::Access::ReadOnly, &error);
    QVERIFY2(file, qPrintable(error.message));
    Board reread;
    QVERIFY(file->load(&reread, &error));
    QCOMPARE(reread.note(id)->geometry, before.translated(50, -1));

    stack()->undo();
    QCOMPARE(board()->note(id)->geometry, before);
}

void tst_CanvasEditor::nudgeAcrossAFrameBorderChangesContext()
{
    // "Invoice Issued" sits at the right edge of the Payment frame (2360..2500 of 1420..2600).
    const QUuid id = select("Invoice Issued");
    const QUuid payment = board()->note(id)->contextId;
    QVERIFY(!payment.isNull());
    for (int i = 0; i < 4; ++i)
        editor()->nudgeSelection(50, 0);
    QVERIFY(board()->note(id)->contextId.isNull());
    stack()->undo();
    QCOMPARE(board()->note(id)->contextId, payment);
}

void tst_CanvasEditor::duplicateKeepsArrowsBetweenCopies()
{
    const Note command = *noteByText(board(), "Place Order");
    const Note event = *noteByText(board(), "Order Placed");
    m_controller->selection()->selectNotes({command.id, event.id});
    const int notes = board()->noteCount();
    const int links = int(board()->links().size());
    editor()->duplicateSelection();
    QCOMPARE(board()->noteCount(), notes + 2);
    QCOMPARE(board()->links().size(), links + 1);
    const QList<QUuid> copies = m_controller->selection()->notes();
    QCOMPARE(copies.size(), 2);
    for (const QUuid &copy : copies) {
        QVERIFY(copy != command.id && copy != event.id);
        const Note *note = board()->note(copy);
        const Note *original = noteByText(board(), note->text);
        QVERIFY(original);
    }
    QSet<QString> texts;
    for (const QUuid &copy : copies) {
        texts.insert(board()->note(copy)->text);
        QVERIFY(!board()->linksOf(copy).isEmpty());
    }
    QCOMPARE(texts, QSet<QString>({"Place Order", "Order Placed"}));
    const Note *copiedCommand = board()->note(copies.first())->text == "Place Order"
        ? board()->note(copies.first())
        : board()->note(copies.last());
    QCOMPARE(copiedCommand->geometry.topLeft(), command.geometry.topLeft() + QPointF(24, 24));
    stack()->undo();
    QCOMPARE(board()->noteCount(), notes);
    QCOMPARE(board()->links().size(), links);
}

void tst_CanvasEditor::copyPasteThroughTheClipboard()
{
    // Copies: pointers into the board do not survive inserting notes.
    const Note command = *noteByText(board(), "Capture Payment");
    const Note event = *noteByText(board(), "Payment Captured");
    m_controller->selection()->selectNotes({command.id, event.id});
    editor()->copy();
    const QMimeData *data = QGuiApplication::clipboard()->mimeData();
    QVERIFY(data);
    QVERIFY(data->hasFormat(QLatin1String(CanvasClipboard::mimeType)));
    QCOMPARE(data->text(), QStringLiteral("Capture Payment\nPayment Captured"));

    // Pasted into another board (what a second running Seams sees).
    QTemporaryDir otherFolder;
    Board empty;
    auto other = openWorkspace(otherFolder, empty, QStringLiteral("other"));
    auto otherController = makeController(other.get(), {0, 0});
    otherController->editor()->paste();
    Board *target = otherController->board();
    QCOMPARE(target->noteCount(), 2);
    QCOMPARE(target->links().size(), 1);
    const Link *link = &target->links().cbegin().value();
    QCOMPARE(target->note(link->sourceId)->text, "Capture Payment");
    QCOMPARE(target->note(link->targetId)->text, "Payment Captured");
    // Centred in that view, since the originals are not there.
    QRectF bounds;
    for (const Note &note : target->notes())
        bounds = bounds.isEmpty() ? note.geometry : bounds.united(note.geometry);
    QCOMPARE(bounds.center(), QPointF(0, 0));
    QCOMPARE(other->document()->undoStack()->count(), 1);

    // Pasted twice into the same board: fresh ids, one step apart, arrows between copies.
    m_controller->viewport()->setView(0.5, QPointF(1200, -200));
    const int notes = board()->noteCount();
    editor()->paste();
    editor()->paste();
    QCOMPARE(board()->noteCount(), notes + 4);
    const QList<QUuid> second = m_controller->selection()->notes();
    QCOMPARE(second.size(), 2);
    for (const QUuid &id : second) {
        const Note *note = board()->note(id);
        const Note &original = note->text == "Capture Payment" ? command : event;
        QCOMPARE(note->geometry.topLeft(), original.geometry.topLeft() + QPointF(48, 48));
        QCOMPARE(note->contextId, contextByName(board(), "Payment Context")->id);
    }
}

void tst_CanvasEditor::pastePlainText()
{
    auto *data = new QMimeData;
    data->setText(QStringLiteral("Order Placed\n\n  Payment Captured \nOrder Shipped\n"));
    QGuiApplication::clipboard()->setMimeData(data);
    editor()->setCurrentKind(int(NoteKind::DomainEvent));
    const int notes = board()->noteCount();
    editor()->pasteAt(-1000, -1000);
    QCOMPARE(board()->noteCount(), notes + 3);
    QStringList texts;
    for (const QUuid &id : m_controller->selection()->notes()) {
        texts.append(board()->note(id)->text);
        QCOMPARE(board()->note(id)->kind, NoteKind::DomainEvent);
    }
    texts.sort();
    QCOMPARE(texts, QStringList({"Order Placed", "Order Shipped", "Payment Captured"}));
}

void tst_CanvasEditor::damagedClipboardIsReported()
{
    auto *data = new QMimeData;
    data->setData(QLatin1String(CanvasClipboard::mimeType), "{\"notes\": [ {\"kind\": 7");
    data->setText(QStringLiteral("should not be used"));
    QGuiApplication::clipboard()->setMimeData(data);
    QSignalSpy message(editor(), &CanvasEditor::messageChanged);
    const int notes = board()->noteCount();
    editor()->paste();
    QCOMPARE(board()->noteCount(), notes);
    QCOMPARE(message.count(), 1);
    QVERIFY(editor()->message().contains(QStringLiteral("cannot be pasted")));
}

void tst_CanvasEditor::deleteMixedSelectionIsOneStep()
{
    const Note *note = noteByText(board(), "Order History");
    const BoundedContext *user = contextByName(board(), "User Context");
    const QList<QUuid> members = board()->memberIds(user->id);
    m_controller->selection()->selectNotes({note->id});
    m_controller->selection()->selectContexts({user->id}, SelectionModel::Mode::Add);
    const int steps = stack()->count();
    const int notes = board()->noteCount();
    editor()->deleteSelection();
    QCOMPARE(board()->noteCount(), notes - 1);
    QVERIFY(!board()->context(user->id));
    for (const QUuid &member : members)
        QVERIFY(board()->note(member)->contextId.isNull()); // notes stay, frame goes
    QCOMPARE(stack()->count(), steps + 1);
    QVERIFY(m_controller->selection()->isEmpty());
    stack()->undo();
    QCOMPARE(board()->noteCount(), notes);
    QVERIFY(board()->context(user->id));
}

void tst_CanvasEditor::alignAndDistribute()
{
    const QUuid a = m_controller->document()->addNote(NoteKind::Command, {0, 1500});
    const QUuid b = m_controller->document()->addNote(NoteKind::Command, {100, 1530});
    const QUuid c = m_controller->document()->addNote(NoteKind::Command, {700, 1510});
    m_controller->selection()->selectNotes({a, b, c});
    const int steps = stack()->count();
    editor()->alignSelection(QStringLiteral("top"));
    for (const QUuid &id : {a, b, c})
        QCOMPARE(board()->note(id)->geometry.top(), 1500.0);
    editor()->distributeSelection(true);
    // 0..840 holds three 140-wide notes: gaps of 210.
    QCOMPARE(board()->note(a)->geometry.left(), 0.0);
    QCOMPARE(board()->note(b)->geometry.left(), 350.0);
    QCOMPARE(board()->note(c)->geometry.left(), 700.0);
    QCOMPARE(stack()->count(), steps + 2);
    editor()->alignSelection(QStringLiteral("hcenter"));
    QCOMPARE(board()->note(b)->geometry.center().x(), 420.0);
}

void tst_CanvasEditor::zOrder()
{
    const QUuid id = select("Place Order");
    editor()->raiseSelection();
    QCOMPARE(board()->note(id)->z, board()->maxZ());
    editor()->lowerSelection();
    for (const Note &note : board()->notes())
        QVERIFY(note.id == id || note.z > board()->note(id)->z);
}

void tst_CanvasEditor::contextAroundSelection()
{
    const Note *a = noteByText(board(), "Shop admin");
    m_controller->selection()->selectNotes({a->id});
    const QString id = editor()->createContextAroundSelection();
    const BoundedContext *context = board()->context(QUuid(id));
    QVERIFY(context);
    QVERIFY(context->geometry.contains(a->geometry));
    QCOMPARE(board()->note(a->id)->contextId, context->id);
    QCOMPARE(m_controller->selection()->contexts(), QList<QUuid> {context->id});
    editor()->renameContext(id, QStringLiteral("  Admin Context "));
    QCOMPARE(board()->context(context->id)->name, QStringLiteral("Admin Context"));
    editor()->renameContext(id, QStringLiteral("   ")); // blank names are refused
    QCOMPARE(board()->context(context->id)->name, QStringLiteral("Admin Context"));
}

void tst_CanvasEditor::linkSelectionInOrder()
{
    const Note *a = noteByText(board(), "Product Catalog");
    const Note *b = noteByText(board(), "Reserve Stock");
    const Note *c = noteByText(board(), "Stock Reserved");
    m_controller->selection()->selectNotes({a->id});
    m_controller->selection()->selectNotes({b->id}, SelectionModel::Mode::Add);
    m_controller->selection()->selectNotes({c->id}, SelectionModel::Mode::Add);
    const int links = int(board()->links().size());
    const int steps = stack()->count();
    // Reserve Stock -> Stock Reserved exists in the sample: only one arrow is new.
    QCOMPARE(editor()->linkSelection(), 1);
    QCOMPARE(board()->links().size(), links + 1);
    QCOMPARE(stack()->count(), steps + 1);
}

QTEST_MAIN(tst_CanvasEditor)
#include "tst_canvaseditor.moc"
