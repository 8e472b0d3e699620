#pragma once

#include "exporter.h"
#include "gatewayroutes.h"

namespace Seams {

/** Kong declarative configuration (`_format_version: "3.0"`, the input of `kong config
 *  db_import`, DB-less mode and decK): one service per routed context with its routes, the
 *  monolith fallback, and the JWT, correlation-id and rate-limiting plugins. */
class KongExporter : public FileExporter
{
    Q_DECLARE_TR_FUNCTIONS(Seams::KongExporter)

public:
    QString name() const override { return QStringLiteral("kong"); }
    QString displayName() const override { return tr("Kong declarative config"); }
    QString defaultFileName() const override { return QStringLiteral("kong.yaml"); }
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
