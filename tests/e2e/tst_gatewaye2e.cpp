// End to end: the gateway exports run in the real nginx, HAProxy and Caddy from Debian, on
// free loopback ports, in front of echo stubs (the board's upstreams point at them). Every
// request checks which upstream answered, that the path arrived unchanged and that
// X-Trace-Id came back (the client's own when it sent one). The exports of the sample and
// hostile boards also go through each gateway's own validator (nginx -t, haproxy -c, caddy
// validate, decK) and through JSON schemas for Kong and Traefik (ajv). Servers are always
// stopped, also when a check fails.

#include "../core/gatewayboards.h"
#include "httptools.h"

#include "export/exporter.h"
#include "export/gatewayroutes.h"

#include <QDateTime>
#include <QDir>
#include <QMessageAuthenticationCode>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace Seams;

namespace {

QString executable(const QString &name)
{
    return QStandardPaths::findExecutable(
        name, {QStringLiteral("/usr/sbin"), QStringLiteral("/usr/bin"), QStringLiteral("/sbin")});
}

QByteArray base64Url(const QByteArray &data)
{
    return data.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

QByteArray jwt(const QByteArray &secret, qint64 expiresIn, const QByteArray &algorithm = "HS256")
{
    const QByteArray header = base64Url("{\"alg\":\"" + algorithm + "\",\"typ\":\"JWT\"}");
    const QByteArray payload
        = base64Url("{\"kid\":\"seams-test\",\"exp\":"
                    + QByteArray::number(QDateTime::currentSecsSinceEpoch() + expiresIn) + "}");
    const QByteArray signature = base64Url(QMessageAuthenticationCode::hash(
        header + '.' + payload, secret, QCryptographicHash::Sha256));
    return header + '.' + payload + '.' + signature;
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

/** Runs a validator; returns its exit code and puts its output in `output`. */
int run(const QString &program, const QStringList &arguments, QString *output,
        const QString &workingDirectory = QString(),
        const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment())
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.setWorkingDirectory(workingDirectory);
    process.setProcessEnvironment(environment);
    process.start(program, arguments);
    if (!process.waitForFinished(60000)) {
        process.kill();
        process.waitForFinished();
        *output = QStringLiteral("%1 did not finish").arg(program);
        return -1;
    }
    *output = QString::fromLocal8Bit(process.readAll());
    return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
}

} // namespace

class tst_GatewayE2e : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void routing_data();
    void routing();
    void haproxyVerifiesJwt_data();
    void haproxyVerifiesJwt();
    void rateLimitAnswers429_data();
    void rateLimitAnswers429();
    void validators_data();
    void validators();
    void validatorsRejectBrokenFiles_data();
    void validatorsRejectBrokenFiles();

private:
    /** Exports `format` for `board` listening on `port` and starts the gateway. */
    bool startGateway(const QString &format, const Board &board, quint16 port,
                      E2e::ServerProcess *server);

    QTemporaryDir m_folder;
    QByteArray m_secret;
    std::map<QString, std::unique_ptr<E2e::EchoServer>> m_upstreams;
    std::map<QString, std::unique_ptr<E2e::ServerProcess>> m_gateways;
    std::map<QString, quint16> m_ports;
};

bool tst_GatewayE2e::startGateway(const QString &format, const Board &board, quint16 port,
                                  E2e::ServerProcess *server)
{
    const std::unique_ptr<Exporter> exporter = Exporters::create(format);
    ExportOptions options;
    options.listen = QStringLiteral("127.0.0.1:%1").arg(port);
    exporter->setOptions(options);
    MemoryOutput output;
    if (!exporter->write(board, output)) {
        qWarning("%s: %s", qPrintable(format), qPrintable(exporter->errorString()));
        return false;
    }
    const QString folder = m_folder.filePath(QStringLiteral("%1-%2").arg(format).arg(port));
    QDir().mkpath(folder);
    QFile::setPermissions(folder,
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner
                              | QFileDevice::ReadOther | QFileDevice::ExeOther);
    const QString config = QDir(folder).filePath(exporter->defaultFileName());
    if (!writeFile(config, output.files().value(exporter->defaultFileName())))
        return false;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    if (format == QLatin1String("nginx")) {
        return server->start(executable(QStringLiteral("nginx")),
                             {QStringLiteral("-p"), folder, QStringLiteral("-c"), config,
                              QStringLiteral("-e"), QStringLiteral("stderr"), QStringLiteral("-g"),
                              QStringLiteral("daemon off;")},
                             port);
    }
    if (format == QLatin1String("haproxy")) {
        environment.insert(Gateway::jwtSecretVariable, QString::fromLatin1(m_secret));
        return server->start(executable(QStringLiteral("haproxy")),
                             {QStringLiteral("-db"), QStringLiteral("-f"), config}, port,
                             environment);
    }
    // Caddy keeps state under HOME/XDG folders; its admin endpoint would clash between runs.
    environment.insert(QStringLiteral("HOME"), folder);
    environment.insert(QStringLiteral("XDG_DATA_HOME"), folder);
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), folder);
    environment.insert(QStringLiteral("SEAMS_CADDY_ADMIN"), QStringLiteral("off"));
    return server->start(executable(QStringLiteral("caddy")),
                         {QStringLiteral("run"), QStringLiteral("--config"), config,
                          QStringLiteral("--adapter"), QStringLiteral("caddyfile")},
                         port, environment, folder);
}

void tst_GatewayE2e::initTestCase()
{
    for (const char *program : {"nginx", "haproxy", "caddy", "deck", "node"}) {
        QVERIFY2(!executable(QLatin1String(program)).isEmpty(),
                 qPrintable(QStringLiteral("%1 is not installed (./build.sh deps installs it)")
                                .arg(QLatin1String(program))));
    }
    QVERIFY(m_folder.isValid());
    QFile::setPermissions(m_folder.path(),
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner
                              | QFileDevice::ExeOther);
    m_secret = QByteArray::number(QRandomGenerator::global()->generate64(), 36);

    Board board;
    QVERIFY(GatewayBoards::loadShop(&board));
    GatewayBoards::addRefunds(&board);
    for (const char *name : {"orders", "payments", "refunds", "monolith"}) {
        auto upstream = std::make_unique<E2e::EchoServer>(QLatin1String(name));
        QVERIFY(upstream->listen(QHostAddress::LocalHost, 0));
        m_ports[QLatin1String(name)] = upstream->serverPort();
        m_upstreams[QLatin1String(name)] = std::move(upstream);
    }
    const auto local = [this](const char *name) {
        return QStringLiteral("http://127.0.0.1:%1").arg(m_ports.at(QLatin1String(name)));
    };
    GatewayBoards::changeHandoff(&board, QStringLiteral("Order Context"),
                                 [&](Handoff &h) { h.upstreamUrl = local("orders"); });
    GatewayBoards::changeHandoff(&board, QStringLiteral("Payment Context"),
                                 [&](Handoff &h) { h.upstreamUrl = local("payments"); });
    GatewayBoards::changeHandoff(&board, QStringLiteral("Refunds: \"{returns}\"; #2"),
                                 [&](Handoff &h) { h.upstreamUrl = local("refunds"); });
    BoardSettings settings = board.settings();
    settings.monolithUpstream = local("monolith");
    board.setSettings(settings);

    for (const char *format : {"nginx", "haproxy", "caddy"}) {
        const quint16 port = E2e::freePort();
        auto gateway = std::make_unique<E2e::ServerProcess>();
        QVERIFY2(startGateway(QLatin1String(format), board, port, gateway.get()),
                 qPrintable(QStringLiteral("%1 did not start: %2")
                                .arg(QLatin1String(format), gateway->output())));
        m_ports[QLatin1String(format)] = port;
        m_gateways[QLatin1String(format)] = std::move(gateway);
    }
}

void tst_GatewayE2e::cleanupTestCase()
{
    m_gateways.clear(); // stops them
    m_upstreams.clear();
}

void tst_GatewayE2e::routing_data()
{
    QTest::addColumn<QString>("gateway");
    QTest::addColumn<QByteArray>("target");
    QTest::addColumn<QByteArray>("traceId");
    QTest::addColumn<QString>("upstream"); // empty: the gateway answers 404 itself
    const QList<std::tuple<const char *, const char *>> requests = {
        {"/api/orders", "orders"},
        {"/api/orders/1", "orders"},
        {"/api/orders-archive", "monolith"},
        {"/api/payments/9", "payments"},
        {"/api/unknown", "monolith"},
        {"/api/payments/refunds", "refunds"},
        {"/api/payments/refunds/3", "refunds"},
        {"/api/payments/refundsX", "payments"},
        {"/api/orders/1?filter=a%2Fb&x=%C3%A9", "orders"},
        {"/api", ""},
        {"/health", ""},
    };
    for (const char *gateway : {"nginx", "haproxy", "caddy"}) {
        for (const auto &[target, upstream] : requests) {
            for (const QByteArray &traceId : {QByteArray(), QByteArray("client-trace-42")}) {
                QTest::addRow("%s %s%s", gateway, target, traceId.isEmpty() ? "" : " traced")
                    << QString::fromLatin1(gateway) << QByteArray(target) << traceId
                    << QString::fromLatin1(upstream);
            }
        }
    }
}

void tst_GatewayE2e::routing()
{
    QFETCH(QString, gateway);
    QFETCH(QByteArray, target);
    QFETCH(QByteArray, traceId);
    QFETCH(QString, upstream);
    QList<std::pair<QByteArray, QByteArray>> headers
        = {{"Authorization", "Bearer " + jwt(m_secret, 600)}};
    if (!traceId.isEmpty())
        headers.append({"X-Trace-Id", traceId});
    const E2e::Reply reply = E2e::get(m_ports.at(gateway), target, headers);
    QVERIFY2(reply.error.isEmpty(), qPrintable(reply.error));

    const QByteArray returnedTrace = reply.headers.value("x-trace-id");
    QVERIFY2(!returnedTrace.isEmpty(), "no X-Trace-Id in the answer");
    if (!traceId.isEmpty())
        QCOMPARE(returnedTrace, traceId);
    if (upstream.isEmpty()) {
        QCOMPARE(reply.status, 404);
        return;
    }
    QCOMPARE(reply.status, 200);
    const QJsonObject echo = reply.json();
    QCOMPARE(echo.value(QStringLiteral("name")).toString(), upstream);
    QCOMPARE(echo.value(QStringLiteral("path")).toString().toLatin1(), target);
    // The upstream saw the same trace id the client got back (not its own "from-the-upstream").
    QCOMPARE(echo.value(QStringLiteral("headers"))
                 .toObject()
                 .value(QStringLiteral("x-trace-id"))
                 .toString()
                 .toLatin1(),
             returnedTrace);
}

void tst_GatewayE2e::haproxyVerifiesJwt_data()
{
    QTest::addColumn<QByteArray>("authorization");
    QTest::addColumn<int>("status");
    QTest::newRow("valid") << "Bearer " + jwt(m_secret, 600) << 200;
    QTest::newRow("no token") << QByteArray() << 401;
    QTest::newRow("expired") << "Bearer " + jwt(m_secret, -60) << 401;
    QTest::newRow("wrong secret") << "Bearer " + jwt("not-the-secret", 600) << 401;
    QTest::newRow("empty secret") << "Bearer " + jwt("", 600) << 401;
    QTest::newRow("other algorithm") << "Bearer " + jwt(m_secret, 600, "HS512") << 401;
    QTest::newRow("garbage") << QByteArray("Bearer a.b.c") << 401;
}

void tst_GatewayE2e::haproxyVerifiesJwt()
{
    QFETCH(QByteArray, authorization);
    QFETCH(int, status);
    QList<std::pair<QByteArray, QByteArray>> headers = {{"X-Trace-Id", "jwt-check"}};
    if (!authorization.isEmpty())
        headers.append({"Authorization", authorization});
    const E2e::Reply reply
        = E2e::get(m_ports.at(QStringLiteral("haproxy")), "/api/orders/1", headers);
    QVERIFY2(reply.error.isEmpty(), qPrintable(reply.error));
    QCOMPARE(reply.status, status);
    QCOMPARE(reply.headers.value("x-trace-id"), QByteArray("jwt-check"));
}

void tst_GatewayE2e::rateLimitAnswers429_data()
{
    QTest::addColumn<QString>("gateway");
    QTest::newRow("nginx") << "nginx";
    QTest::newRow("haproxy") << "haproxy";
}

void tst_GatewayE2e::rateLimitAnswers429()
{
    QFETCH(QString, gateway);
    Board board;
    QVERIFY(GatewayBoards::loadShop(&board));
    BoardSettings settings = board.settings();
    settings.rateLimitPerMinute = 5;
    settings.jwtEnabled = false;
    settings.monolithUpstream
        = QStringLiteral("http://127.0.0.1:%1").arg(m_ports.at(QStringLiteral("monolith")));
    board.setSettings(settings);
    const quint16 port = E2e::freePort();
    E2e::ServerProcess server;
    QVERIFY2(startGateway(gateway, board, port, &server), qPrintable(server.output()));
    QList<int> statuses;
    QByteArray retryAfter;
    for (int i = 0; i < 8; ++i) {
        const E2e::Reply reply = E2e::get(port, "/api/unknown");
        QVERIFY2(reply.error.isEmpty(), qPrintable(reply.error));
        statuses.append(reply.status);
        if (reply.status == 429) {
            retryAfter = reply.headers.value("retry-after");
            QVERIFY(!reply.headers.value("x-trace-id").isEmpty());
        }
    }
    QCOMPARE(statuses, QList<int>({200, 200, 200, 200, 200, 429, 429, 429}));
    QCOMPARE(retryAfter, QByteArray("60"));
}

void tst_GatewayE2e::validators_data()
{
    QTest::addColumn<QString>("boardCase");
    QTest::addColumn<QString>("format");
    for (const char *boardCase : {"shop", "shop-wave1", "hostile"}) {
        for (const char *format : {"kong", "nginx", "haproxy", "caddy", "traefik"}) {
            QTest::addRow("%s/%s", boardCase, format)
                << QString::fromLatin1(boardCase) << QString::fromLatin1(format);
        }
    }
}

void tst_GatewayE2e::validators()
{
    QFETCH(QString, boardCase);
    QFETCH(QString, format);
    // The goldens are the exporters' output byte for byte (tst_gatewayexporters proves it);
    // their upstream host names do not resolve here, which the validators must accept.
    const QString file = QStringLiteral(SEAMS_TEST_DATA_DIR "/gateway/%1/%2")
                             .arg(boardCase, Exporters::create(format)->defaultFileName());
    const QString schemas = QStringLiteral(SEAMS_TEST_DATA_DIR "/gateway/schemas/");
    const QString validator = QStringLiteral(SEAMS_TOOLING_DIR "/validate-gateway-config.cjs");
    const QString folder
        = m_folder.filePath(QStringLiteral("validate-%1-%2").arg(boardCase, format));
    QVERIFY(QDir().mkpath(folder));
    QString output;
    if (format == QLatin1String("kong")) {
        QCOMPARE(run(executable(QStringLiteral("deck")),
                     {QStringLiteral("validate"), QStringLiteral("-s"), file}, &output),
                 0);
        QCOMPARE(run(executable(QStringLiteral("node")),
                     {validator, format,
                      schemas + QLatin1String("kong-declarative-3.0.schema.json"), file},
                     &output),
                 0);
    } else if (format == QLatin1String("traefik")) {
        QVERIFY2(run(executable(QStringLiteral("node")),
                     {validator, format,
                      schemas + QLatin1String("traefik-file-provider.schema.json"), file},
                     &output)
                     == 0,
                 qPrintable(output));
    } else if (format == QLatin1String("nginx")) {
        QFile::copy(file, folder + QLatin1String("/nginx.conf"));
        QVERIFY2(run(executable(QStringLiteral("nginx")),
                     {QStringLiteral("-t"), QStringLiteral("-p"), folder, QStringLiteral("-c"),
                      folder + QLatin1String("/nginx.conf"), QStringLiteral("-e"),
                      QStringLiteral("stderr")},
                     &output)
                     == 0,
                 qPrintable(output));
    } else if (format == QLatin1String("haproxy")) {
        QVERIFY2(run(executable(QStringLiteral("haproxy")),
                     {QStringLiteral("-c"), QStringLiteral("-f"), file}, &output)
                     == 0,
                 qPrintable(output));
    } else {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("HOME"), folder);
        environment.insert(QStringLiteral("XDG_DATA_HOME"), folder);
        environment.insert(QStringLiteral("XDG_CONFIG_HOME"), folder);
        QVERIFY2(run(executable(QStringLiteral("caddy")),
                     {QStringLiteral("validate"), QStringLiteral("--config"), file,
                      QStringLiteral("--adapter"), QStringLiteral("caddyfile")},
                     &output, folder, environment)
                     == 0,
                 qPrintable(output));
    }
}

void tst_GatewayE2e::validatorsRejectBrokenFiles_data()
{
    // The seed's mistakes and decK's rule on unknown keys: the checks above must be able to
    // fail.
    QTest::addColumn<QString>("format");
    QTest::addColumn<QByteArray>("broken");
    QTest::addColumn<QString>("complaint");
    const QByteArray kong = "_format_version: \"3.0\"\nservices:\n  - name: monolith\n"
                            "    url: http://monolith:8080\n    routes:\n"
                            "      - name: monolith-fallback\n        paths:\n";
    QTest::newRow("kong _comment") << "kong"
                                   << "_comment: x\n" + kong + "          - /api/\n"
                                   << "_comment";
    QTest::newRow("kong literal /api/*") << "kong" << kong + "          - /api/*\n"
                                         << "literal path";
    QTest::newRow("kong version as number")
        << "kong" << QByteArray(kong).replace("\"3.0\"", "3.0") + "          - /api/\n"
        << "_format_version";
    QTest::newRow("kong bad name")
        << "kong"
        << QByteArray(kong).replace("name: monolith\n", "name: mono lith\n") + "          - /api/\n"
        << "pattern";
    QTest::newRow("traefik unknown key")
        << "traefik"
        << QByteArray(
               "http:\n  routers:\n    r:\n      rule: PathPrefix(`/api/`)\n      service: s\n"
               "      priorty: 5\n  services:\n    s:\n      loadBalancer:\n        servers:\n"
               "          - url: http://s:8080\n")
        << "priorty";
}

void tst_GatewayE2e::validatorsRejectBrokenFiles()
{
    QFETCH(QString, format);
    QFETCH(QByteArray, broken);
    QFETCH(QString, complaint);
    const QString file = m_folder.filePath(
        QStringLiteral("broken-%1.yaml")
            .arg(QString::fromLatin1(QByteArray(QTest::currentDataTag()).toHex())));
    QVERIFY(writeFile(file, broken));
    const QString schema = QStringLiteral(SEAMS_TEST_DATA_DIR "/gateway/schemas/")
        + (format == QLatin1String("kong") ? QLatin1String("kong-declarative-3.0.schema.json")
                                           : QLatin1String("traefik-file-provider.schema.json"));
    QString output;
    QCOMPARE(run(executable(QStringLiteral("node")),
                 {QStringLiteral(SEAMS_TOOLING_DIR "/validate-gateway-config.cjs"), format, schema,
                  file},
                 &output),
             1);
    QVERIFY2(output.contains(complaint), qPrintable(output));
    if (QTest::currentDataTag() == QByteArray("kong _comment")) {
        QVERIFY(run(executable(QStringLiteral("deck")),
                    {QStringLiteral("validate"), QStringLiteral("-s"), file}, &output)
                != 0);
        QVERIFY2(output.contains(QStringLiteral("_comment")), qPrintable(output));
    }
}

QTEST_GUILESS_MAIN(tst_GatewayE2e)
#include "tst_gatewaye2e.moc"
