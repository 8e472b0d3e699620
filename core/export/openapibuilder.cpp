// The paths and components of an OpenAPI document: operations from the contract model,
// shared error responses, schemas from aggregates.

#include "openapibuilder.h"

#include "contractmodel.h"
#include "jsonschema.h"
#include "openapicomponents.h"
#include "yaml.h"

#include "model/board.h"
#include "model/naming.h"

#include <QMap>
#include <QSet>

// Contract texts are not translated: see openapicomponents.cpp.

namespace Seams::OpenApi {

using namespace HttpConventions;
using JsonSchema::ref;

namespace {

const QString jsonMediaType = QStringLiteral("application/json");
const QString mergePatchMediaType = QStringLiteral("application/merge-patch+json");
const QStringList methodOrder
    = {QStringLiteral("GET"), QStringLiteral("PUT"), QStringLiteral("POST"),
       QStringLiteral("DELETE"), QStringLiteral("PATCH")};

YAML::Node genericObject(const char *description)
{
    YAML::Node node(YAML::NodeType::Map);
    node["type"] = Yaml::text(QStringLiteral("object"));
    node["description"] = Yaml::text(QString::fromUtf8(description));
    return node;
}

YAML::Node content(const QString &mediaType, const YAML::Node &schema)
{
    YAML::Node media(YAML::NodeType::Map);
    media["schema"] = schema;
    YAML::Node node(YAML::NodeType::Map);
    node[Yaml::utf8(mediaType)] = media;
    return node;
}

/** Builds the document of one context. */
class Builder
{
public:
    Builder(const Board &board, const BoundedContext &context)
        : m_board(board)
        , m_context(context)
        , m_resource(ContractModel::resourceOf(board, context))
        , m_aggregates(ContractModel::aggregates(board, context))
    {
        // "Order" must leave "OrderInput" and "OrderPatch" free beside it.
        QSet<QString> taken = {QStringLiteral("Problem"), QStringLiteral("Money")};
        for (const Note *aggregate : std::as_const(m_aggregates)) {
            QString base = Naming::pascalCase(Naming::words(aggregate->text));
            if (base.isEmpty())
                base = QStringLiteral("Aggregate") + aggregate->id.toString(QUuid::Id128).left(8);
            QString name = base;
            for (int n = 2; taken.contains(name) || taken.contains(name + QLatin1String("Input"))
                 || taken.contains(name + QLatin1String("Patch"));
                 ++n)
                name = base + QString::number(n);
            taken << name << name + QLatin1String("Input") << name + QLatin1String("Patch");
            m_schemaNames.insert(aggregate->id, name);
        }
    }

    YAML::Node paths()
    {
        // First operation wins a (method, route); the contract checks report the others.
        QList<ApiOperation> operations;
        QSet<QString> routes;
        for (const ApiOperation &operation : ContractModel::operations(m_board, m_context)) {
            const QString route = operation.method + QLatin1Char(' ') + pathKey(operation.segments);
            if (!routes.contains(route)) {
                routes.insert(route);
                operations.append(operation);
            }
        }
        QSet<QString> takenIds;
        QHash<QUuid, QString> operationIds;
        for (const ApiOperation &operation : std::as_const(operations))
            operationIds.insert(operation.noteId,
                                ContractModel::uniqueName(operation.operationId, &takenIds));

        // Paths equal but for template names are one path in OpenAPI: group them under the
        // first spelling, whose templates are declared once for the whole path item.
        QMap<QString, QString> spellingOfKey;
        for (const ApiOperation &operation : std::as_const(operations)) {
            QString &spelling = spellingOfKey[pathKey(operation.segments)];
            if (spelling.isEmpty() || operation.path() < spelling)
                spelling = operation.path();
        }
        QMap<QString, QList<ApiOperation>> byPath;
        for (const ApiOperation &operation : std::as_const(operations))
            byPath[spellingOfKey.value(pathKey(operation.segments))].append(operation);

        YAML::Node paths(YAML::NodeType::Map);
        for (auto it = byPath.cbegin(); it != byPath.cend(); ++it) {
            YAML::Node item(YAML::NodeType::Map);
            const QList<ApiOperation> &group = it.value();
            const YAML::Node parameters = pathParameters(group.first().segments);
            if (parameters.size() > 0)
                item["parameters"] = parameters;
            for (const QString &method : methodOrder) {
                for (const ApiOperation &operation : group) {
                    if (operation.method == method)
                        item[Yaml::utf8(method.toLower())]
                            = this->operation(operation, operationIds.value(operation.noteId));
                }
            }
            paths.force_insert(Yaml::text(it.key()), item);
        }
        return paths;
    }

    YAML::Node components() const
    {
        bool money = false;
        for (const Note *aggregate : m_aggregates)
            money = money || JsonSchema::usesMoney(aggregate->fields);
        const QString moneyRef = OpenApi::schemaRef(QStringLiteral("Money"));

        YAML::Node schemas(YAML::NodeType::Map);
        schemas["Problem"] = OpenApi::problemSchema();
        if (money)
            schemas["Money"] = JsonSchema::money();
        for (const Note *aggregate : m_aggregates) {
            const QString name = m_schemaNames.value(aggregate->id);
            const auto add = [&](const QString &key, JsonSchema::Style style) {
                schemas[Yaml::text(key)] = JsonSchema::object(
                    m_board, aggregate->fields, style, moneyRef, aggregate->text.simplified());
            };
            add(name, JsonSchema::Style::Resource);
            if (m_inputs.contains(aggregate->id))
                add(name + QLatin1String("Input"), JsonSchema::Style::Input);
            if (m_patches.contains(aggregate->id))
                add(name + QLatin1String("Patch"), JsonSchema::Style::Patch);
        }
        QList<int> errors = m_errors.values();
        std::sort(errors.begin(), errors.end());

        YAML::Node node(YAML::NodeType::Map);
        node["schemas"] = schemas;
        if (!errors.isEmpty())
            node["responses"] = OpenApi::errorResponses(errors, joinPath(m_resource.baseSegments));
        node["parameters"] = OpenApi::parameters(m_ifMatch);
        node["headers"] = OpenApi::headers(m_location, m_etag, m_errors.contains(429));
        if (m_board.settings().jwtEnabled)
            node["securitySchemes"] = OpenApi::securitySchemes();
        return node;
    }

private:
    YAML::Node pathParameters(const QStringList &segments) const
    {
        YAML::Node parameters(YAML::NodeType::Sequence);
        for (const QString &segment : segments) {
            if (!isTemplate(segment))
                continue;
            const QString name = templateName(segment);
            YAML::Node schema(YAML::NodeType::Map);
            schema["type"] = Yaml::text(QStringLiteral("string"));
            if (name == QLatin1String("id") || name.endsWith(QLatin1String("Id"))
                || name.endsWith(QLatin1String("_id")))
                schema["format"] = Yaml::text(QStringLiteral("uuid"));
            YAML::Node parameter(YAML::NodeType::Map);
            parameter["name"] = Yaml::text(name);
            parameter["in"] = Yaml::text(QStringLiteral("path"));
            parameter["required"] = true;
            parameter["schema"] = schema;
            parameters.push_back(parameter);
        }
        return parameters;
    }

    YAML::Node operation(const ApiOperation &operation, const QString &operationId)
    {
        const Note *note = m_board.note(operation.noteId);
        const QString schemaName = m_schemaNames.value(operation.aggregateId);
        const OperationKind kind = operation.kind;

        YAML::Node node(YAML::NodeType::Map);
        node["operationId"] = Yaml::text(operationId);
        if (note && !note->text.simplified().isEmpty())
            node["summary"] = Yaml::text(note->text.simplified());
        node["x-seams-note"] = Yaml::text(operation.noteId.toString(QUuid::WithoutBraces));
        YAML::Node parameters(YAML::NodeType::Sequence);
        parameters.push_back(ref(OpenApi::parameterRef(QStringLiteral("TraceId"))));
        if (usesIfMatch(kind)) {
            parameters.push_back(ref(OpenApi::parameterRef(QStringLiteral("IfMatch"))));
            m_ifMatch = true;
        }
        node["parameters"] = parameters;

        if (kind == OperationKind::Create || kind == OperationKind::Replace
            || kind == OperationKind::Update) {
            const bool patch = kind == OperationKind::Update;
            YAML::Node schema = genericObject("The command's input.");
            if (!schemaName.isEmpty()) {
                schema = ref(
                    OpenApi::schemaRef(schemaName + QLatin1String(patch ? "Patch" : "Input")));
                (patch ? m_patches : m_inputs).insert(operation.aggregateId);
            }
            YAML::Node body(YAML::NodeType::Map);
            body["required"] = true;
            body["content"] = content(patch ? mergePatchMediaType : jsonMediaType, schema);
            node["requestBody"] = body;
        }

        const bool hasBody = kind != OperationKind::Delete
            && (kind != OperationKind::Action || !schemaName.isEmpty());
        YAML::Node responses(YAML::NodeType::Map);
        responses[Yaml::text(QString::number(successStatus(kind, hasBody)))]
            = success(kind, hasBody, schemaName);
        for (const int status :
             errorStatuses(kind, operation.hasPathParameters(), m_board.settings())) {
            responses[Yaml::text(QString::number(status))]
                = ref(OpenApi::responseRef(OpenApi::errorResponseName(status)));
            m_errors.insert(status);
        }
        node["responses"] = responses;
        return node;
    }

    YAML::Node success(OperationKind kind, bool hasBody, const QString &schemaName)
    {
        YAML::Node headers(YAML::NodeType::Map);
        headers["X-Trace-Id"] = ref(OpenApi::headerRef(QStringLiteral("TraceId")));
        if (kind == OperationKind::Create) {
            headers["Location"] = ref(OpenApi::headerRef(QStringLiteral("Location")));
            m_location = true;
        }
        if (hasBody && returnsOneResource(kind)) {
            headers["ETag"] = ref(OpenApi::headerRef(QStringLiteral("ETag")));
            m_etag = true;
        }
        YAML::Node response(YAML::NodeType::Map);
        response["description"] = Yaml::text(QString::fromLatin1(description(kind, hasBody)));
        response["headers"] = headers;
        if (hasBody) {
            YAML::Node schema = schemaName.isEmpty() ? genericObject("The resource.")
                                                     : ref(OpenApi::schemaRef(schemaName));
            if (kind == OperationKind::ReadCollection) {
                YAML::Node array(YAML::NodeType::Map);
                array["type"] = Yaml::text(QStringLiteral("array"));
                array["items"] = schema;
                schema = array;
            }
            response["content"] = content(jsonMediaType, schema);
        }
        return response;
    }

    static const char *description(OperationKind kind, bool hasBody)
    {
        switch (kind) {
        case OperationKind::Create:
            return "Created; Location names the new resource.";
        case OperationKind::Read:
            return "OK.";
        case OperationKind::ReadCollection:
            return "OK: the list.";
        case OperationKind::Update:
        case OperationKind::Replace:
            return "OK: the resource as changed.";
        case OperationKind::Delete:
            return "No Content: deleted.";
        case OperationKind::Action:
            break;
        }
        return hasBody ? "OK: the resource after the action." : "No Content: done.";
    }

    const Board &m_board;
    const BoundedContext &m_context;
    const ContractModel::Resource m_resource;
    const QList<const Note *> m_aggregates;
    QHash<QUuid, QString> m_schemaNames;
    QSet<QUuid> m_inputs;
    QSet<QUuid> m_patches;
    QSet<int> m_errors;
    bool m_ifMatch = false;
    bool m_location = false;
    bool m_etag = false;
};

} // namespace

Body body(const Board &board, const BoundedContext &context)
{
    Builder builder(board, context);
    Body result;
    result.paths = builder.paths(); // first: the operations decide what is shared
    result.components = builder.components();
    return result;
}

} // namespace Seams::OpenApi
