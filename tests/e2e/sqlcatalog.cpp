#include "sqlcatalog.h"

#include "export/sqlexporter.h"
#include "model/board.h"
#include "storage/boardjson.h"

#include <QFile>
#include <QTest>

namespace SeamsTest {

using namespace Seams;

CatalogSnapshot expectedCatalog(const Sql::DatabaseSchema &schema)
{
    CatalogSnapshot snapshot;
    const bool mariadb = schema.dialect == DatabaseEngine::MariaDB;
    for (const Sql::Table &table : schema.tables) {
        snapshot.tables.append(table.name);
        for (const Sql::Column &column : table.columns) {
            snapshot.columns[table.name].append(column.name);
            if (!column.nullable)
                snapshot.notNull[table.name].append(column.name);
        }
        snapshot.primaryKeys.append(
            QStringLiteral("%1.%2(id)")
                .arg(table.name, mariadb ? QStringLiteral("PRIMARY") : table.primaryKeyName));
        for (const Sql::ForeignKey &key : table.foreignKeys) {
            snapshot.foreignKeys.append(
                QStringLiteral("%1.%2(%3)->%4")
                    .arg(table.name, key.name, key.column, key.referencedTable));
        }
        for (const Sql::Check &check : table.checks)
            snapshot.checks.append(table.name + QLatin1Char('.') + check.name);
        for (const Sql::Index &index : table.indexes) {
            snapshot.indexes.append(
                QStringLiteral("%1.%2(%3)")
                    .arg(table.name, index.name, index.columns.join(QLatin1Char(','))));
        }
    }
    normalise(&snapshot);
    return snapshot;
}

void compareCatalogs(const CatalogSnapshot &actual, const CatalogSnapshot &expected)
{
    QCOMPARE(actual.tables, expected.tables);
    QCOMPARE(actual.columns, expected.columns);
    QCOMPARE(actual.notNull, expected.notNull);
    QCOMPARE(actual.primaryKeys, expected.primaryKeys);
    QCOMPARE(actual.foreignKeys, expected.foreignKeys);
    QCOMPARE(actual.checks, expected.checks);
    QCOMPARE(actual.indexes, expected.indexes);
}

Sql::Layout layoutNamed(const QString &name)
{
    return name == QLatin1String("flyway") ? Sql::Layout::Flyway : Sql::Layout::GolangMigrate;
}

void normalise(CatalogSnapshot *snapshot)
{
    snapshot->tables.sort();
    for (QStringList &columns : snapshot->notNull)
        columns.sort();
    snapshot->primaryKeys.sort();
    snapshot->foreignKeys.sort();
    snapshot->checks.sort();
    snapshot->indexes.sort();
}

QString sampleBoardPath()
{
    return QStringLiteral(SEAMS_TEST_DATA_DIR "/../../resources/samples/shop.json");
}

QString hostileBoardPath()
{
    return QStringLiteral(SEAMS_TEST_DATA_DIR "/sql/hostile/board.json");
}

RunResult exportSql(const QString &board, const QString &folder, const QString &dialect,
                    const QString &layout)
{
    return run(QStringLiteral(SEAMS_BINARY),
               {QStringLiteral("export"), QStringLiteral("sql"), board, QStringLiteral("-o"),
                folder, QStringLiteral("--dialect"), dialect, QStringLiteral("--layout"), layout});
}

QList<Sql::DatabaseSchema> exportedSchemas(const QString &boardPath, DatabaseEngine dialect)
{
    Board board;
    QString error;
    if (!BoardJson::read(readFile(boardPath), &board, &error))
        qFatal("cannot read %s: %s", qPrintable(boardPath), qPrintable(error));
    QList<Sql::DatabaseSchema> schemas;
    for (const BoundedContext *context : SqlExporter::contextsWithDatabase(board, std::nullopt))
        schemas.append(Sql::buildSchema(board, *context, dialect));
    return schemas;
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace SeamsTest
