#include "yaml.h"

namespace Seams::Yaml {

YAML::Node sequence(const QStringList &items)
{
    YAML::Node node(YAML::NodeType::Sequence);
    for (const QString &item : items)
        node.push_back(utf8(item));
    return node;
}

QByteArray emit(const YAML::Node &node, const QStringList &comment, QString *error)
{
    try {
        YAML::Emitter emitter;
        emitter.SetIndent(2);
        emitter.SetSeqFormat(YAML::Block);
        emitter.SetMapFormat(YAML::Block);
        emitter << node;
        if (!emitter.good()) {
            *error = QString::fromStdString(emitter.GetLastError());
            return {};
        }
        QByteArray bytes;
        for (const QString &line : comment) {
            // A comment line cannot carry a line break out of the comment.
            QString safe = line;
            safe.replace(QLatin1Char('\r'), QLatin1Char(' '))
                .replace(QLatin1Char('\n'), QLatin1Char(' '));
            bytes += (safe.isEmpty() ? QStringLiteral("#") : QStringLiteral("# ") + safe).toUtf8()
                + '\n';
        }
        bytes += QByteArray(emitter.c_str(), qsizetype(emitter.size()));
        if (!bytes.endsWith('\n'))
            bytes += '\n';
        return bytes;
    } catch (const std::exception &exception) {
        *error = QString::fromUtf8(exception.what());
        return {};
    }
}

} // namespace Seams::Yaml
