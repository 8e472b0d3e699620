#pragma once

// What a database should contain after a context's migration, in a form every dialect's
// catalog can be read into, so the three end-to-end tests compare like with like.

#include "dbservers.h"

#include "export/sqlschema.h"
#include "export/sqlwriter.h"

#include <QMap>
#include <QStringList>

namespace SeamsTest {

struct CatalogSnapshot
{
    /** Sorted table names. */
    QStringList tables;
    /** Columns of each table, in table order. */
    QMap<QString, QStringList> columns;
    /** The NOT NULL columns of each table, sorted. */
    QMap<QString, QStringList> notNull;
    /** "table.constraint(column)", sorted. */
    QStringList primaryKeys;
    /** "table.constraint(column)->referenced_table", sorted. */
    QStringList foreignKeys;
    /** "table.constraint", sorted. */
    QStringList checks;
    /** "table.index(column,column)" for indexes made by CREATE INDEX, sorted. */
    QStringList indexes;
};

/** The snapshot the schema promises. MariaDB names every primary key PRIMARY. */
CatalogSnapshot expectedCatalog(const Seams::Sql::DatabaseSchema &schema);

/** Sorts every list, so snapshots read from catalogs compare with expectedCatalog(). */
void normalise(CatalogSnapshot *snapshot);

/** QCOMPAREs the snapshots part by part, so a failure names the part that differs. The
 *  caller checks QTest::currentTestFailed() afterwards. */
void compareCatalogs(const CatalogSnapshot &actual, const CatalogSnapshot &expected);

/** The migration file layout named as on the command line ("flyway", "golang-migrate"). */
Seams::Sql::Layout layoutNamed(const QString &name);

/** The board files the end-to-end tests export: the sample shop and the hostile names. */
QString sampleBoardPath();
QString hostileBoardPath();

/** Runs `seams export sql BOARD -o FOLDER --dialect D --layout L`. */
RunResult exportSql(const QString &board, const QString &folder, const QString &dialect,
                    const QString &layout);

/** The schemas the exporter writes for `board` in `dialect`, one per exported context. */
QList<Seams::Sql::DatabaseSchema> exportedSchemas(const QString &board,
                                                  Seams::DatabaseEngine dialect);

/** The bytes of a file, empty when it cannot be read. */
QByteArray readFile(const QString &path);

} // namespace SeamsTest
