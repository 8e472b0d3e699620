#include "jsonexporter.h"

#include "storage/boardjson.h"

namespace Seams {

bool JsonExporter::write(const Board &board, QIODevice *device)
{
    const QByteArray json = BoardJson::write(board);
    if (device->write(json) != json.size())
        return fail(device->errorString());
    return true;
}

} // namespace Seams
