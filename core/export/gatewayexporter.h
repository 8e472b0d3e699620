#pragma once

#include "exporter.h"
#include "gatewayroutes.h"

namespace Seams {

/** What the API gateway exporters share: the routing plan made from the board and the
 *  export options (Gateway::plan), the --wave and --listen options and the gateway checks.
 *  Each gateway writes its configuration from the plan. */
class GatewayExporter : public FileExporter
{
public:
    QStringList options() const override
    {
        return {QStringLiteral("wave"), QStringLiteral("listen")};
    }
    QStringList checkAreas() const override { return {QStringLiteral("gateway")}; }
    QString optionsError() const override { return Gateway::optionsError(exportOptions()); }
    using FileExporter::write;
    bool write(const Board &board, QIODevice *device) final;

protected:
    /** Writes the gateway's configuration for `plan` to `device`. */
    virtual bool writePlan(const Gateway::Plan &plan, QIODevice *device) = 0;
};

} // namespace Seams
