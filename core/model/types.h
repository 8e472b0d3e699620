#pragma once

#include <QColor>
#include <QList>
#include <QObject>
#include <QSizeF>
#include <QString>

#include <optional>

namespace Seams {
Q_NAMESPACE

/** The eight event-storming sticky-note kinds, in the order the legend shows them. */
enum class NoteKind {
    DomainEvent,
    Command,
    Aggregate,
    Policy,
    ReadModel,
    ExternalSystem,
    Actor,
    Hotspot,
};
Q_ENUM_NS(NoteKind)

/** Where a bounded context stands in the strangler-fig migration. */
enum class MigrationStatus {
    Monolith,
    Extracting,
    Extracted,
};
Q_ENUM_NS(MigrationStatus)

/** The database engine a context's schema stubs are written for. */
enum class DatabaseEngine {
    PostgreSQL,
    MariaDB,
    SQLite,
};
Q_ENUM_NS(DatabaseEngine)

/** DDD context-map patterns for a relationship between two contexts. */
enum class RelationshipPattern {
    CustomerSupplier,
    Conformist,
    AnticorruptionLayer,
    OpenHostService,
    PublishedLanguage,
    SharedKernel,
    Partnership,
};
Q_ENUM_NS(RelationshipPattern)

/** How the downstream context gets the upstream's data during the transition (the seed's
 *  three options). */
enum class DataSync {
    None,
    ReadReplica,
    Events,
    ApiCalls,
};
Q_ENUM_NS(DataSync)

/** Types of aggregate fields and event payload fields. */
enum class FieldType {
    String,
    Text,
    Integer,
    Decimal,
    Money,
    Boolean,
    Uuid,
    Timestamp,
    Date,
    Enum,
    Reference,
    Json,
};
Q_ENUM_NS(FieldType)

/** Stable, untranslated keys used in files, JSON and the CLI ("domain_event", "extracted",
 *  "customer_supplier", ...). Keys never change once released. */
QString toKey(NoteKind value);
QString toKey(MigrationStatus value);
QString toKey(DatabaseEngine value);
QString toKey(RelationshipPattern value);
QString toKey(DataSync value);
QString toKey(FieldType value);

/** Parses a key written by toKey(); std::nullopt for anything else. */
template<typename Enum>
std::optional<Enum> fromKey(QStringView key);

template<>
std::optional<NoteKind> fromKey<NoteKind>(QStringView key);
template<>
std::optional<MigrationStatus> fromKey<MigrationStatus>(QStringView key);
template<>
std::optional<DatabaseEngine> fromKey<DatabaseEngine>(QStringView key);
template<>
std::optional<RelationshipPattern> fromKey<RelationshipPattern>(QStringView key);
template<>
std::optional<DataSync> fromKey<DataSync>(QStringView key);
template<>
std::optional<FieldType> fromKey<FieldType>(QStringView key);

/** All keys of an enum, in declaration order (for help texts and error messages). */
template<typename Enum>
QStringList allKeys();

/** Translated names for the user interface. */
QString displayName(NoteKind value);
QString displayName(MigrationStatus value);
QString displayName(DatabaseEngine value);
QString displayName(RelationshipPattern value);
QString displayName(DataSync value);
QString displayName(FieldType value);

/** The same names as they read inside a sentence ("A domain event note has no text",
 *  "kept in sync through API calls"). Separate strings rather than lower-casing the
 *  display names, which would break languages that capitalise nouns. */
QString sentenceName(NoteKind value);
QString sentenceName(MigrationStatus value);
QString sentenceName(RelationshipPattern value);
QString sentenceName(DataSync value);

/** The context-map abbreviation of a pattern: C/S, CF, ACL, OHS, PL, SK, P. */
QString abbreviation(RelationshipPattern pattern);

/** The kinds in legend order. */
QList<NoteKind> allNoteKinds();

/** The conventional sticky colour of a kind (domain events orange, commands blue, ...). */
QColor noteKindColor(NoteKind kind);

/** The size a new note of this kind gets; actors are small. */
QSizeF noteKindDefaultSize(NoteKind kind);

} // namespace Seams
