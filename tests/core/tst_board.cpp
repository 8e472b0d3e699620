#include "model/board.h"
#include "testsupport.h"

#include <QSignalSpy>
#include <QTest>

using namespace Seams;
using Seams::TestSupport::testId;

using NoteEdit = std::function<void(Board &, const QUuid &)>;
Q_DECLARE_METATYPE(NoteEdit)

namespace {

constexpr qint64 clockStart = 1'000'000;

Note makeNote(int number, const QPointF &position, const QUuid &contextId = {},
              NoteKind kind = NoteKind::DomainEvent)
{
    Note note;
    note.id = testId(0xa, number);
    note.kind = kind;
    note.text = QStringLiteral("note %1").arg(number);
    note.geometry = QRectF(position, QSizeF(140, 100));
    note.contextId = contextId;
    note.createdAt = clockStart;
    note.updatedAt = clockStart;
    return note;
}

BoundedContext makeContext(int number, const QString &name, const QRectF &geometry)
{
    BoundedContext context;
    context.id = testId(0xc, number);
    context.name = name;
    context.geometry = geometry;
    context.color = QColor(0x4e, 0x79, 0xa7);
    return context;
}

/** One note, one context, one link, one relationship; a clock that ticks on each read. */
void buildSmallBoard(Board *board)
{
    board->setClock([tick = clockStart]() mutable { return ++tick; });
    board->insertContext(makeContext(1, QStringLiteral("Order"), QRectF(0, 0, 500, 500)));
    board->insertContext(makeContext(2, QStringLiteral("Payment"), QRectF(600, 0, 500, 500)));
    board->insertNote(makeNote(1, {10, 10}, testId(0xc, 1)));
    board->insertNote(makeNote(2, {100, 10}, testId(0xc, 1)));
    board->insertLink(Link {testId(0xb, 1), testId(0xa, 1), testId(0xa, 2), {}});
    Relationship relationship;
    relationship.id = testId(0xd, 1);
    relationship.upstreamId = testId(0xc, 1);
    relationship.downstreamId = testId(0xc, 2);
    board->insertRelationship(relationship);
}

} // namespace

class tst_Board : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void noteSetters_data();
    void noteSetters();
    void contextSetters_data();
    void contextSetters();
    void linkAndRelationshipSetters();
    void nameAndSettings();
    void addAndTake();
    void sortedNotesById();
    void notesInContextTimelineOrder();
    void notesOfKindTimelineOrder();
    void sortedContextsByName();
    void contextAt_data();
    void contextAt();
    void membersLinksAndRelationshipsOf();
    void maxZ();
    void hasSameContent_data();
    void hasSameContent();
    void assignEmitsReset();
    void coloursKeepTheStoredPrecision();
};

void tst_Board::noteSetters_data()
{
    QTest::addColumn<NoteEdit>("edit");
    QTest::addColumn<int>("change");
    QTest::newRow("text") << NoteEdit([](Board &b, const QUuid &id) {
        b.setNoteText(id, QStringLiteral("changed"));
    }) << int(NoteChange::Text);
    QTest::newRow("kind") << NoteEdit([](Board &b, const QUuid &id) {
        b.setNoteKind(id, NoteKind::Hotspot);
    }) << int(NoteChange::Kind);
    QTest::newRow("geometry") << NoteEdit([](Board &b, const QUuid &id) {
        b.setNoteGeometry(id, QRectF(1, 2, 3, 4));
    }) << int(NoteChange::Geometry);
    QTest::newRow("z") << NoteEdit([](Board &b, const QUuid &id) { b.setNoteZ(id, 17); })
                       << int(NoteChange::Z);
    QTest::newRow("context") << NoteEdit([](Board &b, const QUuid &id) {
        b.setNoteContext(id, testId(0xc, 2));
    }) << int(NoteChange::Context);
    QTest::newRow("no context") << NoteEdit([](Board &b, const QUuid &id) {
        b.setNoteContext(id, QUuid());
    }) << int(NoteChange::Context);
    QTest::newRow("fields") << NoteEdit([](Board &b, const QUuid &id) {
        b.setNoteFields(id, {Field {QStringLiteral("id"), FieldType::Uuid, false, {}, {}}});
    }) << int(NoteChange::Fields);
    QTest::newRow("http") << NoteEdit([](Board &b, const QUuid &id) {
        b.setNoteHttp(id, {QStringLiteral("GET"), QStringLiteral("/x")});
    }) << int(NoteChange::Http);
}

void tst_Board::noteSetters()
{
    QFETCH(NoteEdit, edit);
    QFETCH(int, change);
    Board board;
    buildSmallBoard(&board);
    const QUuid id = testId(0xa, 1);
    const Note before = *board.note(id);
    QSignalSpy changed(&board, &Board::noteChanged);
    QSignalSpy anyAdded(&board, &Board::noteAdded);

    edit(board, id);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.first().at(0).value<QUuid>(), id);
    QCOMPARE(int(changed.first().at(1).value<NoteChanges>()), change);
    QVERIFY(!(*board.note(id) == before));
    QVERIFY(board.note(id)->updatedAt > before.updatedAt); // stamped by the board's clock
    QCOMPARE(board.note(id)->createdAt, before.createdAt);
    QCOMPARE(board.note(testId(0xa, 2))->updatedAt, clockStart); // the other note untouched

    // The same value again: no signal, no new stamp.
    const Note after = *board.note(id);
    edit(board, id);
    QCOMPARE(changed.count(), 1);
    QVERIFY(*board.note(id) == after);
    QCOMPARE(anyAdded.count(), 0);
}

void tst_Board::contextSetters_data()
{
    QTest::addColumn<NoteEdit>("edit");
    QTest::addColumn<int>("change");
    QTest::newRow("name") << NoteEdit([](Board &b, const QUuid &id) {
        b.setContextName(id, QStringLiteral("Ordering"));
    }) << int(ContextChange::Name);
    QTest::newRow("geometry") << NoteEdit([](Board &b, const QUuid &id) {
        b.setContextGeometry(id, QRectF(0, 0, 50, 50));
    }) << int(ContextChange::Geometry);
    QTest::newRow("color") << NoteEdit([](Board &b, const QUuid &id) {
        b.setContextColor(id, Qt::red);
    }) << int(ContextChange::Color);
    QTest::newRow("handoff") << NoteEdit([](Board &b, const QUuid &id) {
        Handoff handoff;
        handoff.status = MigrationStatus::Extracted;
        handoff.wave = 1;
        b.setContextHandoff(id, handoff);
    }) << int(ContextChange::Handoff);
}

void tst_Board::contextSetters()
{
    QFETCH(NoteEdit, edit);
    QFETCH(int, change);
    Board board;
    buildSmallBoard(&board);
    const QUuid id = testId(0xc, 1);
    const BoundedContext before = *board.context(id);
    QSignalSpy changed(&board, &Board::contextChanged);
    QSignalSpy notesChanged(&board, &Board::noteChanged);
    edit(board, id);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.first().at(0).value<QUuid>(), id);
    QCOMPARE(int(changed.first().at(1).value<ContextChanges>()), change);
    QVERIFY(!(*board.context(id) == before));
    QCOMPARE(*board.context(testId(0xc, 2)),
             makeContext(2, QStringLiteral("Payment"), QRectF(600, 0, 500, 500)));
    edit(board, id);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(notesChanged.count(), 0); // a frame change never touches its members
}

void tst_Board::linkAndRelationshipSetters()
{
    Board board;
    buildSmallBoard(&board);
    QSignalSpy linkChanged(&board, &Board::linkChanged);
    QSignalSpy relationshipChanged(&board, &Board::relationshipChanged);
    Link link = *board.link(testId(0xb, 1));
    link.label = QStringLiteral("emits");
    board.setLink(link);
    board.setLink(link);
    QCOMPARE(linkChanged.count(), 1);
    QCOMPARE(linkChanged.first().at(0).value<QUuid>(), link.id);
    QCOMPARE(board.link(link.id)->label, QStringLiteral("emits"));

    Relationship relationship = *board.relationship(testId(0xd, 1));
    relationship.sync = DataSync::ReadReplica;
    board.setRelationship(relationship);
    board.setRelationship(relationship);
    QCOMPARE(relationshipChanged.count(), 1);
    QCOMPARE(board.relationship(relationship.id)->sync, DataSync::ReadReplica);
}

void tst_Board::nameAndSettings()
{
    Board board;
    QSignalSpy nameChanged(&board, &Board::nameChanged);
    QSignalSpy settingsChanged(&board, &Board::settingsChanged);
    board.setName(QStringLiteral("Shop"));
    board.setName(QStringLiteral("Shop"));
    QCOMPARE(nameChanged.count(), 1);
    QCOMPARE(board.name(), QStringLiteral("Shop"));
    BoardSettings settings;
    board.setSettings(settings);
    QCOMPARE(settingsChanged.count(), 0); // the defaults already
    settings.jwtEnabled = false;
    board.setSettings(settings);
    board.setSettings(settings);
    QCOMPARE(settingsChanged.count(), 1);
    QCOMPARE(board.settings().jwtEnabled, false);
}

void tst_Board::addAndTake()
{
    Board board;
    QSignalSpy noteAdded(&board, &Board::noteAdded);
    QSignalSpy noteRemoved(&board, &Board::noteRemoved);
    QSignalSpy contextAdded(&board, &Board::contextAdded);
    QSignalSpy contextRemoved(&board, &Board::contextRemoved);
    QSignalSpy linkAdded(&board, &Board::linkAdded);
    QSignalSpy linkRemoved(&board, &Board::linkRemoved);
    QSignalSpy relationshipAdded(&board, &Board::relationshipAdded);
    QSignalSpy relationshipRemoved(&board, &Board::relationshipRemoved);
    buildSmallBoard(&board);
    QCOMPARE(noteAdded.count(), 2);
    QCOMPARE(noteAdded.at(1).at(0).value<QUuid>(), testId(0xa, 2));
    QCOMPARE(contextAdded.count(), 2);
    QCOMPARE(linkAdded.count(), 1);
    QCOMPARE(relationshipAdded.count(), 1);
    QCOMPARE(board.noteCount(), 2);

    const Note note = board.takeNote(testId(0xa, 1));
    QCOMPARE(note, makeNote(1, {10, 10}, testId(0xc, 1)));
    QCOMPARE(noteRemoved.count(), 1);
    QCOMPARE(noteRemoved.first().at(0).value<QUuid>(), note.id);
    QVERIFY(!board.containsNote(note.id));
    QCOMPARE(board.note(note.id), nullptr);
    QCOMPARE(board.takeLink(testId(0xb, 1)).targetId, testId(0xa, 2));
    QCOMPARE(linkRemoved.count(), 1);
    QCOMPARE(board.takeRelationship(testId(0xd, 1)).downstreamId, testId(0xc, 2));
    QCOMPARE(relationshipRemoved.count(), 1);
    QCOMPARE(board.takeContext(testId(0xc, 2)).name, QStringLiteral("Payment"));
    QCOMPARE(contextRemoved.count(), 1);
    QCOMPARE(board.context(testId(0xc, 2)), nullptr);
}

void tst_Board::sortedNotesById()
{
    Board board;
    for (int number : {9, 3, 12, 1, 7})
        board.insertNote(makeNote(number, {double(number), 0}));
    QList<int> order;
    for (const Note *note : board.sortedNotes())
        order.append(int(note->id.data4[7]));
    QCOMPARE(order, (QList<int> {1, 3, 7, 9, 12}));
}

void tst_Board::notesInContextTimelineOrder()
{
    Board board;
    const QUuid order = testId(0xc, 1);
    board.insertContext(makeContext(1, QStringLiteral("Order"), QRectF(0, 0, 2000, 2000)));
    // Left to right, then top to bottom, then by id for notes at the same spot.
    board.insertNote(makeNote(5, {300, 0}, order));
    board.insertNote(makeNote(4, {100, 200}, order));
    board.insertNote(makeNote(3, {100, 50}, order));
    board.insertNote(makeNote(2, {-20.5, 900}, order));
    board.insertNote(makeNote(7, {300, 0}, order));
    board.insertNote(makeNote(6, {300, 0}, order));
    board.insertNote(makeNote(1, {50, 50})); // outside
    board.insertNote(makeNote(8, {10, 10})); // outside
    QList<QUuid> ids;
    for (const Note *note : board.notesInContext(order))
        ids.append(note->id);
    QCOMPARE(ids,
             (QList<QUuid> {testId(0xa, 2), testId(0xa, 3), testId(0xa, 4), testId(0xa, 5),
                            testId(0xa, 6), testId(0xa, 7)}));
    ids.clear();
    for (const Note *note : board.notesInContext(QUuid()))
        ids.append(note->id);
    QCOMPARE(ids, (QList<QUuid> {testId(0xa, 8), testId(0xa, 1)}));
}

void tst_Board::notesOfKindTimelineOrder()
{
    Board board;
    board.insertNote(makeNote(1, {500, 0}, {}, NoteKind::Command));
    board.insertNote(makeNote(2, {100, 0}, {}, NoteKind::Command));
    board.insertNote(makeNote(3, {0, 0}, {}, NoteKind::Policy));
    board.insertNote(makeNote(4, {100, -50}, {}, NoteKind::Command));
    QList<QUuid> ids;
    for (const Note *note : board.notesOfKind(NoteKind::Command))
        ids.append(note->id);
    QCOMPARE(ids, (QList<QUuid> {testId(0xa, 4), testId(0xa, 2), testId(0xa, 1)}));
    QVERIFY(board.notesOfKind(NoteKind::Hotspot).isEmpty());
}

void tst_Board::sortedContextsByName()
{
    Board board;
    board.insertContext(makeContext(4, QStringLiteral("payment"), QRectF(0, 0, 10, 10)));
    board.insertContext(makeContext(2, QStringLiteral("Order"), QRectF(0, 0, 10, 10)));
    board.insertContext(makeContext(3, QStringLiteral("Catalog"), QRectF(0, 0, 10, 10)));
    board.insertContext(makeContext(1, QStringLiteral("order"), QRectF(0, 0, 10, 10)));
    QStringList names;
    QList<QUuid> ids;
    for (const BoundedContext *context : board.sortedContexts()) {
        names.append(context->name);
        ids.append(context->id);
    }
    QCOMPARE(names, (QStringList {"Catalog", "order", "Order", "payment"}));
    QCOMPARE(ids.at(1), testId(0xc, 1)); // equal names (ignoring case): by id
}

void tst_Board::contextAt_data()
{
    QTest::addColumn<QPointF>("point");
    QTest::addColumn<QList<int>>("excluded");
    QTest::addColumn<int>("expected"); // context number, 0 for none
    QTest::newRow("outside everything") << QPointF(5000, 5000) << QList<int> {} << 0;
    QTest::newRow("outer only") << QPointF(10, 10) << QList<int> {} << 1;
    QTest::newRow("middle") << QPointF(150, 150) << QList<int> {} << 2;
    QTest::newRow("innermost") << QPointF(250, 250) << QList<int> {} << 3;
    QTest::newRow("on the inner frame's edge") << QPointF(200, 200) << QList<int> {} << 3;
    QTest::newRow("innermost excluded") << QPointF(250, 250) << QList<int> {3} << 2;
    QTest::newRow("two excluded") << QPointF(250, 250) << QList<int> {3, 2} << 1;
    QTest::newRow("all excluded") << QPointF(250, 250) << QList<int> {1, 2, 3} << 0;
    QTest::newRow("equal frames: smaller id") << QPointF(1550, 50) << QList<int> {} << 4;
    QTest::newRow("equal frames, one excluded") << QPointF(1550, 50) << QList<int> {4} << 5;
}

void tst_Board::contextAt()
{
    QFETCH(QPointF, point);
    QFETCH(QList<int>, excluded);
    QFETCH(int, expected);
    Board board;
    board.insertContext(makeContext(1, QStringLiteral("Outer"), QRectF(0, 0, 1000, 1000)));
    board.insertContext(makeContext(3, QStringLiteral("Inner"), QRectF(200, 200, 100, 100)));
    board.insertContext(makeContext(2, QStringLiteral("Middle"), QRectF(100, 100, 500, 500)));
    board.insertContext(makeContext(5, QStringLiteral("Twin B"), QRectF(1500, 0, 100, 100)));
    board.insertContext(makeContext(4, QStringLiteral("Twin A"), QRectF(1500, 0, 100, 100)));
    QSet<QUuid> excludedIds;
    for (int number : excluded)
        excludedIds.insert(testId(0xc, number));
    QCOMPARE(board.contextAt(point, excludedIds), expected ? testId(0xc, expected) : QUuid());
}

void tst_Board::membersLinksAndRelationshipsOf()
{
    Board board;
    buildSmallBoard(&board);
    board.insertNote(makeNote(3, {700, 10}, testId(0xc, 2)));
    board.insertNote(makeNote(4, {9000, 10}));
    QCOMPARE(board.memberIds(testId(0xc, 1)), (QList<QUuid> {testId(0xa, 1), testId(0xa, 2)}));
    QCOMPARE(board.memberIds(testId(0xc, 2)), QList<QUuid> {testId(0xa, 3)});
    QCOMPARE(board.memberIds(QUuid()), QList<QUuid> {testId(0xa, 4)});
    QCOMPARE(board.linksOf(testId(0xa, 1)), QList<QUuid> {testId(0xb, 1)});
    QCOMPARE(board.linksOf(testId(0xa, 2)), QList<QUuid> {testId(0xb, 1)});
    QVERIFY(board.linksOf(testId(0xa, 3)).isEmpty());
    QCOMPARE(board.relationshipsOf(testId(0xc, 2)), QList<QUuid> {testId(0xd, 1)});
    QVERIFY(board.relationshipsOf(testId(0xc, 9)).isEmpty());
}

void tst_Board::maxZ()
{
    Board board;
    QCOMPARE(board.maxZ(), 0);
    Note note = makeNote(1, {0, 0});
    note.z = -4;
    board.insertNote(note);
    QCOMPARE(board.maxZ(), 0); // an empty stack starts at 0: new notes go on top of it
    note = makeNote(2, {0, 0});
    note.z = 12;
    board.insertNote(note);
    QCOMPARE(board.maxZ(), 12);
}

void tst_Board::hasSameContent_data()
{
    QTest::addColumn<NoteEdit>("edit");
    QTest::addColumn<bool>("same");
    const NoteEdit nothing = [](Board &, const QUuid &) {
    };
    QTest::newRow("identical copy") << nothing << true;
    QTest::newRow("only updatedAt differs") << NoteEdit([](Board &b, const QUuid &id) {
        Note note = b.takeNote(id);
        note.updatedAt += 1000;
        b.insertNote(note);
    }) << true;
    QTest::newRow("createdAt differs") << NoteEdit([](Board &b, const QUuid &id) {
        Note note = b.takeNote(id);
        note.createdAt += 1;
        b.insertNote(note);
    }) << false;
    QTest::newRow("note text") << NoteEdit([](Board &b, const QUuid &id) {
        b.setNoteText(id, QStringLiteral("x"));
    }) << false;
    QTest::newRow("link removed") << NoteEdit([](Board &b, const QUuid &) {
        b.takeLink(testId(0xb, 1));
    }) << false;
    QTest::newRow("extra note") << NoteEdit([](Board &b, const QUuid &) {
        b.insertNote(makeNote(9, {0, 0}));
    }) << false;
    QTest::newRow("note swapped for another id") << NoteEdit([](Board &b, const QUuid &) {
        Note note = b.takeNote(testId(0xa, 2));
        note.id = testId(0xa, 3);
        b.insertNote(note);
    }) << false;
    QTest::newRow("context colour")
        << NoteEdit([](Board &b, const QUuid &) { b.setContextColor(testId(0xc, 1), Qt::green); })
        << false;
    QTest::newRow("relationship") << NoteEdit([](Board &b, const QUuid &) {
        Relationship r = *b.relationship(testId(0xd, 1));
        r.description = QStringLiteral("x");
        b.setRelationship(r);
    }) << false;
    QTest::newRow("name") << NoteEdit([](Board &b, const QUuid &) {
        b.setName(QStringLiteral("other"));
    }) << false;
    QTest::newRow("settings extra") << NoteEdit([](Board &b, const QUuid &) {
        BoardSettings settings = b.settings();
        settings.extra.insert(QStringLiteral("future"), 1);
        b.setSettings(settings);
    }) << false;
}

void tst_Board::hasSameContent()
{
    QFETCH(NoteEdit, edit);
    QFETCH(bool, same);
    Board board;
    buildSmallBoard(&board);
    Board copy;
    copy.assign(board);
    edit(copy, testId(0xa, 1));
    QCOMPARE(board.hasSameContent(copy), same);
    QCOMPARE(copy.hasSameContent(board), same);
}

void tst_Board::assignEmitsReset()
{
    Board source;
    buildSmallBoard(&source);
    Board board;
    QSignalSpy reset(&board, &Board::reset);
    QSignalSpy added(&board, &Board::noteAdded);
    board.assign(source);
    QCOMPARE(reset.count(), 1);
    QCOMPARE(added.count(), 0); // one reset, not thousands of fine-grained signals
    QVERIFY(board.hasSameContent(source));
    QVERIFY(board.notes() == source.notes());
}

void tst_Board::coloursKeepTheStoredPrecision()
{
    // Regression: a colour made with fromHsv() (the generator's) differed from itself after
    // a trip through the file (#rrggbb) and compared unequal to the same colour in Rgb.
    Board board;
    BoundedContext context = makeContext(1, QStringLiteral("Order"), QRectF(0, 0, 10, 10));
    context.color = QColor::fromHsv(47, 90, 200);
    board.insertContext(context);
    const QColor stored = board.context(context.id)->color;
    QCOMPARE(stored.spec(), QColor::Rgb);
    QCOMPARE(stored, QColor::fromString(context.color.name()));
    QSignalSpy changed(&board, &Board::contextChanged);
    board.setContextColor(context.id, QColor::fromString(context.color.name()).toHsv());
    QCOMPARE(changed.count(), 0); // the same colour, written another way
    board.setContextColor(context.id, QColor::fromHsl(200, 100, 100, 128));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(board.context(context.id)->color.spec(), QColor::Rgb);
    QCOMPARE(board.context(context.id)->color.alpha(), 128);
}

QTEST_GUILESS_MAIN(tst_Board)
#include "tst_board.moc"
