#include "sqlschema.h"

#include "sqlnames.h"

#include "model/board.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>

namespace Seams::Sql {

namespace {

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
    QList<const Note *> result;
    for (const Note *note : board.sortedNotes()) {
        if (note->kind == NoteKind::Aggregate && note->contextId == contextId)
            result.append(note);
    }
    return result;
}

/** Table names of the aggregates of one context, in the order they claim them (by id), so
 *  that a collision always renames the same aggregate. */
struct TableNames
{
    QHash<QUuid, Identifier> byNote;
    /** The name each aggregate wanted, for those that had to take another one. */
    QHash<QUuid, QString> collided;
    /** Who had the wanted name first; absent when it was the outbox. */
    QHash<QUuid, QUuid> collidedWith;
};

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

ColumnType columnType(FieldType type)
{
    switch (type) {
    case FieldType::String:
        return ColumnType::String;
    case FieldType::Text:
        return ColumnType::Text;
    case FieldType::Integer:
        return ColumnType::Integer;
    case FieldType::Decimal:
        return ColumnType::Decimal;
    case FieldType::Money:
        return ColumnType::BigInteger;
    case FieldType::Boolean:
        return ColumnType::Boolean;
    case FieldType::Uuid:
    case FieldType::Reference:
        return ColumnType::Uuid;
    case FieldType::Timestamp:
        return ColumnType::Timestamp;
    case FieldType::Date:
        return ColumnType::Date;
    case FieldType::Enum:
        return ColumnType::Enum;
    case FieldType::Json:
        return ColumnType::Json;
    }
    return ColumnType::String;
}

Column makeColumn(const QString &name, ColumnType type, bool nullable = false,
                  ColumnDefault defaultValue = ColumnDefault::None, const QString &comment = {})
{
    Column column;
    column.name = name;
    column.type = type;
    column.nullable = nullable;
    column.defaultValue = defaultValue;
    column.comment = comment;
    return column;
}

class Builder
{
public:
    Builder(const Board &board, const BoundedContext &context, DatabaseEngine dialect)
        : m_board(board)
        , m_context(context)
        , m_dialect(dialect)
    { }

    DatabaseSchema build();

private:
    Table buildTable(const Note &aggregate);
    void addField(Table *table, NameSpace *columns, const Note &aggregate, const Field &field,
                  int position);
    QString claimColumn(NameSpace *columns, const Note &aggregate, const Field &field,
                        const QString &snakeName);
    void addChecks(Table *table, const Column &column, const QStringList &enumValues);
    void addReference(Table *table, const Column &column, const Field &field);
    Table outboxTable();
    QString relationName(const char *prefix, const QString &table, const QString &column = {});
    void orderTables();
    void report(Finding::Severity severity, const char *code, const QString &message,
                QList<QUuid> items);
    QString columnLabel(const Note &aggregate, const Field &field) const;

    const Board &m_board;
    const BoundedContext &m_context;
    DatabaseEngine m_dialect;
    DatabaseSchema m_schema;
    NameSpace m_relations; // tables, indexes and constraints share the database's namespace
    TableNames m_tables;
    /** Table names of other contexts' aggregates, by context id, computed once each. */
    QHash<QUuid, TableNames> m_otherTables;
};

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

void Builder::addField(Table *table, NameSpace *columns, const Note &aggregate, const Field &field,
                       int position)
{
    QStringList words = Naming::words(field.name);
    if (words.isEmpty())
        words = {QStringLiteral("field"), QString::number(position)};
    if (field.type == FieldType::Reference && words.last() != "id")
        words.append(QStringLiteral("id"));
    const QString base = Naming::snakeCase(words);
    Column column;
    column.type = columnType(field.type);
    column.nullable = field.nullable;
    if (field.type == FieldType::Money) {
        column.name = claimColumn(columns, aggregate, field, base + "_cents");
        column.comment
            = tr("Amount of %1 in the currency's minor unit (cents).").arg(oneLine(field.name));
        table->columns.append(column);
        Column currency = column;
        currency.type = ColumnType::Currency;
        currency.name = claimColumn(columns, aggregate, field, base + "_currency");
        currency.comment = tr("ISO 4217 currency code of %1.").arg(oneLine(field.name));
        table->columns.append(currency);
        return;
    }
    column.name = claimColumn(columns, aggregate, field, base);
    QStringList enumValues;
    for (const QString &value : field.enumValues) {
        if (!enumValues.contains(value))
            enumValues.append(value);
    }
    if (field.type == FieldType::Enum && enumValues.isEmpty())
        column.comment = tr("Enumeration without values: no CHECK constraint.");
    if (field.type == FieldType::Reference)
        addReference(table, column, field);
    else
        table->columns.append(column);
    addChecks(table, column, enumValues);
}

QString Builder::claimColumn(NameSpace *columns, const Note &aggregate, const Field &field,
                             const QString &snakeName)
{
    const Identifier wanted = identifier(snakeName, m_dialect, snakeName, QStringLiteral("c_"));
    bool collided = false;
    const QString name = columns->claim(wanted.name, &collided);
    if (collided) {
        report(Finding::Severity::Warning, "database.identifier-collision",
               tr("%1 becomes column %2, which another field or a standard column already "
                  "uses; it is named %3.")
                   .arg(columnLabel(aggregate, field), wanted.name, name),
               {aggregate.id});
    } else if (wanted.reserved || wanted.shortened) {
        report(Finding::Severity::Info, "database.identifier-renamed",
               tr("%1 becomes column %2 (%3).")
                   .arg(columnLabel(aggregate, field), name,
                        wanted.reserved ? tr("reserved word in %1").arg(displayName(m_dialect))
                                        : tr("shortened to 63 bytes")),
               {aggregate.id});
    }
    return name;
}

void Builder::addChecks(Table *table, const Column &column, const QStringList &enumValues)
{
    const bool needsCheck = (column.type == ColumnType::Enum && !enumValues.isEmpty())
        || (m_dialect == DatabaseEngine::SQLite
            && (column.type == ColumnType::Boolean || column.type == ColumnType::Json));
    if (needsCheck) {
        table->checks.append(
            {relationName("ck", table->name, column.name), column.name, column.type, enumValues});
    }
}

void Builder::addReference(Table *table, const Column &column, const Field &field)
{
    Column reference = column;
    const Note *target = m_board.note(field.reference);
    if (!target || target->kind != NoteKind::Aggregate) {
        reference.comment = tr("Refers to an aggregate that is not on the board any more.");
        table->columns.append(reference);
        return;
    }
    if (target->contextId == m_context.id) {
        table->columns.append(reference);
        table->foreignKeys.append({relationName("fk", table->name, reference.name), reference.name,
                                   m_tables.byNote.value(target->id).name});
        table->indexes.append(
            {relationName("ix", table->name, reference.name), {reference.name}, false});
        return;
    }
    CrossReference cross;
    cross.table = table->name;
    cross.column = reference.name;
    cross.targetAggregate = oneLine(target->text);
    const BoundedContext *targetContext = m_board.context(target->contextId);
    const DatabaseEngine targetDialect = targetContext
        ? Naming::resolve(*targetContext, m_board.settings()).databaseEngine
        : m_dialect;
    if (!m_otherTables.contains(target->contextId)) {
        NameSpace targetNames;
        m_otherTables.insert(
            target->contextId,
            nameTables(aggregatesById(m_board, target->contextId), targetDialect, &targetNames));
    }
    cross.targetTable = m_otherTables.value(target->contextId).byNote.value(target->id).name;
    if (targetContext) {
        cross.targetContextId = targetContext->id;
        cross.targetContextName = oneLine(targetContext->name);
        cross.targetDatabase = databaseName(*targetContext, m_board.settings());
        cross.targetStatus = targetContext->handoff.status;
        for (const Relationship *relationship : m_board.sortedRelationships()) {
            const bool between = (relationship->upstreamId == m_context.id
                                  && relationship->downstreamId == targetContext->id)
                || (relationship->upstreamId == targetContext->id
                    && relationship->downstreamId == m_context.id);
            if (between)
                cross.relationships.append(*relationship);
        }
        reference.comment = tr("Refers to %1 (%2.id in %3 of %4); no foreign key across "
                               "databases.")
                                .arg(cross.targetAggregate, cross.targetTable, cross.targetDatabase,
                                     cross.targetContextName);
    } else {
        reference.comment = tr("Refers to %1 (%2.id; that aggregate is in no bounded "
                               "context yet); no foreign key.")
                                .arg(cross.targetAggregate, cross.targetTable);
    }
    table->columns.append(reference);
    m_schema.crossReferences.append(cross);
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

QString Builder::columnLabel(const Note &aggregate, const Field &field) const
{
    return tr("Field %1 of %2 in %3")
        .arg(quoted(field.name), quoted(aggregate.text), quoted(m_context.name));
}

} // namespace

QString databaseName(const BoundedContext &context, const BoardSettings &settings)
{
    const QString wanted
        = Naming::snakeCase(Naming::words(Naming::resolve(context, settings).databaseName));
    // The folder and database name must not depend on the dialect: a word reserved in any
    // of them gets the underscore.
    Identifier name = identifier(wanted, DatabaseEngine::PostgreSQL,
                                 "context_" + idPrefix(context.id) + "_db", QStringLiteral("db_"));
    for (DatabaseEngine other : {DatabaseEngine::MariaDB, DatabaseEngine::SQLite}) {
        if (!name.reserved && isReserved(other, name.name))
            name.name += QLatin1Char('_');
    }
    return name.name;
}

DatabaseSchema buildSchema(const Board &board, const BoundedContext &context,
                           DatabaseEngine dialect)
{
    return Builder(board, context, dialect).build();
}

} // namespace Seams::Sql
