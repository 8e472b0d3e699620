#pragma once

#include "gatewayexporter.h"

namespace Seams {

/** A Caddyfile for stock Caddy 2: named path_regexp matchers in longest-first order (handle
 *  blocks with named matchers keep file order), X-Trace-Id kept or generated and returned.
 *  Stock Caddy has neither JWT verification nor rate limiting; the header says so. */
class CaddyExporter : public GatewayExporter
{
    Q_DECLARE_TR_FUNCTIONS(Seams::CaddyExporter)

public:
    QString name() const override { return QStringLiteral("caddy"); }
    QString displayName() const override { return tr("Caddyfile"); }
    QString defaultFileName() const override { return QStringLiteral("Caddyfile"); }

protected:
    bool writePlan(const Gateway::Plan &plan, QIODevice *device) override;
};

} // namespace Seams
