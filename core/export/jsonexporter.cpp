#include "jsonexporter.h"

#include "storage/boardjson.h"

namespace Seams {

bool JsonExporter::write(const Board &board, QIODevice *device)
{
    return writeAll(device, BoardJson::write(board));
}

} // namespace Seams
