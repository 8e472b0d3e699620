#pragma once

#include "analysis/findings.h"
#include "model/naming.h"
#include "model/relationship.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QUuid>

namespace Seams {

class Board;

/** The database of one bounded context, derived from its aggregates and domain events, in
 *  terms every dialect can write (see SqlWriter). Building it decides every name: tables
 *  from aggregates (Naming::tableName), columns from fields, constraint and index names,
 *  all sanitised for the dialect and unique; what had to be renamed is reported. */
namespace Sql {

enum class ColumnType {
    Uuid,
    String,
    Text,
    Integer,
    BigInteger,
    Decimal,
    Boolean,
    Timestamp,
    Date,
    Json,
    Currency,
    Enum,
};

enum class ColumnDefault { None, NewUuid, Now, Zero };

struct Column
{
    QString name;
    ColumnType type = ColumnType::String;
    bool nullable = false;
    ColumnDefault defaultValue = ColumnDefault::None;
    /** The row's last change: MariaDB keeps it current with ON UPDATE. */
    bool touchedOnUpdate = false;
    /** Plain text, written as a COMMENT (PostgreSQL, MariaDB) or an SQL comment (SQLite). */
    QString comment;
};

/** A CHECK on one column: enum values (all dialects), or what SQLite cannot express with a
 *  type (booleans 0/1, valid JSON). */
struct Check
{
    QString name;
    QString column;
    ColumnType type = ColumnType::Enum;
    QStringList values;
};

struct ForeignKey
{
    QString name;
    QString column;
    QString referencedTable;
};

struct Index
{
    QString name;
    QStringList columns;
    /** Only rows not published yet (the outbox), where the dialect has partial indexes. */
    bool unpublishedOnly = false;
};

struct Table
{
    QString name;
    /** The aggregate note; null for the outbox. */
    QUuid noteId;
    QString aggregateName;
    QString comment;
    QList<Column> columns;
    QString primaryKeyName;
    QList<Check> checks;
    QList<ForeignKey> foreignKeys;
    QList<Index> indexes;
};

/** A column holding the id of an aggregate that lives in another context's database: a
 *  plain id, no foreign key, kept in sync the way the contexts' relationship says. */
struct CrossReference
{
    QString table;
    QString column;
    QString targetAggregate;
    /** Null when the target aggregate is in no context. */
    QUuid targetContextId;
    QString targetContextName;
    QString targetTable;
    QString targetDatabase;
    MigrationStatus targetStatus = MigrationStatus::Monolith;
    /** Relationships between the two contexts, in either direction. */
    QList<Relationship> relationships;
};

/** A domain event the context publishes through its outbox. */
struct EventType
{
    QString name;
    QStringList payload;
};

struct DatabaseSchema
{
    QUuid contextId;
    QString contextName;
    DatabaseEngine dialect = DatabaseEngine::PostgreSQL;
    ResolvedHandoff handoff;
    QString databaseName;
    QString roleName;
    /** In creation order: referenced tables first; the outbox last. */
    QList<Table> tables;
    QList<EventType> events;
    QList<CrossReference> crossReferences;
    /** Renamed identifiers and collisions (area "database"). */
    QList<Finding> findings;

    bool hasOutbox() const { return !events.isEmpty(); }
};

/** The sanitised database name of a context (folder name, CREATE DATABASE). */
QString databaseName(const BoundedContext &context, const BoardSettings &settings);

/** Builds the schema of one context for one dialect. Never fails: bad names are sanitised
 *  and reported in `findings`. */
DatabaseSchema buildSchema(const Board &board, const BoundedContext &context,
                           DatabaseEngine dialect);

} // namespace Sql
} // namespace Seams
