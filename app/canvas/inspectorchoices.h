#pragma once

// The choices the inspector offers, in the order of its combo boxes (which is each enum's
// declaration order), shared by the parts of Inspector.

#include "model/types.h"

#include <QList>
#include <QStringList>
#include <QUuid>

#include <optional>

namespace Seams::InspectorChoices {

template<typename Enum>
QStringList namesOf(const QList<Enum> &values)
{
    QStringList names;
    for (const Enum value : values)
        names.append(displayName(value));
    return names;
}

template<typename Enum>
std::optional<Enum> enumAt(int index, int count)
{
    if (index < 0 || index >= count)
        return std::nullopt;
    return static_cast<Enum>(index);
}

inline QString idString(const QUuid &id)
{
    return id.isNull() ? QString() : id.toString(QUuid::WithoutBraces);
}

inline const QList<MigrationStatus> statuses
    = {MigrationStatus::Monolith, MigrationStatus::Extracting, MigrationStatus::Extracted};
inline const QList<DatabaseEngine> engines
    = {DatabaseEngine::PostgreSQL, DatabaseEngine::MariaDB, DatabaseEngine::SQLite};
inline const QList<RelationshipPattern> patterns
    = {RelationshipPattern::CustomerSupplier,    RelationshipPattern::Conformist,
       RelationshipPattern::AnticorruptionLayer, RelationshipPattern::OpenHostService,
       RelationshipPattern::PublishedLanguage,   RelationshipPattern::SharedKernel,
       RelationshipPattern::Partnership};
inline const QList<DataSync> syncs
    = {DataSync::None, DataSync::ReadReplica, DataSync::Events, DataSync::ApiCalls};
inline const QList<FieldType> fieldTypes
    = {FieldType::String, FieldType::Text,    FieldType::Integer,   FieldType::Decimal,
       FieldType::Money,  FieldType::Boolean, FieldType::Uuid,      FieldType::Timestamp,
       FieldType::Date,   FieldType::Enum,    FieldType::Reference, FieldType::Json};

} // namespace Seams::InspectorChoices
