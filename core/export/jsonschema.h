#pragma once

#include <QList>
#include <QString>

#include <yaml-cpp/yaml.h>

namespace Seams {

class Board;
struct Field;

/** JSON Schema (2020-12, also valid as AsyncAPI's draft-07 superset) for aggregate and event
 *  fields, shared by the OpenAPI and AsyncAPI exporters. The type mapping is documented in
 *  docs/http-conventions.md. */
namespace JsonSchema {

/** What an object schema is for. */
enum class Style {
    Resource, ///< a stored aggregate: a read-only "id" first, non-nullable fields required
    Input, ///< a create or replace body: the fields, non-nullable ones required
    Patch, ///< a JSON merge patch (RFC 7396): every field optional
    Payload, ///< an event payload: the fields, non-nullable ones required
};

/** The schema of one field; money refers to `moneyRef` ("#/components/schemas/Money"). */
YAML::Node field(const Board &board, const Field &field, const QString &moneyRef);

/** An object schema of fields in their order, titled `title` when it is not empty. Fields
 *  without a name or repeating one are left out (the model checks report them). */
YAML::Node object(const Board &board, const QList<Field> &fields, Style style,
                  const QString &moneyRef, const QString &title = QString());

/** The JSON property name of a field: the name as typed, trimmed, except that a leading
 *  '$' becomes '_'. "$ref" or "$id" as a property name is legal JSON Schema but is taken
 *  for a reference by real tools (the AsyncAPI parser crashes on it). */
QString propertyName(const QString &fieldName);

/** The shared money schema: integer minor units and an ISO 4217 currency code. */
YAML::Node money();

/** True when one of the fields is money. */
bool usesMoney(const QList<Field> &fields);

/** {"$ref": target}. */
YAML::Node ref(const QString &target);

} // namespace JsonSchema
} // namespace Seams
