#include "openapicomponents.h"

#include "jsonschema.h"
#include "yaml.h"

// The texts here are part of the exported contract, read by engineers in every team, and
// compared byte for byte by golden tests: they are not translated.

namespace Seams::OpenApi {

namespace {

struct ErrorStatus
{
    int status;
    const char *name;
    const char *title;
    const char *meaning;
};

// The seed's status-code table (Step 4), one reusable response per row.
constexpr ErrorStatus errorTable[] = {
    {400, "BadRequest", "Bad Request", "Invalid input: the request failed schema validation."},
    {401, "Unauthorized", "Unauthorized", "The bearer token is missing or invalid."},
    {403, "Forbidden", "Forbidden", "The token is valid but lacks the permission."},
    {404, "NotFound", "Not Found", "The resource does not exist."},
    {409, "Conflict", "Conflict",
     "Optimistic locking conflict (a stale If-Match) or a duplicate resource."},
    {422, "UnprocessableContent", "Unprocessable Content",
     "Semantic validation failed: the input is well-formed but breaks a business rule."},
    {429, "TooManyRequests", "Too Many Requests",
     "Rate limit exceeded; retry after the number of seconds in Retry-After."},
    {500, "InternalServerError", "Internal Server Error",
     "Unexpected server failure; the detail never exposes internals."},
    {503, "ServiceUnavailable", "Service Unavailable",
     "A dependency is down or a circuit breaker is open."},
};

const ErrorStatus *errorStatus(int status)
{
    for (const ErrorStatus &entry : errorTable) {
        if (entry.status == status)
            return &entry;
    }
    return nullptr;
}

YAML::Node text(const char *value)
{
    return Yaml::text(QString::fromUtf8(value));
}

YAML::Node typed(const char *type)
{
    YAML::Node node(YAML::NodeType::Map);
    node["type"] = text(type);
    return node;
}

YAML::Node described(YAML::Node schema, const char *description)
{
    schema["description"] = text(description);
    return schema;
}

YAML::Node header(const char *description, YAML::Node schema)
{
    YAML::Node node(YAML::NodeType::Map);
    node["description"] = text(description);
    node["required"] = true;
    node["schema"] = schema;
    return node;
}

YAML::Node headerParameter(const char *name, const char *description)
{
    YAML::Node node(YAML::NodeType::Map);
    node["name"] = text(name);
    node["in"] = text("header");
    node["required"] = false;
    node["description"] = text(description);
    node["schema"] = typed("string");
    return node;
}

} // namespace

QString errorResponseName(int status)
{
    const ErrorStatus *entry = errorStatus(status);
    return entry ? QString::fromLatin1(entry->name) : QStringLiteral("Error%1").arg(status);
}

QString responseRef(const QString &name)
{
    return QStringLiteral("#/components/responses/") + name;
}

QString schemaRef(const QString &name)
{
    return QStringLiteral("#/components/schemas/") + name;
}

QString parameterRef(const QString &name)
{
    return QStringLiteral("#/components/parameters/") + name;
}

QString headerRef(const QString &name)
{
    return QStringLiteral("#/components/headers/") + name;
}

YAML::Node problemSchema()
{
    YAML::Node uriReference = typed("string");
    uriReference["format"] = text("uri-reference");
    YAML::Node status = typed("integer");
    status["minimum"] = 100;
    status["maximum"] = 599;

    YAML::Node properties(YAML::NodeType::Map);
    properties["type"] = described(YAML::Clone(uriReference),
                                   "A URI reference naming the problem type; \"about:blank\" when "
                                   "the status code says it all.");
    properties["title"] = described(typed("string"), "A short summary of the problem type.");
    properties["status"] = described(status, "The HTTP status code of this response.");
    properties["detail"] = described(typed("string"), "What went wrong with this request.");
    properties["instance"]
        = described(YAML::Clone(uriReference), "The request path this occurrence is about.");
    properties["traceId"] = described(typed("string"),
                                      "The request's X-Trace-Id, to quote to support and to find "
                                      "the request in distributed tracing.");
    YAML::Node schema = typed("object");
    schema["description"] = text("Problem details (RFC 9457, which replaced RFC 7807), the one "
                                 "error body of every service.");
    schema["properties"] = properties;
    schema["required"] = Yaml::sequence({QStringLiteral("type"), QStringLiteral("title"),
                                         QStringLiteral("status"), QStringLiteral("detail"),
                                         QStringLiteral("instance"), QStringLiteral("traceId")});
    return schema;
}

YAML::Node errorResponses(const QList<int> &statuses, const QString &basePath)
{
    YAML::Node responses(YAML::NodeType::Map);
    for (const int status : statuses) {
        const ErrorStatus *entry = errorStatus(status);
        if (!entry)
            continue;
        YAML::Node example(YAML::NodeType::Map);
        example["type"] = text("about:blank");
        example["title"] = text(entry->title);
        example["status"] = status;
        example["detail"] = text(entry->meaning);
        example["instance"] = Yaml::text(basePath);
        example["traceId"] = text("4bf92f3577b34da6a3ce929d0e0e4736");
        YAML::Node mediaType(YAML::NodeType::Map);
        mediaType["schema"] = JsonSchema::ref(schemaRef(QStringLiteral("Problem")));
        mediaType["example"] = example;
        YAML::Node content(YAML::NodeType::Map);
        content["application/problem+json"] = mediaType;

        YAML::Node responseHeaders(YAML::NodeType::Map);
        responseHeaders["X-Trace-Id"] = JsonSchema::ref(headerRef(QStringLiteral("TraceId")));
        if (status == 429)
            responseHeaders["Retry-After"]
                = JsonSchema::ref(headerRef(QStringLiteral("RetryAfter")));
        YAML::Node response(YAML::NodeType::Map);
        response["description"] = Yaml::text(QStringLiteral("%1. %2").arg(
            QString::fromLatin1(entry->title), QString::fromLatin1(entry->meaning)));
        response["headers"] = responseHeaders;
        response["content"] = content;
        responses[entry->name] = response;
    }
    return responses;
}

YAML::Node parameters(bool ifMatch)
{
    YAML::Node node(YAML::NodeType::Map);
    node["TraceId"] = headerParameter("X-Trace-Id",
                                      "Correlation id of the request; the gateway sets one when "
                                      "the client sends none, and every service passes it on.");
    if (ifMatch)
        node["IfMatch"] = headerParameter("If-Match",
                                          "The ETag the client last read; a stale one is "
                                          "answered with 409 Conflict (optimistic locking).");
    return node;
}

YAML::Node headers(bool location, bool etag, bool retryAfter)
{
    YAML::Node node(YAML::NodeType::Map);
    node["TraceId"]
        = header("The request's correlation id, echoed on every response.", typed("string"));
    if (location) {
        YAML::Node schema = typed("string");
        schema["format"] = text("uri-reference");
        node["Location"] = header("The URL of the created resource.", schema);
    }
    if (etag)
        node["ETag"]
            = header("The version of the resource; send it back in If-Match.", typed("string"));
    if (retryAfter) {
        YAML::Node schema = typed("integer");
        schema["minimum"] = 0;
        node["RetryAfter"] = header("Seconds to wait before the next request.", schema);
    }
    return node;
}

YAML::Node securitySchemes()
{
    YAML::Node scheme(YAML::NodeType::Map);
    scheme["type"] = text("http");
    scheme["scheme"] = text("bearer");
    scheme["bearerFormat"] = text("JWT");
    scheme["description"] = text("A JWT checked by the API gateway (exp verified); services "
                                 "trust the gateway's validated claims.");
    YAML::Node node(YAML::NodeType::Map);
    node["bearerAuth"] = scheme;
    return node;
}

} // namespace Seams::OpenApi
