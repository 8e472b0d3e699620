// The one list of exporters. A new target is one class and one line here.

#include "asyncapiexporter.h"
#include "caddyexporter.h"
#include "contextmapexporter.h"
#include "exporter.h"
#include "haproxyexporter.h"
#include "jsonexporter.h"
#include "kongexporter.h"
#include "nginxexporter.h"
#include "openapiexporter.h"
#include "sqlexporter.h"
#include "traefikexporter.h"

namespace Seams::Exporters {

namespace {

struct Entry
{
    const char *name;
    std::unique_ptr<Exporter> (*create)();
};

template<typename T>
std::unique_ptr<Exporter> make()
{
    return std::make_unique<T>();
}

constexpr Entry entries[] = {
    {"json", make<JsonExporter>},         {"kong", make<KongExporter>},
    {"nginx", make<NginxExporter>},       {"haproxy", make<HaproxyExporter>},
    {"caddy", make<CaddyExporter>},       {"traefik", make<TraefikExporter>},
    {"openapi", make<OpenApiExporter>},   {"asyncapi", make<AsyncApiExporter>},
    {"sql", make<SqlExporter>},           {"dot", make<DotContextMapExporter>},
    {"svg", make<SvgContextMapExporter>}, {"png", make<PngContextMapExporter>},
};

} // namespace

QStringList names()
{
    QStringList result;
    for (const Entry &entry : entries)
        result.append(QLatin1String(entry.name));
    return result;
}

std::unique_ptr<Exporter> create(const QString &name)
{
    for (const Entry &entry : entries) {
        if (name == QLatin1String(entry.name))
            return entry.create();
    }
    return nullptr;
}

} // namespace Seams::Exporters
