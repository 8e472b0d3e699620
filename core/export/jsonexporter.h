#pragma once

#include "exporter.h"

namespace Seams {

/** The board's JSON interchange form (see BoardJson). */
class JsonExporter : public FileExporter
{
    Q_DECLARE_TR_FUNCTIONS(Seams::JsonExporter)

public:
    QString name() const override { return QStringLiteral("json"); }
    QString displayName() const override { return tr("Board as JSON"); }
    QString defaultFileName() const override { return QStringLiteral("board.json"); }
    using FileExporter::write;
    bool write(const Board &board, QIODevice *device) override;
};

} // namespace Seams
