// `seams export sql --dialect sqlite` applied with the sqlite3 command-line shell, then read
// back through SQLite's own catalog (sqlite_schema and the table_info, foreign_key_list and
// index_list pragmas).

#include "dbservers.h"
#include "sqlcatalog.h"

#include "export/sqlwriter.h"
#include "storage/sqlite.h"

#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>

#include <sqlite3.h>

using namespace Seams;
using namespace SeamsTest;

class tst_SqlSqlite : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void migrations_data();
    void migrations();
    void constraintsHold();

private:
    void apply(const Sql::DatabaseSchema &schema, const QString &folder, Sql::Layout layout,
               const QString &file);
    CatalogSnapshot catalog(const QString &file, QStringList *partialIndexes);
    RunResult shell(const QString &file, const QByteArray &sql) const;
};

void tst_SqlSqlite::initTestCase()
{
    if (QStandardPaths::findExecutable(QStringLiteral("sqlite3")).isEmpty())
        QSKIP("the sqlite3 shell is not installed (./build.sh deps installs it)");
}

RunResult tst_SqlSqlite::shell(const QString &file, const QByteArray &sql) const
{
    // As an application would connect: foreign keys on; -bail stops at the first error.
    return run(QStringLiteral("sqlite3"),
               {QStringLiteral("-bail"), QStringLiteral("-cmd"),
                QStringLiteral("PRAGMA foreign_keys = ON"), file},
               sql);
}

void tst_SqlSqlite::apply(const Sql::DatabaseSchema &schema, const QString &folder,
                          Sql::Layout layout, const QString &file)
{
    const RunResult bootstrap = shell(file, readFile(folder + "/bootstrap.sql"));
    QVERIFY2(bootstrap.ok(), bootstrap.report().constData());
    QCOMPARE(bootstrap.output.trimmed(), QByteArray("wal"));
    const QStringList files = Sql::migrationFiles(layout);
    const RunResult up = shell(file, readFile(folder + '/' + files.at(0)));
    QVERIFY2(up.ok(), up.report().constData());
    if (layout == Sql::Layout::GolangMigrate) {
        const RunResult down = shell(file, readFile(folder + '/' + files.at(1)));
        QVERIFY2(down.ok(), down.report().constData());
        QStringList partial;
        QCOMPARE(catalog(file, &partial).tables, QStringList());
        const RunResult again = shell(file, readFile(folder + '/' + files.at(0)));
        QVERIFY2(again.ok(), again.report().constData());
    }
    Q_UNUSED(schema);
}

CatalogSnapshot tst_SqlSqlite::catalog(const QString &file, QStringList *partialIndexes)
{
    CatalogSnapshot snapshot;
    QString error;
    const Sqlite::Database database = Sqlite::open(file, SQLITE_OPEN_READONLY, &error);
    if (!database) {
        qWarning("%s", qPrintable(error));
        return snapshot;
    }
    Sqlite::Statement tables(database.get(),
                             "SELECT name, sql FROM sqlite_schema WHERE type = 'table' AND name "
                             "NOT LIKE 'sqlite_%'");
    static const QRegularExpression primaryKey(R"(CONSTRAINT (\w+) PRIMARY KEY \((\w+)\))");
    static const QRegularExpression foreignKey(
        R"(CONSTRAINT (\w+) FOREIGN KEY \((\w+)\) REFERENCES (\w+) \(id\))");
    static const QRegularExpression check(R"(CONSTRAINT (\w+) CHECK)");
    while (tables.next()) {
        const QString table = tables.text(0);
        const QString sql = tables.text(1);
        snapshot.tables.append(table);
        Sqlite::Statement columns(database.get(),
                                  "SELECT name, \"notnull\", pk FROM pragma_table_info(?)");
        columns.bind(1, table);
        QString keyColumn;
        while (columns.next()) {
            snapshot.columns[table].append(columns.text(0));
            if (columns.integer(1))
                snapshot.notNull[table].append(columns.text(0));
            if (columns.integer(2))
                keyColumn = columns.text(0);
        }
        // SQLite keeps constraint names only in the stored CREATE TABLE; the pragmas say
        // what they do. Both must agree.
        const QRegularExpressionMatch key = primaryKey.match(sql);
        if (key.hasMatch() && key.captured(2) == keyColumn)
            snapshot.primaryKeys.append(
                QStringLiteral("%1.%2(%3)").arg(table, key.captured(1), keyColumn));
        QStringList declared;
        for (const QRegularExpressionMatch &match : foreignKey.globalMatch(sql)) {
            declared.append(match.captured(2) + "->" + match.captured(3));
            snapshot.foreignKeys.append(
                QStringLiteral("%1.%2(%3)->%4")
                    .arg(table, match.captured(1), match.captured(2), match.captured(3)));
        }
        QStringList enforced;
        Sqlite::Statement keys(
            database.get(), "SELECT \"from\", \"table\", \"to\" FROM pragma_foreign_key_list(?)");
        keys.bind(1, table);
        while (keys.next()) {
            if (keys.text(2) == QLatin1String("id"))
                enforced.append(keys.text(0) + "->" + keys.text(1));
        }
        declared.sort();
        enforced.sort();
        if (declared != enforced)
            snapshot.foreignKeys.append(table + ": pragma disagrees: " + enforced.join(','));
        for (const QRegularExpressionMatch &match : check.globalMatch(sql))
            snapshot.checks.append(table + '.' + match.captured(1));
        Sqlite::Statement indexes(
            database.get(), "SELECT name, partial FROM pragma_index_list(?) WHERE origin = 'c'");
        indexes.bind(1, table);
        while (indexes.next()) {
            Sqlite::Statement indexColumns(database.get(),
                                           "SELECT name FROM pragma_index_info(?) ORDER BY seqno");
            indexColumns.bind(1, indexes.text(0));
            QStringList names;
            while (indexColumns.next())
                names.append(indexColumns.text(0));
            snapshot.indexes.append(
                QStringLiteral("%1.%2(%3)").arg(table, indexes.text(0), names.join(',')));
            if (indexes.integer(1))
                partialIndexes->append(indexes.text(0));
        }
    }
    normalise(&snapshot);
    return snapshot;
}

void tst_SqlSqlite::migrations_data()
{
    QTest::addColumn<QString>("board");
    QTest::addColumn<QString>("layout");
    QTest::newRow("shop, flyway") << sampleBoardPath() << "flyway";
    QTest::newRow("shop, golang-migrate") << sampleBoardPath() << "golang-migrate";
    QTest::newRow("hostile, flyway") << hostileBoardPath() << "flyway";
    QTest::newRow("hostile, golang-migrate") << hostileBoardPath() << "golang-migrate";
}

void tst_SqlSqlite::migrations()
{
    QFETCH(QString, board);
    QFETCH(QString, layout);
    QTemporaryDir output;
    QTemporaryDir databases;
    const RunResult exported = exportSql(board, output.path(), "sqlite", layout);
    QVERIFY2(exported.ok(), exported.report().constData());
    const Sql::Layout fileLayout = layoutNamed(layout);
    const QList<Sql::DatabaseSchema> schemas = exportedSchemas(board, DatabaseEngine::SQLite);
    QVERIFY(schemas.size() >= 2);
    for (const Sql::DatabaseSchema &schema : schemas) {
        const QString file = databases.filePath(schema.databaseName + ".sqlite3");
        apply(schema, output.filePath(schema.databaseName), fileLayout, file);
        if (QTest::currentTestFailed())
            return;
        QStringList partial;
        const CatalogSnapshot actual = catalog(file, &partial);
        compareCatalogs(actual, expectedCatalog(schema));
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(partial,
                 schema.hasOutbox() ? QStringList {"ix_outbox_unpublished"} : QStringList());
        const RunResult integrity
            = shell(file, "PRAGMA integrity_check; PRAGMA foreign_key_check;");
        QCOMPARE(integrity.output.trimmed(), QByteArray("ok"));
    }
}

void tst_SqlSqlite::constraintsHold()
{
    QTemporaryDir output;
    QTemporaryDir databases;
    const RunResult exported = exportSql(sampleBoardPath(), output.path(), "sqlite", "flyway");
    QVERIFY2(exported.ok(), exported.report().constData());
    const QString file = databases.filePath("orders_db.sqlite3");
    for (const Sql::DatabaseSchema &schema :
         exportedSchemas(sampleBoardPath(), DatabaseEngine::SQLite)) {
        if (schema.databaseName == "orders_db")
            apply(schema, output.filePath("orders_db"), Sql::Layout::Flyway, file);
    }
    const QByteArray order = "INSERT INTO orders (id, user_id, status, total_cents, "
                             "total_currency, placed_at) VALUES ('o1', 'u1', '%1', %2, 'EUR', "
                             "'2026-01-05T09:00:00Z');";
    QVERIFY(shell(file, QByteArray(order).replace("%1", "lost").replace("%2", "1"))
                .errors.contains("ck_orders_status"));
    QVERIFY(shell(file, QByteArray(order).replace("%1", "paid").replace("%2", "'lots'"))
                .errors.contains("cannot store TEXT value in INTEGER column"));
    const RunResult placed = shell(file,
                                   QByteArray(order).replace("%1", "paid").replace("%2", "1")
                                       + "SELECT version, length(created_at) FROM orders;");
    QVERIFY2(placed.ok(), placed.report().constData());
    QCOMPARE(placed.output.trimmed(), QByteArray("0|24"));
    QVERIFY(shell(file,
                  "INSERT INTO order_items (id, order_id, product_id, quantity, "
                  "unit_price_cents, unit_price_currency) VALUES ('i1', 'nope', 'p1', 1, "
                  "5, 'EUR');")
                .errors.contains("FOREIGN KEY constraint failed"));
    QVERIFY(shell(file,
                  "INSERT INTO outbox (id, aggregate_type, aggregate_id, event_type, "
                  "payload) VALUES ('e1', 'Order', 'o1', 'OrderPlaced', '{not json');")
                .errors.contains("ck_outbox_payload"));
}

QTEST_GUILESS_MAIN(tst_SqlSqlite)
#include "tst_sqlsqlite.moc"
