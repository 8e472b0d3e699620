#include "boardsettings.h"

#include <QCoreApplication>

namespace Seams {

namespace Keys {
constexpr QLatin1String monolithUpstream("monolith_upstream");
constexpr QLatin1String apiBasePath("api_base_path");
constexpr QLatin1String gatewayListen("gateway_listen");
constexpr QLatin1String jwtEnabled("jwt_enabled");
constexpr QLatin1String rateLimitPerMinute("rate_limit_per_minute");
constexpr QLatin1String databaseEngine("database_engine");
} // namespace Keys

QMap<QString, QJsonValue> BoardSettings::toMap() const
{
    QMap<QString, QJsonValue> map = extra;
    map.insert(Keys::monolithUpstream, monolithUpstream);
    map.insert(Keys::apiBasePath, apiBasePath);
    map.insert(Keys::gatewayListen, gatewayListen);
    map.insert(Keys::jwtEnabled, jwtEnabled);
    map.insert(Keys::rateLimitPerMinute, rateLimitPerMinute);
    map.insert(Keys::databaseEngine, toKey(databaseEngine));
    return map;
}

bool BoardSettings::fromMap(const QMap<QString, QJsonValue> &map, BoardSettings *settings,
                            QString *errorMessage)
{
    BoardSettings result;
    auto fail = [errorMessage](const QString &key, const char *expected) {
        if (errorMessage) {
            *errorMessage
                = QCoreApplication::translate("Seams::BoardSettings", "setting \"%1\" must be %2")
                      .arg(key, QCoreApplication::translate("Seams::BoardSettings", expected));
        }
        return false;
    };
    for (auto it = map.cbegin(); it != map.cend(); ++it) {
        const QString &key = it.key();
        const QJsonValue &value = it.value();
        if (key == Keys::monolithUpstream || key == Keys::apiBasePath
            || key == Keys::gatewayListen) {
            if (!value.isString())
                return fail(key, QT_TRANSLATE_NOOP("Seams::BoardSettings", "a string"));
            QString &target = key == Keys::monolithUpstream ? result.monolithUpstream
                : key == Keys::apiBasePath                  ? result.apiBasePath
                                                            : result.gatewayListen;
            target = value.toString();
        } else if (key == Keys::jwtEnabled) {
            if (!value.isBool())
                return fail(key, QT_TRANSLATE_NOOP("Seams::BoardSettings", "true or false"));
            result.jwtEnabled = value.toBool();
        } else if (key == Keys::rateLimitPerMinute) {
            const double number = value.toDouble(-1);
            if (!value.isDouble() || number < 0 || number > 1e9 || number != int(number)) {
                return fail(key,
                            QT_TRANSLATE_NOOP("Seams::BoardSettings",
                                              "a whole number of requests, 0 or more"));
            }
            result.rateLimitPerMinute = int(number);
        } else if (key == Keys::databaseEngine) {
            const auto engine = fromKey<DatabaseEngine>(value.toString());
            if (!engine)
                return fail(
                    key,
                    QT_TRANSLATE_NOOP("Seams::BoardSettings", "one of postgres, mariadb, sqlite"));
            result.databaseEngine = *engine;
        } else {
            result.extra.insert(key, value);
        }
    }
    *settings = result;
    return true;
}

} // namespace Seams
