#pragma once

#include "exporter.h"
#include "gatewayroutes.h"

namespace Seams {

/** A complete nginx.conf for open source nginx: the routes as exact + prefix locations (nginx
 *  picks the longest prefix), X-Trace-Id kept or generated ($request_id) and returned,
 *  limit_req answering 429. Relative pid and temp paths so that `nginx -p DIR -c
 *  DIR/nginx.conf` runs without root; upstreams resolved per request so that `nginx -t`
 *  passes where their host names do not resolve. */
class NginxExporter : public FileExporter
{
    Q_DECLARE_TR_FUNCTIONS(Seams::NginxExporter)

public:
    QString name() const override { return QStringLiteral("nginx"); }
    QString displayName() const override { return tr("nginx configuration"); }
    QString defaultFileName() const override { return QStringLiteral("nginx.conf"); }
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
