#include "commands/document.h"
#include "documentedits.h"
#include "testsupport.h"

#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>

using namespace Seams;
using namespace Seams::DocumentEdits::Ids;
using Seams::TestSupport::describeDifference;

using Apply = std::function<void(Seams::Document &)>;
Q_DECLARE_METATYPE(Seams::DocumentEdits::Edit)
Q_DECLARE_METATYPE(Apply)

namespace {

std::unique_ptr<Document> fixtureDocument()
{
    auto board = std::make_unique<Board>();
    DocumentEdits::buildFixture(board.get());
    return std::make_unique<Document>(std::move(board));
}

} // namespace

class tst_Document : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyEdit_data();
    void everyEdit();
    void randomSequences_data();
    void randomSequences();
    void dragIsOneStep();
    void dragIntoAndOutOfFrames();
    void nestedInteractionsAreOneStep();
    void emptyGestureLeavesNoStep();
    void gestureBackToStartLeavesNoStep();
    void frameDragMovesMembersAndNestedFrames();
    void frameResizeGestureUpdatesMembership();
    void pastedNoteWithoutSizeJoinsByItsRealCentre();
    void modifiedFollowsCleanState();
    void refusedEdits_data();
    void refusedEdits();
};

void tst_Document::everyEdit_data()
{
    QTest::addColumn<DocumentEdits::Edit>("edit");
    for (const DocumentEdits::Edit &edit : DocumentEdits::all())
        QTest::newRow(qPrintable(edit.name)) << edit;
}

void tst_Document::everyEdit()
{
    QFETCH(DocumentEdits::Edit, edit);
    const auto document = fixtureDocument();
    Board initial;
    initial.assign(*document->board());
    QSignalSpy indexChanged(document->undoStack(), &QUndoStack::indexChanged);

    const QList<QUuid> returned = edit.apply(*document);
    Board expected;
    expected.assign(initial);
    edit.expect(expected, *document->board(), returned);
    QVERIFY2(!expected.hasSameContent(initial), "the case must change something");

    QCOMPARE(document->undoStack()->count(), 1);
    QCOMPARE(document->undoStack()->undoText(), edit.undoText);
    QCOMPARE(indexChanged.count(), 1); // one finished step, one commit
    QVERIFY2(document->board()->hasSameContent(expected),
             qPrintable(describeDifference(*document->board(), expected)));

    document->undoStack()->undo();
    QVERIFY2(document->board()->hasSameContent(initial),
             qPrintable(describeDifference(*document->board(), initial)));
    document->undoStack()->redo();
    QVERIFY2(document->board()->hasSameContent(expected),
             qPrintable(describeDifference(*document->board(), expected)));
    document->undoStack()->undo();
    QVERIFY2(document->board()->hasSameContent(initial),
             qPrintable(describeDifference(*document->board(), initial)));
}

void tst_Document::randomSequences_data()
{
    QTest::addColumn<quint32>("seed");
    QTest::addColumn<int>("edits");
    for (quint32 seed : {1u, 2u, 7u, 42u, 2024u})
        QTest::newRow(qPrintable(QStringLiteral("seed %1").arg(seed))) << seed << 400;
}

void tst_Document::randomSequences()
{
    QFETCH(quint32, seed);
    QFETCH(int, edits);
    const auto document = fixtureDocument();
    Board initial;
    initial.assign(*document->board());
    QRandomGenerator random(seed);
    for (int i = 0; i < edits; ++i) {
        DocumentEdits::randomEdit(*document, random);
        QVERIFY(!document->isInteracting());
    }
    // Whatever was undone in the middle is redone first, so the final board is the tip.
    while (document->undoStack()->canRedo())
        document->undoStack()->redo();
    Board final;
    final.assign(*document->board());
    const int steps = document->undoStack()->count();
    QVERIFY2(steps > edits / 3, qPrintable(QString::number(steps)));

    while (document->undoStack()->canUndo())
        document->undoStack()->undo();
    QVERIFY2(document->board()->hasSameContent(initial),
             qPrintable(describeDifference(*document->board(), initial)));
    QVERIFY(!document->isModified());
    while (document->undoStack()->canRedo())
        document->undoStack()->redo();
    QVERIFY2(document->board()->hasSameContent(final),
             qPrintable(describeDifference(*document->board(), final)));
}

void tst_Document::dragIsOneStep()
{
    const auto document = fixtureDocument();
    const QRectF start = document->board()->note(placeOrder())->geometry;
    QSignalSpy indexChanged(document->undoStack(), &QUndoStack::indexChanged);
    document->beginInteraction(QStringLiteral("Drag"));
    for (int i = 0; i < 50; ++i)
        document->moveNotes({placeOrder()}, QPointF(1, 0.5));
    QCOMPARE(indexChanged.count(), 0); // nothing is finished until the drop
    QCOMPARE(document->board()->note(placeOrder())->geometry, start.translated(50, 25));
    document->endInteraction();
    QCOMPARE(indexChanged.count(), 1);
    QCOMPARE(document->undoStack()->count(), 1);
    QCOMPARE(document->undoStack()->undoText(), QStringLiteral("Drag"));
    document->undoStack()->undo();
    QCOMPARE(document->board()->note(placeOrder())->geometry, start);
    document->undoStack()->redo();
    QCOMPARE(document->board()->note(placeOrder())->geometry, start.translated(50, 25));
}

void tst_Document::dragIntoAndOutOfFrames()
{
    const auto document = fixtureDocument();
    Board *board = document->board();
    // Dashboard (outside) dragged into the payment frame in small steps: it joins on drop.
    document->beginInteraction(QStringLiteral("Drag"));
    for (int i = 0; i < 50; ++i)
        document->moveNotes({dashboard()}, QPointF(-32, -56));
    QCOMPARE(board->note(dashboard())->contextId, QUuid()); // not before the drop
    document->endInteraction();
    QCOMPARE(board->note(dashboard())->geometry.topLeft(), QPointF(1400, 200));
    QCOMPARE(board->note(dashboard())->contextId, paymentContext());
    // The policy dragged out of shipping (nested) but still inside order: it joins order.
    document->beginInteraction(QStringLiteral("Drag"));
    for (int i = 0; i < 10; ++i)
        document->moveNotes({policy()}, QPointF(60, 0));
    document->endInteraction();
    QCOMPARE(board->note(policy())->contextId, orderContext());
    // And out of everything.
    document->beginInteraction(QStringLiteral("Drag"));
    document->moveNotes({policy()}, QPointF(0, 3000));
    document->endInteraction();
    QCOMPARE(board->note(policy())->contextId, QUuid());
    QCOMPARE(document->undoStack()->count(), 3);
    document->undoStack()->undo();
    QCOMPARE(board->note(policy())->contextId, orderContext());
    document->undoStack()->undo();
    QCOMPARE(board->note(policy())->contextId, shippingContext());
    document->undoStack()->undo();
    QCOMPARE(board->note(dashboard())->contextId, QUuid());
}

void tst_Document::nestedInteractionsAreOneStep()
{
    const auto document = fixtureDocument();
    document->beginInteraction(QStringLiteral("Outer"));
    document->moveNotes({placeOrder()}, QPointF(10, 0));
    document->beginInteraction(QStringLiteral("Inner"));
    document->moveNotes({placeOrder()}, QPointF(10, 0));
    document->endInteraction();
    QVERIFY(document->isInteracting());
    document->setNoteText(placeOrder(), QStringLiteral("changed while dragging"));
    document->endInteraction();
    QVERIFY(!document->isInteracting());
    QCOMPARE(document->undoStack()->count(), 1);
    QCOMPARE(document->undoStack()->undoText(), QStringLiteral("Outer"));
}

void tst_Document::emptyGestureLeavesNoStep()
{
    const auto document = fixtureDocument();
    QSignalSpy modified(document.get(), &Document::modifiedChanged);
    document->beginInteraction(QStringLiteral("Drag"));
    document->moveNotes({placeOrder()}, QPointF()); // no movement
    document->endInteraction();
    QCOMPARE(document->undoStack()->count(), 0);
    QVERIFY(!document->isModified());
    QCOMPARE(modified.count(), 0);
}

void tst_Document::gestureBackToStartLeavesNoStep()
{
    // Regression: a drag that ends where it started changed nothing, yet left an empty undo
    // step that marked the board modified.
    const auto document = fixtureDocument();
    document->setNoteText(orderPlaced(), QStringLiteral("saved edit"));
    document->markSaved();
    Board saved;
    saved.assign(*document->board());
    document->beginInteraction(QStringLiteral("Drag"));
    for (int i = 0; i < 10; ++i)
        document->moveNotes({placeOrder()}, QPointF(5, 5));
    for (int i = 0; i < 10; ++i)
        document->moveNotes({placeOrder()}, QPointF(-5, -5));
    document->endInteraction();
    QVERIFY(document->board()->hasSameContent(saved));
    QCOMPARE(document->undoStack()->count(), 1);
    QVERIFY(!document->isModified());
    QCOMPARE(document->undoStack()->undoText(), QStringLiteral("Edit text"));
    document->undoStack()->undo();
    QCOMPARE(document->board()->note(orderPlaced())->text, QStringLiteral("Order Placed"));
}

void tst_Document::frameDragMovesMembersAndNestedFrames()
{
    const auto document = fixtureDocument();
    Board *board = document->board();
    const QRectF dashboardBefore = board->note(dashboard())->geometry;
    document->beginInteraction(QStringLiteral("Move frame"));
    for (int i = 0; i < 20; ++i)
        document->moveContexts({orderContext()}, QPointF(5, 5));
    document->endInteraction();
    QCOMPARE(document->undoStack()->count(), 1);
    QCOMPARE(board->context(orderContext())->geometry, QRectF(100, 100, 1000, 600));
    QCOMPARE(board->context(shippingContext())->geometry, QRectF(150, 400, 400, 250));
    QCOMPARE(board->context(paymentContext())->geometry, QRectF(1200, 0, 800, 600));
    QCOMPARE(board->note(placeOrder())->geometry.topLeft(), QPointF(200, 200));
    QCOMPARE(board->note(policy())->geometry.topLeft(), QPointF(200, 450));
    QCOMPARE(board->note(payment())->geometry.topLeft(), QPointF(1300, 100));
    QCOMPARE(board->note(dashboard())->geometry, dashboardBefore);
    QCOMPARE(board->note(policy())->contextId, shippingContext());
}

void tst_Document::frameResizeGestureUpdatesMembership()
{
    const auto document = fixtureDocument();
    Board *board = document->board();
    document->beginInteraction(QStringLiteral("Resize"));
    for (int width = 990; width >= 450; width -= 10)
        document->setContextGeometry(orderContext(), QRectF(0, 0, width, 600));
    QCOMPARE(board->note(orderAggregate())->contextId, orderContext()); // not before the drop
    document->endInteraction();
    QCOMPARE(document->undoStack()->count(), 1);
    QCOMPARE(board->note(orderAggregate())->contextId, QUuid());
    QCOMPARE(board->note(placeOrder())->contextId, orderContext());
    document->undoStack()->undo();
    QCOMPARE(board->context(orderContext())->geometry, QRectF(0, 0, 1000, 600));
    QCOMPARE(board->note(orderAggregate())->contextId, orderContext());
}

void tst_Document::pastedNoteWithoutSizeJoinsByItsRealCentre()
{
    // Regression: membership was decided from the centre of the empty rectangle (its
    // corner) before the note got its default size.
    const auto document = fixtureDocument();
    Note note;
    note.kind = NoteKind::Command; // 140 x 100
    note.geometry = QRectF(QPointF(950, 100), QSizeF()); // the centre lands at x = 1020
    const QList<QUuid> ids = document->insertNotes({note}, {}, QStringLiteral("Paste"));
    QCOMPARE(ids.size(), 1);
    const Note *inserted = document->board()->note(ids.first());
    QCOMPARE(inserted->geometry, QRectF(950, 100, 140, 100));
    QCOMPARE(inserted->contextId, QUuid());
}

void tst_Document::modifiedFollowsCleanState()
{
    const auto document = fixtureDocument();
    QSignalSpy modified(document.get(), &Document::modifiedChanged);
    QVERIFY(!document->isModified());
    document->setNoteText(placeOrder(), QStringLiteral("one"));
    QVERIFY(document->isModified());
    QCOMPARE(modified.count(), 1);
    QCOMPARE(modified.last().first().toBool(), true);
    document->setNoteText(placeOrder(), QStringLiteral("two"));
    QCOMPARE(modified.count(), 1); // still modified: no new signal
    document->markSaved();
    QVERIFY(!document->isModified());
    QCOMPARE(modified.count(), 2);
    QCOMPARE(modified.last().first().toBool(), false);
    document->undoStack()->undo();
    QVERIFY(document->isModified());
    QCOMPARE(modified.count(), 3);
    document->undoStack()->redo();
    QVERIFY(!document->isModified());
    QCOMPARE(modified.count(), 4);
    QCOMPARE(modified.last().first().toBool(), false);
}

void tst_Document::refusedEdits_data()
{
    QTest::addColumn<Apply>("apply");
    const QUuid unknown = TestSupport::testId(0xf, 1);
    QTest::newRow("self link") << Apply([](Document &d) { d.addLink(placeOrder(), placeOrder()); });
    QTest::newRow("duplicate link")
        << Apply([](Document &d) { d.addLink(placeOrder(), orderPlaced()); });
    QTest::newRow("link from unknown note")
        << Apply([unknown](Document &d) { d.addLink(unknown, orderPlaced()); });
    QTest::newRow("link to unknown note")
        << Apply([unknown](Document &d) { d.addLink(placeOrder(), unknown); });
    QTest::newRow("self relationship") << Apply([](Document &d) {
        d.addRelationship(orderContext(), orderContext(), RelationshipPattern::Partnership);
    });
    QTest::newRow("duplicate relationship") << Apply([](Document &d) {
        d.addRelationship(orderContext(), paymentContext(), RelationshipPattern::Conformist);
    });
    QTest::newRow("relationship to unknown context") << Apply([unknown](Document &d) {
        d.addRelationship(orderContext(), unknown, RelationshipPattern::Conformist);
    });
    QTest::newRow("relationship changed into a self relationship") << Apply([](Document &d) {
        Relationship r = *d.board()->relationship(orderToPayment());
        r.downstreamId = r.upstreamId;
        d.setRelationship(r);
    });
    QTest::newRow("unknown relationship changed") << Apply([unknown](Document &d) {
        Relationship r = *d.board()->relationship(orderToPayment());
        r.id = unknown;
        r.description = QStringLiteral("x");
        d.setRelationship(r);
    });
    QTest::newRow("remove unknown notes") << Apply([unknown](Document &d) {
        d.removeNotes({unknown, {}});
    });
    QTest::newRow("remove no notes") << Apply([](Document &d) { d.removeNotes({}); });
    QTest::newRow("remove unknown links")
        << Apply([unknown](Document &d) { d.removeLinks({unknown}); });
    QTest::newRow("remove unknown contexts")
        << Apply([unknown](Document &d) { d.removeContexts({unknown}); });
    QTest::newRow("remove unknown relationships")
        << Apply([unknown](Document &d) { d.removeRelationships({unknown}); });
    QTest::newRow("move by nothing")
        << Apply([](Document &d) { d.moveNotes({placeOrder()}, QPointF()); });
    QTest::newRow("move unknown notes")
        << Apply([unknown](Document &d) { d.moveNotes({unknown}, QPointF(5, 5)); });
    QTest::newRow("move unknown frame")
        << Apply([unknown](Document &d) { d.moveContexts({unknown}, QPointF(5, 5)); });
    QTest::newRow("same text") << Apply(
        [](Document &d) { d.setNoteText(placeOrder(), QStringLiteral("Place Order")); });
    QTest::newRow("text of unknown note")
        << Apply([unknown](Document &d) { d.setNoteText(unknown, QStringLiteral("x")); });
    QTest::newRow("invalid note geometry")
        << Apply([](Document &d) { d.setNoteGeometry(placeOrder(), QRectF(0, 0, -5, 10)); });
    QTest::newRow("same kind") << Apply(
        [](Document &d) { d.setNotesKind({placeOrder()}, NoteKind::Command); });
    QTest::newRow("unknown context assigned")
        << Apply([unknown](Document &d) { d.setNotesContext({dashboard()}, unknown); });
    QTest::newRow("same context assigned")
        << Apply([](Document &d) { d.setNotesContext({placeOrder()}, orderContext()); });
    QTest::newRow("same fields") << Apply(
        [](Document &d) { d.setNoteFields(payment(), d.board()->note(payment())->fields); });
    QTest::newRow("same http") << Apply([](Document &d) { d.setNoteHttp(placeOrder(), {}); });
    QTest::newRow("raise nothing") << Apply([unknown](Document &d) { d.raiseNotes({unknown}); });
    QTest::newRow("empty frame") << Apply(
        [](Document &d) { d.setContextGeometry(orderContext(), QRectF(10, 10, 0, 100)); });
    QTest::newRow("same name") << Apply(
        [](Document &d) { d.renameContext(orderContext(), QStringLiteral("Order Context")); });
    QTest::newRow("same colour in another spec") << Apply(
        [](Document &d) { d.setContextColor(orderContext(), QColor(0x4e, 0x79, 0xa7).toHsv()); });
    QTest::newRow("invalid colour")
        << Apply([](Document &d) { d.setContextColor(orderContext(), QColor()); });
    QTest::newRow("same handoff") << Apply(
        [](Document &d) { d.setContextHandoff(orderContext(), Handoff()); });
    QTest::newRow("same label") << Apply(
        [](Document &d) { d.setLinkLabel(placedToPolicy(), QStringLiteral("then")); });
    QTest::newRow("same board name")
        << Apply([](Document &d) { d.setBoardName(QStringLiteral("Fixture")); });
    QTest::newRow("same settings")
        << Apply([](Document &d) { d.setBoardSettings(BoardSettings()); });
}

void tst_Document::refusedEdits()
{
    QFETCH(Apply, apply);
    const auto document = fixtureDocument();
    Board initial;
    initial.assign(*document->board());
    QSignalSpy indexChanged(document->undoStack(), &QUndoStack::indexChanged);
    apply(*document);
    QCOMPARE(document->undoStack()->count(), 0);
    QCOMPARE(indexChanged.count(), 0);
    QVERIFY(!document->isModified());
    QVERIFY(document->board()->hasSameContent(initial));
    QVERIFY(document->board()->notes() == initial.notes()); // not even a timestamp moved
}

QTEST_GUILESS_MAIN(tst_Document)
#include "tst_document.moc"
