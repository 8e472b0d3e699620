// `seams check` area "gateway": each problem is reported once, with a stable code, naming the
// contexts involved; the sample board is clean.

#include "gatewayboards.h"

#include "analysis/findings.h"

using namespace Seams;

class tst_GatewayRules : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sampleIsClean();
    void findings_data();
    void findings();
};

void tst_GatewayRules::sampleIsClean()
{
    Board board;
    QVERIFY(GatewayBoards::loadShop(&board));
    QCOMPARE(Checks::run(board, {QStringLiteral("gateway")}).size(), 0);
    QVERIFY(Checks::areas().contains(QStringLiteral("gateway")));
}

void tst_GatewayRules::findings_data()
{
    QTest::addColumn<QString>("scenario");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("severity");
    QTest::addColumn<QStringList>("mentions");
    QTest::newRow("duplicate prefix")
        << "duplicate"
        << "gateway.duplicate-prefix"
        << "error" << QStringList {"Order Context", "Payment Context", "/api/orders"};
    QTest::newRow("planned context counts")
        << "planned-duplicate"
        << "gateway.duplicate-prefix"
        << "error" << QStringList {"Catalog Context", "Order Context"};
    QTest::newRow("monolith context ignored") << "monolith-duplicate"
                                              << ""
                                              << "" << QStringList {};
    QTest::newRow("case-only difference")
        << "case"
        << "gateway.shadowed-route"
        << "error" << QStringList {"/api/Orders", "/api/orders", "Payment Context"};
    QTest::newRow("listed twice") << "twice"
                                  << "gateway.shadowed-route"
                                  << "warning" << QStringList {"Order Context", "twice"};
    QTest::newRow("wildcard") << "wildcard"
                              << "gateway.invalid-prefix"
                              << "error"
                              << QStringList {"/api/orders/*", "Order Context", "wildcard"};
    QTest::newRow("base path itself") << "base"
                                      << "gateway.invalid-prefix"
                                      << "error" << QStringList {"base path itself"};
    QTest::newRow("names collide after sanitising")
        << "collision"
        << "gateway.name-collision"
        << "error" << QStringList {"Order Context", "Payment Context", "shop-service"};
    QTest::newRow("service named monolith") << "monolith-name"
                                            << "gateway.name-collision"
                                            << "error" << QStringList {"Order Context"};
    QTest::newRow("upstream with path") << "upstream"
                                        << "gateway.invalid-upstream"
                                        << "error" << QStringList {"Order Context", "/v1"};
    QTest::newRow("monolith upstream") << "monolith-upstream"
                                       << "gateway.invalid-upstream"
                                       << "error" << QStringList {"monolith"};
    QTest::newRow("listen") << "listen"
                            << "gateway.invalid-listen"
                            << "error" << QStringList {"8000;"};
    QTest::newRow("base path") << "base-path"
                               << "gateway.invalid-base-path"
                               << "error" << QStringList {"/a pi"};
    QTest::newRow("resolver") << "resolver"
                              << "gateway.invalid-setting"
                              << "error" << QStringList {"gateway_resolver"};
    QTest::newRow("jwt key path") << "jwt-key"
                                  << "gateway.invalid-setting"
                                  << "error" << QStringList {"jwt_public_key_file"};
}

void tst_GatewayRules::findings()
{
    QFETCH(QString, scenario);
    QFETCH(QString, code);
    QFETCH(QString, severity);
    QFETCH(QStringList, mentions);
    Board board;
    QVERIFY(GatewayBoards::loadShop(&board));
    const auto prefixes = [&](const char *context, QStringList list) {
        GatewayBoards::changeHandoff(&board, QLatin1String(context),
                                     [&](Handoff &handoff) { handoff.routePrefixes = list; });
    };
    BoardSettings settings = board.settings();
    if (scenario == QLatin1String("duplicate")) {
        prefixes("Payment Context", {"/api/orders"});
    } else if (scenario == QLatin1String("planned-duplicate")) {
        GatewayBoards::changeHandoff(&board, QStringLiteral("Catalog Context"), [](Handoff &h) {
            h.wave = 3;
            h.routePrefixes = {QStringLiteral("/api/orders")};
        });
    } else if (scenario == QLatin1String("monolith-duplicate")) {
        prefixes("Catalog Context", {"/api/orders"});
    } else if (scenario == QLatin1String("case")) {
        prefixes("Payment Context", {"/api/Orders"});
    } else if (scenario == QLatin1String("twice")) {
        prefixes("Order Context", {"/api/orders", "/api/orders"});
    } else if (scenario == QLatin1String("wildcard")) {
        prefixes("Order Context", {"/api/orders/*"});
    } else if (scenario == QLatin1String("base")) {
        prefixes("Order Context", {"/api"});
    } else if (scenario == QLatin1String("collision")) {
        for (const char *context : {"Order Context", "Payment Context"}) {
            GatewayBoards::changeHandoff(&board, QLatin1String(context), [&](Handoff &h) {
                h.serviceName = QLatin1String(context) == QLatin1String("Order Context")
                    ? QStringLiteral("Shop Service")
                    : QStringLiteral("shop_service;");
            });
        }
    } else if (scenario == QLatin1String("monolith-name")) {
        GatewayBoards::changeHandoff(&board, QStringLiteral("Order Context"), [](Handoff &h) {
            h.serviceName = QStringLiteral("Monolith");
        });
    } else if (scenario == QLatin1String("upstream")) {
        GatewayBoards::changeHandoff(&board, QStringLiteral("Order Context"), [](Handoff &h) {
            h.upstreamUrl = QStringLiteral("http://order-service:8080/v1");
        });
    } else if (scenario == QLatin1String("monolith-upstream")) {
        settings.monolithUpstream = QStringLiteral("monolith:8080");
    } else if (scenario == QLatin1String("listen")) {
        settings.gatewayListen = QStringLiteral(":8000; daemon off");
    } else if (scenario == QLatin1String("base-path")) {
        settings.apiBasePath = QStringLiteral("/a pi");
    } else if (scenario == QLatin1String("resolver")) {
        settings.extra.insert(QStringLiteral("gateway_resolver"), QStringLiteral("dns.local"));
    } else if (scenario == QLatin1String("jwt-key")) {
        settings.extra.insert(QStringLiteral("jwt_public_key_file"), QStringLiteral("key\".pem"));
    }
    board.setSettings(settings);

    const QList<Finding> findings = Checks::run(board, {QStringLiteral("gateway")});
    if (code.isEmpty()) {
        QCOMPARE(findings.size(), 0);
        return;
    }
    QCOMPARE(findings.size(), 1);
    const Finding &finding = findings.first();
    QCOMPARE(finding.code, code);
    QCOMPARE(Checks::severityKey(finding.severity), severity);
    QCOMPARE(finding.area, QStringLiteral("gateway"));
    for (const QString &mention : mentions)
        QVERIFY2(finding.message.contains(mention), qPrintable(finding.message));
}

QTEST_GUILESS_MAIN(tst_GatewayRules)
#include "tst_gatewayrules.moc"
