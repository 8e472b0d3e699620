#include "types.h"

#include <QCoreApplication>

#include <span>
#include <utility>

namespace Seams {

namespace {

template<typename Enum>
using KeyTable = std::span<const std::pair<Enum, const char *>>;

template<typename Enum>
KeyTable<Enum> keyTable();

template<>
KeyTable<NoteKind> keyTable()
{
    static constexpr std::pair<NoteKind, const char *> table[]
        = {{NoteKind::DomainEvent, "domain_event"},
           {NoteKind::Command, "command"},
           {NoteKind::Aggregate, "aggregate"},
           {NoteKind::Policy, "policy"},
           {NoteKind::ReadModel, "read_model"},
           {NoteKind::ExternalSystem, "external_system"},
           {NoteKind::Actor, "actor"},
           {NoteKind::Hotspot, "hotspot"}};
    return table;
}

template<>
KeyTable<MigrationStatus> keyTable()
{
    static constexpr std::pair<MigrationStatus, const char *> table[]
        = {{MigrationStatus::Monolith, "monolith"},
           {MigrationStatus::Extracting, "extracting"},
           {MigrationStatus::Extracted, "extracted"}};
    return table;
}

template<>
KeyTable<DatabaseEngine> keyTable()
{
    static constexpr std::pair<DatabaseEngine, const char *> table[]
        = {{DatabaseEngine::PostgreSQL, "postgres"},
           {DatabaseEngine::MariaDB, "mariadb"},
           {DatabaseEngine::SQLite, "sqlite"}};
    return table;
}

template<>
KeyTable<RelationshipPattern> keyTable()
{
    static constexpr std::pair<RelationshipPattern, const char *> table[]
        = {{RelationshipPattern::CustomerSupplier, "customer_supplier"},
           {RelationshipPattern::Conformist, "conformist"},
           {RelationshipPattern::AnticorruptionLayer, "anticorruption_layer"},
           {RelationshipPattern::OpenHostService, "open_host_service"},
           {RelationshipPattern::PublishedLanguage, "published_language"},
           {RelationshipPattern::SharedKernel, "shared_kernel"},
           {RelationshipPattern::Partnership, "partnership"}};
    return table;
}

template<>
KeyTable<DataSync> keyTable()
{
    static constexpr std::pair<DataSync, const char *> table[]
        = {{DataSync::None, "none"},
           {DataSync::ReadReplica, "read_replica"},
           {DataSync::Events, "events"},
           {DataSync::ApiCalls, "api_calls"}};
    return table;
}

template<>
KeyTable<FieldType> keyTable()
{
    static constexpr std::pair<FieldType, const char *> table[]
        = {{FieldType::String, "string"},       {FieldType::Text, "text"},
           {FieldType::Integer, "integer"},     {FieldType::Decimal, "decimal"},
           {FieldType::Money, "money"},         {FieldType::Boolean, "boolean"},
           {FieldType::Uuid, "uuid"},           {FieldType::Timestamp, "timestamp"},
           {FieldType::Date, "date"},           {FieldType::Enum, "enum"},
           {FieldType::Reference, "reference"}, {FieldType::Json, "json"}};
    return table;
}

template<typename Enum>
QString keyOf(Enum value)
{
    for (const auto &[candidate, key] : keyTable<Enum>()) {
        if (candidate == value)
            return QString::fromLatin1(key);
    }
    Q_UNREACHABLE();
    return {};
}

template<typename Enum>
std::optional<Enum> valueOf(QStringView key)
{
    for (const auto &[candidate, candidateKey] : keyTable<Enum>()) {
        if (key == QLatin1String(candidateKey))
            return candidate;
    }
    return std::nullopt;
}

/** This file's translations, filed by lupdate under the same context. */
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Seams::Types)
};

} // namespace

QString toKey(NoteKind value)
{
    return keyOf(value);
}
QString toKey(MigrationStatus value)
{
    return keyOf(value);
}
QString toKey(DatabaseEngine value)
{
    return keyOf(value);
}
QString toKey(RelationshipPattern value)
{
    return keyOf(value);
}
QString toKey(DataSync value)
{
    return keyOf(value);
}
QString toKey(FieldType value)
{
    return keyOf(value);
}

template<>
std::optional<NoteKind> fromKey<NoteKind>(QStringView key)
{
    return valueOf<NoteKind>(key);
}
template<>
std::optional<MigrationStatus> fromKey<MigrationStatus>(QStringView key)
{
    return valueOf<MigrationStatus>(key);
}
template<>
std::optional<DatabaseEngine> fromKey<DatabaseEngine>(QStringView key)
{
    return valueOf<DatabaseEngine>(key);
}
template<>
std::optional<RelationshipPattern> fromKey<RelationshipPattern>(QStringView key)
{
    return valueOf<RelationshipPattern>(key);
}
template<>
std::optional<DataSync> fromKey<DataSync>(QStringView key)
{
    return valueOf<DataSync>(key);
}
template<>
std::optional<FieldType> fromKey<FieldType>(QStringView key)
{
    return valueOf<FieldType>(key);
}

template<typename Enum>
QStringList allKeys()
{
    QStringList keys;
    for (const auto &entry : keyTable<Enum>())
        keys.append(QString::fromLatin1(entry.second));
    return keys;
}

template QStringList allKeys<NoteKind>();
template QStringList allKeys<MigrationStatus>();
template QStringList allKeys<DatabaseEngine>();
template QStringList allKeys<RelationshipPattern>();
template QStringList allKeys<DataSync>();
template QStringList allKeys<FieldType>();

QString displayName(NoteKind value)
{
    switch (value) {
    case NoteKind::DomainEvent:
        return Text::tr("Domain event");
    case NoteKind::Command:
        return Text::tr("Command");
    case NoteKind::Aggregate:
        return Text::tr("Aggregate");
    case NoteKind::Policy:
        return Text::tr("Policy");
    case NoteKind::ReadModel:
        return Text::tr("Read model");
    case NoteKind::ExternalSystem:
        return Text::tr("External system");
    case NoteKind::Actor:
        return Text::tr("Actor");
    case NoteKind::Hotspot:
        return Text::tr("Hotspot");
    }
    return {};
}

QString displayName(MigrationStatus value)
{
    switch (value) {
    case MigrationStatus::Monolith:
        return Text::tr("In the monolith");
    case MigrationStatus::Extracting:
        return Text::tr("Extracting");
    case MigrationStatus::Extracted:
        return Text::tr("Extracted");
    }
    return {};
}

QString displayName(DatabaseEngine value)
{
    switch (value) {
    case DatabaseEngine::PostgreSQL:
        return Text::tr("PostgreSQL");
    case DatabaseEngine::MariaDB:
        return Text::tr("MariaDB");
    case DatabaseEngine::SQLite:
        return Text::tr("SQLite");
    }
    return {};
}

QString displayName(RelationshipPattern value)
{
    switch (value) {
    case RelationshipPattern::CustomerSupplier:
        return Text::tr("Customer/supplier");
    case RelationshipPattern::Conformist:
        return Text::tr("Conformist");
    case RelationshipPattern::AnticorruptionLayer:
        return Text::tr("Anticorruption layer");
    case RelationshipPattern::OpenHostService:
        return Text::tr("Open host service");
    case RelationshipPattern::PublishedLanguage:
        return Text::tr("Published language");
    case RelationshipPattern::SharedKernel:
        return Text::tr("Shared kernel");
    case RelationshipPattern::Partnership:
        return Text::tr("Partnership");
    }
    return {};
}

QString displayName(DataSync value)
{
    switch (value) {
    case DataSync::None:
        return Text::tr("No data sync");
    case DataSync::ReadReplica:
        return Text::tr("Read replica");
    case DataSync::Events:
        return Text::tr("Events");
    case DataSync::ApiCalls:
        return Text::tr("API calls");
    }
    return {};
}

QString displayName(FieldType value)
{
    switch (value) {
    case FieldType::String:
        return Text::tr("String");
    case FieldType::Text:
        return Text::tr("Text");
    case FieldType::Integer:
        return Text::tr("Integer");
    case FieldType::Decimal:
        return Text::tr("Decimal");
    case FieldType::Money:
        return Text::tr("Money");
    case FieldType::Boolean:
        return Text::tr("Boolean");
    case FieldType::Uuid:
        return Text::tr("UUID");
    case FieldType::Timestamp:
        return Text::tr("Timestamp");
    case FieldType::Date:
        return Text::tr("Date");
    case FieldType::Enum:
        return Text::tr("Enumeration");
    case FieldType::Reference:
        return Text::tr("Reference");
    case FieldType::Json:
        return Text::tr("JSON");
    }
    return {};
}

QString sentenceName(NoteKind value)
{
    switch (value) {
    case NoteKind::DomainEvent:
        return Text::tr("domain event", "in a sentence");
    case NoteKind::Command:
        return Text::tr("command", "in a sentence");
    case NoteKind::Aggregate:
        return Text::tr("aggregate", "in a sentence");
    case NoteKind::Policy:
        return Text::tr("policy", "in a sentence");
    case NoteKind::ReadModel:
        return Text::tr("read model", "in a sentence");
    case NoteKind::ExternalSystem:
        return Text::tr("external system", "in a sentence");
    case NoteKind::Actor:
        return Text::tr("actor", "in a sentence");
    case NoteKind::Hotspot:
        return Text::tr("hotspot", "in a sentence");
    }
    return {};
}

QString sentenceName(MigrationStatus value)
{
    switch (value) {
    case MigrationStatus::Monolith:
        return Text::tr("in the monolith", "in a sentence");
    case MigrationStatus::Extracting:
        return Text::tr("extracting", "in a sentence");
    case MigrationStatus::Extracted:
        return Text::tr("extracted", "in a sentence");
    }
    return {};
}

QString sentenceName(RelationshipPattern value)
{
    switch (value) {
    case RelationshipPattern::CustomerSupplier:
        return Text::tr("customer/supplier", "in a sentence");
    case RelationshipPattern::Conformist:
        return Text::tr("conformist", "in a sentence");
    case RelationshipPattern::AnticorruptionLayer:
        return Text::tr("anticorruption layer", "in a sentence");
    case RelationshipPattern::OpenHostService:
        return Text::tr("open host service", "in a sentence");
    case RelationshipPattern::PublishedLanguage:
        return Text::tr("published language", "in a sentence");
    case RelationshipPattern::SharedKernel:
        return Text::tr("shared kernel", "in a sentence");
    case RelationshipPattern::Partnership:
        return Text::tr("partnership", "in a sentence");
    }
    return {};
}

QString sentenceName(DataSync value)
{
    switch (value) {
    case DataSync::None:
        return Text::tr("no data sync", "in a sentence");
    case DataSync::ReadReplica:
        return Text::tr("read replica", "in a sentence");
    case DataSync::Events:
        return Text::tr("events", "in a sentence");
    case DataSync::ApiCalls:
        return Text::tr("API calls", "in a sentence");
    }
    return {};
}

QString abbreviation(RelationshipPattern pattern)
{
    switch (pattern) {
    case RelationshipPattern::CustomerSupplier:
        return QStringLiteral("C/S");
    case RelationshipPattern::Conformist:
        return QStringLiteral("CF");
    case RelationshipPattern::AnticorruptionLayer:
        return QStringLiteral("ACL");
    case RelationshipPattern::OpenHostService:
        return QStringLiteral("OHS");
    case RelationshipPattern::PublishedLanguage:
        return QStringLiteral("PL");
    case RelationshipPattern::SharedKernel:
        return QStringLiteral("SK");
    case RelationshipPattern::Partnership:
        return QStringLiteral("P");
    }
    return {};
}

QList<NoteKind> allNoteKinds()
{
    QList<NoteKind> kinds;
    for (const auto &entry : keyTable<NoteKind>())
        kinds.append(entry.first);
    return kinds;
}

QColor noteKindColor(NoteKind kind)
{
    switch (kind) {
    case NoteKind::DomainEvent:
        return QColor(0xff, 0x9f, 0x40); // orange
    case NoteKind::Command:
        return QColor(0x5d, 0xa9, 0xf6); // blue
    case NoteKind::Aggregate:
        return QColor(0xff, 0xe0, 0x4d); // yellow
    case NoteKind::Policy:
        return QColor(0xc8, 0xa2, 0xe8); // lilac
    case NoteKind::ReadModel:
        return QColor(0x8b, 0xd3, 0x6f); // green
    case NoteKind::ExternalSystem:
        return QColor(0xf4, 0x9a, 0xc1); // pink
    case NoteKind::Actor:
        return QColor(0xff, 0xf6, 0xb3); // pale yellow
    case NoteKind::Hotspot:
        return QColor(0xe8, 0x4a, 0x4a); // red
    }
    return {};
}

QSizeF noteKindDefaultSize(NoteKind kind)
{
    switch (kind) {
    case NoteKind::Actor:
        return {100, 70};
    case NoteKind::Aggregate:
        return {160, 120};
    default:
        return {140, 100};
    }
}

} // namespace Seams
