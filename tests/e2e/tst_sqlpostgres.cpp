// `seams export sql --dialect postgres` against a real PostgreSQL 15: every context's
// bootstrap and migrations run with psql (the migrations as the service's own role), and
// the catalogs must hold exactly the tables, keys, checks and indexes the schema promises.

#include "dbservers.h"
#include "sqlcatalog.h"

#include "export/sqlwriter.h"

#include <QDir>
#include <QTest>

using namespace Seams;
using namespace SeamsTest;

class tst_SqlPostgres : public QObject
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
    QString scalar(const QString &user, const QString &database, const QString &sql) const;

    PostgresServer m_server;
};

void tst_SqlPostgres::initTestCase()
{
    if (!m_server.isAvailable())
        QSKIP("PostgreSQL server binaries are not installed (./build.sh deps installs them)");
    QString error;
    QVERIFY2(m_server.start(&error), qPrintable(error));
}

void tst_SqlPostgres::cleanupTestCase()
{
    m_server.stop();
}

void tst_SqlPostgres::cleanup()
{
    // Every row starts from an empty cluster.
    const QStringList databases
        = m_server.query("postgres",
                         "SELECT datname FROM pg_database WHERE datname NOT IN "
                         "('postgres', 'template0', 'template1')");
    for (const QString &database : databases)
        m_server.query("postgres", QStringLiteral("DROP DATABASE %1 WITH (FORCE)").arg(database));
    const QStringList roles = m_server.query(
        "postgres",
        "SELECT rolname FROM pg_roles WHERE rolname !~ '^pg_' AND rolname <> 'postgres'");
    for (const QString &role : roles)
        m_server.query("postgres", QStringLiteral("DROP ROLE %1").arg(role));
}

void tst_SqlPostgres::apply(const Sql::DatabaseSchema &schema, const QString &folder,
                            Sql::Layout layout)
{
    const QString database = schema.databaseName;
    const QString bootstrap = folder + "/bootstrap.sql";
    for (int round = 0; round < 2; ++round) { // a second run must change nothing and not fail
        const RunResult result = m_server.psql("postgres", "postgres", {"-f", bootstrap});
        QVERIFY2(result.ok(), result.report().constData());
    }
    const QStringList files = Sql::migrationFiles(layout);
    const RunResult up
        = m_server.psql(schema.roleName, database, {"-f", folder + '/' + files.at(0)});
    QVERIFY2(up.ok(), up.report().constData());
    if (layout == Sql::Layout::GolangMigrate) {
        const RunResult down
            = m_server.psql(schema.roleName, database, {"-f", folder + '/' + files.at(1)});
        QVERIFY2(down.ok(), down.report().constData());
        QCOMPARE(catalog(database).tables, QStringList());
        const RunResult again
            = m_server.psql(schema.roleName, database, {"-f", folder + '/' + files.at(0)});
        QVERIFY2(again.ok(), again.report().constData());
    }
}

CatalogSnapshot tst_SqlPostgres::catalog(const QString &database) const
{
    CatalogSnapshot snapshot;
    snapshot.tables
        = m_server.query(database, "SELECT tablename FROM pg_tables WHERE schemaname = 'public'");
    for (const QString &row : m_server.query(
             database,
             "SELECT table_name, column_name, is_nullable FROM information_schema.columns "
             "WHERE table_schema = 'public' ORDER BY table_name, ordinal_position")) {
        const QStringList parts = row.split('|');
        snapshot.columns[parts.at(0)].append(parts.at(1));
        if (parts.at(2) == "NO")
            snapshot.notNull[parts.at(0)].append(parts.at(1));
    }
    const QString constraints = QStringLiteral(
        "SELECT c.conrelid::regclass, c.conname, c.contype, "
        "(SELECT string_agg(a.attname, ',' ORDER BY a.attnum) FROM pg_attribute a "
        " WHERE a.attrelid = c.conrelid AND a.attnum = ANY (c.conkey)), c.confrelid::regclass "
        "FROM pg_constraint c JOIN pg_namespace n ON n.oid = c.connamespace "
        "WHERE n.nspname = 'public'");
    for (const QString &row : m_server.query(database, constraints)) {
        const QStringList parts = row.split('|');
        const QString name = parts.at(0) + '.' + parts.at(1);
        if (parts.at(2) == "p")
            snapshot.primaryKeys.append(name + '(' + parts.at(3) + ')');
        else if (parts.at(2) == "f")
            snapshot.foreignKeys.append(name + '(' + parts.at(3) + ")->" + parts.at(4));
        else if (parts.at(2) == "c")
            snapshot.checks.append(name);
    }
    const QString indexes = QStringLiteral(
        "SELECT t.relname, i.relname, (SELECT string_agg(a.attname, ',' ORDER BY "
        " array_position(x.indkey::int2[], a.attnum)) FROM pg_attribute a "
        " WHERE a.attrelid = t.oid AND a.attnum = ANY (x.indkey)) "
        "FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid "
        "JOIN pg_class t ON t.oid = x.indrelid JOIN pg_namespace n ON n.oid = t.relnamespace "
        "WHERE n.nspname = 'public' AND NOT x.indisprimary");
    for (const QString &row : m_server.query(database, indexes)) {
        const QStringList parts = row.split('|');
        snapshot.indexes.append(parts.at(0) + '.' + parts.at(1) + '(' + parts.at(2) + ')');
    }
    normalise(&snapshot);
    return snapshot;
}

QString tst_SqlPostgres::scalar(const QString &user, const QString &database,
                                const QString &sql) const
{
    const RunResult result = m_server.psql(user, database, {"-c", sql});
    return QString::fromUtf8(result.ok() ? result.output : "<error> " + result.errors).trimmed();
}

void tst_SqlPostgres::migrations_data()
{
    QTest::addColumn<QString>("board");
    QTest::addColumn<QString>("layout");
    QTest::addColumn<QStringList>("expectedColumns");
    const QStringList shop = {"orders.total_cents", "orders.total_currency", "payments.status",
                              "order_items.order_id", "outbox.payload"};
    const QStringList hostile
        = {"orders_2.order_",      "orders_2.select_", "orders_2.id_2",
           "orders_2.c_3rd_party", "orders_2.field_8", "orders_2.total_cents_2",
           "t_3_d_models.key",     "users.select_",    "aggregate_f86dbd0a.field_1"};
    QTest::newRow("shop, flyway") << sampleBoardPath() << "flyway" << shop;
    QTest::newRow("shop, golang-migrate") << sampleBoardPath() << "golang-migrate" << shop;
    QTest::newRow("hostile, flyway") << hostileBoardPath() << "flyway" << hostile;
    QTest::newRow("hostile, golang-migrate") << hostileBoardPath() << "golang-migrate" << hostile;
}

void tst_SqlPostgres::migrations()
{
    QFETCH(QString, board);
    QFETCH(QString, layout);
    QFETCH(QStringList, expectedColumns);
    QTemporaryDir output;
    const RunResult exported = exportSql(board, output.path(), "postgres", layout);
    QVERIFY2(exported.ok(), exported.report().constData());

    const Sql::Layout fileLayout = layoutNamed(layout);
    const QList<Sql::DatabaseSchema> schemas = exportedSchemas(board, DatabaseEngine::PostgreSQL);
    QVERIFY(schemas.size() >= 2);
    QStringList columnsSeen;
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
        // The service's role owns everything it created, and nobody else may connect.
        QCOMPARE(scalar("postgres", schema.databaseName,
                        QStringLiteral("SELECT count(*) FROM pg_tables WHERE schemaname = "
                                       "'public' AND tableowner <> '%1'")
                            .arg(schema.roleName)),
                 QStringLiteral("0"));
        QCOMPARE(scalar("postgres", "postgres",
                        QStringLiteral("SELECT has_database_privilege('pg_monitor', '%1', "
                                       "'CONNECT')")
                            .arg(schema.databaseName)),
                 QStringLiteral("f"));
        for (const Sql::CrossReference &cross : schema.crossReferences) {
            const QString comment = scalar(
                "postgres", schema.databaseName,
                QStringLiteral("SELECT col_description('%1'::regclass, (SELECT attnum FROM "
                               "pg_attribute WHERE attrelid = '%1'::regclass AND attname = "
                               "'%2'))")
                    .arg(cross.table, cross.column));
            QVERIFY2(comment.contains("no foreign key"), qPrintable(comment));
        }
    }
    for (const QString &column : expectedColumns)
        QVERIFY2(columnsSeen.contains(column), qPrintable(column));
}

void tst_SqlPostgres::constraintsHold()
{
    QTemporaryDir output;
    const RunResult exported = exportSql(sampleBoardPath(), output.path(), "postgres", "flyway");
    QVERIFY2(exported.ok(), exported.report().constData());
    for (const Sql::DatabaseSchema &schema :
         exportedSchemas(sampleBoardPath(), DatabaseEngine::PostgreSQL)) {
        apply(schema, output.filePath(schema.databaseName), Sql::Layout::Flyway);
        if (QTest::currentTestFailed())
            return;
    }
    const QString id = "1b4e28ba-2fa1-11d2-883f-0016d3cca427";
    const QString insert = QStringLiteral(
        "INSERT INTO orders (id, user_id, status, total_cents, total_currency, placed_at) "
        "VALUES ('%1', gen_random_uuid(), '%2', 1999, 'EUR', now())");
    QVERIFY(
        scalar("order_service", "orders_db", insert.arg(id, "lost")).contains("ck_orders_status"));
    QCOMPARE(scalar("order_service", "orders_db", insert.arg(id, "pending")), QString());
    QCOMPARE(
        scalar("order_service", "orders_db", "SELECT version FROM orders WHERE id = '" + id + "'"),
        QStringLiteral("0"));
    // Optimistic locking: the first writer of version 0 wins, the second changes nothing.
    const QString update = "WITH changed AS (UPDATE orders SET status = 'paid', version = "
                           "version + 1 WHERE id = '"
        + id + "' AND version = 0 RETURNING 1) SELECT count(*) FROM changed";
    QCOMPARE(scalar("order_service", "orders_db", update), QStringLiteral("1"));
    QCOMPARE(scalar("order_service", "orders_db", update), QStringLiteral("0"));
    QVERIFY(scalar("order_service", "orders_db",
                   "INSERT INTO order_items (order_id, product_id, quantity, unit_price_cents, "
                   "unit_price_currency) VALUES (gen_random_uuid(), gen_random_uuid(), 1, 5, "
                   "'EUR')")
                .contains("fk_order_items_order_id"));
    QVERIFY(scalar("order_service", "orders_db",
                   "SELECT indexdef FROM pg_indexes WHERE indexname = 'ix_outbox_unpublished'")
                .contains("WHERE (published_at IS NULL)"));
    // Database per service: the payment service cannot even connect to the orders database.
    QVERIFY(scalar("payment_service", "orders_db", "SELECT 1").contains("permission denied"));
}

QTEST_GUILESS_MAIN(tst_SqlPostgres)
#include "tst_sqlpostgres.moc"
