#include "yaml.h"

#include <QRegularExpression>

namespace Seams::Yaml {

namespace {

// Marks scalars made by text(); emit() drops the tag and quotes where needed.
const std::string textTag = "!seams-text";

/** True when a plain scalar with this content would be read as something other than a
 *  string by a YAML 1.1 or 1.2 reader (Kong's lyaml, go-yaml, js-yaml, PyYAML). Quoting
 *  too much is harmless, so anything that starts like a number counts. */
bool resolvesAsNonString(const QString &value)
{
    static const QRegularExpression special(QStringLiteral(
        "^(|~|null|Null|NULL|true|True|TRUE|false|False|FALSE|yes|Yes|YES|no|No|NO|on|On|ON|"
        "off|Off|OFF|y|Y|n|N|=|<<|[-+]?\\.(inf|Inf|INF)|\\.(nan|NaN|NAN))$"));
    static const QRegularExpression numberLike(QStringLiteral("^[-+]?\\.?[0-9]"));
    return special.match(value).hasMatch() || numberLike.match(value).hasMatch();
}

void emitNode(YAML::Emitter &out, const YAML::Node &node)
{
    switch (node.Type()) {
    case YAML::NodeType::Map:
        if (node.Style() == YAML::EmitterStyle::Flow)
            out << YAML::Flow;
        out << YAML::BeginMap;
        for (auto it = node.begin(); it != node.end(); ++it) {
            out << YAML::Key;
            emitNode(out, it->first);
            out << YAML::Value;
            emitNode(out, it->second);
        }
        out << YAML::EndMap;
        break;
    case YAML::NodeType::Sequence:
        if (node.Style() == YAML::EmitterStyle::Flow)
            out << YAML::Flow;
        out << YAML::BeginSeq;
        for (const YAML::Node &item : node)
            emitNode(out, item);
        out << YAML::EndSeq;
        break;
    case YAML::NodeType::Scalar:
        if (node.Tag() == textTag && resolvesAsNonString(QString::fromStdString(node.Scalar())))
            out << YAML::DoubleQuoted;
        out << node.Scalar();
        break;
    case YAML::NodeType::Null:
    case YAML::NodeType::Undefined:
        out << YAML::Null;
        break;
    }
}

} // namespace

YAML::Node text(const QString &value)
{
    YAML::Node node(utf8(value));
    node.SetTag(textTag);
    return node;
}

YAML::Node sequence(const QStringList &items)
{
    YAML::Node node(YAML::NodeType::Sequence);
    for (const QString &item : items)
        node.push_back(text(item));
    return node;
}

QByteArray emit(const YAML::Node &node, const QStringList &comment, QString *error)
{
    try {
        YAML::Emitter emitter;
        emitter.SetIndent(2);
        emitter.SetSeqFormat(YAML::Block);
        emitter.SetMapFormat(YAML::Block);
        emitNode(emitter, node);
        if (!emitter.good()) {
            *error = QString::fromStdString(emitter.GetLastError());
            return {};
        }
        QByteArray bytes;
        for (const QString &line : comment) {
            // A comment line cannot carry a line break out of the comment; YAML 1.1 readers
            // (PyYAML) also break lines at NEL, LINE and PARAGRAPH SEPARATOR.
            QString safe = line;
            for (const QChar lineBreak :
                 {QChar(u'\r'), QChar(u'\n'), QChar(0x85), QChar(0x2028), QChar(0x2029)})
                safe.replace(lineBreak, QLatin1Char(' '));
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
