#pragma once

#include "gatewayexporter.h"

namespace Seams {

/** Kong declarative configuration (`_format_version: "3.0"`, the input of `kong config
 *  db_import`, DB-less mode and decK): one service per routed context with its routes, the
 *  monolith fallback, and the JWT, correlation-id and rate-limiting plugins. */
class KongExporter : public GatewayExporter
{
    Q_DECLARE_TR_FUNCTIONS(Seams::KongExporter)

public:
    QString name() const override { return QStringLiteral("kong"); }
    QString displayName() const override { return tr("Kong declarative config"); }
    QString defaultFileName() const override { return QStringLiteral("kong.yaml"); }

protected:
    bool writePlan(const Gateway::Plan &plan, QIODevice *device) override;
};

} // namespace Seams
