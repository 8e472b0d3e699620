#include "jsonschema.h"

#include "model/board.h"
#include "yaml.h"

#include <QSet>

namespace Seams::JsonSchema {

namespace {

YAML::Node typed(const char *type, const char *format = nullptr)
{
    YAML::Node node(YAML::NodeType::Map);
    node["type"] = Yaml::text(QLatin1String(type));
    if (format)
        node["format"] = Yaml::text(QLatin1String(format));
    return node;
}

/** Lets null through as well: a second type, or a null alternative beside a reference. */
YAML::Node nullable(YAML::Node schema)
{
    // Read through a const node: yaml-cpp's non-const operator[] would insert the key.
    const YAML::Node &view = schema;
    if (view["$ref"]) {
        YAML::Node alternatives(YAML::NodeType::Sequence);
        alternatives.push_back(schema);
        alternatives.push_back(typed("null"));
        YAML::Node node(YAML::NodeType::Map);
        node["oneOf"] = alternatives;
        return node;
    }
    if (!view["type"])
        return schema; // any JSON value, null included
    YAML::Node types(YAML::NodeType::Sequence);
    types.SetStyle(YAML::EmitterStyle::Flow);
    types.push_back(Yaml::text(QString::fromStdString(view["type"].Scalar())));
    types.push_back(Yaml::text(QStringLiteral("null")));
    schema["type"] = types;
    if (view["enum"])
        schema["enum"].push_back(YAML::Node(YAML::NodeType::Null));
    return schema;
}

QString referenceDescription(const Board &board, const Field &field)
{
    const Note *target = board.note(field.reference);
    if (!target)
        return QStringLiteral("Refers to another resource by its id.");
    const BoundedContext *context = board.context(target->contextId);
    const QString name = target->text.simplified();
    return context
        ? QStringLiteral("Refers to %1 (%2) by its id.").arg(name, context->name.simplified())
        : QStringLiteral("Refers to %1 by its id.").arg(name);
}

} // namespace

YAML::Node field(const Board &board, const Field &field, const QString &moneyRef)
{
    YAML::Node schema;
    switch (field.type) {
    case FieldType::String:
    case FieldType::Text:
        schema = typed("string");
        break;
    case FieldType::Integer:
        schema = typed("integer", "int64");
        break;
    case FieldType::Decimal:
        // Exact decimals travel as strings: JSON numbers are doubles in most clients.
        schema = typed("string");
        schema["pattern"] = Yaml::text(QStringLiteral("^-?[0-9]+(\\.[0-9]+)?$"));
        break;
    case FieldType::Money:
        schema = ref(moneyRef);
        break;
    case FieldType::Boolean:
        schema = typed("boolean");
        break;
    case FieldType::Uuid:
        schema = typed("string", "uuid");
        break;
    case FieldType::Timestamp:
        schema = typed("string", "date-time");
        break;
    case FieldType::Date:
        schema = typed("string", "date");
        break;
    case FieldType::Enum: {
        schema = typed("string");
        QStringList values;
        for (const QString &value : field.enumValues) {
            if (!values.contains(value))
                values.append(value);
        }
        schema["enum"] = Yaml::sequence(values);
        break;
    }
    case FieldType::Reference:
        schema = typed("string", "uuid");
        schema["description"] = Yaml::text(referenceDescription(board, field));
        break;
    case FieldType::Json:
        schema = YAML::Node(YAML::NodeType::Map);
        schema["description"] = Yaml::text(QStringLiteral("Any JSON value."));
        break;
    }
    return field.nullable ? nullable(schema) : schema;
}

YAML::Node object(const Board &board, const QList<Field> &fields, Style style,
                  const QString &moneyRef, const QString &title)
{
    YAML::Node properties(YAML::NodeType::Map);
    YAML::Node required(YAML::NodeType::Sequence);
    QSet<QString> seen;
    bool hasId = false;
    for (const Field &item : fields) {
        const QString name = propertyName(item.name);
        if (name.isEmpty() || seen.contains(name.toCaseFolded()))
            continue;
        seen.insert(name.toCaseFolded());
        hasId = hasId || name == QLatin1String("id");
    }
    if (style == Style::Resource && !hasId) {
        YAML::Node id = typed("string", "uuid");
        id["readOnly"] = true;
        properties["id"] = id;
        required.push_back(Yaml::text(QStringLiteral("id")));
    }
    seen.clear();
    for (const Field &item : fields) {
        const QString name = propertyName(item.name);
        if (name.isEmpty() || seen.contains(name.toCaseFolded()))
            continue;
        seen.insert(name.toCaseFolded());
        properties.force_insert(Yaml::text(name), field(board, item, moneyRef));
        if (!item.nullable && style != Style::Patch)
            required.push_back(Yaml::text(name));
    }
    YAML::Node schema = typed("object");
    if (!title.isEmpty())
        schema["title"] = Yaml::text(title);
    schema["properties"] = properties;
    if (required.size() > 0)
        schema["required"] = required;
    if (style == Style::Patch)
        schema["minProperties"] = 1;
    return schema;
}

QString propertyName(const QString &fieldName)
{
    QString name = fieldName.trimmed();
    for (qsizetype i = 0; i < name.size() && name.at(i) == QLatin1Char('$'); ++i)
        name[i] = QLatin1Char('_');
    return name;
}

YAML::Node money()
{
    YAML::Node amount = typed("integer", "int64");
    amount["description"] = Yaml::text(QStringLiteral("The amount in minor units (cents)."));
    YAML::Node currency = typed("string");
    currency["pattern"] = Yaml::text(QStringLiteral("^[A-Z]{3}$"));
    currency["description"] = Yaml::text(QStringLiteral("ISO 4217 currency code."));
    YAML::Node properties(YAML::NodeType::Map);
    properties["amount_cents"] = amount;
    properties["currency"] = currency;
    YAML::Node schema = typed("object");
    schema["properties"] = properties;
    schema["required"]
        = Yaml::sequence({QStringLiteral("amount_cents"), QStringLiteral("currency")});
    return schema;
}

bool usesMoney(const QList<Field> &fields)
{
    return std::any_of(fields.cbegin(), fields.cend(),
                       [](const Field &field) { return field.type == FieldType::Money; });
}

YAML::Node ref(const QString &target)
{
    YAML::Node node(YAML::NodeType::Map);
    node["$ref"] = Yaml::text(target);
    return node;
}

} // namespace Seams::JsonSchema
