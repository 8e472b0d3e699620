#pragma once

#include "exporter.h"
#include "gatewayroutes.h"

namespace Seams {

/** A Caddyfile for stock Caddy 2: named path_regexp matchers in longest-first order (handle
 *  blocks with named matchers keep file order), X-Trace-Id kept or generated and returned.
 *  Stock Caddy has neither JWT verification nor rate limiting; the header says so. */
class CaddyExporter : public FileExporter
{
    Q_DECLARE_TR_FUNCTIONS(Seams::CaddyExporter)

public:
    QString name() const override { return QStringLiteral("caddy"); }
    QString displayName() const override { return tr("Caddyfile"); }
    QString defaultFileName() const override { return QStringLiteral("Caddyfile"); }
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
