#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <yaml-cpp/yaml.h>

namespace Seams::Yaml {

/** UTF-8 std::string for yaml-cpp. The scalar it makes is untyped: "3.0" or "true" come out
 *  plain and read back as a number or a boolean. Use text() for strings. */
inline std::string utf8(const QString &text)
{
    return text.toStdString();
}

/** A scalar that is a string whatever it looks like: emit() quotes it when its plain form
 *  would read back as a number, a boolean or null ("3.0", "true", "~", "0123", "yes"). */
YAML::Node text(const QString &text);

/** A YAML sequence of strings (text() scalars). */
YAML::Node sequence(const QStringList &items);

/** Emits a node as one YAML document in block style, preceded by `comment` lines ("# ...").
 *  Maps keep insertion order, so building the node in a fixed order gives the same bytes
 *  every time. Every string goes through yaml-cpp's emitter, which quotes what needs
 *  quoting: board text never injects YAML. Returns an empty array and sets `error` if
 *  yaml-cpp refuses (it throws; the exception stops here). */
QByteArray emit(const YAML::Node &node, const QStringList &comment, QString *error);

} // namespace Seams::Yaml
