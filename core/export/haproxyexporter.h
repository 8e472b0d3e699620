#pragma once

#include "gatewayexporter.h"

namespace Seams {

/** A complete HAProxy 2.6 configuration: global, defaults, one frontend with path ACLs in
 *  longest-first order (HAProxy takes the first match), one backend per service, unique-id
 *  for X-Trace-Id, a stick table answering 429, and jwt_verify. Servers start unresolved
 *  (init-addr none) and are resolved at run time, so `haproxy -c` passes offline. */
class HaproxyExporter : public GatewayExporter
{
    Q_DECLARE_TR_FUNCTIONS(Seams::HaproxyExporter)

public:
    QString name() const override { return QStringLiteral("haproxy"); }
    QString displayName() const override { return tr("HAProxy configuration"); }
    QString defaultFileName() const override { return QStringLiteral("haproxy.cfg"); }

protected:
    bool writePlan(const Gateway::Plan &plan, QIODevice *device) override;
};

} // namespace Seams
