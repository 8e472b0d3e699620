#pragma once

#include "types.h"

#include <QJsonValue>
#include <QMap>
#include <QString>

namespace Seams {

/** Board-wide settings. Stored as key/value pairs so that a file written by a newer Seams
 *  keeps the settings this version does not know (they travel in `extra`, untouched). */
struct BoardSettings
{
    /** Where the gateway sends everything that is not extracted yet. */
    QString monolithUpstream = QStringLiteral("http://monolith:8080");
    /** The path under which all routes live; the monolith fallback claims it. */
    QString apiBasePath = QStringLiteral("/api");
    /** The address the exported gateway listens on, e.g. ":8000" or "127.0.0.1:8080". */
    QString gatewayListen = QStringLiteral(":8000");
    bool jwtEnabled = true;
    /** Requests per minute per client before the gateway answers 429; 0 turns it off. */
    int rateLimitPerMinute = 120;
    /** The engine of contexts that do not choose their own. */
    DatabaseEngine databaseEngine = DatabaseEngine::PostgreSQL;
    /** Settings written by other versions, preserved verbatim. */
    QMap<QString, QJsonValue> extra;

    /** All settings as key/value pairs, sorted by key. */
    QMap<QString, QJsonValue> toMap() const;
    /** Reads what toMap() wrote. Unknown keys go to `extra`; a known key of the wrong type
     *  fails with a message naming it. */
    static bool fromMap(const QMap<QString, QJsonValue> &map, BoardSettings *settings,
                        QString *errorMessage);

    bool operator==(const BoardSettings &) const = default;
};

} // namespace Seams
