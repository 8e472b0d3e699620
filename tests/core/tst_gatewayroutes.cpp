// Gateway::plan and its parsers: the routing semantics every gateway exporter renders.

#include "gatewayboards.h"

#include "export/gatewayroutes.h"

using namespace Seams;

class tst_GatewayRoutes : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void prefixProblem_data();
    void prefixProblem();
    void parseUpstream_data();
    void parseUpstream();
    void parseListen_data();
    void parseListen();
    void token_data();
    void token();
    void routedContexts_data();
    void routedContexts();
    void longestPrefixFirstAndUniqueNames();
    void prefixRegex();
    void commentTextCannotBreakOut();
};

void tst_GatewayRoutes::prefixProblem_data()
{
    QTest::addColumn<QString>("prefix");
    QTest::addColumn<QString>("basePath");
    QTest::addColumn<QString>("problem"); // a word of the message; empty: valid
    QTest::newRow("plain") << "/api/orders"
                           << "/api"
                           << "";
    QTest::newRow("nested") << "/api/orders/returns"
                            << "/api"
                            << "";
    QTest::newRow("dots tilde underscore") << "/api/v1.2/pay~ments_x"
                                           << "/api"
                                           << "";
    QTest::newRow("root base") << "/orders"
                               << ""
                               << "";
    QTest::newRow("empty") << ""
                           << "/api"
                           << "empty";
    QTest::newRow("wildcard") << "/api/orders/*"
                              << "/api"
                              << "wildcard";
    QTest::newRow("query") << "/api/orders?x=1"
                           << "/api"
                           << "query";
    QTest::newRow("fragment") << "/api/orders#x"
                              << "/api"
                              << "fragment";
    QTest::newRow("space") << "/api/my orders"
                           << "/api"
                           << "white space";
    QTest::newRow("newline") << "/api/orders\n/x"
                             << "/api"
                             << "white space";
    QTest::newRow("no slash") << "api/orders"
                              << "/api"
                              << "start";
    QTest::newRow("trailing slash") << "/api/orders/"
                                    << "/api"
                                    << "ends with";
    QTest::newRow("base itself") << "/api"
                                 << "/api"
                                 << "base path itself";
    QTest::newRow("outside base") << "/v2/orders"
                                  << "/api"
                                  << "not under";
    QTest::newRow("base as word prefix") << "/apiorders"
                                         << "/api"
                                         << "not under";
    QTest::newRow("double slash") << "/api//orders"
                                  << "/api"
                                  << "empty segment";
    QTest::newRow("dot dot") << "/api/../admin"
                             << "/api"
                             << "\"..\"";
    QTest::newRow("semicolon") << "/api/or;ders"
                               << "/api"
                               << "\";\"";
    QTest::newRow("brace") << "/api/{id}"
                           << "/api"
                           << "\"{\"";
    QTest::newRow("quote") << "/api/o\"rders"
                           << "/api"
                           << "\"\"\"";
    QTest::newRow("unicode") << QStringLiteral("/api/caf\u00e9") << "/api"
                             << QStringLiteral("\"\u00e9\"");
    QTest::newRow("percent") << "/api/caf%C3%A9"
                             << "/api"
                             << "\"%\"";
}

void tst_GatewayRoutes::prefixProblem()
{
    QFETCH(QString, prefix);
    QFETCH(QString, basePath);
    QFETCH(QString, problem);
    const QString message = Gateway::prefixProblem(prefix, basePath);
    if (problem.isEmpty())
        QCOMPARE(message, QString());
    else
        QVERIFY2(message.contains(problem), qPrintable(message));
}

void tst_GatewayRoutes::parseUpstream_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("expected"); // Upstream::url(), or empty when refused
    QTest::newRow("derived") << "http://order-service:8080"
                             << "http://order-service:8080";
    QTest::newRow("trailing slash") << "http://monolith:8080/"
                                    << "http://monolith:8080";
    QTest::newRow("default http port") << "http://monolith"
                                       << "http://monolith:80";
    QTest::newRow("default https port") << "HTTPS://pay.internal"
                                        << "https://pay.internal:443";
    QTest::newRow("ipv4") << "http://127.0.0.1:9000"
                          << "http://127.0.0.1:9000";
    QTest::newRow("ipv6") << "http://[::1]:8080"
                          << "http://[::1]:8080";
    QTest::newRow("path") << "http://order-service:8080/v1"
                          << "";
    QTest::newRow("query") << "http://order-service:8080?x"
                           << "";
    QTest::newRow("user") << "http://user@order-service:8080"
                          << "";
    QTest::newRow("ftp") << "ftp://files:21"
                         << "";
    QTest::newRow("port too big") << "http://a:70000"
                                  << "";
    QTest::newRow("injection") << "http://a:80; return 200"
                               << "";
    QTest::newRow("no scheme") << "order-service:8080"
                               << "";
}

void tst_GatewayRoutes::parseUpstream()
{
    QFETCH(QString, url);
    QFETCH(QString, expected);
    QString problem;
    const std::optional<Gateway::Upstream> upstream = Gateway::parseUpstream(url, &problem);
    QCOMPARE(upstream ? upstream->url() : QString(), expected);
    QCOMPARE(problem.isEmpty(), !expected.isEmpty());
}

void tst_GatewayRoutes::parseListen_data()
{
    QTest::addColumn<QString>("address");
    QTest::addColumn<QString>("expected"); // Listen::address(), or empty when refused
    QTest::newRow("port only") << ":8000"
                               << ":8000";
    QTest::newRow("ipv4") << "127.0.0.1:8080"
                          << "127.0.0.1:8080";
    QTest::newRow("ipv6") << "[::1]:8000"
                          << "[::1]:8000";
    QTest::newRow("host") << "localhost:80"
                          << "localhost:80";
    QTest::newRow("no port") << "localhost"
                             << "";
    QTest::newRow("port 0") << ":0"
                            << "";
    QTest::newRow("garbage") << "8000; daemon off"
                             << "";
}

void tst_GatewayRoutes::parseListen()
{
    QFETCH(QString, address);
    QFETCH(QString, expected);
    QString problem;
    const std::optional<Gateway::Listen> listen = Gateway::parseListen(address, &problem);
    QCOMPARE(listen ? listen->address() : QString(), expected);
}

void tst_GatewayRoutes::token_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("expected");
    QTest::newRow("derived") << "order-service"
                             << "order-service";
    QTest::newRow("hostile") << "pay\"ment; rm -rf / #"
                             << "pay-ment-rm-rf";
    QTest::newRow("camel") << "OrderService"
                           << "order-service";
    QTest::newRow("braces newline") << "{x}\n#1"
                                    << "x-1";
    QTest::newRow("no ascii") << QStringLiteral("\u6ce8\u6587") << "";
}

void tst_GatewayRoutes::token()
{
    QFETCH(QString, name);
    QFETCH(QString, expected);
    QCOMPARE(Gateway::token(name), expected);
}

void tst_GatewayRoutes::routedContexts_data()
{
    QTest::addColumn<int>("wave"); // -1: no --wave
    QTest::addColumn<QStringList>("services");
    QTest::newRow("statuses") << -1 << QStringList {"order-service", "payment-service"};
    QTest::newRow("wave 0") << 0 << QStringList {};
    QTest::newRow("wave 1") << 1 << QStringList {"order-service"};
    QTest::newRow("wave 2") << 2 << QStringList {"order-service", "payment-service"};
    QTest::newRow("wave 3") << 3
                            << QStringList {"catalog-service", "order-service", "payment-service"};
}

void tst_GatewayRoutes::routedContexts()
{
    QFETCH(int, wave);
    QFETCH(QStringList, services);
    Board board;
    QVERIFY(GatewayBoards::loadShop(&board));
    // Catalog is still in the monolith but planned for wave 3.
    GatewayBoards::changeHandoff(&board, QStringLiteral("Catalog Context"),
                                 [](Handoff &handoff) { handoff.wave = 3; });
    ExportOptions options;
    if (wave >= 0)
        options.wave = wave;
    QString error;
    const std::optional<Gateway::Plan> plan = Gateway::plan(board, options, &error);
    QVERIFY2(plan, qPrintable(error));
    QStringList names;
    for (const Gateway::Service &service : plan->services)
        names.append(service.name);
    QCOMPARE(names, services);
    QCOMPARE(plan->monolith.name, QStringLiteral("monolith"));
    QCOMPARE(plan->fallbackPrefix, QStringLiteral("/api/"));
    QCOMPARE(plan->monolith.upstream.url(), QStringLiteral("http://monolith:8080"));
}

void tst_GatewayRoutes::longestPrefixFirstAndUniqueNames()
{
    Board board;
    QVERIFY(GatewayBoards::loadShop(&board));
    GatewayBoards::addRefunds(&board);
    GatewayBoards::changeHandoff(&board, QStringLiteral("Order Context"), [](Handoff &handoff) {
        handoff.routePrefixes = {QStringLiteral("/api/a-b"), QStringLiteral("/api/a.b"),
                                 QStringLiteral("/api/orders")};
    });
    QString error;
    const std::optional<Gateway::Plan> plan = Gateway::plan(board, {}, &error);
    QVERIFY2(plan, qPrintable(error));
    QStringList prefixes;
    QStringList names;
    for (const Gateway::Route &route : plan->routes) {
        prefixes.append(route.prefix);
        names.append(route.name);
    }
    QCOMPARE(prefixes,
             QStringList({"/api/payments/refunds", "/api/payments", "/api/orders", "/api/a-b",
                          "/api/a.b"}));
    QCOMPARE(names, QStringList({"payments-refunds", "payments", "orders", "a-b", "a-b-2"}));
}

void tst_GatewayRoutes::prefixRegex()
{
    QCOMPARE(Gateway::prefixRegex(QStringLiteral("/api/v1.2/x~y")),
             QStringLiteral("/api/v1\\.2/x~y(/|$)"));
    const QRegularExpression regex(QLatin1Char('^')
                                   + Gateway::prefixRegex(QStringLiteral("/api/orders")));
    QVERIFY(regex.match(QStringLiteral("/api/orders")).hasMatch());
    QVERIFY(regex.match(QStringLiteral("/api/orders/7")).hasMatch());
    QVERIFY(!regex.match(QStringLiteral("/api/orders-archive")).hasMatch());
    QVERIFY(!regex.match(QStringLiteral("/x/api/orders")).hasMatch());
}

void tst_GatewayRoutes::commentTextCannotBreakOut()
{
    QCOMPARE(Gateway::commentText(QStringLiteral("a\nb\r\u2028c\u202e {$HOME} ${X}")),
             QStringLiteral("a b  c  {HOME} {X}"));
    QCOMPARE(Gateway::commentBlock({QStringLiteral("x\ny"), QString()}), QByteArray("# x y\n#\n"));
}

QTEST_GUILESS_MAIN(tst_GatewayRoutes)
#include "tst_gatewayroutes.moc"
