// `seams check --area database`: the shared-database anti-pattern in its forms, and the names
// the schema stubs had to change.

#include "analysis/findings.h"
#include "model/board.h"
#include "relationshiplookup.h"
#include "storage/boardjson.h"

#include <QFile>
#include <QTest>

using namespace Seams;

namespace {

/** Builds small boards in a few lines. */
class BoardBuilder
{
public:
    explicit BoardBuilder(Board *board)
        : m_board(board)
    { }

    QUuid context(const QString &name, MigrationStatus status = MigrationStatus::Extracting,
                  const QString &databaseName = {})
    {
        BoundedContext context;
        context.id = QUuid::createUuid();
        context.name = name;
        context.geometry = QRectF(0, 0, 100, 100);
        context.handoff.status = status;
        context.handoff.wave = status == MigrationStatus::Monolith ? 0 : 1;
        context.handoff.databaseName = databaseName;
        m_board->insertContext(context);
        return context.id;
    }

    QUuid aggregate(const QUuid &contextId, const QString &name, QList<Field> fields = {})
    {
        Note note;
        note.id = QUuid::createUuid();
        note.kind = NoteKind::Aggregate;
        note.text = name;
        note.geometry = QRectF(0, 0, 10, 10);
        note.contextId = contextId;
        note.fields = fields;
        m_board->insertNote(note);
        return note.id;
    }

    void relationship(const QUuid &upstream, const QUuid &downstream)
    {
        Relationship relationship;
        relationship.id = QUuid::createUuid();
        relationship.upstreamId = upstream;
        relationship.downstreamId = downstream;
        relationship.sync = DataSync::Events;
        m_board->insertRelationship(relationship);
    }

private:
    Board *m_board;
};

Field field(const QString &name, FieldType type = FieldType::String, const QUuid &reference = {})
{
    Field result;
    result.name = name;
    result.type = type;
    result.reference = reference;
    return result;
}

/** "severity code" of every database finding, in report order. */
QStringList codes(const Board &board)
{
    QStringList result;
    for (const Finding &finding : Checks::run(board, {QStringLiteral("database")})) {
        result.append(Checks::severityKey(finding.severity) + QLatin1Char(' ') + finding.code);
        if (finding.area != QLatin1String("database"))
            result.append(QStringLiteral("wrong area: ") + finding.area);
    }
    return result;
}

} // namespace

class tst_DatabaseRules : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void registered();
    void rules_data();
    void rules();
    void sampleBoard();
    void messagesNameWhatAndWhere();
    void longListsAreCut();
};

void tst_DatabaseRules::registered()
{
    QVERIFY(Checks::areas().contains(QStringLiteral("database")));
}

void tst_DatabaseRules::rules_data()
{
    QTest::addColumn<QString>("scenario");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("clean") << "clean" << QStringList();
    QTest::newRow("same aggregate in two contexts")
        << "shared aggregate" << QStringList {"warning database.aggregate-in-several-contexts"};
    QTest::newRow("Order and Orders in two contexts")
        << "plural aggregate" << QStringList {"warning database.aggregate-in-several-contexts"};
    QTest::newRow("same aggregate twice in one context")
        << "twin aggregate" << QStringList {"warning database.identifier-collision"};
    QTest::newRow("two extracted contexts, one database")
        << "shared database" << QStringList {"error database.shared-database"};
    QTest::newRow("override equal to a derived name")
        << "override database" << QStringList {"error database.shared-database"};
    QTest::newRow("one database, one context in the monolith")
        << "shared database with monolith" << QStringList {"warning database.shared-database"};
    QTest::newRow("reference across contexts, no relationship")
        << "unrelated reference" << QStringList {"warning database.reference-without-relationship"};
    QTest::newRow("reference to the upstream") << "reference upstream" << QStringList();
    QTest::newRow("reference to the downstream") << "reference downstream" << QStringList();
    QTest::newRow("reference inside the context") << "reference inside" << QStringList();
    QTest::newRow("field named like a standard column")
        << "system column" << QStringList {"warning database.identifier-collision"};
    QTest::newRow("money next to its own cents")
        << "money collision" << QStringList {"warning database.identifier-collision"};
    QTest::newRow("reserved word")
        << "reserved" << QStringList {"info database.identifier-renamed"};
    QTest::newRow("name beyond 63 bytes")
        << "long name" << QStringList {"info database.identifier-renamed"};
}

void tst_DatabaseRules::rules()
{
    QFETCH(QString, scenario);
    QFETCH(QStringList, expected);
    Board board;
    BoardBuilder build(&board);
    const QUuid orders = build.context(QStringLiteral("Order Context"));
    const QUuid payments = build.context(QStringLiteral("Payment Context"));
    const QUuid order = build.aggregate(orders, QStringLiteral("Order"));
    build.aggregate(payments, QStringLiteral("Payment"));

    if (scenario == "shared aggregate") {
        build.aggregate(payments, QStringLiteral("Order"));
    } else if (scenario == "plural aggregate") {
        build.aggregate(payments, QStringLiteral("Orders"));
    } else if (scenario == "twin aggregate") {
        build.aggregate(orders, QStringLiteral("Orders"));
    } else if (scenario == "shared database") {
        build.context(QStringLiteral("Orders"));
    } else if (scenario == "override database") {
        build.context(QStringLiteral("Archive"), MigrationStatus::Extracted,
                      QStringLiteral("Orders DB"));
    } else if (scenario == "shared database with monolith") {
        build.context(QStringLiteral("Orders"), MigrationStatus::Monolith);
    } else if (scenario.startsWith("reference")) {
        const bool inside = scenario == "reference inside";
        build.aggregate(inside ? orders : payments, QStringLiteral("Refund"),
                        {field(QStringLiteral("order_id"), FieldType::Reference, order)});
        if (scenario == "reference upstream")
            build.relationship(orders, payments);
        else if (scenario == "reference downstream")
            build.relationship(payments, orders);
    } else if (scenario == "unrelated reference") {
        build.aggregate(payments, QStringLiteral("Refund"),
                        {field(QStringLiteral("order_id"), FieldType::Reference, order)});
    } else if (scenario == "system column") {
        build.aggregate(orders, QStringLiteral("Shipment"), {field(QStringLiteral("Created At"))});
    } else if (scenario == "money collision") {
        build.aggregate(orders, QStringLiteral("Invoice"),
                        {field(QStringLiteral("total"), FieldType::Money),
                         field(QStringLiteral("totalCurrency"))});
    } else if (scenario == "reserved") {
        build.aggregate(orders, QStringLiteral("Shipment"), {field(QStringLiteral("Order"))});
    } else if (scenario == "long name") {
        build.aggregate(orders, QString(70, QLatin1Char('a')));
    }
    QCOMPARE(codes(board), expected);
}

void tst_DatabaseRules::sampleBoard()
{
    // The sample is clean. Without the User -> Order relationship, Order's reference to User
    // crosses contexts with nothing to keep it in sync: the seed's question of who owns the
    // customer's data.
    QFile file(QStringLiteral(SEAMS_TEST_DATA_DIR "/../../resources/samples/shop.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    Board board;
    QString error;
    QVERIFY2(BoardJson::read(file.readAll(), &board, &error), qPrintable(error));
    QCOMPARE(codes(board), QStringList {});
    QVERIFY(
        removeRelationship(board, QStringLiteral("User Context"), QStringLiteral("Order Context")));
    QCOMPARE(codes(board), QStringList {"warning database.reference-without-relationship"});
    const Finding finding = Checks::run(board, {QStringLiteral("database")}).constFirst();
    const QUuid orderContext("c7ad280a-bbfe-56ec-b6d0-f42d37a4d087");
    const QUuid userContext("d1097d11-2b9b-526e-b318-4a1eb6e61dd0");
    QVERIFY(finding.items.contains(orderContext));
    QVERIFY(finding.items.contains(userContext));
}

void tst_DatabaseRules::messagesNameWhatAndWhere()
{
    Board board;
    BoardBuilder build(&board);
    const QUuid orders = build.context(QStringLiteral("Order\nContext"));
    const QUuid payments = build.context(QStringLiteral("Payment Context"));
    const QUuid order = build.aggregate(orders, QStringLiteral("Order"));
    const QUuid refund
        = build.aggregate(payments, QStringLiteral("Refund"),
                          {field(QStringLiteral("original order"), FieldType::Reference, order)});
    const QList<Finding> findings = Checks::run(board, {QStringLiteral("database")});
    QCOMPARE(findings.size(), 1);
    const QString message = findings.constFirst().message;
    QVERIFY2(message.contains(QStringLiteral("\u201coriginal order\u201d")), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("\u201cRefund\u201d in \u201cPayment Context\u201d")),
             qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("\u201cOrder\u201d in \u201cOrder Context\u201d")),
             qPrintable(message));
    QCOMPARE(findings.constFirst().items, (QList<QUuid> {refund, order, payments, orders}));
}

void tst_DatabaseRules::longListsAreCut()
{
    Board board;
    BoardBuilder build(&board);
    for (int i = 0; i < 8; ++i)
        build.aggregate(build.context(QStringLiteral("Context %1").arg(i)),
                        QStringLiteral("Address"));
    const QList<Finding> findings = Checks::run(board, {QStringLiteral("database")});
    QCOMPARE(findings.size(), 1);
    QVERIFY2(
        findings.constFirst().message.contains(QStringLiteral("\u201cContext 4\u201d and 3 more")),
        qPrintable(findings.constFirst().message));
    QCOMPARE(findings.constFirst().items.size(), 8);
}

QTEST_GUILESS_MAIN(tst_DatabaseRules)
#include "tst_databaserules.moc"
