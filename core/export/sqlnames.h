#pragma once

#include "model/types.h"

#include <QSet>
#include <QString>

namespace Seams::Sql {

/** PostgreSQL truncates longer identifiers with only a NOTICE, so two long names can end up
 *  as one. Every identifier we write, for every dialect, stays within this many bytes. */
constexpr int maxIdentifierLength = 63;

/** True when the lower-case `word` cannot be an unquoted table or column name in the
 *  dialect (PostgreSQL 15's reserved and type/function keywords, MariaDB 10.11's reserved
 *  words, the keywords SQLite 3.40 refuses there). */
bool isReserved(DatabaseEngine dialect, const QString &word);

/** How an identifier was derived from a name typed on the board. */
struct Identifier
{
    QString name;
    /** The name was a reserved word and got a trailing underscore. */
    bool reserved = false;
    /** The name was longer than maxIdentifierLength and was shortened with a hash. */
    bool shortened = false;
};

/** Turns a snake_case ASCII name (from Naming) into an identifier that never needs quoting:
 *  `fallback` when it is empty, `digitPrefix` in front when it starts with a digit, a
 *  trailing underscore for a reserved word ("order" -> "order_"; board names never end in
 *  one, so this cannot collide), shortened with a hash suffix beyond 63 bytes. */
Identifier identifier(const QString &snakeName, DatabaseEngine dialect, const QString &fallback,
                      const QString &digitPrefix);

/** Cuts `name` to maxIdentifierLength, replacing its tail by "_" and 8 hex digits of a hash
 *  of the whole name, so that different long names stay different. Short names pass. */
QString shortened(const QString &name);

/** Names already taken in one namespace (a table's columns, a database's tables, indexes
 *  and constraints). */
class NameSpace
{
public:
    /** Takes `name`, or the first free "<name>_2", "<name>_3", ... (each within 63 bytes).
     *  Sets `collided` when the name itself was taken. */
    QString claim(const QString &name, bool *collided = nullptr);
    bool contains(const QString &name) const { return m_taken.contains(name); }

private:
    QSet<QString> m_taken;
};

/** A string literal: quotes doubled, backslashes doubled for MariaDB (which reads them as
 *  escapes), NUL characters dropped. */
QString literal(DatabaseEngine dialect, const QString &text);

/** Text safe inside a "-- " comment line or a README line: control characters and line or
 *  paragraph separators become spaces, runs of spaces collapse. */
QString oneLine(const QString &text);

/** Board text inside Markdown: one line (see oneLine()), markup characters escaped. */
QString markdown(const QString &text);

} // namespace Seams::Sql
