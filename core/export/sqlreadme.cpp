// The README.md beside each context's SQL: what a team needs to run the files and to know
// which data is not theirs.

#include "sqlnames.h"
#include "sqlwriter.h"

#include "analysis/findings.h"

#include <QCoreApplication>

namespace Seams::Sql {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Seams::Sql", text);
}

using Engine = DatabaseEngine;

QString code(const QString &identifier)
{
    return QLatin1Char('`') + identifier + QLatin1Char('`');
}

QString statusText(const ResolvedHandoff &handoff)
{
    QString text = sentenceName(handoff.status);
    if (handoff.wave > 0)
        text = tr("%1, wave %2").arg(text).arg(handoff.wave);
    return text;
}

QString applySteps(const DatabaseSchema &schema, Layout layout)
{
    const QString db = schema.databaseName;
    const QString role = schema.roleName;
    const QString up = migrationFiles(layout).constFirst();
    QString manual;
    QString tool;
    QString bootstrap;
    switch (schema.dialect) {
    case Engine::PostgreSQL:
        bootstrap = QStringLiteral("psql -v ON_ERROR_STOP=1 -d postgres -f bootstrap.sql");
        manual = QStringLiteral("psql -v ON_ERROR_STOP=1 -d %1 -U %2 -f %3").arg(db, role, up);
        tool = layout == Layout::Flyway
            ? QStringLiteral("flyway -url=jdbc:postgresql://HOST:5432/%1 -user=%2 "
                             "-locations=filesystem:migrations migrate")
                  .arg(db, role)
            : QStringLiteral("migrate -path migrations -database "
                             "'postgres://%2@HOST:5432/%1?sslmode=require' up")
                  .arg(db, role);
        break;
    case Engine::MariaDB:
        bootstrap = QStringLiteral("mariadb < bootstrap.sql");
        manual = QStringLiteral("mariadb -u %2 -p %1 < %3").arg(db, role, up);
        tool = layout == Layout::Flyway
            ? QStringLiteral("flyway -url=jdbc:mariadb://HOST:3306/%1 -user=%2 "
                             "-locations=filesystem:migrations migrate")
                  .arg(db, role)
            : QStringLiteral("migrate -path migrations -database "
                             "'mysql://%2:PASSWORD@tcp(HOST:3306)/%1?multiStatements=true' up")
                  .arg(db, role);
        break;
    case Engine::SQLite:
        bootstrap = QStringLiteral("sqlite3 %1.sqlite3 < bootstrap.sql").arg(db);
        manual = QStringLiteral("sqlite3 %1.sqlite3 < %2").arg(db, up);
        tool = layout == Layout::Flyway
            ? QStringLiteral("flyway -url=jdbc:sqlite:%1.sqlite3 "
                             "-locations=filesystem:migrations migrate")
                  .arg(db)
            : QStringLiteral("migrate -path migrations -database 'sqlite3://%1.sqlite3' up")
                  .arg(db);
        break;
    }
    QString text = tr("1. `bootstrap.sql` creates what a migration cannot (it must run outside "
                      "a transaction). Run it once, as an administrator:\n\n"
                      "       %1\n\n")
                       .arg(bootstrap);
    text += tr("2. `%1` creates the tables, with %2 or by hand:\n\n"
               "       %3\n"
               "       %4\n")
                .arg(up, layout == Layout::Flyway ? tr("Flyway") : tr("golang-migrate"), tool,
                     manual);
    if (schema.dialect == Engine::MariaDB) {
        text += tr("\nTimestamps are `datetime(6)` in UTC: connect with "
                   "`SET time_zone = '+00:00'`. UUID columns need MariaDB 10.7 or later.\n");
    } else if (schema.dialect == Engine::SQLite) {
        text += tr("\nSQLite enforces the foreign keys only on connections that run "
                   "`PRAGMA foreign_keys = ON`. Tables are STRICT (SQLite 3.37 or later); "
                   "timestamps are ISO 8601 text in UTC, decimals are text.\n");
    } else {
        text += tr("\n`gen_random_uuid()` needs PostgreSQL 13 or later.\n");
    }
    return text;
}

QString syncText(const DatabaseSchema &schema, const CrossReference &cross,
                 const Relationship &relationship)
{
    const QString target = markdown(cross.targetContextName);
    const QString pattern = sentenceName(relationship.pattern);
    const bool targetUpstream = relationship.upstreamId == cross.targetContextId;
    QString text = targetUpstream
        ? tr("%1 is upstream (%2)").arg(target, pattern)
        : tr("%1 is downstream of this context (%2), so the data flows the other way")
              .arg(target, pattern);
    switch (relationship.sync) {
    case DataSync::None:
        text += tr("; no data sync is chosen yet");
        break;
    case DataSync::ReadReplica:
        text += tr("; kept in sync through a read replica of %1: read-only access during the "
                   "transition")
                    .arg(cross.targetStatus == MigrationStatus::Monolith
                             ? tr("the monolith's database")
                             : code(cross.targetDatabase));
        break;
    case DataSync::Events:
        text += tr("; kept in sync by events: %1 keeps its own copy of what it needs, updated "
                   "from the events %2 publishes")
                    .arg(markdown(schema.contextName), target);
        break;
    case DataSync::ApiCalls:
        text += tr("; looked up through %1's API when needed (fine for low-volume lookups, not "
                   "for joins)")
                    .arg(target);
        break;
    }
    QString description = oneLine(relationship.description);
    while (description.endsWith(QLatin1Char('.')))
        description.chop(1);
    if (!description.isEmpty())
        text += QLatin1String(" (") + markdown(description) + QLatin1Char(')');
    return text;
}

QString crossReferences(const DatabaseSchema &schema)
{
    if (schema.crossReferences.isEmpty())
        return tr("None: every reference stays inside this database.\n");
    QString text = tr("Foreign keys cannot cross databases: these columns hold plain ids, and "
                      "the other context's data reaches this one only as described.\n\n");
    for (const CrossReference &cross : schema.crossReferences) {
        const QString column = code(cross.table + QLatin1Char('.') + cross.column);
        if (cross.targetContextId.isNull()) {
            text += tr("- %1 refers to %2 (%3), an aggregate in no bounded context yet.\n")
                        .arg(column, markdown(cross.targetAggregate),
                             code(cross.targetTable + ".id"));
            continue;
        }
        QString where = code(cross.targetDatabase);
        if (cross.targetStatus == MigrationStatus::Monolith)
            where = tr("still in the monolith's database");
        text += tr("- %1 refers to %2 (%3 of %4, %5)")
                    .arg(column, markdown(cross.targetAggregate), code(cross.targetTable + ".id"),
                         markdown(cross.targetContextName), where);
        if (cross.relationships.isEmpty()) {
            text += tr(". **No relationship** connects %1 and %2 on the context map: decide how "
                       "this data is kept in sync.\n")
                        .arg(markdown(schema.contextName), markdown(cross.targetContextName));
            continue;
        }
        QStringList ways;
        for (const Relationship &relationship : cross.relationships)
            ways.append(syncText(schema, cross, relationship));
        text += QLatin1String(". ") + ways.join(QLatin1String("; ")) + QLatin1String(".\n");
    }
    return text;
}

QString tables(const DatabaseSchema &schema)
{
    if (schema.tables.isEmpty())
        return tr("This context has no aggregates yet, so its database has no tables.\n");
    QString text = tr("| Table | Aggregate | Columns |\n|---|---|---|\n");
    QStringList foreignKeys;
    for (const Table &table : schema.tables) {
        QStringList columns;
        for (const Column &column : table.columns)
            columns.append(code(column.name));
        const QString aggregate
            = table.noteId.isNull() ? tr("(outbox)") : markdown(table.aggregateName);
        text += QStringLiteral("| %1 | %2 | %3 |\n")
                    .arg(code(table.name), aggregate, columns.join(QLatin1String(", ")));
        for (const ForeignKey &key : table.foreignKeys) {
            foreignKeys.append(QStringLiteral("%1 \u2192 %2")
                                   .arg(code(table.name + QLatin1Char('.') + key.column),
                                        code(key.referencedTable + ".id")));
        }
    }
    text += tr("\nEach aggregate table has a uuid primary key `id`, `created_at`, `updated_at` "
               "and `version`. Optimistic locking: update with `... SET version = version + 1 "
               "WHERE id = ? AND version = ?`; when no row changes, another writer was first "
               "and the API answers 409 Conflict.\n");
    if (schema.dialect != DatabaseEngine::MariaDB) // MariaDB keeps it with ON UPDATE
        text += tr("Set `updated_at` in the same UPDATE; the database does not.\n");
    if (!foreignKeys.isEmpty()) {
        text += tr("\nForeign keys inside this database, each with an index: %1.\n")
                    .arg(foreignKeys.join(QLatin1String(", ")));
    }
    return text;
}

QString outbox(const DatabaseSchema &schema)
{
    if (!schema.hasOutbox())
        return tr("This context publishes no domain events, so it has no outbox.\n");
    QString text = tr("Write each domain event into `outbox` in the same transaction as the "
                      "change it reports; a relay publishes the rows whose `published_at` is "
                      "null, oldest first, then sets `published_at`. Events are therefore "
                      "published after the write and at least once: consumers must tolerate "
                      "duplicates.\n\nEvent types:\n\n");
    for (const EventType &event : schema.events) {
        text += QStringLiteral("- %1").arg(code(event.name));
        if (!event.payload.isEmpty())
            text += QStringLiteral(" (%1)").arg(markdown(event.payload.join(QLatin1String(", "))));
        text += QLatin1Char('\n');
    }
    return text;
}

} // namespace

QByteArray readme(const DatabaseSchema &schema, Layout layout, const QList<Finding> &findings)
{
    const ResolvedHandoff &handoff = schema.handoff;
    QString text = QStringLiteral("# %1\n\n").arg(schema.databaseName);
    text += tr("The %1 database of %2 (service %3%4; %5). Generated by Seams.\n\n")
                .arg(displayName(schema.dialect),
                     QStringLiteral("**%1**").arg(markdown(schema.contextName)),
                     markdown(handoff.serviceName),
                     handoff.team.trimmed().isEmpty() ? QString()
                                                      : tr(", team %1").arg(markdown(handoff.team)),
                     statusText(handoff));
    text += tr("## Apply it\n\n") + applySteps(schema, layout);
    text += tr("\n## Tables\n\n") + tables(schema);
    text += tr("\n## References to other contexts\n\n") + crossReferences(schema);
    text += tr("\n## Outbox\n\n") + outbox(schema);
    text += tr("\n## Warnings (`seams check`, area \"database\")\n\n");
    if (findings.isEmpty())
        text += tr("None.\n");
    for (const Finding &finding : findings) {
        text += QStringLiteral("- %1: %2 (%3)\n")
                    .arg(Checks::severityKey(finding.severity), markdown(finding.message),
                         code(finding.code));
    }
    return text.toUtf8();
}

} // namespace Seams::Sql
