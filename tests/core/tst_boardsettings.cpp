#include "model/boardsettings.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace Seams;

using SettingsMap = QMap<QString, QJsonValue>;

class tst_BoardSettings : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void defaults();
    void roundTrip();
    void unknownKeysArePreserved();
    void emptyMapGivesDefaults();
    void wrongTypes_data();
    void wrongTypes();
    void acceptedValues_data();
    void acceptedValues();
};

void tst_BoardSettings::defaults()
{
    const SettingsMap map = BoardSettings().toMap();
    QCOMPARE(map.keys(),
             (QStringList {"api_base_path", "database_engine", "gateway_listen", "jwt_enabled",
                           "monolith_upstream", "rate_limit_per_minute"}));
    QCOMPARE(map.value("monolith_upstream"), QJsonValue("http://monolith:8080"));
    QCOMPARE(map.value("api_base_path"), QJsonValue("/api"));
    QCOMPARE(map.value("gateway_listen"), QJsonValue(":8000"));
    QCOMPARE(map.value("jwt_enabled"), QJsonValue(true));
    QCOMPARE(map.value("rate_limit_per_minute"), QJsonValue(120));
    QCOMPARE(map.value("database_engine"), QJsonValue("postgres"));
}

void tst_BoardSettings::roundTrip()
{
    BoardSettings settings;
    settings.monolithUpstream = QStringLiteral("http://legacy:9000");
    settings.apiBasePath = QStringLiteral("/v2");
    settings.gatewayListen = QStringLiteral("127.0.0.1:8443");
    settings.jwtEnabled = false;
    settings.rateLimitPerMinute = 0;
    settings.databaseEngine = DatabaseEngine::MariaDB;
    settings.extra.insert(QStringLiteral("from_the_future"), QJsonArray {1, "two"});
    BoardSettings read;
    QString message;
    QVERIFY2(BoardSettings::fromMap(settings.toMap(), &read, &message), qPrintable(message));
    QCOMPARE(read, settings);
    QCOMPARE(read.toMap(), settings.toMap());
}

void tst_BoardSettings::unknownKeysArePreserved()
{
    // A file written by a newer Seams keeps the settings this version does not know.
    SettingsMap map = BoardSettings().toMap();
    map.insert(QStringLiteral("tracing_header"), QJsonValue("X-Trace-Id"));
    map.insert(QStringLiteral("zz_object"), QJsonObject {{"nested", true}});
    map.insert(QStringLiteral("a_null"), QJsonValue(QJsonValue::Null));
    BoardSettings settings;
    QString message;
    QVERIFY2(BoardSettings::fromMap(map, &settings, &message), qPrintable(message));
    QCOMPARE(settings.extra.size(), 3);
    QCOMPARE(settings.extra.value("tracing_header"), QJsonValue("X-Trace-Id"));
    QCOMPARE(settings.extra.value("a_null"), QJsonValue(QJsonValue::Null));
    QCOMPARE(settings.toMap(), map);
}

void tst_BoardSettings::emptyMapGivesDefaults()
{
    BoardSettings settings;
    settings.jwtEnabled = false;
    QString message;
    QVERIFY(BoardSettings::fromMap({}, &settings, &message));
    QCOMPARE(settings, BoardSettings());
}

void tst_BoardSettings::wrongTypes_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QString>("message");
    QTest::newRow("upstream as number") << "monolith_upstream" << QJsonValue(8080)
                                        << "setting \"monolith_upstream\" must be a string";
    QTest::newRow("base path as null") << "api_base_path" << QJsonValue(QJsonValue::Null)
                                       << "setting \"api_base_path\" must be a string";
    QTest::newRow("listen as list") << "gateway_listen" << QJsonValue(QJsonArray {":8000"})
                                    << "setting \"gateway_listen\" must be a string";
    QTest::newRow("jwt as text") << "jwt_enabled" << QJsonValue("true")
                                 << "setting \"jwt_enabled\" must be true or false";
    QTest::newRow("jwt as number")
        << "jwt_enabled" << QJsonValue(1) << "setting \"jwt_enabled\" must be true or false";
    const QString rateMessage = QStringLiteral(
        "setting \"rate_limit_per_minute\" must be a whole number of requests, 0 or more");
    QTest::newRow("rate as text") << "rate_limit_per_minute" << QJsonValue("120") << rateMessage;
    QTest::newRow("negative rate") << "rate_limit_per_minute" << QJsonValue(-1) << rateMessage;
    QTest::newRow("fractional rate") << "rate_limit_per_minute" << QJsonValue(1.5) << rateMessage;
    QTest::newRow("huge rate") << "rate_limit_per_minute" << QJsonValue(1e12) << rateMessage;
    QTest::newRow("unknown engine")
        << "database_engine" << QJsonValue("oracle")
        << "setting \"database_engine\" must be one of postgres, mariadb, sqlite";
    QTest::newRow("engine as bool")
        << "database_engine" << QJsonValue(true)
        << "setting \"database_engine\" must be one of postgres, mariadb, sqlite";
}

void tst_BoardSettings::wrongTypes()
{
    QFETCH(QString, key);
    QFETCH(QJsonValue, value);
    QFETCH(QString, message);
    SettingsMap map = BoardSettings().toMap();
    map.insert(key, value);
    BoardSettings settings;
    settings.apiBasePath = QStringLiteral("/untouched");
    const BoardSettings before = settings;
    QString error;
    QVERIFY(!BoardSettings::fromMap(map, &settings, &error));
    QCOMPARE(error, message);
    QCOMPARE(settings, before); // nothing half-applied
}

void tst_BoardSettings::acceptedValues_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QJsonValue>("value");
    QTest::newRow("rate limit off") << "rate_limit_per_minute" << QJsonValue(0);
    QTest::newRow("rate limit 1e9") << "rate_limit_per_minute" << QJsonValue(1e9);
    QTest::newRow("sqlite") << "database_engine" << QJsonValue("sqlite");
    QTest::newRow("mariadb") << "database_engine" << QJsonValue("mariadb");
    QTest::newRow("empty base path") << "api_base_path" << QJsonValue("");
    QTest::newRow("unicode upstream") << "monolith_upstream" << QJsonValue("http://\u00fc:1");
}

void tst_BoardSettings::acceptedValues()
{
    QFETCH(QString, key);
    QFETCH(QJsonValue, value);
    SettingsMap map = BoardSettings().toMap();
    map.insert(key, value);
    BoardSettings settings;
    QString error;
    QVERIFY2(BoardSettings::fromMap(map, &settings, &error), qPrintable(error));
    QCOMPARE(settings.toMap().value(key), value);
    QVERIFY(settings.extra.isEmpty());
}

QTEST_GUILESS_MAIN(tst_BoardSettings)
#include "tst_boardsettings.moc"
