#include "contracttestdata.h"
#include "relationshiplookup.h"

#include "analysis/findings.h"
#include "model/board.h"

#include <QTest>

#include <functional>

using namespace Seams;

using BoardSetup = std::function<void(Board *)>;
Q_DECLARE_METATYPE(BoardSetup)
Q_DECLARE_METATYPE(Seams::Finding::Severity)

/** The "contract" area of `seams check` (core/analysis/contractrules.cpp). */
class tst_ContractRules : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void registered();
    void rule_data();
    void rule();
    void cleanBoardHasNoFindings();
    void sampleBoard();
    void hostileBoard();

private:
    static QList<Finding> contractFindings(const Board &board)
    {
        return Checks::run(board, {QStringLiteral("contract")});
    }
};

namespace {

QUuid id(int n)
{
    return QUuid::fromString(
        QStringLiteral("{00000000-0000-4000-8000-%1}").arg(n, 12, 10, QLatin1Char('0')));
}

void addContext(Board *board, int n, const QString &name)
{
    BoundedContext context;
    context.id = id(n);
    context.name = name;
    board->insertContext(context);
}

void addNote(Board *board, int n, NoteKind kind, const QString &text, int context,
             const HttpOverride &http = {}, const QList<Field> &fields = {})
{
    Note note;
    note.id = id(n);
    note.kind = kind;
    note.text = text;
    note.contextId = context ? id(context) : QUuid();
    note.http = http;
    note.fields = fields;
    note.geometry = QRectF(n * 200, 0, 100, 100);
    board->insertNote(note);
}

void addLink(Board *board, int n, int source, int target)
{
    board->insertLink(Link {id(n), id(source), id(target), QString()});
}

void orders(Board *board)
{
    addContext(board, 1, QStringLiteral("Order Context"));
    addContext(board, 2, QStringLiteral("Payment Context"));
}

} // namespace

void tst_ContractRules::registered()
{
    QVERIFY(Checks::areas().contains(QStringLiteral("contract")));
}

void tst_ContractRules::rule_data()
{
    QTest::addColumn<BoardSetup>("setup");
    QTest::addColumn<QString>("code");
    QTest::addColumn<Finding::Severity>("severity");
    QTest::addColumn<QStringList>("mentions");
    QTest::addColumn<QList<QUuid>>("items");

    QTest::newRow("unmappable command") << BoardSetup([](Board *b) {
        orders(b);
        addNote(b, 10, NoteKind::Command, QStringLiteral("Basket"), 1);
    }) << "contract.command-unmappable" << Finding::Severity::Error
                                        << QStringList {"Basket", "Order Context"}
                                        << QList<QUuid> {id(10), id(1)};
    QTest::newRow("unsupported method") << BoardSetup([](Board *b) {
        orders(b);
        addNote(b, 10, NoteKind::Command, QStringLiteral("Ship Order"), 1,
                HttpOverride {QStringLiteral("FETCH"), QString()});
    }) << "contract.unsupported-method" << Finding::Severity::Error
                                        << QStringList {"Ship Order", "Order Context", "FETCH"}
                                        << QList<QUuid> {id(10), id(1)};
    QTest::newRow("same method and path")
        << BoardSetup([](Board *b) {
               orders(b);
               addNote(b, 10, NoteKind::Command, QStringLiteral("Place Order"), 1);
               addNote(b, 11, NoteKind::Command, QStringLiteral("Create Order"), 1);
           })
        << "contract.duplicate-operation" << Finding::Severity::Error
        << QStringList {"Place Order", "Create Order", "Order Context", "POST /api/orders"}
        << QList<QUuid> {id(10), id(11)};
    QTest::newRow("same route with other template names")
        << BoardSetup([](Board *b) {
               orders(b);
               addNote(b, 10, NoteKind::Command, QStringLiteral("Update Order"), 1);
               addNote(b, 11, NoteKind::Command, QStringLiteral("Tweak Order"), 1,
                       HttpOverride {QStringLiteral("PATCH"), QStringLiteral("/api/orders/{id}")});
           })
        << "contract.duplicate-operation" << Finding::Severity::Error
        << QStringList {"Update Order", "Tweak Order"} << QList<QUuid> {id(10), id(11)};
    QTest::newRow("same route in two contexts") << BoardSetup([](Board *b) {
        orders(b);
        addNote(b, 10, NoteKind::Command, QStringLiteral("Place Order"), 1);
        addNote(b, 11, NoteKind::Command, QStringLiteral("Take Order"), 2,
                HttpOverride {QStringLiteral("POST"), QStringLiteral("/api/orders")});
    }) << "contract.duplicate-operation" << Finding::Severity::Error
                                                << QStringList {"Order Context", "Payment Context"}
                                                << QList<QUuid> {id(10), id(11)};
    QTest::newRow("event without context") << BoardSetup([](Board *b) {
        orders(b);
        addNote(b, 10, NoteKind::DomainEvent, QStringLiteral("Order Placed"), 0);
    }) << "contract.event-without-context" << Finding::Severity::Warning
                                           << QStringList {"Order Placed"} << QList<QUuid> {id(10)};
    QTest::newRow("command without context") << BoardSetup([](Board *b) {
        orders(b);
        addNote(b, 10, NoteKind::Command, QStringLiteral("Place Order"), 0);
    }) << "contract.command-without-context" << Finding::Severity::Warning
                                             << QStringList {"Place Order"}
                                             << QList<QUuid> {id(10)};
    QTest::newRow("subscriber without relationship")
        << BoardSetup([](Board *b) {
               orders(b);
               addNote(b, 10, NoteKind::DomainEvent, QStringLiteral("Order Placed"), 1);
               addNote(b, 11, NoteKind::Policy, QStringLiteral("Capture payment"), 2);
               addLink(b, 20, 10, 11);
           })
        << "contract.subscriber-without-relationship" << Finding::Severity::Warning
        << QStringList {"Order Placed", "Order Context", "Payment Context"}
        << QList<QUuid> {id(10), id(2), id(1)};
    QTest::newRow("subscriber with an api relationship only")
        << BoardSetup([](Board *b) {
               orders(b);
               addNote(b, 10, NoteKind::DomainEvent, QStringLiteral("Order Placed"), 1);
               addNote(b, 11, NoteKind::Policy, QStringLiteral("Capture payment"), 2);
               addLink(b, 20, 10, 11);
               b->insertRelationship(Relationship {id(30), id(1), id(2),
                                                   RelationshipPattern::CustomerSupplier,
                                                   DataSync::ApiCalls, QString()});
           })
        << "contract.subscriber-without-relationship" << Finding::Severity::Warning
        << QStringList {"Order Placed"} << QList<QUuid> {id(10), id(2), id(1)};
    QTest::newRow("subscriber upstream of the owner") << BoardSetup([](Board *b) {
        orders(b);
        addNote(b, 10, NoteKind::DomainEvent, QStringLiteral("Order Placed"), 1);
        addNote(b, 11, NoteKind::Policy, QStringLiteral("Capture payment"), 2);
        addLink(b, 20, 10, 11);
        b->insertRelationship(Relationship {id(30), id(2), id(1),
                                            RelationshipPattern::CustomerSupplier, DataSync::Events,
                                            QString()});
    }) << "contract.subscriber-without-relationship" << Finding::Severity::Warning
                                                      << QStringList {"Order Placed"}
                                                      << QList<QUuid> {id(10), id(2), id(1)};
    QTest::newRow("two events on one channel")
        << BoardSetup([](Board *b) {
               orders(b);
               addNote(b, 10, NoteKind::DomainEvent, QStringLiteral("Order Placed"), 1);
               addNote(b, 11, NoteKind::DomainEvent, QStringLiteral("order placed!"), 1);
           })
        << "contract.duplicate-channel" << Finding::Severity::Error
        << QStringList {"orders.placed", "Order Placed", "order placed!"}
        << QList<QUuid> {id(10), id(11)};
    QTest::newRow("unnamed read model") << BoardSetup([](Board *b) {
        orders(b);
        addNote(b, 10, NoteKind::ReadModel, QStringLiteral("???"), 1);
    }) << "contract.read-model-unnamed" << Finding::Severity::Warning
                                        << QStringList {"???", "Order Context"}
                                        << QList<QUuid> {id(10), id(1)};
    QTest::newRow("path cleaned") << BoardSetup([](Board *b) {
        orders(b);
        addNote(b, 10, NoteKind::Command, QStringLiteral("Ship Order"), 1,
                HttpOverride {QString(), QStringLiteral("/api/orders/{order id}/ship now")});
    }) << "contract.path-sanitized"
                                  << Finding::Severity::Warning
                                  << QStringList {"Ship Order", "/api/orders/{orderId}/ship%20now"}
                                  << QList<QUuid> {id(10)};
    QTest::newRow("path outside the prefixes")
        << BoardSetup([](Board *b) {
               orders(b);
               addNote(b, 10, NoteKind::Command, QStringLiteral("Ship Order"), 1,
                       HttpOverride {QString(), QStringLiteral("/api/orders-archive/ship")});
           })
        << "contract.path-outside-prefix" << Finding::Severity::Warning
        << QStringList {"Ship Order", "/api/orders-archive/ship", "/api/orders"}
        << QList<QUuid> {id(10)};
    QTest::newRow("field renamed") << BoardSetup([](Board *b) {
        orders(b);
        addNote(b, 10, NoteKind::Aggregate, QStringLiteral("Order"), 1, {},
                {Field {QStringLiteral("$ref"), FieldType::String, false, {}, {}}});
    }) << "contract.field-renamed" << Finding::Severity::Warning
                                   << QStringList {"$ref", "_ref", "Order"}
                                   << QList<QUuid> {id(10)};
}

void tst_ContractRules::rule()
{
    QFETCH(BoardSetup, setup);
    QFETCH(QString, code);
    QFETCH(Finding::Severity, severity);
    QFETCH(QStringList, mentions);
    QFETCH(QList<QUuid>, items);
    Board board;
    setup(&board);
    QList<Finding> findings;
    for (const Finding &finding : contractFindings(board)) {
        if (finding.code == code)
            findings.append(finding);
        else // a row may trip a second rule, never a second error
            QCOMPARE(finding.severity, Finding::Severity::Warning);
    }
    QCOMPARE(findings.size(), 1);
    const Finding &finding = findings.first();
    QCOMPARE(finding.code, code);
    QCOMPARE(finding.area, QStringLiteral("contract"));
    QCOMPARE(finding.severity, severity);
    for (const QString &mention : mentions)
        QVERIFY2(finding.message.contains(mention), qPrintable(finding.message));
    QCOMPARE(finding.items, items);
}

void tst_ContractRules::cleanBoardHasNoFindings()
{
    Board board;
    orders(&board);
    addNote(&board, 10, NoteKind::Command, QStringLiteral("Place Order"), 1);
    addNote(&board, 11, NoteKind::DomainEvent, QStringLiteral("Order Placed"), 1);
    addNote(&board, 12, NoteKind::Policy, QStringLiteral("Capture payment"), 2);
    addNote(&board, 13, NoteKind::ReadModel, QStringLiteral("Order History"), 1);
    addLink(&board, 20, 10, 11);
    addLink(&board, 21, 11, 12);
    board.insertRelationship(Relationship {
        id(30), id(1), id(2), RelationshipPattern::CustomerSupplier, DataSync::Events, QString()});
    QCOMPARE(contractFindings(board).size(), 0);
}

void tst_ContractRules::sampleBoard()
{
    Board board;
    QString error;
    QVERIFY2(ContractTestData::load(QStringLiteral("shop"), &board, &error), qPrintable(error));
    // The sample is clean; without the two events relationships its reactions are not.
    QVERIFY(contractFindings(board).isEmpty());
    QVERIFY(removeRelationship(board, QStringLiteral("Order Context"),
                               QStringLiteral("Catalog Context")));
    QVERIFY(removeRelationship(board, QStringLiteral("Payment Context"),
                               QStringLiteral("Order Context")));
    const QList<Finding> findings = contractFindings(board);
    QVERIFY(!Checks::hasErrors(findings));
    QStringList messages;
    for (const Finding &finding : findings) {
        QCOMPARE(finding.code, QStringLiteral("contract.subscriber-without-relationship"));
        messages.append(finding.message);
    }
    QCOMPARE(messages.size(), 2);
    QVERIFY(messages.filter(QStringLiteral("Catalog Context")).first().contains("Order Placed"));
    QVERIFY(messages.filter(QStringLiteral("Payment Captured")).first().contains("Order Context"));
}

void tst_ContractRules::hostileBoard()
{
    Board board;
    QString error;
    QVERIFY2(ContractTestData::load(QStringLiteral("hostile"), &board, &error), qPrintable(error));
    QStringList errors;
    QStringList warnings;
    for (const Finding &finding : contractFindings(board)) {
        (finding.severity == Finding::Severity::Error ? errors : warnings).append(finding.code);
        QVERIFY(!finding.message.isEmpty());
        QVERIFY(!finding.items.isEmpty());
    }
    QCOMPARE(errors,
             QStringList({"contract.command-unmappable", "contract.command-unmappable",
                          "contract.command-unmappable", "contract.command-unmappable",
                          "contract.duplicate-channel", "contract.duplicate-operation",
                          "contract.unsupported-method"}));
    for (const char *code :
         {"contract.field-renamed", "contract.path-sanitized", "contract.path-outside-prefix",
          "contract.read-model-unnamed", "contract.subscriber-without-relationship"})
        QVERIFY2(warnings.contains(QLatin1String(code)), code);
}

QTEST_GUILESS_MAIN(tst_ContractRules)
#include "tst_contractrules.moc"
