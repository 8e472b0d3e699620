#include "canvastestsupport.h"

#include "canvas/notelistmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>

using namespace Seams;
using namespace Seams::TestSupport;

class tst_NoteListModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void search_data();
    void search();
    void readingOrderAndStepping();
    void followsEditsOncePerPass();
    void hotspots();

private:
    Board m_board;
};

void tst_NoteListModel::init()
{
    m_board.assign(Board());
    QVERIFY(loadSample(&m_board));
}

void tst_NoteListModel::search_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("empty finds nothing") << "" << QStringList {};
    QTest::newRow("blank finds nothing") << "   " << QStringList {};
    QTest::newRow("case-insensitive")
        << "invoice" << QStringList {"Invoice Issued", "Issue Invoice", "Invoice"};
    QTest::newRow("field names too") << "shipped_at" << QStringList {"Order Shipped"};
    QTest::newRow("punctuation") << "customer's"
                                 << QStringList {"Who owns the customer's address: Order or User?"};
    QTest::newRow("no match") << "kafka" << QStringList {};
}

void tst_NoteListModel::search()
{
    QFETCH(QString, query);
    QFETCH(QStringList, expected);
    NoteListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setBoard(&m_board);
    QSignalSpy ids(&model, &NoteListModel::idsChanged);
    model.setQuery(query);
    QStringList texts;
    for (int row = 0; row < model.rowCount(); ++row)
        texts.append(model.index(row).data(NoteListModel::TextRole).toString());
    QCOMPARE(QSet<QString>(texts.cbegin(), texts.cend()),
             QSet<QString>(expected.cbegin(), expected.cend()));
    QCOMPARE(model.count(), expected.size());
    QCOMPARE(ids.count(), expected.isEmpty() ? 0 : 1);
}

void tst_NoteListModel::readingOrderAndStepping()
{
    NoteListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setBoard(&m_board);
    model.setQuery(QStringLiteral("payment"));
    // Top to bottom, then left to right.
    QList<QPointF> positions;
    for (int row = 0; row < model.count(); ++row)
        positions.append(m_board.note(QUuid(model.idAt(row)))->geometry.topLeft());
    for (int i = 1; i < positions.size(); ++i) {
        QVERIFY(positions.at(i - 1).y() < positions.at(i).y()
                || (positions.at(i - 1).y() == positions.at(i).y()
                    && positions.at(i - 1).x() <= positions.at(i).x()));
    }
    QCOMPARE(model.currentIndex(), -1);
    QCOMPARE(model.next(), model.idAt(0));
    QCOMPARE(model.next(), model.idAt(1));
    QCOMPARE(model.previous(), model.idAt(0));
    QCOMPARE(model.previous(), model.idAt(model.count() - 1)); // wraps around
    // The first match is "Payment provider", above every frame; the next is in Payment.
    QCOMPARE(model.index(0).data(NoteListModel::TextRole).toString(), "Payment provider");
    QCOMPARE(model.index(0).data(NoteListModel::ContextNameRole).toString(), QString());
    QCOMPARE(model.index(1).data(NoteListModel::ContextNameRole).toString(), "Payment Context");
}

void tst_NoteListModel::followsEditsOncePerPass()
{
    NoteListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setBoard(&m_board);
    model.setQuery(QStringLiteral("refund"));
    const int before = model.count();
    QCOMPARE(before, 3);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    // Several edits in a row: one rebuild at the next event-loop pass.
    Note note;
    note.id = QUuid::createUuid();
    note.text = QStringLiteral("Refund Requested");
    note.geometry = QRectF(0, 2000, 140, 100);
    m_board.insertNote(note);
    m_board.setNoteText(note.id, QStringLiteral("Refund Asked"));
    m_board.takeNote(QUuid(model.idAt(0)));
    QCOMPARE(reset.count(), 0);
    QTRY_COMPARE(reset.count(), 1);
    QCOMPARE(model.count(), before);
    QVERIFY(model.idAt(model.count() - 1) == note.id.toString(QUuid::WithoutBraces));
}

void tst_NoteListModel::hotspots()
{
    NoteListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setKindFilter(NoteKind::Hotspot);
    model.setBoard(&m_board);
    QCOMPARE(model.count(), 2);
    for (int row = 0; row < model.count(); ++row)
        QCOMPARE(model.index(row).data(NoteListModel::KindRole).toInt(), int(NoteKind::Hotspot));
    // A note turned into a hotspot joins the list.
    const QUuid id = noteByText(&m_board, QStringLiteral("Order History"))->id;
    m_board.setNoteKind(id, NoteKind::Hotspot);
    QTRY_COMPARE(model.count(), 3);
    model.setQuery(QStringLiteral("history"));
    QCOMPARE(model.count(), 1);
}

QTEST_GUILESS_MAIN(tst_NoteListModel)
#include "tst_notelistmodel.moc"
