#include "kongexporter.h"

#include "gatewayroutes.h"
#include "yaml.h"

namespace Seams {

namespace {

// Kong 3 treats a plain path as a string prefix: "/api/orders" also matches
// "/api/orders-archive", and adding "/api/orders/" beside it changes nothing because the
// plain "/api/orders" still matches. A regex path ("~" prefix, anchored at the start by
// Kong) is the only way to match on a segment boundary: "~/api/orders(/|$)". Kong's router
// tries regex paths before plain prefixes (so the "/api/" fallback never shadows them) and
// orders regex paths by regex_priority, so the prefix length as priority lets the longest
// prefix win when prefixes nest ("/api/orders/returns" before "/api/orders").
YAML::Node route(const QString &name, const QString &path, int priority)
{
    YAML::Node node;
    node["name"] = Yaml::text(name);
    node["paths"] = Yaml::sequence({path});
    // Kong's default strip_path: true would cut the matched prefix off the upstream path.
    node["strip_path"] = false;
    if (priority > 0)
        node["regex_priority"] = priority;
    return node;
}

YAML::Node service(const Gateway::Service &service, const YAML::Node &routes)
{
    YAML::Node node;
    node["name"] = Yaml::text(service.name);
    node["url"] = Yaml::text(service.upstream.url());
    node["routes"] = routes;
    return node;
}

YAML::Node plugin(const char *name, const YAML::Node &config)
{
    YAML::Node node;
    node["name"] = name;
    node["config"] = config;
    return node;
}

YAML::Node plugins(const Gateway::Plan &plan)
{
    YAML::Node list(YAML::NodeType::Sequence);
    YAML::Node correlation;
    correlation["header_name"] = "X-Trace-Id";
    correlation["generator"] = "uuid";
    correlation["echo_downstream"] = true;
    list.push_back(plugin("correlation-id", correlation));
    if (plan.jwt) {
        YAML::Node jwt;
        jwt["claims_to_verify"] = Yaml::sequence({QStringLiteral("exp")});
        jwt["key_claim_name"] = "kid";
        list.push_back(plugin("jwt", jwt));
    }
    if (plan.rateLimitPerMinute > 0) {
        YAML::Node limit;
        limit["minute"] = plan.rateLimitPerMinute;
        limit["policy"] = "local";
        list.push_back(plugin("rate-limiting", limit));
    }
    return list;
}

} // namespace

bool KongExporter::writePlan(const Gateway::Plan &plan, QIODevice *device)
{
    YAML::Node root;
    root["_format_version"] = Yaml::text(QStringLiteral("3.0"));
    YAML::Node services(YAML::NodeType::Sequence);
    for (int i = 0; i < plan.services.size(); ++i) {
        YAML::Node routes(YAML::NodeType::Sequence);
        for (const Gateway::Route &entry : plan.routes) {
            if (entry.service == i) {
                routes.push_back(route(entry.name + QLatin1String("-route"),
                                       QLatin1Char('~') + Gateway::prefixRegex(entry.prefix),
                                       int(entry.prefix.size())));
            }
        }
        services.push_back(service(plan.services.at(i), routes));
    }
    // The seed's "/api/*" would be a literal path in Kong; a plain prefix is the catch-all.
    YAML::Node fallback(YAML::NodeType::Sequence);
    fallback.push_back(route(QStringLiteral("monolith-fallback"), plan.fallbackPrefix, 0));
    services.push_back(service(plan.monolith, fallback));
    root["services"] = services;
    root["plugins"] = plugins(plan);

    QStringList comment = plan.summary();
    comment << QString()
            << tr("Kong listens where kong.conf says: proxy_listen = %1.")
                   .arg(plan.listen.host.isEmpty()
                            ? QStringLiteral("0.0.0.0:%1").arg(plan.listen.port)
                            : plan.listen.address())
            << tr("Routes use regex paths so that a prefix matches on segment boundaries only.");
    if (plan.jwt) {
        comment << tr("The jwt plugin needs consumers with jwt credentials whose key is the "
                      "token's \"kid\" claim.");
    }
    if (plan.rateLimitPerMinute == 0)
        comment << tr("Rate limiting is off on this board.");
    QString error;
    const QByteArray bytes = Yaml::emit(root, comment, &error);
    if (bytes.isEmpty())
        return fail(tr("cannot write the Kong configuration: %1").arg(error));
    return writeAll(device, bytes);
}

} // namespace Seams
