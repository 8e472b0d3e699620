#include "contracttestdata.h"

#include "export/exporter.h"
#include "export/openapiexporter.h"
#include "model/board.h"

#include <QRegularExpression>
#include <QTest>

#include <yaml-cpp/yaml.h>

using namespace Seams;

/** OpenApiExporter: golden documents, the seed's status-code and error rules in them, the
 *  settings that change them, stable file names, determinism. Validation by the real
 *  OpenAPI tooling is in tests/e2e/tst_contractvalidation. */
class tst_OpenApiExporter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void registered();
    void golden_data();
    void golden();
    void deterministic_data();
    void deterministic();
    void statusCodeRules();
    void settingsChangeTheContract();
    void listenOption();
    void gatewayUrl_data();
    void gatewayUrl();
    void hostileNamesStayStrings();

private:
    static QMap<QString, QByteArray> exportBoard(const Board &board,
                                                 const ExportOptions &options = {});
    static YAML::Node parse(const QByteArray &bytes) { return YAML::Load(bytes.toStdString()); }
};

QMap<QString, QByteArray> tst_OpenApiExporter::exportBoard(const Board &board,
                                                           const ExportOptions &options)
{
    OpenApiExporter exporter;
    exporter.setOptions(options);
    MemoryOutput output;
    if (!exporter.write(board, output)) {
        qWarning("%s", qPrintable(exporter.errorString()));
        return {};
    }
    return output.files();
}

void tst_OpenApiExporter::registered()
{
    QVERIFY(Exporters::names().contains(QStringLiteral("openapi")));
    const std::unique_ptr<Exporter> exporter = Exporters::create(QStringLiteral("openapi"));
    QVERIFY(exporter);
    QCOMPARE(exporter->shape(), Exporter::Shape::Folder);
    QCOMPARE(exporter->checkAreas(), QStringList {"contract"});
    QCOMPARE(exporter->options(), QStringList {"listen"});
}

void tst_OpenApiExporter::golden_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QStringList>("files");
    QTest::newRow("shop") << "shop"
                          << QStringList {
                                 "catalog-service.openapi.yaml",
                                 "notification-service.openapi.yaml", "order-service.openapi.yaml",
                                 "payment-service.openapi.yaml", "user-service.openapi.yaml"};
    QTest::newRow("allkinds") << "allkinds" << QStringList();
    QTest::newRow("hostile") << "hostile" << QStringList();
}

void tst_OpenApiExporter::golden()
{
    QFETCH(QString, name);
    QFETCH(QStringList, files);
    Board board;
    QString error;
    QVERIFY2(ContractTestData::load(name, &board, &error), qPrintable(error));
    const QMap<QString, QByteArray> exported = exportBoard(board);
    QCOMPARE(exported.size(), board.contexts().size());
    if (!files.isEmpty())
        QCOMPARE(exported.keys(), files);
    // Whatever the names on the board, file names stay plain and readable.
    static const QRegularExpression plain(
        QStringLiteral("^[a-z0-9]+(-[a-z0-9]+)*\\.openapi\\.yaml$"));
    for (const QString &file : exported.keys())
        QVERIFY2(plain.match(file).hasMatch(), qPrintable(file));
    ContractTestData::compareGolden(exported, name, QStringLiteral("openapi"));
}

void tst_OpenApiExporter::deterministic_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("shop") << "shop";
    QTest::newRow("allkinds") << "allkinds";
    QTest::newRow("hostile") << "hostile";
}

void tst_OpenApiExporter::deterministic()
{
    QFETCH(QString, name);
    Board board;
    QString error;
    QVERIFY2(ContractTestData::load(name, &board, &error), qPrintable(error));
    // The same content inserted in the opposite order: hash orders differ, bytes must not.
    Board reversed;
    reversed.setName(board.name());
    reversed.setSettings(board.settings());
    const QList<const BoundedContext *> contexts = board.sortedContexts();
    for (auto it = contexts.crbegin(); it != contexts.crend(); ++it)
        reversed.insertContext(**it);
    const QList<const Note *> notes = board.sortedNotes();
    for (auto it = notes.crbegin(); it != notes.crend(); ++it)
        reversed.insertNote(**it);
    const QList<const Link *> links = board.sortedLinks();
    for (auto it = links.crbegin(); it != links.crend(); ++it)
        reversed.insertLink(**it);
    const QList<const Relationship *> relationships = board.sortedRelationships();
    for (auto it = relationships.crbegin(); it != relationships.crend(); ++it)
        reversed.insertRelationship(**it);
    const QMap<QString, QByteArray> first = exportBoard(board);
    QVERIFY(!first.isEmpty());
    QCOMPARE(exportBoard(reversed), first);
    QCOMPARE(exportBoard(board), first);
}

void tst_OpenApiExporter::statusCodeRules()
{
    Board board;
    QString error;
    QVERIFY2(ContractTestData::load(QStringLiteral("shop"), &board, &error), qPrintable(error));
    const YAML::Node order = parse(exportBoard(board).value("order-service.openapi.yaml"));
    QCOMPARE(order["openapi"].as<std::string>(), std::string("3.1.0"));
    QCOMPARE(order["servers"][0]["url"].as<std::string>(), std::string("http://localhost:8000"));
    QCOMPARE(order["security"][0]["bearerAuth"].size(), std::size_t(0));
    const YAML::Node paths = order["paths"];

    // Place Order: POST on the collection, 201 with Location, no 404 (no item in the path).
    const YAML::Node place = paths["/api/orders"]["post"];
    QCOMPARE(place["operationId"].as<std::string>(), std::string("placeOrder"));
    QVERIFY(place["responses"]["201"]["headers"]["Location"]);
    QVERIFY(place["responses"]["201"]["headers"]["X-Trace-Id"]);
    QVERIFY(!place["responses"]["404"]);
    QCOMPARE(place["responses"]["409"]["$ref"].as<std::string>(),
             std::string("#/components/responses/Conflict"));
    QCOMPARE(
        place["requestBody"]["content"]["application/json"]["schema"]["$ref"].as<std::string>(),
        std::string("#/components/schemas/OrderInput"));

    // Cancel Order: a state transition, POST action on the item, 404 and 409 possible.
    const YAML::Node cancel = paths["/api/orders/{orderId}/cancel"];
    QVERIFY(cancel["post"]["responses"]["200"]);
    QVERIFY(cancel["post"]["responses"]["404"]);
    QCOMPARE(cancel["parameters"][0]["name"].as<std::string>(), std::string("orderId"));
    QCOMPARE(cancel["parameters"][0]["in"].as<std::string>(), std::string("path"));
    QVERIFY(cancel["parameters"][0]["required"].as<bool>());

    // The override (PUT) wins over the verb (Change -> PATCH); If-Match for optimistic locking.
    const YAML::Node put = paths["/api/orders/{orderId}/shipping-address"]["put"];
    QVERIFY(put);
    QCOMPARE(put["parameters"].size(), std::size_t(2));
    QCOMPARE(put["parameters"][1]["$ref"].as<std::string>(),
             std::string("#/components/parameters/IfMatch"));
    QVERIFY(put["responses"]["200"]["headers"]["ETag"]);

    // Every operation carries X-Trace-Id; every error is a shared problem+json response.
    const YAML::Node responses = order["components"]["responses"];
    for (const char *name :
         {"BadRequest", "Unauthorized", "Forbidden", "NotFound", "Conflict", "UnprocessableContent",
          "TooManyRequests", "InternalServerError", "ServiceUnavailable"}) {
        const YAML::Node response = responses[name];
        QVERIFY2(response, name);
        QCOMPARE(
            response["content"]["application/problem+json"]["schema"]["$ref"].as<std::string>(),
            std::string("#/components/schemas/Problem"));
        QVERIFY2(response["headers"]["X-Trace-Id"], name);
    }
    QVERIFY(responses["TooManyRequests"]["headers"]["Retry-After"]);
    QStringList problemFields;
    for (const auto &property : order["components"]["schemas"]["Problem"]["properties"])
        problemFields.append(QString::fromStdString(property.first.as<std::string>()));
    QCOMPARE(problemFields,
             QStringList({"type", "title", "status", "detail", "instance", "traceId"}));
    for (const auto &path : paths) {
        for (const auto &method : path.second) {
            if (method.first.as<std::string>() == "parameters")
                continue;
            QCOMPARE(method.second["parameters"][0]["$ref"].as<std::string>(),
                     std::string("#/components/parameters/TraceId"));
        }
    }

    // Read models: a list and one item.
    const YAML::Node user = parse(exportBoard(board).value("user-service.openapi.yaml"));
    QVERIFY(user["paths"]["/api/users/{userId}/profile"]["get"]["responses"]["404"]);
    QVERIFY(user["paths"]["/api/users"]["post"]["responses"]["201"]);
    QCOMPARE(order["paths"]["/api/orders/history"]["get"]["responses"]["200"]["content"]
                  ["application/json"]["schema"]["type"]
                      .as<std::string>(),
             std::string("array"));
}

void tst_OpenApiExporter::settingsChangeTheContract()
{
    Board board;
    QString error;
    QVERIFY2(ContractTestData::load(QStringLiteral("shop"), &board, &error), qPrintable(error));
    BoardSettings settings = board.settings();
    settings.jwtEnabled = false;
    settings.rateLimitPerMinute = 0;
    board.setSettings(settings);
    const QByteArray bytes = exportBoard(board).value("order-service.openapi.yaml");
    const YAML::Node order = parse(bytes);
    // Without the gateway's JWT check there is no 401/403 and no security; without its rate
    // limit, no 429 and no Retry-After.
    QVERIFY(!order["security"]);
    QVERIFY(!order["components"]["securitySchemes"]);
    QVERIFY(!order["components"]["responses"]["Unauthorized"]);
    QVERIFY(!order["components"]["responses"]["TooManyRequests"]);
    QVERIFY(!order["components"]["headers"]["RetryAfter"]);
    QVERIFY(!bytes.contains("\"401\""));
    QVERIFY(!bytes.contains("\"429\""));
    QVERIFY(order["paths"]["/api/orders"]["post"]["responses"]["422"]);
}

void tst_OpenApiExporter::listenOption()
{
    Board board;
    QString error;
    QVERIFY2(ContractTestData::load(QStringLiteral("shop"), &board, &error), qPrintable(error));
    ExportOptions options;
    options.listen = QStringLiteral("127.0.0.1:9080");
    const YAML::Node order = parse(exportBoard(board, options).value("order-service.openapi.yaml"));
    QCOMPARE(order["servers"][0]["url"].as<std::string>(), std::string("http://127.0.0.1:9080"));
}

void tst_OpenApiExporter::gatewayUrl_data()
{
    QTest::addColumn<QString>("listen");
    QTest::addColumn<QString>("url");
    QTest::newRow("port only") << ":8000"
                               << "http://localhost:8000";
    QTest::newRow("bare port") << "8000"
                               << "http://localhost:8000";
    QTest::newRow("loopback") << "127.0.0.1:8080"
                              << "http://127.0.0.1:8080";
    QTest::newRow("any address") << "0.0.0.0:80"
                                 << "http://localhost:80";
    QTest::newRow("ipv6") << "[::1]:9000"
                          << "http://[::1]:9000";
    QTest::newRow("ipv6 any") << "[::]:9000"
                              << "http://localhost:9000";
    QTest::newRow("host name") << "gateway.internal:8443"
                               << "http://gateway.internal:8443";
    QTest::newRow("port out of range") << ":99999"
                                       << "http://localhost";
    QTest::newRow("junk") << "evil host\n:80"
                          << "http://localhost";
    QTest::newRow("empty") << ""
                           << "http://localhost";
}

void tst_OpenApiExporter::gatewayUrl()
{
    QFETCH(QString, listen);
    QFETCH(QString, url);
    QCOMPARE(OpenApiExporter::gatewayUrl(listen), url);
}

void tst_OpenApiExporter::hostileNamesStayStrings()
{
    Board board;
    QString error;
    QVERIFY2(ContractTestData::load(QStringLiteral("hostile"), &board, &error), qPrintable(error));
    const QMap<QString, QByteArray> files = exportBoard(board);
    QCOMPARE(files.size(), 5);
    for (auto it = files.cbegin(); it != files.cend(); ++it) {
        const YAML::Node document = parse(it.value());
        QCOMPARE(document["openapi"].Tag(), std::string("!"));
        for (const auto &path : document["paths"]) {
            const std::string key = path.first.as<std::string>();
            QVERIFY2(key.front() == '/', key.c_str());
            QVERIFY2(key.find(' ') == std::string::npos, key.c_str());
        }
    }
    // Contexts named "404" and "true": titles that YAML would otherwise read as a number and
    // a boolean are quoted.
    const YAML::Node number = parse(files.value(QStringLiteral("404-service.openapi.yaml")));
    QCOMPARE(number["info"]["title"].as<std::string>(), std::string("404"));
    QCOMPARE(number["info"]["title"].Tag(), std::string("!"));
    const YAML::Node boolean = parse(files.value(QStringLiteral("true-service.openapi.yaml")));
    QCOMPARE(boolean["info"]["title"].Tag(), std::string("!"));
    const YAML::Node weird = parse(files.value(QStringLiteral("evil-service.openapi.yaml")));
    QVERIFY(weird);
    const YAML::Node schema = weird["components"]["schemas"]["OrdErX"];
    QVERIFY(schema);
    // "$ref" as a property name breaks JSON Schema tools: it becomes "_ref".
    QVERIFY(!schema["properties"]["$ref"]);
    QVERIFY(schema["properties"]["_ref"]);
    QCOMPARE(schema["properties"]["2024-01-01"]["type"].as<std::string>(), std::string("integer"));
    QCOMPARE(schema["properties"]["yes"]["enum"].size(), std::size_t(8));
    QCOMPARE(schema["properties"]["yes"]["enum"][0].Tag(), std::string("!"));
}

QTEST_GUILESS_MAIN(tst_OpenApiExporter)
#include "tst_openapiexporter.moc"
