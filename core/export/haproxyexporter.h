#pragma once

#include "exporter.h"
#include "gatewayroutes.h"

namespace Seams {

/** A complete HAProxy 2.6 configuration: global, defaults, one frontend with path ACLs in
 *  longest-first order (HAProxy takes the first match), one backend per service, unique-id
 *  for X-Trace-Id, a stick table answering 429, and jwt_verify. Servers start unresolved
 *  (init-addr none) and are resolved at run time, so `haproxy -c` passes offline. */
class HaproxyExporter : public FileExporter
{
    Q_DECLARE_TR_FUNCTIONS(Seams::HaproxyExporter)

public:
    QString name() const override { return QStringLiteral("haproxy"); }
    QString displayName() const override { return tr("HAProxy configuration"); }
    QString defaultFileName() const override { return QStringLiteral("haproxy.cfg"); }
    QStringList options() const override
    {
        return {QStringLiteral("wave"), QStringLiteral("listen")};
    }
    QStringList checkAreas() const override { return {QStringLiteral("gateway")}; }
    QString optionsError() const override { return Gateway::optionsError(exportOptions()); }
    using FileExporter::write;
    bool write(const Board &board, QIODevice *device) override;
};

} // namespace Seams
