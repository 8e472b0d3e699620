#pragma once

#include "exporter.h"

namespace Seams {

struct BoundedContext;

/** One OpenAPI 3.1 document per bounded context, "<service>.openapi.yaml": operations from
 *  the context's commands and read models (docs/http-conventions.md), component schemas
 *  from its aggregates, RFC 9457 problem responses for the seed's status codes, X-Trace-Id
 *  on every operation and response, bearer JWT security. */
class OpenApiExporter : public Exporter
{
    Q_DECLARE_TR_FUNCTIONS(Seams::OpenApiExporter)

public:
    QString name() const override { return QStringLiteral("openapi"); }
    QString displayName() const override { return tr("OpenAPI 3.1 contracts"); }
    QString defaultFileName() const override { return QStringLiteral("openapi"); }
    Shape shape() const override { return Shape::Folder; }
    QStringList options() const override { return {QStringLiteral("listen")}; }
    QStringList checkAreas() const override { return {QStringLiteral("contract")}; }

    bool write(const Board &board, ExportOutput &output) override;

    /** The document of one context; empty with `error` set if YAML emission fails. */
    static QByteArray document(const Board &board, const BoundedContext &context,
                               const ExportOptions &options, QString *error);

    /** The gateway's URL for a listen address: ":8000" -> "http://localhost:8000". */
    static QString gatewayUrl(const QString &listen);
};

} // namespace Seams
