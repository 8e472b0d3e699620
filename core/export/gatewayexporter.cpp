#include "gatewayexporter.h"

namespace Seams {

bool GatewayExporter::write(const Board &board, QIODevice *device)
{
    QString error;
    const std::optional<Gateway::Plan> plan = Gateway::plan(board, exportOptions(), &error);
    return plan ? writePlan(*plan, device) : fail(error);
}

} // namespace Seams
