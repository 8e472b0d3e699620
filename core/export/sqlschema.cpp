#include "sqlschema.h"

#include "sqlschemabuilder_p.h"

#include <QCoreApplication>

#include <algorithm>

namespace Seams::Sql {

namespace Detail {

QString tr(const char *text)
{
    return QCoreApplication::translate("Seams::Sql", text);
}

QString quoted(const QString &text)
{
    const QString line = oneLine(text);
    return QStringLiteral("\u201c%1\u201d").arg(line.size() > 60 ? line.left(57) + "..." : line);
}

QString idPrefix(const QUuid &id)
{
    return id.toString(QUuid::WithoutBraces).left(8);
}

QList<const Note *> aggregatesById(const Board &board, const QUuid &contextId)
{
    // Called for every context and every context it refers to: filter first, so that only
    // the few aggregates get sorted, not the whole board.
    QList<const Note *> result;
    for (const Note &note : board.notes()) {
        if (note.kind == NoteKind::Aggregate && note.contextId == contextId)
            result.append(&note);
    }
    std::sort(result.begin(), result.end(),
              [](const Note *a, const Note *b) { return a->id < b->id; });
    return result;
}

TableNames nameTables(const QList<const Note *> &aggregates, DatabaseEngine dialect,
                      NameSpace *names)
{
    TableNames result;
    QHash<QString, QUuid> firstClaim;
    for (const Note *note : aggregates) {
        Identifier table = identifier(Naming::tableName(note->text), dialect,
                                      "aggregate_" + idPrefix(note->id), QStringLiteral("t_"));
        bool collided = false;
        const QString wanted = table.name;
        table.name = names->claim(wanted, &collided);
        if (collided) {
            result.collided.insert(note->id, wanted);
            if (firstClaim.contains(wanted))
                result.collidedWith.insert(note->id, firstClaim.value(wanted));
        } else {
            firstClaim.insert(wanted, note->id);
        }
        result.byNote.insert(note->id, table);
    }
    return result;
}

Column makeColumn(const QString &name, ColumnType type, bool nullable, ColumnDefault defaultValue,
                  const QString &comment)
{
    Column column;
    column.name = name;
    column.type = type;
    column.nullable = nullable;
    column.defaultValue = defaultValue;
    column.comment = comment;
    return column;
}

DatabaseSchema Builder::build()
{
    m_schema.contextId = m_context.id;
    m_schema.contextName = m_context.name;
    m_schema.dialect = m_dialect;
    m_schema.handoff = Naming::resolve(m_context, m_board.settings());
    m_schema.databaseName = databaseName(m_context, m_board.settings());
    m_schema.roleName
        = identifier(Naming::snakeCase(Naming::words(m_schema.handoff.serviceName)), m_dialect,
                     "context_" + idPrefix(m_context.id) + "_service", QStringLiteral("r_"))
              .name;

    for (const Note *note : m_board.notesInContext(m_context.id)) {
        if (note->kind != NoteKind::DomainEvent)
            continue;
        EventType event;
        const QStringList words = Naming::words(note->text);
        event.name = words.isEmpty() ? "Event" + idPrefix(note->id) : Naming::pascalCase(words);
        for (const Field &field : note->fields)
            event.payload.append(oneLine(field.name) + QLatin1Char(' ') + toKey(field.type));
        m_schema.events.append(event);
    }
    if (m_schema.hasOutbox())
        m_relations.claim(QStringLiteral("outbox"));

    const QList<const Note *> aggregates = aggregatesById(m_board, m_context.id);
    m_tables = nameTables(aggregates, m_dialect, &m_relations);
    for (const Note *note : aggregates)
        m_schema.tables.append(buildTable(*note));
    orderTables();
    if (m_schema.hasOutbox())
        m_schema.tables.append(outboxTable());
    return m_schema;
}

Table Builder::buildTable(const Note &aggregate)
{
    const Identifier &name = m_tables.byNote.value(aggregate.id);
    if (m_tables.collided.contains(aggregate.id)) {
        const QString wanted = m_tables.collided.value(aggregate.id);
        if (const Note *first = m_board.note(m_tables.collidedWith.value(aggregate.id))) {
            report(Finding::Severity::Warning, "database.identifier-collision",
                   tr("Aggregates %1 and %2 of %3 both become table %4; the second one is "
                      "named %5.")
                       .arg(quoted(first->text), quoted(aggregate.text), quoted(m_context.name),
                            wanted, name.name),
                   {first->id, aggregate.id});
        } else {
            report(Finding::Severity::Warning, "database.identifier-collision",
                   tr("Aggregate %1 of %2 becomes table %3, the name of the outbox table; it "
                      "is named %4.")
                       .arg(quoted(aggregate.text), quoted(m_context.name), wanted, name.name),
                   {aggregate.id});
        }
    }
    if (name.reserved || name.shortened) {
        report(Finding::Severity::Info, "database.identifier-renamed",
               tr("Aggregate %1 of %2 becomes table %3 (%4).")
                   .arg(quoted(aggregate.text), quoted(m_context.name), name.name,
                        name.reserved ? tr("reserved word in %1").arg(displayName(m_dialect))
                                      : tr("shortened to 63 bytes")),
               {aggregate.id});
    }
    Table table;
    table.name = name.name;
    table.noteId = aggregate.id;
    table.aggregateName = oneLine(aggregate.text);
    table.comment = tr("Aggregate %1 of %2.").arg(table.aggregateName, oneLine(m_context.name));
    table.primaryKeyName = relationName("pk", table.name);

    NameSpace columns;
    for (const char *system : {"id", "created_at", "updated_at", "version"})
        columns.claim(QLatin1String(system));
    table.columns.append(
        makeColumn(QStringLiteral("id"), ColumnType::Uuid, false, ColumnDefault::NewUuid));
    for (int i = 0; i < aggregate.fields.size(); ++i)
        addField(&table, &columns, aggregate, aggregate.fields.at(i), i + 1);
    table.columns.append(
        makeColumn(QStringLiteral("created_at"), ColumnType::Timestamp, false, ColumnDefault::Now));
    Column updatedAt = makeColumn(QStringLiteral("updated_at"), ColumnType::Timestamp, false,
                                  ColumnDefault::Now);
    updatedAt.touchedOnUpdate = true;
    table.columns.append(updatedAt);
    table.columns.append(makeColumn(QStringLiteral("version"), ColumnType::Integer, false,
                                    ColumnDefault::Zero,
                                    tr("Optimistic locking: updates check and increment it; a "
                                       "stale version means 409 Conflict.")));
    return table;
}

Table Builder::outboxTable()
{
    Table outbox;
    outbox.name = QStringLiteral("outbox");
    outbox.comment = tr("Domain events of %1, written in the same transaction as the change "
                        "and published afterwards.")
                         .arg(oneLine(m_context.name));
    outbox.primaryKeyName = relationName("pk", outbox.name);
    outbox.columns = {
        makeColumn(QStringLiteral("id"), ColumnType::Uuid, false, ColumnDefault::NewUuid),
        makeColumn(QStringLiteral("aggregate_type"), ColumnType::String),
        makeColumn(QStringLiteral("aggregate_id"), ColumnType::Uuid),
        makeColumn(QStringLiteral("event_type"), ColumnType::String),
        makeColumn(QStringLiteral("payload"), ColumnType::Json),
        makeColumn(QStringLiteral("occurred_at"), ColumnType::Timestamp, false, ColumnDefault::Now),
        makeColumn(QStringLiteral("published_at"), ColumnType::Timestamp, true, ColumnDefault::None,
                   tr("Null until the relay has published the event.")),
    };
    if (m_dialect == DatabaseEngine::SQLite)
        addChecks(&outbox, outbox.columns.at(4), {});
    // Without partial indexes (MariaDB) the relay's query still finds the unpublished rows
    // first by indexing published_at itself.
    const bool partial = m_dialect != DatabaseEngine::MariaDB;
    outbox.indexes.append(
        {relationName("ix", outbox.name, QStringLiteral("unpublished")),
         partial ? QStringList {QStringLiteral("occurred_at")}
                 : QStringList {QStringLiteral("published_at"), QStringLiteral("occurred_at")},
         partial});
    return outbox;
}

QString Builder::relationName(const char *prefix, const QString &table, const QString &column)
{
    QString name = QLatin1String(prefix) + QLatin1Char('_') + table;
    if (!column.isEmpty())
        name += QLatin1Char('_') + column;
    return m_relations.claim(name);
}

void Builder::orderTables()
{
    // Referenced tables first (PostgreSQL and MariaDB need them to exist for a foreign key);
    // among the ready ones, by name; a cycle is broken at the smallest name.
    QList<Table> remaining = m_schema.tables;
    std::sort(remaining.begin(), remaining.end(),
              [](const Table &a, const Table &b) { return a.name < b.name; });
    QList<Table> ordered;
    QSet<QString> created;
    while (!remaining.isEmpty()) {
        qsizetype pick = 0;
        for (qsizetype i = 0; i < remaining.size(); ++i) {
            const Table &table = remaining.at(i);
            const bool ready = std::all_of(
                table.foreignKeys.cbegin(), table.foreignKeys.cend(), [&](const ForeignKey &fk) {
                    return fk.referencedTable == table.name || created.contains(fk.referencedTable);
                });
            if (ready) {
                pick = i;
                break;
            }
        }
        created.insert(remaining.at(pick).name);
        ordered.append(remaining.takeAt(pick));
    }
    m_schema.tables = ordered;
}

void Builder::report(Finding::Severity severity, const char *code, const QString &message,
                     QList<QUuid> items)
{
    m_schema.findings.append(
        Finding {severity, QStringLiteral("database"), QLatin1String(code), message, items});
}

} // namespace Detail

QString databaseName(const BoundedContext &context, const BoardSettings &settings)
{
    const QString wanted
        = Naming::snakeCase(Naming::words(Naming::resolve(context, settings).databaseName));
    // The folder and database name must not depend on the dialect: a word reserved in any
    // of them gets the underscore.
    Identifier name
        = identifier(wanted, DatabaseEngine::PostgreSQL,
                     "context_" + Detail::idPrefix(context.id) + "_db", QStringLiteral("db_"));
    for (DatabaseEngine other : {DatabaseEngine::MariaDB, DatabaseEngine::SQLite}) {
        if (!name.reserved && isReserved(other, name.name))
            name.name += QLatin1Char('_');
    }
    return name.name;
}

DatabaseSchema buildSchema(const Board &board, const BoundedContext &context,
                           DatabaseEngine dialect)
{
    return Detail::Builder(board, context, dialect).build();
}

} // namespace Seams::Sql
