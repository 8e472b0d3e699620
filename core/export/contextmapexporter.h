#pragma once

#include "exporter.h"

namespace Seams {

/** `seams export dot|svg|png`: the context map (see ContextMap) as DOT text, or laid out
 *  and rendered in-process by Graphviz. */
class ContextMapExporter : public FileExporter
{
    Q_DECLARE_TR_FUNCTIONS(Seams::ContextMapExporter)

public:
    enum class Format { Dot, Svg, Png };

    explicit ContextMapExporter(Format format)
        : m_format(format)
    { }

    QString name() const override;
    QString displayName() const override;
    QString defaultFileName() const override;
    using FileExporter::write;
    bool write(const Board &board, QIODevice *device) override;

private:
    Format m_format;
};

/** The three registry entries (the registry makes exporters without arguments). */
class DotContextMapExporter final : public ContextMapExporter
{
public:
    DotContextMapExporter()
        : ContextMapExporter(Format::Dot)
    { }
};

class SvgContextMapExporter final : public ContextMapExporter
{
public:
    SvgContextMapExporter()
        : ContextMapExporter(Format::Svg)
    { }
};

class PngContextMapExporter final : public ContextMapExporter
{
public:
    PngContextMapExporter()
        : ContextMapExporter(Format::Png)
    { }
};

} // namespace Seams
