#pragma once

#include "gatewayexporter.h"

namespace Seams {

/** Traefik's dynamic configuration for the file provider (YAML, v2 and v3): one router per
 *  prefix with an explicit priority (the prefix length, so the longest wins), services,
 *  and a rateLimit middleware. What Traefik OSS cannot do (JWT, generating X-Trace-Id) is
 *  in the header. */
class TraefikExporter : public GatewayExporter
{
    Q_DECLARE_TR_FUNCTIONS(Seams::TraefikExporter)

public:
    QString name() const override { return QStringLiteral("traefik"); }
    QString displayName() const override { return tr("Traefik dynamic configuration"); }
    QString defaultFileName() const override { return QStringLiteral("traefik-dynamic.yaml"); }

protected:
    bool writePlan(const Gateway::Plan &plan, QIODevice *device) override;
};

} // namespace Seams
