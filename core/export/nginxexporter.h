#pragma once

#include "gatewayexporter.h"

namespace Seams {

/** A complete nginx.conf for open source nginx: the routes as exact + prefix locations (nginx
 *  picks the longest prefix), X-Trace-Id kept or generated ($request_id) and returned,
 *  limit_req answering 429. Relative pid and temp paths so that `nginx -p DIR -c
 *  DIR/nginx.conf` runs without root; upstreams resolved per request so that `nginx -t`
 *  passes where their host names do not resolve. */
class NginxExporter : public GatewayExporter
{
    Q_DECLARE_TR_FUNCTIONS(Seams::NginxExporter)

public:
    QString name() const override { return QStringLiteral("nginx"); }
    QString displayName() const override { return tr("nginx configuration"); }
    QString defaultFileName() const override { return QStringLiteral("nginx.conf"); }

protected:
    bool writePlan(const Gateway::Plan &plan, QIODevice *device) override;
};

} // namespace Seams
