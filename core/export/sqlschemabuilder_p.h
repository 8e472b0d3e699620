#pragma once

#include <QCoreApplication>

// The schema builder's parts shared by sqlschema.cpp (tables, outbox, order) and
// sqlcolumns.cpp (fields, checks, references). Not part of the interface.

#include "sqlnames.h"
#include "sqlschema.h"

#include "model/board.h"

#include <QHash>

namespace Seams::Sql::Detail {

QString tr(const char *text);
/** Board text in quotation marks, one line, at most 60 characters. */
QString quoted(const QString &text);
/** The first 8 hex digits of an id, for fallback names. */
QString idPrefix(const QUuid &id);
/** The aggregates of a context (null: of no context), by id. */
QList<const Note *> aggregatesById(const Board &board, const QUuid &contextId);

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
                      NameSpace *names);

Column makeColumn(const QString &name, ColumnType type, bool nullable = false,
                  ColumnDefault defaultValue = ColumnDefault::None, const QString &comment = {});

/** Builds one context's DatabaseSchema (see buildSchema()): table names first, so that
 *  references and collisions can be resolved, then each table's columns and constraints. */
class Builder
{
    Q_DECLARE_TR_FUNCTIONS(Seams::Sql::Detail::Builder)

public:
    Builder(const Board &board, const BoundedContext &context, DatabaseEngine dialect)
        : m_board(board)
        , m_context(context)
        , m_dialect(dialect)
    { }

    DatabaseSchema build();

private:
    /** The table of an aggregate: id, the fields, created_at, updated_at, version. */
    Table buildTable(const Note &aggregate);
    /** One field as one column (two for money), with its check or reference. */
    void addField(Table *table, NameSpace *columns, const Note &aggregate, const Field &field,
                  int position);
    /** A unique, safe column name in the table; renames are reported. */
    QString claimColumn(NameSpace *columns, const Note &aggregate, const Field &field,
                        const QString &snakeName);
    void addChecks(Table *table, const Column &column, const QStringList &enumValues);
    /** A foreign key and index inside the context, a plain id with a comment across. */
    void addReference(Table *table, const Column &column, const Field &field);
    Table outboxTable();
    /** A unique name in the database for a constraint or index ("fk_<table>_<column>"). */
    QString relationName(const char *prefix, const QString &table, const QString &column = {});
    /** Referenced tables first; ties and cycles by name. */
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

} // namespace Seams::Sql::Detail
