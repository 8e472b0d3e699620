#include "canvastestsupport.h"

#include "canvas/canvaseditor.h"
#include "canvas/canvasgestures.h"
#include "canvas/selectionmodel.h"

#include <QSignalSpy>

using namespace Seams;
using namespace Seams::TestSupport;

/** Drives the gestures the way QML does: view coordinates, one call per mouse event. */
class tst_CanvasGestures : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void dragMovesOnAnOverlayAndDropsInOneStep();
    void dropJoinsTheContextUnderIt();
    void draggingAFrameCarriesItsNotes();
    void resizeNoteIsOneStep();
    void resizeContextUpdatesMembership();
    void rubberBandSelects();
    void clicksSelect();
    void drawArrowFromTheHandle();
    void altDragDrawsAnArrow();
    void drawRelationship();
    void altDragDrawsAContext();
    void dragOnEmptySpacePans();
    void spaceHeldPansOverNotes();
    void doubleClicks();
    void cancelLeavesTheBoardAlone();
    void cancelPutsAPanBack();

private:
    QPointF view(const QPointF &board) const
    {
        return m_controller->viewport()->mapFromBoard(board.x(), board.y());
    }
    void drag(const QPointF &fromBoard, const QPointF &toBoard, int modifiers = 0,
              int button = Qt::LeftButton);
    Board *board() const { return m_controller->board(); }
    QUndoStack *stack() const { return m_controller->document()->undoStack(); }

    std::unique_ptr<QTemporaryDir> m_folder;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<CanvasController> m_controller;
};

void tst_CanvasGestures::init()
{
    QVERIFY(openSampleCanvas(&m_folder, &m_workspace, &m_controller));
}

void tst_CanvasGestures::cleanup()
{
    m_controller.reset();
    m_workspace.reset();
    m_folder.reset();
}

void tst_CanvasGestures::drag(const QPointF &fromBoard, const QPointF &toBoard, int modifiers,
                              int button)
{
    CanvasGestures *gestures = m_controller->gestures();
    const QPointF from = view(fromBoard);
    const QPointF to = view(toBoard);
    gestures->press(from.x(), from.y(), button, modifiers);
    for (int step = 1; step <= 10; ++step) {
        const QPointF at = from + (to - from) * step / 10.0;
        gestures->move(at.x(), at.y());
    }
    gestures->release(to.x(), to.y());
}

void tst_CanvasGestures::dragMovesOnAnOverlayAndDropsInOneStep()
{
    const Note *note = noteByText(board(), "Cancel Order");
    const QUuid id = note->id;
    const QRectF before = note->geometry;
    const int steps = stack()->count();
    QSignalSpy noteChanged(board(), &Board::noteChanged);
    QSignalSpy offsets(m_controller.get(), &CanvasController::moveOffsetChanged);
    CanvasGestures *gestures = m_controller->gestures();

    const QPointF from = view(before.center());
    gestures->press(from.x(), from.y(), Qt::LeftButton, 0);
    QCOMPARE(m_controller->selection()->notes(), QList<QUuid> {id});
    for (int step = 1; step <= 10; ++step)
        gestures->move(from.x() + 10 * step, from.y() + 4 * step);
    // During the drag the board is untouched: the overlay moves.
    QCOMPARE(gestures->mode(), CanvasGestures::MovingItems);
    QVERIFY(m_controller->movingNotes().contains(id));
    QCOMPARE(m_controller->moveOffset(), QPointF(100, 40));
    QVERIFY(offsets.count() >= 9);
    QCOMPARE(noteChanged.count(), 0);
    QCOMPARE(board()->note(id)->geometry, before);

    gestures->release(from.x() + 100, from.y() + 40);
    QCOMPARE(board()->note(id)->geometry, before.translated(100, 40));
    QCOMPARE(stack()->count(), steps + 1);
    QVERIFY(!m_controller->isMoving());
    QCOMPARE(gestures->mode(), CanvasGestures::Idle);
    stack()->undo();
    QCOMPARE(board()->note(id)->geometry, before);
}

void tst_CanvasGestures::dropJoinsTheContextUnderIt()
{
    const Note *note = noteByText(board(), "Cancel Order");
    const QUuid id = note->id;
    const QUuid orderContext = note->contextId;
    const BoundedContext *payment = contextByName(board(), "Payment Context");
    QVERIFY(orderContext != payment->id);
    const int steps = stack()->count();
    drag(note->geometry.center(), payment->geometry.center());
    QCOMPARE(board()->note(id)->contextId, payment->id);
    QCOMPARE(stack()->count(), steps + 1); // move and membership: one step
    stack()->undo();
    QCOMPARE(board()->note(id)->contextId, orderContext);
    // Dropped outside every frame it belongs nowhere.
    drag(board()->note(id)->geometry.center(), QPointF(-600, 1600));
    QVERIFY(board()->note(id)->contextId.isNull());
}

void tst_CanvasGestures::draggingAFrameCarriesItsNotes()
{
    const BoundedContext *user = contextByName(board(), "User Context");
    const QUuid id = user->id;
    const QRectF frame = user->geometry;
    const QList<QUuid> members = board()->memberIds(id);
    QVERIFY(members.size() >= 3);
    QHash<QUuid, QRectF> before;
    for (const QUuid &member : members)
        before.insert(member, board()->note(member)->geometry);
    const int steps = stack()->count();
    m_controller->viewport()->setZoom(0.5);

    const QPointF title(frame.center().x(), frame.top() - m_controller->frameTitleHeight() / 2);
    CanvasGestures *gestures = m_controller->gestures();
    const QPointF from = view(title);
    gestures->press(from.x(), from.y(), Qt::LeftButton, 0);
    QCOMPARE(m_controller->selection()->contexts(), QList<QUuid> {id});
    gestures->move(from.x() + 50, from.y() + 100);
    gestures->move(from.x() + 100, from.y() + 200);
    // The frame's notes ride on the overlay with it.
    QVERIFY(m_controller->isContextMoving(id.toString()));
    for (const QUuid &member : members)
        QVERIFY(m_controller->movingNotes().contains(member));
    gestures->release(from.x() + 100, from.y() + 200);

    const QPointF offset(200, 400); // 100 x 200 pixels at 50%
    QCOMPARE(board()->context(id)->geometry, frame.translated(offset));
    for (const QUuid &member : members) {
        QCOMPARE(board()->note(member)->geometry, before.value(member).translated(offset));
        QCOMPARE(board()->note(member)->contextId, id);
    }
    QCOMPARE(stack()->count(), steps + 1);
    stack()->undo();
    QCOMPARE(board()->context(id)->geometry, frame);
}

void tst_CanvasGestures::resizeNoteIsOneStep()
{
    const Note *note = noteByText(board(), "Place Order");
    const QUuid id = note->id;
    const QRectF before = note->geometry;
    m_controller->selection()->selectNotes({id});
    const int steps = stack()->count();
    drag(before.bottomRight() - QPointF(2, 2), before.bottomRight() + QPointF(58, 38));
    QCOMPARE(board()->note(id)->geometry, QRectF(before.topLeft(), before.size() + QSizeF(60, 40)));
    QCOMPARE(stack()->count(), steps + 1);
    // Never smaller than a minimum.
    drag(board()->note(id)->geometry.bottomRight() - QPointF(2, 2), before.topLeft());
    QCOMPARE(board()->note(id)->geometry.size(), QSizeF(40, 30));
    stack()->undo();
    stack()->undo();
    QCOMPARE(board()->note(id)->geometry, before);
}

void tst_CanvasGestures::resizeContextUpdatesMembership()
{
    const BoundedContext *user = contextByName(board(), "User Context");
    const QUuid id = user->id;
    const QRectF frame = user->geometry;
    const Note *hotspot = noteByText(board(), "Who owns the customer's address: Order or User?");
    QCOMPARE(hotspot->contextId, id);
    m_controller->selection()->selectContexts({id});
    const int steps = stack()->count();
    // Shrink the frame to its left column: the hotspot at x 1800 falls out.
    drag(frame.bottomRight() - QPointF(3, 3), QPointF(frame.left() + 200, frame.bottom() - 3));
    QVERIFY(board()->context(id)->geometry.width() < 220);
    QVERIFY(board()->note(hotspot->id)->contextId != id);
    QCOMPARE(stack()->count(), steps + 1);
    stack()->undo();
    QCOMPARE(board()->note(hotspot->id)->contextId, id);
    QCOMPARE(board()->context(id)->geometry, frame);
}

void tst_CanvasGestures::rubberBandSelects()
{
    // Shift+drag on empty space (left of the Order frame) over the first column of notes.
    QSignalSpy preview(m_controller->gestures(), &CanvasGestures::previewChanged);
    drag(QPointF(-20, 40), QPointF(210, 580), Qt::ShiftModifier);
    QVERIFY(preview.count() > 0);
    QSet<QString> texts;
    for (const QUuid &id : m_controller->selection()->notes())
        texts.insert(board()->note(id)->text);
    QCOMPARE(texts, QSet<QString>({"Order", "OrderItem", "ShippingAddress"}));
    QVERIFY(m_controller->gestures()->previewRect().isNull());
}

void tst_CanvasGestures::clicksSelect()
{
    CanvasGestures *gestures = m_controller->gestures();
    auto click = [&](const QPointF &boardPoint, int modifiers) {
        const QPointF at = view(boardPoint);
        gestures->press(at.x(), at.y(), Qt::LeftButton, modifiers);
        gestures->release(at.x(), at.y());
    };
    const Note *a = noteByText(board(), "Place Order");
    const Note *b = noteByText(board(), "Order Placed");
    click(a->geometry.center(), 0);
    QCOMPARE(m_controller->selection()->notes(), QList<QUuid> {a->id});
    click(b->geometry.center(), Qt::ControlModifier);
    QCOMPARE(m_controller->selection()->notes(), QList<QUuid>({a->id, b->id}));
    click(a->geometry.center(), Qt::ControlModifier);
    QCOMPARE(m_controller->selection()->notes(), QList<QUuid> {b->id});
    click(a->geometry.center(), Qt::ShiftModifier);
    QCOMPARE(m_controller->selection()->noteCount(), 2);
    // A plain click inside a selected group picks that one.
    click(b->geometry.center(), 0);
    QCOMPARE(m_controller->selection()->notes(), QList<QUuid> {b->id});
    click(QPointF(-500, -500), 0);
    QVERIFY(m_controller->selection()->isEmpty());
}

void tst_CanvasGestures::drawArrowFromTheHandle()
{
    const Note *source = noteByText(board(), "Cancel Order");
    const Note *target = noteByText(board(), "Order History");
    m_controller->selection()->selectNotes({source->id});
    const int links = int(board()->links().size());
    const QPointF handle(source->geometry.right() + 18, source->geometry.center().y());
    CanvasGestures *gestures = m_controller->gestures();
    const QPointF from = view(handle);
    const QPointF to = view(target->geometry.center());
    gestures->press(from.x(), from.y(), Qt::LeftButton, 0);
    gestures->move(from.x() + 20, from.y() + 20);
    QCOMPARE(gestures->mode(), CanvasGestures::DrawingLink);
    gestures->move(to.x(), to.y());
    QCOMPARE(gestures->targetId(), target->id.toString(QUuid::WithoutBraces));
    gestures->release(to.x(), to.y());
    QCOMPARE(board()->links().size(), links + 1);
    const bool added
        = std::any_of(board()->links().cbegin(), board()->links().cend(), [&](const Link &link) {
              return link.sourceId == source->id && link.targetId == target->id;
          });
    QVERIFY(added);
    // Released over nothing: no arrow.
    drag(handle, QPointF(-400, -400));
    QCOMPARE(board()->links().size(), links + 1);
}

void tst_CanvasGestures::altDragDrawsAnArrow()
{
    const Note *source = noteByText(board(), "Product Catalog");
    const Note *target = noteByText(board(), "Reserve Stock");
    const QRectF before = source->geometry;
    const int links = int(board()->links().size());
    drag(source->geometry.center(), target->geometry.center(), Qt::AltModifier);
    QCOMPARE(board()->links().size(), links + 1);
    // The notes did not move.
    QCOMPARE(board()->note(source->id)->geometry, before);
}

void tst_CanvasGestures::drawRelationship()
{
    const BoundedContext *catalog = contextByName(board(), "Catalog Context");
    const BoundedContext *notification = contextByName(board(), "Notification Context");
    m_controller->viewport()->setZoom(0.4);
    m_controller->selection()->selectContexts({catalog->id});
    const int relationships = int(board()->relationships().size());
    const QPointF handle(catalog->geometry.right() + 18 / 0.4,
                         catalog->geometry.top() - m_controller->frameTitleHeight() / 2);
    drag(handle, notification->geometry.center());
    QCOMPARE(board()->relationships().size(), relationships + 1);
    const Relationship *added
        = board()->relationship(m_controller->selection()->currentRelationship());
    QVERIFY(added);
    QCOMPARE(added->upstreamId, catalog->id);
    QCOMPARE(added->downstreamId, notification->id);
}

void tst_CanvasGestures::altDragDrawsAContext()
{
    QSignalSpy rename(m_controller->gestures(), &CanvasGestures::renameContextRequested);
    const int contexts = int(board()->contexts().size());
    // Around the actor "Shop admin" (40, 1340), below the Catalog frame.
    drag(QPointF(0, 1330), QPointF(300, 1460), Qt::AltModifier);
    QCOMPARE(board()->contexts().size(), contexts + 1);
    QCOMPARE(rename.count(), 1);
    const BoundedContext *drawn = board()->context(QUuid(rename.first().first().toString()));
    QVERIFY(drawn);
    QCOMPARE(drawn->geometry, QRectF(0, 1330, 300, 130));
    QCOMPARE(board()->note(noteByText(board(), "Shop admin")->id)->contextId, drawn->id);
    // A tiny one is ignored.
    drag(QPointF(-500, 1500), QPointF(-480, 1510), Qt::AltModifier);
    QCOMPARE(board()->contexts().size(), contexts + 1);
}

void tst_CanvasGestures::dragOnEmptySpacePans()
{
    const QPointF origin = m_controller->viewport()->origin();
    const int steps = stack()->count();
    drag(QPointF(-100, -400), QPointF(0, -300));
    // The board followed the pointer: 100 units right and down.
    QCOMPARE(m_controller->viewport()->origin(), origin - QPointF(100, 100));
    QCOMPARE(stack()->count(), steps);
}

void tst_CanvasGestures::spaceHeldPansOverNotes()
{
    const Note *note = noteByText(board(), "Place Order");
    const QRectF before = note->geometry;
    const QPointF origin = m_controller->viewport()->origin();
    m_controller->gestures()->setPanKeyHeld(true);
    const QPointF from = view(before.center());
    CanvasGestures *gestures = m_controller->gestures();
    gestures->press(from.x(), from.y(), Qt::LeftButton, 0);
    gestures->move(from.x() + 30, from.y());
    gestures->move(from.x() + 60, from.y());
    gestures->release(from.x() + 60, from.y());
    m_controller->gestures()->setPanKeyHeld(false);
    QCOMPARE(board()->note(note->id)->geometry, before);
    QCOMPARE(m_controller->viewport()->origin(), origin - QPointF(60, 0));
}

void tst_CanvasGestures::doubleClicks()
{
    CanvasGestures *gestures = m_controller->gestures();
    auto doubleClick = [&](const QPointF &boardPoint) {
        // The event order of a double-click: press, release, press, double-click, release.
        const QPointF at = view(boardPoint);
        gestures->press(at.x(), at.y(), Qt::LeftButton, 0);
        gestures->release(at.x(), at.y());
        gestures->press(at.x(), at.y(), Qt::LeftButton, 0);
        gestures->doubleClick(at.x(), at.y());
        gestures->release(at.x(), at.y());
    };
    // Empty space: a new note of the palette's kind, selected and being edited.
    m_controller->editor()->setCurrentKind(int(NoteKind::Policy));
    const int notes = board()->noteCount();
    doubleClick(QPointF(-300, 700));
    QCOMPARE(board()->noteCount(), notes + 1);
    const Note *added = board()->note(m_controller->selection()->currentNote());
    QVERIFY(added);
    QCOMPARE(added->kind, NoteKind::Policy);
    QCOMPARE(added->geometry.center(), QPointF(-300, 700));
    QCOMPARE(m_controller->editingNote(), added->id);

    // A note: edit it.
    const Note *note = noteByText(board(), "Place Order");
    doubleClick(note->geometry.center());
    QCOMPARE(m_controller->editingNote(), note->id);

    // A title bar: rename.
    QSignalSpy rename(gestures, &CanvasGestures::renameContextRequested);
    const BoundedContext *order = contextByName(board(), "Order Context");
    doubleClick(QPointF(order->geometry.center().x(), order->geometry.top() - 10));
    QCOMPARE(rename.count(), 1);
    QCOMPARE(rename.first().first().toString(), order->id.toString(QUuid::WithoutBraces));
}

void tst_CanvasGestures::cancelLeavesTheBoardAlone()
{
    const Note *note = noteByText(board(), "Place Order");
    const QRectF before = note->geometry;
    const int steps = stack()->count();
    CanvasGestures *gestures = m_controller->gestures();
    const QPointF from = view(before.center());
    gestures->press(from.x(), from.y(), Qt::LeftButton, 0);
    gestures->move(from.x() + 80, from.y() + 80);
    QVERIFY(m_controller->isMoving());
    gestures->cancel();
    QVERIFY(!m_controller->isMoving());
    gestures->release(from.x() + 80, from.y() + 80);
    QCOMPARE(board()->note(note->id)->geometry, before);
    QCOMPARE(stack()->count(), steps);
}

void tst_CanvasGestures::cancelPutsAPanBack()
{
    // Regression: on a touch screen the first finger of a pinch panned the board before the
    // pinch took over, so the zoom was not centred on the fingers.
    const QPointF origin = m_controller->viewport()->origin();
    CanvasGestures *gestures = m_controller->gestures();
    const QPointF from = view(QPointF(-100, -400));
    gestures->press(from.x(), from.y(), Qt::LeftButton, 0);
    gestures->move(from.x() - 40, from.y() + 10);
    gestures->move(from.x() - 90, from.y() + 30);
    QCOMPARE_NE(m_controller->viewport()->origin(), origin);
    gestures->cancel();
    QCOMPARE(m_controller->viewport()->origin(), origin);
}

QTEST_MAIN(tst_CanvasGestures)
#include "tst_canvasgestures.moc"
