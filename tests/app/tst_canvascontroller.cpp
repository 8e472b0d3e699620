#include "canvastestsupport.h"

#include "canvas/canvasgeometry.h"
#include "canvas/selectionmodel.h"
#include "canvas/visiblenotesmodel.h"

#include <QAbstractItemModelTester>
#include <QFontMetricsF>
#include <QGuiApplication>
#include <QSignalSpy>

using namespace Seams;
using namespace Seams::TestSupport;

class tst_CanvasController : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void visibleNotesCoverTheView();
    void slotsAreRecycledWhilePanning();
    void levelOfDetailFreesEverySlot();
    void visibleNotesFollowEdits();
    void selectionFlagsRows();
    void ghostNotesAreTheMovingOnes();
    void hitTest_data();
    void hitTest();
    void handlesOfTheSelection();
    void zoomToFitShowsEverything();
    void viewportZoomKeepsTheAnchor();
    void aFittedViewStaysFittedWhenResized();
    void fitKeepsClearOfOverlays_data();
    void fitKeepsClearOfOverlays();
    void revealNoteSelectsAndShows();
    void editingFollowsTheNote();
    void anotherBoardResetsTheCanvas();
    void labelCentre_data();
    void labelCentre();
    void relationshipLabelsKeepClear_data();
    void relationshipLabelsKeepClear();
    void relationshipLabelsFollowZoomAndFontScale();

private:
    QSet<QUuid> notesTouching(const QRectF &rect) const;

    std::unique_ptr<QTemporaryDir> m_folder;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<CanvasController> m_controller;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void tst_CanvasController::init()
{
    QVERIFY(openSampleCanvas(&m_folder, &m_workspace, &m_controller));
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_controller->visibleNotes(), QAbstractItemModelTester::FailureReportingMode::QtTest);
}

void tst_CanvasController::cleanup()
{
    m_tester.reset();
    m_controller.reset();
    m_workspace.reset();
    m_folder.reset();
}

QSet<QUuid> tst_CanvasController::notesTouching(const QRectF &rect) const
{
    QSet<QUuid> ids;
    for (const Note &note : m_controller->board()->notes()) {
        if (note.geometry.intersects(rect))
            ids.insert(note.id);
    }
    return ids;
}

void tst_CanvasController::visibleNotesCoverTheView()
{
    const VisibleNotesModel *model = m_controller->visibleNotes();
    const QRectF visible = m_controller->viewport()->visibleRect();
    QCOMPARE(visible, QRectF(0, 0, 800, 600));
    // Every note on screen has a slot; every slot holds a note near the screen.
    for (const QUuid &id : notesTouching(visible))
        QVERIFY2(model->rowOf(id) >= 0, qPrintable(id.toString()));
    const QRectF near = visible.adjusted(-400, -400, 400, 400);
    int active = 0;
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row);
        if (!index.data(VisibleNotesModel::ActiveRole).toBool())
            continue;
        ++active;
        const QUuid id(index.data(VisibleNotesModel::IdRole).toString());
        QVERIFY(m_controller->board()->note(id)->geometry.intersects(near));
        QCOMPARE(index.data(VisibleNotesModel::TextRole).toString(),
                 m_controller->board()->note(id)->text);
        QCOMPARE(index.data(VisibleNotesModel::XRole).toReal(),
                 m_controller->board()->note(id)->geometry.x());
    }
    QCOMPARE(active, model->activeCount());
    QVERIFY(active < m_controller->board()->noteCount());
}

void tst_CanvasController::slotsAreRecycledWhilePanning()
{
    // A big board: panning across it must hand slots over, not create rows per note.
    Board board;
    BoardGenerator::generate(&board, 3000);
    QTemporaryDir folder;
    auto workspace = openWorkspace(folder, board, QStringLiteral("big"));
    QVERIFY(workspace);
    auto controller = makeController(workspace.get(), {1000, 800});
    VisibleNotesModel *model = controller->visibleNotes();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy inserted(model, &QAbstractItemModel::rowsInserted);
    QSignalSpy changed(model, &QAbstractItemModel::dataChanged);
    int maxActive = model->activeCount();
    QVERIFY(maxActive > 10);
    for (int step = 0; step < 200; ++step) {
        controller->viewport()->panBy(-25, -5);
        maxActive = std::max(maxActive, model->activeCount());
        for (const QUuid &id : [&] {
                 QSet<QUuid> ids;
                 for (const Note &note : controller->board()->notes()) {
                     if (note.geometry.intersects(controller->viewport()->visibleRect()))
                         ids.insert(note.id);
                 }
                 return ids;
             }())
            QVERIFY(model->rowOf(id) >= 0);
    }
    QVERIFY(changed.count() > 100); // slots changed hands...
    QVERIFY(model->rowCount() <= 2 * maxActive + 256); // ...and the pool stayed small
    QVERIFY(inserted.count() < 20);
}

void tst_CanvasController::levelOfDetailFreesEverySlot()
{
    VisibleNotesModel *model = m_controller->visibleNotes();
    const int rows = model->rowCount();
    QVERIFY(model->activeCount() > 0);
    QSignalSpy detail(m_controller->viewport(), &Viewport::detailChanged);
    QSignalSpy inserted(model, &QAbstractItemModel::rowsInserted);
    m_controller->viewport()->setZoom(0.3);
    QCOMPARE(detail.count(), 1);
    QVERIFY(!m_controller->viewport()->showsDetail());
    QCOMPARE(model->activeCount(), 0);
    QCOMPARE(model->rowCount(), rows); // the delegates stay for later
    m_controller->viewport()->setZoom(1.0);
    QCOMPARE(detail.count(), 2);
    QVERIFY(model->activeCount() > 0);
}

void tst_CanvasController::visibleNotesFollowEdits()
{
    Document *document = m_controller->document();
    VisibleNotesModel *model = m_controller->visibleNotes();
    const QUuid added = document->addNote(NoteKind::Hotspot, {600, 500}, QStringLiteral("new"));
    const int row = model->rowOf(added);
    QVERIFY(row >= 0);
    QCOMPARE(model->index(row).data(VisibleNotesModel::KindRole).toInt(), int(NoteKind::Hotspot));

    QSignalSpy changed(model, &QAbstractItemModel::dataChanged);
    document->setNoteText(added, QStringLiteral("renamed"));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.first().at(2).value<QList<int>>(), QList<int> {VisibleNotesModel::TextRole});
    QCOMPARE(model->index(row).data(VisibleNotesModel::TextRole).toString(), "renamed");

    // Moved far away, the note gives its slot back; undo brings it into view again.
    document->moveNotes({added}, {5000, 5000});
    QCOMPARE(model->rowOf(added), -1);
    QVERIFY(!m_controller->noteIndex().rect(added).intersects(QRectF(0, 0, 800, 600)));
    document->undoStack()->undo();
    QVERIFY(model->rowOf(added) >= 0);
    document->removeNotes({added});
    QCOMPARE(model->rowOf(added), -1);
    QVERIFY(!m_controller->noteIndex().contains(added));
}

void tst_CanvasController::selectionFlagsRows()
{
    const Note *order = noteByText(m_controller->board(), QStringLiteral("Order Placed"));
    QVERIFY(order);
    VisibleNotesModel *model = m_controller->visibleNotes();
    const int row = model->rowOf(order->id);
    QVERIFY(row >= 0);
    QSignalSpy changed(model, &QAbstractItemModel::dataChanged);
    m_controller->selection()->selectNotes({order->id});
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.first().at(0).toModelIndex().row(), row);
    QVERIFY(model->index(row).data(VisibleNotesModel::SelectedRole).toBool());
    m_controller->selection()->clear();
    QVERIFY(!model->index(row).data(VisibleNotesModel::SelectedRole).toBool());
}

void tst_CanvasController::ghostNotesAreTheMovingOnes()
{
    const Note *a = noteByText(m_controller->board(), QStringLiteral("Place Order"));
    const Note *b = noteByText(m_controller->board(), QStringLiteral("Order Placed"));
    QAbstractItemModel *ghosts = m_controller->ghostNotes();
    QAbstractItemModelTester tester(ghosts, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(ghosts->rowCount(), 0);
    QSignalSpy moving(m_controller.get(), &CanvasController::movingChanged);
    m_controller->setMoving({a->id, b->id}, {});
    QCOMPARE(moving.count(), 1);
    QCOMPARE(ghosts->rowCount(), 2);
    QSet<QString> ids;
    for (int row = 0; row < 2; ++row)
        ids.insert(ghosts->index(row, 0).data(VisibleNotesModel::IdRole).toString());
    QCOMPARE(ids,
             QSet<QString>(
                 {a->id.toString(QUuid::WithoutBraces), b->id.toString(QUuid::WithoutBraces)}));
    m_controller->setMoving({}, {});
    QCOMPARE(ghosts->rowCount(), 0);
}

void tst_CanvasController::hitTest_data()
{
    QTest::addColumn<QPointF>("point");
    QTest::addColumn<int>("type");
    QTest::addColumn<QString>("what");
    QTest::newRow("note") << QPointF(330, 110) << int(CanvasHit::Note) << "Place Order";
    QTest::newRow("title bar") << QPointF(600, -10) << int(CanvasHit::Context) << "Order Context";
    QTest::newRow("frame body") << QPointF(1100, 500) << int(CanvasHit::ContextBody)
                                << "Order Context";
    // Between "Place Order" (260..400) and "Order Placed" (420..560) at y 110 runs an arrow.
    QTest::newRow("arrow") << QPointF(410, 110) << int(CanvasHit::Link) << "";
    QTest::newRow("outside") << QPointF(-300, -300) << int(CanvasHit::Empty) << "";
}

void tst_CanvasController::hitTest()
{
    QFETCH(QPointF, point);
    QFETCH(int, type);
    QFETCH(QString, what);
    const CanvasHit hit = m_controller->hitTest(point);
    QCOMPARE(int(hit.type), type);
    const Board *board = m_controller->board();
    if (type == CanvasHit::Note)
        QCOMPARE(board->note(hit.id)->text, what);
    if (type == CanvasHit::Context || type == CanvasHit::ContextBody)
        QCOMPARE(board->context(hit.id)->name, what);
    if (type == CanvasHit::Link) {
        const Link *link = board->link(hit.id);
        QVERIFY(link);
        QCOMPARE(board->note(link->sourceId)->text, "Place Order");
    }
    // The QML form names the same thing.
    const QPointF view = m_controller->viewport()->mapFromBoard(point.x(), point.y());
    const QVariantMap map = m_controller->hitTestAt(view.x(), view.y());
    QCOMPARE(map.value("type").toString(), hit.typeName());
}

void tst_CanvasController::handlesOfTheSelection()
{
    Document *document = m_controller->document();
    const QUuid lower = document->addNote(NoteKind::Command, {-200, -200});
    const QUuid upper = document->addNote(NoteKind::DomainEvent, {-180, -180});
    // Overlapping notes: the higher one wins.
    QCOMPARE(m_controller->noteAt({-150, -150}), upper);
    document->lowerNotes({upper});
    QCOMPARE(m_controller->noteAt({-150, -150}), lower);

    m_controller->selection()->selectNotes({lower});
    const QRectF rect = m_controller->board()->note(lower)->geometry;
    QCOMPARE(m_controller->hitTest(rect.bottomRight() - QPointF(2, 2)).type, CanvasHit::NoteResize);
    QCOMPARE(m_controller->hitTest(QPointF(rect.right() + 18, rect.center().y())).type,
             CanvasHit::NoteConnector);
    // Zoomed out past the level of detail there are no grips.
    m_controller->viewport()->setZoom(0.2);
    QCOMPARE(m_controller->hitTest(rect.bottomRight() - QPointF(2, 2)).type, CanvasHit::Note);

    m_controller->viewport()->setZoom(1.0);
    const BoundedContext *order = contextByName(m_controller->board(), "Order Context");
    m_controller->selection()->selectContexts({order->id});
    QCOMPARE(m_controller->hitTest(order->geometry.bottomRight() - QPointF(3, 3)).type,
             CanvasHit::ContextResize);
    QCOMPARE(
        m_controller->hitTest(QPointF(order->geometry.right() + 18, order->geometry.top() - 14))
            .type,
        CanvasHit::ContextConnector);
}

void tst_CanvasController::zoomToFitShowsEverything()
{
    m_controller->zoomToFit();
    const QRectF visible = m_controller->viewport()->visibleRect();
    QVERIFY(visible.contains(m_controller->boardBounds()));
    for (const Note &note : m_controller->board()->notes())
        QVERIFY(visible.contains(note.geometry));
    QVERIFY(m_controller->viewport()->zoom() <= 1.0);

    // User zoom stays within 10%..400%.
    for (int i = 0; i < 40; ++i)
        m_controller->zoomIn();
    QCOMPARE(m_controller->viewport()->zoom(), Viewport::maximumZoom());
    for (int i = 0; i < 60; ++i)
        m_controller->zoomOut();
    QCOMPARE(m_controller->viewport()->zoom(), Viewport::minimumZoom());
    m_controller->zoomReset();
    QCOMPARE(m_controller->viewport()->zoom(), 1.0);
}

void tst_CanvasController::viewportZoomKeepsTheAnchor()
{
    Viewport *viewport = m_controller->viewport();
    const QPointF before = viewport->mapToBoard(123, 456);
    viewport->zoomAt(123, 456, 2.0);
    QCOMPARE(viewport->zoom(), 2.0);
    const QPointF after = viewport->mapToBoard(123, 456);
    QVERIFY(QLineF(before, after).length() < 1e-9);
    viewport->panBy(100, 50); // the board follows the pointer
    QVERIFY(QLineF(viewport->mapToBoard(223, 506), before).length() < 1e-9);
    // Garbage is refused.
    viewport->zoomAt(0, 0, std::numeric_limits<qreal>::quiet_NaN());
    QCOMPARE(viewport->zoom(), 2.0);
}

void tst_CanvasController::aFittedViewStaysFittedWhenResized()
{
    // Regression: entering presentation mode (side panels hidden) left the fitted board in
    // the left part of a wider canvas.
    Viewport *viewport = m_controller->viewport();
    m_controller->zoomToFit();
    const qreal narrow = viewport->zoom();
    viewport->setWidth(1400);
    viewport->setHeight(900);
    QVERIFY(viewport->zoom() > narrow);
    QVERIFY(viewport->visibleRect().contains(m_controller->boardBounds()));
    QCOMPARE(viewport->visibleRect().center(), m_controller->boardBounds().center());

    // And when an overlay appears (the legend of presentation mode).
    const qreal wide = viewport->zoom();
    viewport->setOverlays({QRectF(12, 500, 400, 388)});
    QVERIFY(viewport->zoom() < wide);

    // Once the facilitator pans, a resize leaves the view where it is.
    viewport->panBy(30, 0);
    const qreal zoom = viewport->zoom();
    const QPointF origin = viewport->origin();
    viewport->setWidth(800);
    QCOMPARE(viewport->zoom(), zoom);
    QCOMPARE(viewport->origin(), origin);
}

void tst_CanvasController::fitKeepsClearOfOverlays_data()
{
    QTest::addColumn<QList<QRectF>>("overlays");
    QTest::addColumn<qreal>("minimumZoom");
    QTest::addColumn<qreal>("maximumZoom");
    QTest::addColumn<bool>("clear");
    // An 800 x 600 view and a 1000 x 500 board rectangle: 0.72 fills the view's width less
    // its 40 px margins.
    QTest::newRow("none") << QList<QRectF>() << 0.72 << 0.72 << true;
    QTest::newRow("timer in a free corner")
        << QList<QRectF> {QRectF(588, 12, 200, 60)} << 0.72 << 0.72 << true;
    // The presentation legend, bottom left: the board moves up rather than shrinking to
    // the centred size that misses it.
    QTest::newRow("legend") << QList<QRectF> {QRectF(12, 380, 400, 200)} << 0.6 << 0.7 << true;
    QTest::newRow("legend, timer and minimap")
        << QList<QRectF> {QRectF(12, 380, 400, 200), QRectF(588, 12, 200, 60),
                          QRectF(588, 462, 200, 126)}
        << 0.4 << 0.7 << true;
    // Nowhere to go: the overlays are ignored rather than the board made tiny.
    QTest::newRow("covered") << QList<QRectF> {QRectF(0, 0, 800, 600)} << 0.72 << 0.72 << false;
}

void tst_CanvasController::fitKeepsClearOfOverlays()
{
    QFETCH(QList<QRectF>, overlays);
    QFETCH(qreal, minimumZoom);
    QFETCH(qreal, maximumZoom);
    QFETCH(bool, clear);
    Viewport viewport;
    viewport.setWidth(800);
    viewport.setHeight(600);
    viewport.setOverlays(overlays);
    const QRectF board(-300, 200, 1000, 500);
    viewport.fitRect(board);
    QVERIFY2(viewport.zoom() >= minimumZoom - 1e-9 && viewport.zoom() <= maximumZoom + 1e-9,
             qPrintable(QString::number(viewport.zoom())));
    const QPointF topLeft = viewport.mapFromBoard(board.left(), board.top());
    const QRectF onScreen(topLeft, board.size() * viewport.zoom());
    QVERIFY(QRectF(39.9, 39.9, 720.2, 520.2).contains(onScreen));
    for (const QRectF &overlay : std::as_const(overlays))
        QCOMPARE(!overlay.intersects(onScreen), clear);
}

void tst_CanvasController::revealNoteSelectsAndShows()
{
    const Note *note = noteByText(m_controller->board(), QStringLiteral("Notification Sent"));
    m_controller->viewport()->setZoom(0.2);
    m_controller->revealNote(note->id.toString());
    QCOMPARE(m_controller->selection()->notes(), QList<QUuid> {note->id});
    QVERIFY(m_controller->viewport()->showsDetail());
    QVERIFY(m_controller->viewport()->visibleRect().contains(note->geometry));
}

void tst_CanvasController::editingFollowsTheNote()
{
    const Note *note = noteByText(m_controller->board(), QStringLiteral("Place Order"));
    QSignalSpy editing(m_controller.get(), &CanvasController::editingNoteChanged);
    QSignalSpy rect(m_controller.get(), &CanvasController::editingRectChanged);
    m_controller->startEditing(note->id.toString());
    QCOMPARE(editing.count(), 1);
    QCOMPARE(m_controller->editingRect(), note->geometry);
    m_controller->document()->moveNotes({note->id}, {30, 0});
    QCOMPARE(m_controller->editingRect(), note->geometry);
    QCOMPARE(rect.count(), 2);
    m_controller->document()->removeNotes({note->id});
    QVERIFY(m_controller->editingNote().isNull());
    QCOMPARE(editing.count(), 2);
}

void tst_CanvasController::anotherBoardResetsTheCanvas()
{
    const Note *note = noteByText(m_controller->board(), QStringLiteral("Place Order"));
    m_controller->selection()->selectNotes({note->id});
    QSignalSpy boardChanged(m_controller.get(), &CanvasController::boardChanged);
    QVERIFY(m_workspace->newBoard().isEmpty());
    QCOMPARE(boardChanged.count(), 1);
    QVERIFY(m_controller->selection()->isEmpty());
    QCOMPARE(m_controller->visibleNotes()->activeCount(), 0);
    QCOMPARE(m_controller->noteIndex().count(), 0);
    const QUuid added = m_controller->document()->addNote(NoteKind::Policy, {100, 100});
    QVERIFY(m_controller->visibleNotes()->rowOf(added) >= 0);
}

void tst_CanvasController::labelCentre_data()
{
    QTest::addColumn<QLineF>("line");
    QTest::addColumn<QList<QRectF>>("avoid");
    QTest::addColumn<QList<QRectF>>("placed");
    QTest::addColumn<QPointF>("expected");
    // Every label here is 100 x 20.
    const QLineF flat(0, 0, 400, 0);
    QTest::newRow("middle of the line")
        << flat << QList<QRectF>() << QList<QRectF>() << QPointF(200, 0);
    // A title bar over x 150..250: the first place along the line whose label (centre +-50)
    // misses it is t = 0.14.
    QTest::newRow("along the line, clear of a title bar")
        << flat << QList<QRectF> {QRectF(150, -20, 100, 40)} << QList<QRectF>() << QPointF(56, 0);
    // A short flat line already holding a label: the second stacks under it.
    QTest::newRow("stacked under a label")
        << QLineF(0, 0, 120, 0) << QList<QRectF>() << QList<QRectF> {QRectF(10, -10, 100, 20)}
        << QPointF(60, 22);
    // A short steep line holding a label centred on it: the next stands beside that one.
    QTest::newRow("beside a label on a steep line")
        << QLineF(0, 0, 0, 30) << QList<QRectF>() << QList<QRectF> {QRectF(-50, 5, 100, 20)}
        << QPointF(106, 15);
    // A steep line through a title bar: the label moves off the line, an edge against it.
    QTest::newRow("beside a steep line, clear of a title bar")
        << QLineF(0, 0, 0, 30) << QList<QRectF> {QRectF(-200, -30, 195, 90)} << QList<QRectF>()
        << QPointF(53, 15);
    // Nowhere free: the middle, as every place covers as much.
    QTest::newRow("nothing free") << flat << QList<QRectF> {QRectF(-1000, -1000, 2400, 2000)}
                                  << QList<QRectF>() << QPointF(200, 0);
}

void tst_CanvasController::labelCentre()
{
    QFETCH(QLineF, line);
    QFETCH(QList<QRectF>, avoid);
    QFETCH(QList<QRectF>, placed);
    QFETCH(QPointF, expected);
    const QPointF centre = CanvasGeometry::labelCentre(line, QSizeF(100, 20), avoid, placed);
    QCOMPARE(centre, expected);
}

void tst_CanvasController::relationshipLabelsKeepClear_data()
{
    QTest::addColumn<qreal>("zoom");
    QTest::addColumn<qreal>("fontScale");
    QTest::newRow("fit") << 0.25 << 1.0;
    QTest::newRow("half") << 0.5 << 1.0;
    QTest::newRow("1:1") << 1.0 << 1.0;
    QTest::newRow("presenting, fit") << 0.25 << 1.6;
}

void tst_CanvasController::relationshipLabelsKeepClear()
{
    // Regression: on the sample board the labels sat on the frames' title bars and on each
    // other (two relationships between the same two contexts).
    QFETCH(qreal, zoom);
    QFETCH(qreal, fontScale);
    m_controller->setFontScale(fontScale);
    m_controller->viewport()->setZoom(zoom);
    // Measured as BoardCanvas.qml draws a label: bold, 11 px x the font scale, padded 10 x 4.
    QFont font = QGuiApplication::font();
    font.setPixelSize(qRound(11 * fontScale));
    font.setBold(true);
    const QFontMetricsF metrics(font);
    const qreal title = m_controller->frameTitleHeight();
    QList<QRectF> titleBars;
    for (const BoundedContext &context : m_controller->board()->contexts()) {
        const QRectF &frame = context.geometry;
        titleBars.append(QRectF(frame.x(), frame.y() - title, frame.width(), title));
    }
    const QVariantList labels = m_controller->relationshipLabels();
    QCOMPARE(labels.size(), m_controller->board()->relationships().size());
    QList<QRectF> rects;
    for (const QVariant &value : labels) {
        const QVariantMap label = value.toMap();
        const QSizeF size((metrics.horizontalAdvance(label.value("text").toString()) + 10) / zoom,
                          (metrics.height() + 4) / zoom);
        const QPointF centre(label.value("x").toReal(), label.value("y").toReal());
        const QRectF rect(centre - QPointF(size.width() / 2, size.height() / 2), size);
        for (const QRectF &bar : titleBars)
            QVERIFY2(!rect.intersects(bar), qPrintable(label.value("text").toString()));
        for (const QRectF &other : rects)
            QVERIFY2(!rect.intersects(other), qPrintable(label.value("text").toString()));
        rects.append(rect);
    }
}

void tst_CanvasController::relationshipLabelsFollowZoomAndFontScale()
{
    QSignalSpy changed(m_controller.get(), &CanvasController::relationshipLabelsChanged);
    m_controller->viewport()->panBy(40, 30);
    QCOMPARE(changed.count(), 0); // a pan keeps them where they are
    m_controller->viewport()->setZoom(0.5);
    QCOMPARE(changed.count(), 1);
    m_controller->setFontScale(1.6);
    QCOMPARE(changed.count(), 2);
    m_controller->setFontScale(1.6);
    QCOMPARE(changed.count(), 2);
}

QTEST_MAIN(tst_CanvasController)
#include "tst_canvascontroller.moc"
