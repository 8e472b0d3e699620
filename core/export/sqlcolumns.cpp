// The columns of an aggregate's table: types, names, checks, and references inside the
// context (foreign keys) or to another context (plain ids).

#include "sqlschemabuilder_p.h"

namespace Seams::Sql::Detail {

namespace {

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

} // namespace

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

QString Builder::columnLabel(const Note &aggregate, const Field &field) const
{
    return tr("Field %1 of %2 in %3")
        .arg(quoted(field.name), quoted(aggregate.text), quoted(m_context.name));
}

} // namespace Seams::Sql::Detail
