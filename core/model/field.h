#pragma once

#include "types.h"

#include <QStringList>
#include <QUuid>

namespace Seams {

/** A field of an aggregate, or of a domain event's payload. */
struct Field
{
    QString name;
    FieldType type = FieldType::String;
    bool nullable = false;
    /** For FieldType::Reference: the aggregate note this field points at. */
    QUuid reference;
    /** For FieldType::Enum: the allowed values, in order. */
    QStringList enumValues;

    bool operator==(const Field &) const = default;
};

} // namespace Seams
