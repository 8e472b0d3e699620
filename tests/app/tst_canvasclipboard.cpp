#include "canvastestsupport.h"

#include "canvas/canvasclipboard.h"

using namespace Seams;
using namespace Seams::TestSupport;

class tst_CanvasClipboard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTrip();
    void fromMimeData_data();
    void fromMimeData();
    void renewKeepsFragmentConnected();
};

void tst_CanvasClipboard::roundTrip()
{
    Board board;
    QVERIFY(loadSample(&board));
    const Note *aggregate = noteByText(&board, QStringLiteral("Order"));
    const Note *item = noteByText(&board, QStringLiteral("OrderItem"));
    const Note *command = noteByText(&board, QStringLiteral("Place Order"));
    const Note *event = noteByText(&board, QStringLiteral("Order Placed"));
    const NoteFragment fragment
        = CanvasClipboard::fragment(board, {command->id, event->id, aggregate->id, item->id});
    QCOMPARE(fragment.notes.size(), 4);
    QCOMPARE(fragment.links.size(), 1); // only the arrow between two copied notes
    for (const Note &note : fragment.notes)
        QVERIFY(note.contextId.isNull());

    const auto data = CanvasClipboard::toMimeData(fragment);
    QString error;
    const std::optional<NoteFragment> back
        = CanvasClipboard::fromMimeData(*data, NoteKind::DomainEvent, &error);
    QVERIFY2(back, qPrintable(error));
    QCOMPARE(back->notes.size(), 4);
    QCOMPARE(back->links.size(), 1);
    QCOMPARE(back->bounds(), fragment.bounds());
    const auto copied = std::find_if(back->notes.cbegin(), back->notes.cend(),
                                     [&](const Note &note) { return note.id == aggregate->id; });
    QVERIFY(copied != back->notes.cend());
    QCOMPARE(copied->fields, aggregate->fields);
    QCOMPARE(data->text(), QStringLiteral("Order\nPlace Order\nOrder Placed\nOrderItem"));
}

void tst_CanvasClipboard::fromMimeData_data()
{
    QTest::addColumn<QByteArray>("fragment");
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("notes");
    QTest::addColumn<QString>("error");
    QTest::newRow("lines") << QByteArray() << "a\nb\r\n\n c \n" << 3 << "";
    QTest::newRow("whitespace only") << QByteArray() << " \n\t\n" << -1 << "";
    QTest::newRow("nothing") << QByteArray() << QString() << -1 << "";
    QTest::newRow("a book is capped")
        << QByteArray() << QString("line\n").repeated(2000) << 500 << "";
    QTest::newRow("unicode and markup")
        << QByteArray() << QStringLiteral("注文 {\"x\": 1}; #tag") << 1 << "";
    QTest::newRow("broken json") << QByteArray("{\"notes\": [") << "ignored" << -1
                                 << "cannot be pasted";
    QTest::newRow("not a board") << QByteArray("[1, 2, 3]") << "ignored" << -1
                                 << "cannot be pasted";
    QTest::newRow("newer version")
        << QByteArray("{\"version\": 999}") << "ignored" << -1 << "cannot be pasted";
}

void tst_CanvasClipboard::fromMimeData()
{
    QFETCH(QByteArray, fragment);
    QFETCH(QString, text);
    QFETCH(int, notes);
    QFETCH(QString, error);
    QMimeData data;
    if (!fragment.isNull())
        data.setData(QLatin1String(CanvasClipboard::mimeType), fragment);
    if (!text.isNull())
        data.setText(text);
    QString message;
    const std::optional<NoteFragment> result
        = CanvasClipboard::fromMimeData(data, NoteKind::Command, &message);
    if (notes < 0) {
        QVERIFY(!result);
        if (error.isEmpty())
            QVERIFY(message.isEmpty());
        else
            QVERIFY2(message.contains(error), qPrintable(message));
        return;
    }
    QVERIFY(result);
    QCOMPARE(result->notes.size(), notes);
    for (const Note &note : result->notes) {
        QCOMPARE(note.kind, NoteKind::Command);
        QVERIFY(!note.text.isEmpty());
        QCOMPARE(note.text, note.text.trimmed());
    }
}

void tst_CanvasClipboard::renewKeepsFragmentConnected()
{
    Board board;
    QVERIFY(loadSample(&board));
    const Note *order = noteByText(&board, QStringLiteral("Order"));
    const Note *item = noteByText(&board, QStringLiteral("OrderItem"));
    // OrderItem's fields refer to Order in the sample.
    const auto reference = std::find_if(item->fields.cbegin(), item->fields.cend(),
                                        [&](const Field &f) { return f.reference == order->id; });
    QVERIFY(reference != item->fields.cend());

    NoteFragment both = CanvasClipboard::fragment(board, {order->id, item->id});
    both.renew(board);
    QVERIFY(both.notes.at(0).id != order->id && both.notes.at(0).id != item->id);
    const Note &renewedItem
        = both.notes.at(0).text == QLatin1String("OrderItem") ? both.notes.at(0) : both.notes.at(1);
    const Note &renewedOrder
        = both.notes.at(0).text == QLatin1String("Order") ? both.notes.at(0) : both.notes.at(1);
    QVERIFY(std::any_of(renewedItem.fields.cbegin(), renewedItem.fields.cend(),
                        [&](const Field &f) { return f.reference == renewedOrder.id; }));

    // Alone, the item keeps pointing at the Order of this board...
    NoteFragment alone = CanvasClipboard::fragment(board, {item->id});
    alone.renew(board);
    QVERIFY(std::any_of(alone.notes.first().fields.cbegin(), alone.notes.first().fields.cend(),
                        [&](const Field &f) { return f.reference == order->id; }));
    // ...and in another board, where no such aggregate exists, the reference is dropped.
    NoteFragment elsewhere = CanvasClipboard::fragment(board, {item->id});
    elsewhere.renew(Board());
    for (const Field &field : elsewhere.notes.first().fields)
        QVERIFY(field.reference.isNull());
}

QTEST_MAIN(tst_CanvasClipboard)
#include "tst_canvasclipboard.moc"
