// The DDL of a DatabaseSchema in PostgreSQL, MariaDB or SQLite. Identifiers come sanitised
// from the schema and are never quoted; every piece of text typed on the board reaches the
// SQL only through literal() or, in "--" comments, through oneLine().

#include "sqlwriter.h"

#include "sqlnames.h"

#include <QCoreApplication>

#include <algorithm>

namespace Seams::Sql {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Seams::Sql", text);
}

using Engine = DatabaseEngine;

const Check *checkOf(const Table &table, const QString &column)
{
    for (const Check &check : table.checks) {
        if (check.column == column)
            return &check;
    }
    return nullptr;
}

QString typeName(Engine dialect, const Table &table, const Column &column)
{
    if (dialect == Engine::SQLite) {
        // STRICT tables know only INTEGER, REAL, TEXT, BLOB and ANY; decimals stay exact as text.
        switch (column.type) {
        case ColumnType::Integer:
        case ColumnType::BigInteger:
        case ColumnType::Boolean:
            return QStringLiteral("integer");
        default:
            return QStringLiteral("text");
        }
    }
    const bool postgres = dialect == Engine::PostgreSQL;
    switch (column.type) {
    case ColumnType::Uuid:
        return QStringLiteral("uuid");
    case ColumnType::String:
        return QStringLiteral("varchar(255)");
    case ColumnType::Text:
        return QStringLiteral("text");
    case ColumnType::Integer:
        return postgres ? QStringLiteral("integer") : QStringLiteral("int");
    case ColumnType::BigInteger:
        return QStringLiteral("bigint");
    case ColumnType::Decimal:
        return postgres ? QStringLiteral("numeric(19, 4)") : QStringLiteral("decimal(19, 4)");
    case ColumnType::Boolean:
        return QStringLiteral("boolean");
    case ColumnType::Timestamp:
        // MariaDB's timestamp ends in 2038; datetime(6) holds UTC by convention (README).
        return postgres ? QStringLiteral("timestamptz") : QStringLiteral("datetime(6)");
    case ColumnType::Date:
        return QStringLiteral("date");
    case ColumnType::Json:
        return postgres ? QStringLiteral("jsonb") : QStringLiteral("json");
    case ColumnType::Currency:
        return QStringLiteral("char(3)");
    case ColumnType::Enum:
        if (postgres)
            return QStringLiteral("text");
        if (const Check *check = checkOf(table, column.name)) {
            qsizetype longest = 1;
            for (const QString &value : check->values)
                longest = std::max(longest, value.toUcs4().size());
            // A binary collation, so that the CHECK is case-sensitive as in the other dialects.
            return QStringLiteral("varchar(%1) COLLATE utf8mb4_bin").arg(longest);
        }
        return QStringLiteral("varchar(255)");
    }
    return QStringLiteral("text");
}

QString defaultValue(Engine dialect, const Column &column)
{
    switch (column.defaultValue) {
    case ColumnDefault::None:
        return {};
    case ColumnDefault::Zero:
        return QStringLiteral("0");
    case ColumnDefault::NewUuid:
        if (dialect == Engine::PostgreSQL)
            return QStringLiteral("gen_random_uuid()");
        return dialect == Engine::MariaDB ? QStringLiteral("uuid()") : QString();
    case ColumnDefault::Now:
        if (dialect == Engine::PostgreSQL)
            return QStringLiteral("now()");
        if (dialect == Engine::MariaDB)
            return QStringLiteral("current_timestamp(6)");
        return QStringLiteral("(strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))");
    }
    return {};
}

QString columnLine(Engine dialect, const Table &table, const Column &column)
{
    QString line = QStringLiteral("    %1 %2").arg(column.name, typeName(dialect, table, column));
    if (!column.nullable)
        line += QLatin1String(" NOT NULL");
    if (const QString value = defaultValue(dialect, column); !value.isEmpty())
        line += QLatin1String(" DEFAULT ") + value;
    if (dialect == Engine::MariaDB && column.touchedOnUpdate)
        line += QLatin1String(" ON UPDATE current_timestamp(6)");
    if (dialect == Engine::MariaDB && !column.comment.isEmpty())
        line += QLatin1String(" COMMENT ") + literal(dialect, column.comment.left(1000));
    return line;
}

QString checkExpression(Engine dialect, const Check &check)
{
    switch (check.type) {
    case ColumnType::Boolean:
        return check.column + QLatin1String(" IN (0, 1)");
    case ColumnType::Json:
        return QStringLiteral("json_valid(%1)").arg(check.column);
    default: {
        QStringList values;
        for (const QString &value : check.values)
            values.append(literal(dialect, value));
        return QStringLiteral("%1 IN (%2)").arg(check.column, values.join(QLatin1String(", ")));
    }
    }
}

void writeTable(Engine dialect, const Table &table, QString *out)
{
    if (dialect == Engine::SQLite)
        *out += QLatin1String("-- ") + oneLine(table.comment) + QLatin1Char('\n');
    *out += QStringLiteral("CREATE TABLE %1 (\n").arg(table.name);
    QStringList lines;
    for (const Column &column : table.columns)
        lines.append(columnLine(dialect, table, column));
    lines.append(QStringLiteral("    CONSTRAINT %1 PRIMARY KEY (id)").arg(table.primaryKeyName));
    for (const Check &check : table.checks) {
        lines.append(QStringLiteral("    CONSTRAINT %1 CHECK (%2)")
                         .arg(check.name, checkExpression(dialect, check)));
    }
    if (dialect == Engine::SQLite) {
        // SQLite cannot add a foreign key later; it resolves the referenced table lazily.
        for (const ForeignKey &key : table.foreignKeys) {
            lines.append(QStringLiteral("    CONSTRAINT %1 FOREIGN KEY (%2) REFERENCES %3 (id)")
                             .arg(key.name, key.column, key.referencedTable));
        }
    }
    for (qsizetype i = 0; i < lines.size(); ++i) {
        *out += lines.at(i);
        if (i + 1 < lines.size())
            *out += QLatin1Char(',');
        if (dialect == Engine::SQLite && i < table.columns.size()
            && !table.columns.at(i).comment.isEmpty())
            *out += QLatin1String(" -- ") + oneLine(table.columns.at(i).comment);
        *out += QLatin1Char('\n');
    }
    *out += QLatin1Char(')');
    if (dialect == Engine::SQLite)
        *out += QLatin1String(" STRICT");
    if (dialect == Engine::MariaDB) {
        *out += QLatin1String(" ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci"
                              " COMMENT=")
            + literal(dialect, table.comment.left(2000));
    }
    *out += QLatin1String(";\n");
    if (dialect == Engine::PostgreSQL) {
        *out += QStringLiteral("COMMENT ON TABLE %1 IS %2;\n")
                    .arg(table.name, literal(dialect, table.comment));
        for (const Column &column : table.columns) {
            if (!column.comment.isEmpty()) {
                *out += QStringLiteral("COMMENT ON COLUMN %1.%2 IS %3;\n")
                            .arg(table.name, column.name, literal(dialect, column.comment));
            }
        }
    }
    *out += QLatin1Char('\n');
}

QString header(const DatabaseSchema &schema, const QString &what)
{
    return QStringLiteral("-- %1: %2 (%3), %4.\n-- %5\n")
        .arg(schema.databaseName, oneLine(schema.contextName), oneLine(schema.handoff.serviceName),
             displayName(schema.dialect), what);
}

} // namespace

QStringList migrationFiles(Layout layout)
{
    if (layout == Layout::Flyway)
        return {QStringLiteral("migrations/V1__init.sql")};
    return {QStringLiteral("migrations/000001_init.up.sql"),
            QStringLiteral("migrations/000001_init.down.sql")};
}

QByteArray upScript(const DatabaseSchema &schema, Layout layout)
{
    const Engine dialect = schema.dialect;
    QString out = header(schema,
                         layout == Layout::Flyway
                             ? tr("First migration, generated by Seams; Flyway runs it as V1.")
                             : tr("First migration, generated by Seams; golang-migrate runs it "
                                  "as version 1."));
    if (dialect == Engine::SQLite)
        out += tr("-- Foreign keys are enforced only on connections that run "
                  "PRAGMA foreign_keys = ON.\n");
    out += QLatin1Char('\n');
    if (dialect == Engine::MariaDB)
        out += QLatin1String("SET NAMES utf8mb4;\n\n");
    if (schema.tables.isEmpty())
        out += tr("-- This context has no aggregates yet, so its database has no tables.\n");
    for (const Table &table : schema.tables)
        writeTable(dialect, table, &out);
    for (const Table &table : schema.tables) {
        for (const Index &index : table.indexes) {
            out += QStringLiteral("CREATE INDEX %1 ON %2 (%3)%4;\n")
                       .arg(index.name, table.name, index.columns.join(QLatin1String(", ")),
                            index.unpublishedOnly ? QStringLiteral(" WHERE published_at IS NULL")
                                                  : QString());
        }
    }
    if (dialect != Engine::SQLite) {
        for (const Table &table : schema.tables) {
            for (const ForeignKey &key : table.foreignKeys) {
                out += QStringLiteral("ALTER TABLE %1 ADD CONSTRAINT %2 FOREIGN KEY (%3) "
                                      "REFERENCES %4 (id);\n")
                           .arg(table.name, key.name, key.column, key.referencedTable);
            }
        }
    }
    return out.toUtf8();
}

QByteArray downScript(const DatabaseSchema &schema)
{
    QString out = header(schema, tr("Undoes 000001_init.up.sql, generated by Seams."));
    out += QLatin1Char('\n');
    QStringList tables;
    for (auto it = schema.tables.crbegin(); it != schema.tables.crend(); ++it)
        tables.append(it->name);
    if (tables.isEmpty())
        return (out + tr("-- Nothing to undo: the first migration creates no tables.\n")).toUtf8();
    if (schema.dialect == Engine::SQLite) {
        for (const QString &table : tables)
            out += QStringLiteral("DROP TABLE IF EXISTS %1;\n").arg(table);
        return out.toUtf8();
    }
    if (schema.dialect == Engine::MariaDB) {
        // MariaDB refuses to drop tables that reference each other, even in one statement.
        for (const Table &table : schema.tables) {
            for (const ForeignKey &key : table.foreignKeys) {
                out += QStringLiteral("ALTER TABLE IF EXISTS %1 DROP FOREIGN KEY IF EXISTS %2;\n")
                           .arg(table.name, key.name);
            }
        }
    }
    out += QStringLiteral("DROP TABLE IF EXISTS %1;\n").arg(tables.join(QLatin1String(", ")));
    return out.toUtf8();
}

QByteArray bootstrapScript(const DatabaseSchema &schema)
{
    const QString database = schema.databaseName;
    const QString role = schema.roleName;
    QString out = header(schema,
                         tr("Bootstrap, generated by Seams: run it once, before the "
                            "migrations and outside a transaction."));
    switch (schema.dialect) {
    case Engine::PostgreSQL:
        out += tr("-- As a superuser: psql -v ON_ERROR_STOP=1 -d postgres -f bootstrap.sql\n"
                  "-- CREATE DATABASE cannot run inside a transaction block; \\gexec makes "
                  "re-runs harmless.\n"
                  "-- The role has no password yet: set one with \\password %1.\n\n")
                   .arg(role);
        out += QStringLiteral("SELECT 'CREATE ROLE %1 LOGIN'\n"
                              "WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '%1')"
                              "\\gexec\n")
                   .arg(role);
        out += QStringLiteral("SELECT 'CREATE DATABASE %1 OWNER %2 ENCODING ''UTF8'' "
                              "TEMPLATE template0'\n"
                              "WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = '%1')"
                              "\\gexec\n")
                   .arg(database, role);
        out += tr("-- Database per service: no other role may connect.\n");
        out += QStringLiteral("REVOKE ALL ON DATABASE %1 FROM PUBLIC;\n").arg(database);
        break;
    case Engine::MariaDB:
        out += tr("-- As an administrator: mariadb < bootstrap.sql\n"
                  "-- The account stays locked until it has a password:\n"
                  "--   ALTER USER '%1'@'%' IDENTIFIED BY '...' ACCOUNT UNLOCK;\n\n")
                   .arg(role);
        out += QLatin1String("SET NAMES utf8mb4;\n");
        out += QStringLiteral("CREATE DATABASE IF NOT EXISTS %1 CHARACTER SET utf8mb4 "
                              "COLLATE utf8mb4_unicode_ci;\n")
                   .arg(database);
        out += QStringLiteral("CREATE USER IF NOT EXISTS '%1'@'%' ACCOUNT LOCK;\n").arg(role);
        out += QStringLiteral("GRANT ALL PRIVILEGES ON %1.* TO '%2'@'%';\n").arg(database, role);
        break;
    case Engine::SQLite:
        out += tr("-- The database is one file: sqlite3 %1.sqlite3 < bootstrap.sql\n"
                  "-- SQLite has no server and no roles; the journal mode is what cannot be "
                  "changed inside a transaction.\n\n")
                   .arg(database);
        out += QLatin1String("PRAGMA journal_mode = WAL;\n");
        break;
    }
    return out.toUtf8();
}

} // namespace Seams::Sql
