#include "contextmapexporter.h"

#include "analysis/contextmap.h"

namespace Seams {

QString ContextMapExporter::name() const
{
    switch (m_format) {
    case Format::Dot:
        return QStringLiteral("dot");
    case Format::Svg:
        return QStringLiteral("svg");
    case Format::Png:
        return QStringLiteral("png");
    }
    return {};
}

QString ContextMapExporter::displayName() const
{
    switch (m_format) {
    case Format::Dot:
        return tr("Context map (Graphviz DOT)");
    case Format::Svg:
        return tr("Context map (SVG)");
    case Format::Png:
        return tr("Context map (PNG)");
    }
    return {};
}

QString ContextMapExporter::defaultFileName() const
{
    return QStringLiteral("context-map.") + name();
}

bool ContextMapExporter::write(const Board &board, QIODevice *device)
{
    QByteArray bytes;
    if (m_format == Format::Dot) {
        bytes = ContextMap::dot(board);
    } else {
        QString error;
        bytes = ContextMap::render(board, m_format == Format::Svg ? "svg" : "png", &error);
        if (bytes.isEmpty()) {
            return fail(tr("Graphviz could not draw the context map: %1")
                            .arg(error.isEmpty() ? tr("no output") : error));
        }
    }
    return writeAll(device, bytes);
}

} // namespace Seams
