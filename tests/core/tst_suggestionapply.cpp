#include "analysis/modulegraph.h"
#include "analysis/modulerules.h"
#include "analysis/suggestion.h"
#include "analysis/suggestionapply.h"
#include "commands/document.h"
#include "storage/projectfile.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Seams;

namespace {

ModuleGraph shopGraph()
{
    ModuleGraph graph;
    const QStringList orders
        = {"shop.orders.order", "shop.orders.order_item", "shop.orders.shipping_address"};
    const QStringList payments
        = {"shop.payments.payment", "shop.payments.invoice", "shop.payments.refund"};
    for (const QStringList &group : {orders, payments}) {
        for (const QString &from : group) {
            for (const QString &to : group) {
                if (from != to)
                    graph.addDependency(from, to);
            }
        }
    }
    graph.addDependency("shop.payments.invoice", "shop.orders.order");
    graph.addModule("shop.tools.unused");
    graph.finish();
    return graph;
}

} // namespace

class tst_SuggestionApply : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void names_data();
    void names();
    void addsFramesAsOneUndoStep();
    void keepsExistingNamesApart();
    void commitsToTheProjectFile();
    void emptySuggestionChangesNothing();
};

void tst_SuggestionApply::names_data()
{
    QTest::addColumn<QString>("candidate");
    QTest::addColumn<QString>("context");
    QTest::newRow("package") << "shop.orders"
                             << "Orders Context";
    QTest::newRow("path") << "src/payment_gateway"
                          << "Payment Gateway Context";
    QTest::newRow("numbered") << "shop.orders (2)"
                              << "Orders Context 2";
    QTest::newRow("opaque") << "candidate 3"
                            << "Candidate 3 Context";
    QTest::newRow("no ascii") << QStringLiteral("注文") << "Suggested Context";
}

void tst_SuggestionApply::names()
{
    QFETCH(QString, candidate);
    QFETCH(QString, context);
    Candidate value;
    value.name = candidate;
    QCOMPARE(SuggestionApply::contextName(value), context);
    QCOMPARE(SuggestionApply::aggregateName("shop.orders.order_item"), QStringLiteral("OrderItem"));
    QCOMPARE(SuggestionApply::aggregateName("src/orders/OrderService"),
             QStringLiteral("OrderService"));
}

void tst_SuggestionApply::addsFramesAsOneUndoStep()
{
    const ModuleGraph graph = shopGraph();
    Suggestion suggestion;
    QString error;
    QVERIFY(Suggester::suggest(graph, SuggestOptions(), &suggestion, nullptr, &error));
    QCOMPARE(suggestion.candidates.size(), 3); // orders, payments, unconnected

    Document document;
    document.addContext("Existing", QRectF(0, 0, 400, 300));
    document.addNote(NoteKind::DomainEvent, QPointF(10, 10), "Order Placed");
    Board before;
    before.assign(*document.board());
    const int steps = document.undoStack()->count();

    const QList<QUuid> added = SuggestionApply::apply(&document, graph, suggestion);
    QCOMPARE(added.size(), 2);
    QCOMPARE(document.undoStack()->count(), steps + 1);
    const Board *board = document.board();
    QStringList names;
    for (const QUuid &id : added) {
        const BoundedContext *context = board->context(id);
        QVERIFY(context);
        names << context->name;
        // New frames sit below what was there.
        QVERIFY(context->geometry.top() > 300);
        const QList<QUuid> members = board->memberIds(id);
        QCOMPARE(members.size(), 3);
        for (const QUuid &member : members) {
            const Note *note = board->note(member);
            QCOMPARE(note->kind, NoteKind::Aggregate);
            QVERIFY(context->geometry.contains(note->geometry));
        }
    }
    names.sort();
    QCOMPARE(names, (QStringList {"Orders Context", "Payments Context"}));
    QCOMPARE(ModuleRules::fromSettings(board->settings()).size(), 2);

    document.undoStack()->undo();
    QVERIFY(document.board()->hasSameContent(before));
    document.undoStack()->redo();
    QCOMPARE(document.board()->contexts().size(), 3);
    QCOMPARE(document.board()->noteCount(), 7);
}

void tst_SuggestionApply::keepsExistingNamesApart()
{
    const ModuleGraph graph = shopGraph();
    Suggestion suggestion;
    QString error;
    QVERIFY(Suggester::suggest(graph, SuggestOptions(), &suggestion, nullptr, &error));
    Document document;
    document.addContext("Orders Context", QRectF(0, 0, 100, 100));
    SuggestionApply::apply(&document, graph, suggestion);
    QStringList names;
    for (const BoundedContext *context : document.board()->sortedContexts())
        names << context->name;
    QCOMPARE(names, (QStringList {"Orders Context", "Orders Context 2", "Payments Context"}));
}

void tst_SuggestionApply::commitsToTheProjectFile()
{
    QTemporaryDir folder;
    const QString path = folder.filePath("board.seams");
    StorageError storageError;
    Board empty;
    auto file = ProjectFile::create(path, empty, false, &storageError);
    QVERIFY2(file, qPrintable(storageError.message));
    {
        Document document;
        document.setProjectFile(std::move(file));
        const ModuleGraph graph = shopGraph();
        Suggestion suggestion;
        QString error;
        QVERIFY(Suggester::suggest(graph, SuggestOptions(), &suggestion, nullptr, &error));
        SuggestionApply::apply(&document, graph, suggestion);
        QVERIFY(document.commitError().isEmpty());
    }
    auto reopened = ProjectFile::open(path, ProjectFile::Access::ReadOnly, &storageError);
    QVERIFY2(reopened, qPrintable(storageError.message));
    Board board;
    QVERIFY(reopened->load(&board, &storageError));
    QCOMPARE(board.contexts().size(), 2);
    QCOMPARE(board.noteCount(), 6);
    QCOMPARE(ModuleRules::fromSettings(board.settings()).size(), 2);
}

void tst_SuggestionApply::emptySuggestionChangesNothing()
{
    Document document;
    const int steps = document.undoStack()->count();
    QVERIFY(SuggestionApply::apply(&document, ModuleGraph(), Suggestion()).isEmpty());
    QCOMPARE(document.undoStack()->count(), steps);
}

QTEST_GUILESS_MAIN(tst_SuggestionApply)
#include "tst_suggestionapply.moc"
