#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <yaml-cpp/yaml.h>

namespace Seams::Yaml {

/** UTF-8 std::string for yaml-cpp. */
inline std::string utf8(const QString &text)
{
    return text.toStdString();
}

/** A scalar that reads back as exactly this string. yaml-cpp keeps no types, so a plain
 *  "true", "404", "2024-01-01" or "<<" would come back as a boolean, a number, a date or a
 *  merge key; emit() double-quotes such text scalars. Use it for every string that comes
 *  from the board or must stay a string ("3.1.0"); numbers and booleans stay plain. */
YAML::Node text(const QString &value);

/** A YAML sequence of text() scalars. */
YAML::Node sequence(const QStringList &items);

/** Emits a node as one YAML document in block style, preceded by `comment` lines ("# ...").
 *  Maps keep insertion order, so building the node in a fixed order gives the same bytes
 *  every time. Every string goes through yaml-cpp's emitter, which quotes what needs
 *  quoting: board text never injects YAML. Returns an empty array and sets `error` if
 *  yaml-cpp refuses (it throws; the exception stops here). */
QByteArray emit(const YAML::Node &node, const QStringList &comment, QString *error);

} // namespace Seams::Yaml
