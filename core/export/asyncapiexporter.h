#pragma once

#include "exporter.h"

namespace Seams {

struct BoundedContext;

/** One AsyncAPI 3.0 document per bounded context, "<service>.asyncapi.yaml": a channel per
 *  domain event the context publishes ("orders.placed") with a send operation, and a
 *  receive operation for each event it takes from an upstream context through an events
 *  relationship. Payload schemas come from the events' fields. */
class AsyncApiExporter : public Exporter
{
    Q_DECLARE_TR_FUNCTIONS(Seams::AsyncApiExporter)

public:
    QString name() const override { return QStringLiteral("asyncapi"); }
    QString displayName() const override { return tr("AsyncAPI 3.0 event contracts"); }
    QString defaultFileName() const override { return QStringLiteral("asyncapi"); }
    Shape shape() const override { return Shape::Folder; }
    QStringList checkAreas() const override { return {QStringLiteral("contract")}; }

    bool write(const Board &board, ExportOutput &output) override;

    /** The document of one context; empty with `error` set if YAML emission fails. */
    static QByteArray document(const Board &board, const BoundedContext &context, QString *error);
};

} // namespace Seams
