#include "yaml.h"

#include <cctype>

namespace Seams::Yaml {

namespace {

// The non-specific tag "!" is what yaml-cpp gives quoted scalars when it reads them: "this
// is a string". text() marks its scalars with it and emitScalar() honours it.
const std::string textTag = "!";

/** True when `value` reads back as the same string if written plain, in YAML 1.1 and 1.2
 *  and in js-yaml's default schema (which also knows timestamps and merge keys). Deliberately
 *  conservative: anything unusual gets quotes. */
bool isSafePlain(const std::string &value)
{
    if (value.empty() || !std::isalpha(static_cast<unsigned char>(value.front()))
        || value.back() == ' ')
        return false;
    for (const char c : value) {
        const bool allowed = std::isalnum(static_cast<unsigned char>(c)) || c == ' ' || c == '_'
            || c == '-' || c == '.' || c == '/' || c == '(' || c == ')';
        if (!allowed)
            return false;
    }
    static const char *const keywords[]
        = {"y", "n", "yes", "no", "on", "off", "true", "false", "null"};
    std::string lower = value;
    for (char &c : lower)
        c = char(std::tolower(static_cast<unsigned char>(c)));
    for (const char *keyword : keywords) {
        if (lower == keyword)
            return false;
    }
    return true;
}

void emitNode(YAML::Emitter &emitter, const YAML::Node &node)
{
    switch (node.Type()) {
    case YAML::NodeType::Map:
        if (node.Style() == YAML::EmitterStyle::Flow)
            emitter << YAML::Flow;
        emitter << YAML::BeginMap;
        for (const auto &pair : node) {
            emitter << YAML::Key;
            emitNode(emitter, pair.first);
            emitter << YAML::Value;
            emitNode(emitter, pair.second);
        }
        emitter << YAML::EndMap;
        break;
    case YAML::NodeType::Sequence:
        if (node.Style() == YAML::EmitterStyle::Flow)
            emitter << YAML::Flow;
        emitter << YAML::BeginSeq;
        for (const auto &item : node)
            emitNode(emitter, item);
        emitter << YAML::EndSeq;
        break;
    case YAML::NodeType::Scalar:
        if (node.Tag() == textTag && !isSafePlain(node.Scalar()))
            emitter << YAML::DoubleQuoted;
        emitter << node.Scalar();
        break;
    case YAML::NodeType::Null:
    case YAML::NodeType::Undefined:
        emitter << node;
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
