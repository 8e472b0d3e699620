#include "traefikexporter.h"

#include "gatewayroutes.h"
#include "yaml.h"

namespace Seams {

namespace {

const QString rateLimitName = QStringLiteral("rate-limit");

// Traefik orders routers by priority, by default the rule's length; an explicit priority
// equal to the prefix length says "longest prefix wins" without depending on how the rule
// is spelt. Path + PathPrefix with a slash match on the segment boundary.
YAML::Node router(const QString &rule, const QString &service, int priority,
                  const Gateway::Plan &plan)
{
    YAML::Node node;
    node["rule"] = Yaml::text(rule);
    node["service"] = Yaml::text(service);
    node["priority"] = priority;
    if (plan.rateLimitPerMinute > 0)
        node["middlewares"] = Yaml::sequence({rateLimitName});
    return node;
}

YAML::Node loadBalancer(const Gateway::Service &service)
{
    YAML::Node server;
    server["url"] = Yaml::text(service.upstream.url());
    YAML::Node servers(YAML::NodeType::Sequence);
    servers.push_back(server);
    YAML::Node balancer;
    balancer["servers"] = servers;
    YAML::Node node;
    node["loadBalancer"] = balancer;
    return node;
}

} // namespace

bool TraefikExporter::writePlan(const Gateway::Plan &plan, QIODevice *device)
{
    YAML::Node routers(YAML::NodeType::Map);
    for (const Gateway::Route &route : plan.routes) {
        const QString rule = QStringLiteral("Path(`%1`) || PathPrefix(`%1/`)").arg(route.prefix);
        routers[Yaml::text(route.name + QLatin1String("-route"))]
            = router(rule, plan.services.at(route.service).name, int(route.prefix.size()), plan);
    }
    routers["monolith-fallback"]
        = router(QStringLiteral("PathPrefix(`%1`)").arg(plan.fallbackPrefix), plan.monolith.name,
                 int(plan.fallbackPrefix.size()), plan);

    YAML::Node services(YAML::NodeType::Map);
    for (const Gateway::Service &service : plan.services)
        services[Yaml::text(service.name)] = loadBalancer(service);
    services[Yaml::text(plan.monolith.name)] = loadBalancer(plan.monolith);

    YAML::Node http;
    http["routers"] = routers;
    http["services"] = services;
    if (plan.rateLimitPerMinute > 0) {
        YAML::Node limit;
        limit["average"] = plan.rateLimitPerMinute;
        limit["period"] = "1m";
        limit["burst"] = plan.rateLimitPerMinute;
        YAML::Node middleware;
        middleware["rateLimit"] = limit;
        YAML::Node middlewares;
        middlewares[Yaml::text(rateLimitName)] = middleware;
        http["middlewares"] = middlewares;
    }
    YAML::Node root;
    root["http"] = http;

    QStringList comment = plan.summary();
    comment << QString() << tr("NOT ENFORCED by Traefik OSS:");
    if (plan.jwt) {
        comment << tr("  JWT verification: no such middleware in Traefik OSS; requests pass "
                      "unverified (use forwardAuth to a verifier, or verify in the services).");
    }
    comment << tr("  X-Trace-Id generation: the headers middleware only sets fixed values, so a "
                  "client's X-Trace-Id is passed on but none is generated or returned.");
    comment << QString()
            << tr("This is the dynamic configuration for the file provider; the listen address "
                  "belongs to the static configuration: entryPoints: web: address: \"%1\".")
                   .arg(plan.listen.address())
            << tr("Requests matching no router get Traefik's 404.");
    QString error;
    const QByteArray bytes = Yaml::emit(root, comment, &error);
    if (bytes.isEmpty())
        return fail(tr("cannot write the Traefik configuration: %1").arg(error));
    return writeAll(device, bytes);
}

} // namespace Seams
