// `seams export sql --dialect mariadb` against a real MariaDB: every context's bootstrap runs
// as root, the migrations as the service's own (unlocked) account over TCP, and
// information_schema must hold exactly the tables, keys, checks and indexes promised.

#include "dbservers.h"
#include "sqlcatalog.h"

#include "export/sqlwriter.h"

#include <QTest>

using namespace Seams;
using namespace SeamsTest;

namespace {
const QString password = QStringLiteral("s3cret-for-tests");
}

class tst_SqlMariaDb : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void cleanup();
    void migrations_data();
    void migrations();
    void constraintsHold();

private:
    void apply(const Sql::DatabaseSchema &schema, const QString &folder, Sql::Layout layout);
    CatalogSnapshot catalog(const QString &database) const;
    QString run(const QString &user, const QString &database, const QString &sql) const;

    MariaDbServer m_server;
};

void tst_SqlMariaDb::initTestCase()
{
    if (!m_server.isAvailable())
        QSKIP("MariaDB server is not installed (./build.sh deps installs it)");
    QString error;
    QVERIFY2(m_server.start(&error), qPrintable(error));
}

void tst_SqlMariaDb::cleanupTestCase()
{
    m_server.stop();
}

void tst_SqlMariaDb::cleanup()
{
    for (const QString &database :
         m_server.query("SELECT SCHEMA_NAME FROM information_schema.SCHEMATA WHERE SCHEMA_NAME "
                        "NOT IN ('mysql', 'information_schema', 'performance_schema', 'sys')"))
        m_server.query(QStringLiteral("DROP DATABASE %1").arg(database));
    for (const QString &user : m_server.query("SELECT User FROM mysql.user WHERE Host = '%'"))
        m_server.query(QStringLiteral("DROP USER '%1'@'%'").arg(user));
}

void tst_SqlMariaDb::apply(const Sql::DatabaseSchema &schema, const QString &folder,
                           Sql::Layout layout)
{
    const QByteArray bootstrap = readFile(folder + "/bootstrap.sql");
    for (int round = 0; round < 2; ++round) { // a second run must change nothing and not fail
        const RunResult result = m_server.admin({}, bootstrap);
        QVERIFY2(result.ok(), result.report().constData());
    }
    // The account stays locked until someone gives it a password.
    QVERIFY(!m_server.client(schema.roleName, QString(), {"-e", "SELECT 1"}).ok());
    const RunResult unlock
        = m_server.admin({"-e",
                          QStringLiteral("ALTER USER '%1'@'%' IDENTIFIED BY '%2' ACCOUNT UNLOCK")
                              .arg(schema.roleName, password)});
    QVERIFY2(unlock.ok(), unlock.report().constData());

    const QStringList files = Sql::migrationFiles(layout);
    auto migrate = [&](const QString &file) {
        return m_server.client(schema.roleName, password, {schema.databaseName},
                               readFile(folder + '/' + file));
    };
    const RunResult up = migrate(files.at(0));
    QVERIFY2(up.ok(), up.report().constData());
    if (layout == Sql::Layout::GolangMigrate) {
        const RunResult down = migrate(files.at(1));
        QVERIFY2(down.ok(), down.report().constData());
        QCOMPARE(catalog(schema.databaseName).tables, QStringList());
        const RunResult again = migrate(files.at(0));
        QVERIFY2(again.ok(), again.report().constData());
    }
}

CatalogSnapshot tst_SqlMariaDb::catalog(const QString &database) const
{
    CatalogSnapshot snapshot;
    const QString where = QStringLiteral("TABLE_SCHEMA = '%1'").arg(database);
    snapshot.tables
        = m_server.query("SELECT TABLE_NAME FROM information_schema.TABLES WHERE " + where);
    for (const QString &row : m_server.query(
             "SELECT TABLE_NAME, COLUMN_NAME, IS_NULLABLE FROM information_schema.COLUMNS WHERE "
             + where + " ORDER BY TABLE_NAME, ORDINAL_POSITION")) {
        const QStringList parts = row.split('|');
        snapshot.columns[parts.at(0)].append(parts.at(1));
        if (parts.at(2) == "NO")
            snapshot.notNull[parts.at(0)].append(parts.at(1));
    }
    for (const QString &row : m_server.query(
             "SELECT TABLE_NAME, CONSTRAINT_NAME, COLUMN_NAME, REFERENCED_TABLE_NAME FROM "
             "information_schema.KEY_COLUMN_USAGE WHERE "
             + where)) {
        const QStringList parts = row.split('|');
        const QString name = parts.at(0) + '.' + parts.at(1) + '(' + parts.at(2) + ')';
        if (parts.at(1) == "PRIMARY")
            snapshot.primaryKeys.append(name);
        else if (parts.at(3) != "NULL")
            snapshot.foreignKeys.append(name + "->" + parts.at(3));
    }
    // Column-level checks are MariaDB's own (json_valid() of every json column).
    snapshot.checks = m_server.query(
        QStringLiteral("SELECT CONCAT(TABLE_NAME, '.', CONSTRAINT_NAME) FROM "
                       "information_schema.CHECK_CONSTRAINTS WHERE CONSTRAINT_SCHEMA = '%1' "
                       "AND LEVEL = 'Table'")
            .arg(database));
    snapshot.indexes = m_server.query(
        "SELECT CONCAT(TABLE_NAME, '.', INDEX_NAME, '(', GROUP_CONCAT(COLUMN_NAME ORDER BY "
        "SEQ_IN_INDEX), ')') FROM information_schema.STATISTICS WHERE "
        + where + " AND INDEX_NAME <> 'PRIMARY' GROUP BY TABLE_NAME, INDEX_NAME");
    normalise(&snapshot);
    return snapshot;
}

QString tst_SqlMariaDb::run(const QString &user, const QString &database, const QString &sql) const
{
    const RunResult result = m_server.client(user, password, {database, "-e", sql});
    return QString::fromUtf8(result.ok() ? result.output : "<error> " + result.errors).trimmed();
}

void tst_SqlMariaDb::migrations_data()
{
    QTest::addColumn<QString>("board");
    QTest::addColumn<QString>("layout");
    QTest::addColumn<QStringList>("expectedColumns");
    const QStringList shop
        = {"orders.total_cents", "payments.status", "refunds.amount_currency", "outbox.payload"};
    // "keys", "key", "read" and "interval" are reserved in MariaDB only.
    const QStringList hostile = {"orders_2.order_", "orders_2.read_", "keys_.key_",
                                 "keys_.interval_", "orders_2.id_2",  "t_3_d_models.key_"};
    QTest::newRow("shop, flyway") << sampleBoardPath() << "flyway" << shop;
    QTest::newRow("shop, golang-migrate") << sampleBoardPath() << "golang-migrate" << shop;
    QTest::newRow("hostile, flyway") << hostileBoardPath() << "flyway" << hostile;
    QTest::newRow("hostile, golang-migrate") << hostileBoardPath() << "golang-migrate" << hostile;
}

void tst_SqlMariaDb::migrations()
{
    QFETCH(QString, board);
    QFETCH(QString, layout);
    QFETCH(QStringList, expectedColumns);
    QTemporaryDir output;
    const RunResult exported = exportSql(board, output.path(), "mariadb", layout);
    QVERIFY2(exported.ok(), exported.report().constData());

    const Sql::Layout fileLayout = layoutNamed(layout);
    QStringList columnsSeen;
    const QList<Sql::DatabaseSchema> schemas = exportedSchemas(board, DatabaseEngine::MariaDB);
    QVERIFY(schemas.size() >= 2);
    for (const Sql::DatabaseSchema &schema : schemas) {
        apply(schema, output.filePath(schema.databaseName), fileLayout);
        if (QTest::currentTestFailed())
            return;
        const CatalogSnapshot actual = catalog(schema.databaseName);
        compareCatalogs(actual, expectedCatalog(schema));
        if (QTest::currentTestFailed())
            return;
        for (auto it = actual.columns.cbegin(); it != actual.columns.cend(); ++it) {
            for (const QString &column : it.value())
                columnsSeen.append(it.key() + '.' + column);
        }
        for (const Sql::CrossReference &cross : schema.crossReferences) {
            const QStringList comment = m_server.query(
                QStringLiteral("SELECT COLUMN_COMMENT FROM information_schema.COLUMNS WHERE "
                               "TABLE_SCHEMA = '%1' AND TABLE_NAME = '%2' AND COLUMN_NAME = '%3'")
                    .arg(schema.databaseName, cross.table, cross.column));
            QVERIFY2(comment.join(' ').contains("no foreign key"), qPrintable(comment.join(' ')));
        }
    }
    for (const QString &column : expectedColumns)
        QVERIFY2(columnsSeen.contains(column), qPrintable(column));
}

void tst_SqlMariaDb::constraintsHold()
{
    QTemporaryDir output;
    const RunResult exported = exportSql(hostileBoardPath(), output.path(), "mariadb", "flyway");
    QVERIFY2(exported.ok(), exported.report().constData());
    QString ordersDatabase;
    QString ordersRole;
    for (const Sql::DatabaseSchema &schema :
         exportedSchemas(hostileBoardPath(), DatabaseEngine::MariaDB)) {
        apply(schema, output.filePath(schema.databaseName), Sql::Layout::Flyway);
        if (QTest::currentTestFailed())
            return;
        if (schema.contextName.startsWith(QStringLiteral("Ord"))) {
            ordersDatabase = schema.databaseName;
            ordersRole = schema.roleName;
        }
    }
    QVERIFY(!ordersDatabase.isEmpty());
    // The enumeration keeps its hostile values verbatim and compares them case-sensitively.
    QCOMPARE(run(ordersRole, ordersDatabase,
                 "INSERT INTO groups (id) VALUES ('00000000-0000-0000-0000-000000000001')"),
             QString());
    const QString insert = QStringLiteral(
        "SET NAMES utf8mb4; INSERT INTO orders_2 (order_, select_, group_id, id_2, created_at_2, "
        "total_cents, "
        "total_currency, total_cents_2, field_8, read_, ratio, user_id) VALUES ('o', %1, "
        "'00000000-0000-0000-0000-000000000001', uuid(), now(), 1, 'EUR', 1, 'f', 1, 1.5, "
        "uuid())");
    QCOMPARE(run(ordersRole, ordersDatabase, insert.arg("'back\\\\slash'")), QString());
    QVERIFY(run(ordersRole, ordersDatabase, insert.arg("'Paid'")).contains("ck_orders_2_select_"));
    QCOMPARE(run(ordersRole, ordersDatabase,
                 "SELECT count(*) FROM orders_2 WHERE select_ = 'back\\\\slash'"),
             QStringLiteral("1"));
    QVERIFY(
        run(ordersRole, ordersDatabase, "INSERT INTO groups (id, order_id) VALUES (uuid(), uuid())")
            .contains("foreign key constraint fails"));
    // Database per service: another service's account has no access at all.
    const QString otherRole = m_server
                                  .query("SELECT User FROM mysql.user WHERE Host = '%' AND "
                                         "User <> '"
                                         + ordersRole + "' LIMIT 1")
                                  .value(0);
    QVERIFY(!otherRole.isEmpty());
    QVERIFY(run(otherRole, ordersDatabase, "SELECT 1").contains("denied"));
}

QTEST_GUILESS_MAIN(tst_SqlMariaDb)
#include "tst_sqlmariadb.moc"
