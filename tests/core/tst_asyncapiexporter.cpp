#include "contracttestdata.h"

#include "export/asyncapiexporter.h"
#include "export/exporter.h"
#include "model/board.h"

#include <QRegularExpression>
#include <QTest>

#include <yaml-cpp/yaml.h>

using namespace Seams;

/** AsyncApiExporter: golden documents, send and receive operations, payload schemas,
 *  determinism. Validation by @asyncapi/parser is in tests/e2e/tst_contractvalidation. */
class tst_AsyncApiExporter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void registered();
    void golden_data();
    void golden();
    void deterministic();
    void sendAndReceive();
    void payloadFromFields();
    void hostileNames();

private:
    static QMap<QString, QByteArray> exportBoard(const Board &board);
    static QMap<QString, QByteArray> exportCase(const QString &name);
    static QStringList operations(const YAML::Node &document, const char *action);
};

QMap<QString, QByteArray> tst_AsyncApiExporter::exportBoard(const Board &board)
{
    AsyncApiExporter exporter;
    MemoryOutput output;
    if (!exporter.write(board, output)) {
        qWarning("%s", qPrintable(exporter.errorString()));
        return {};
    }
    return output.files();
}

QMap<QString, QByteArray> tst_AsyncApiExporter::exportCase(const QString &name)
{
    Board board;
    QString error;
    if (!ContractTestData::load(name, &board, &error)) {
        qWarning("%s", qPrintable(error));
        return {};
    }
    return exportBoard(board);
}

QStringList tst_AsyncApiExporter::operations(const YAML::Node &document, const char *action)
{
    QStringList result;
    for (const auto &operation : document["operations"]) {
        if (operation.second["action"].as<std::string>() == action)
            result.append(QString::fromStdString(operation.first.as<std::string>()));
    }
    return result;
}

void tst_AsyncApiExporter::registered()
{
    const std::unique_ptr<Exporter> exporter = Exporters::create(QStringLiteral("asyncapi"));
    QVERIFY(exporter);
    QCOMPARE(exporter->shape(), Exporter::Shape::Folder);
    QCOMPARE(exporter->checkAreas(), QStringList {"contract"});
    QVERIFY(exporter->options().isEmpty());
}

void tst_AsyncApiExporter::golden_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("shop") << "shop";
    QTest::newRow("allkinds") << "allkinds";
    QTest::newRow("hostile") << "hostile";
}

void tst_AsyncApiExporter::golden()
{
    QFETCH(QString, name);
    const QMap<QString, QByteArray> files = exportCase(name);
    QVERIFY(!files.isEmpty());
    static const QRegularExpression plain(
        QStringLiteral("^[a-z0-9]+(-[a-z0-9]+)*\\.asyncapi\\.yaml$"));
    for (const QString &file : files.keys())
        QVERIFY2(plain.match(file).hasMatch(), qPrintable(file));
    ContractTestData::compareGolden(files, name, QStringLiteral("asyncapi"));
}

void tst_AsyncApiExporter::deterministic()
{
    Board board;
    QString error;
    QVERIFY2(ContractTestData::load(QStringLiteral("allkinds"), &board, &error), qPrintable(error));
    Board copy;
    copy.assign(board);
    const QMap<QString, QByteArray> first = exportBoard(board);
    QVERIFY(!first.isEmpty());
    QCOMPARE(exportBoard(copy), first);
    QCOMPARE(exportBoard(board), first);
}

void tst_AsyncApiExporter::sendAndReceive()
{
    const QMap<QString, QByteArray> files = exportCase(QStringLiteral("shop"));
    QCOMPARE(files.keys(),
             QStringList({"catalog-service.asyncapi.yaml", "notification-service.asyncapi.yaml",
                          "order-service.asyncapi.yaml", "payment-service.asyncapi.yaml",
                          "user-service.asyncapi.yaml"}));
    const YAML::Node order = YAML::Load(files.value("order-service.asyncapi.yaml").toStdString());
    QCOMPARE(order["asyncapi"].as<std::string>(), std::string("3.0.0"));
    QCOMPARE(operations(order, "send"),
             QStringList({"sendOrderPlaced", "sendShippingAddressChanged", "sendOrderShipped",
                          "sendOrderCancelled"}));
    // Order ships on Payment Captured through the Payment -> Order events relationship.
    QCOMPARE(operations(order, "receive"), QStringList {"receivePaymentCaptured"});
    QCOMPARE(order["channels"]["orders.placed"]["address"].as<std::string>(),
             std::string("orders.placed"));

    const YAML::Node payment
        = YAML::Load(files.value("payment-service.asyncapi.yaml").toStdString());
    QCOMPARE(operations(payment, "receive"), QStringList {"receiveOrderPlaced"});
    const YAML::Node receive = payment["operations"]["receiveOrderPlaced"];
    QCOMPARE(receive["channel"]["$ref"].as<std::string>(), std::string("#/channels/orders.placed"));
    QCOMPARE(payment["channels"]["orders.placed"]["address"].as<std::string>(),
             std::string("orders.placed"));

    const YAML::Node notification
        = YAML::Load(files.value("notification-service.asyncapi.yaml").toStdString());
    QCOMPARE(operations(notification, "receive"),
             QStringList({"receiveOrderShipped", "receiveUserRegistered"}));
    QCOMPARE(operations(notification, "send"), QStringList {"sendNotificationSent"});
}

void tst_AsyncApiExporter::payloadFromFields()
{
    const QMap<QString, QByteArray> files = exportCase(QStringLiteral("allkinds"));
    const YAML::Node order = YAML::Load(files.value("order-service.asyncapi.yaml").toStdString());
    const YAML::Node payload = order["components"]["schemas"]["OrderPlacedPayload"];
    QVERIFY(payload);
    const YAML::Node properties = payload["properties"];
    QCOMPARE(properties.size(), std::size_t(24)); // every field type, nullable and not
    QCOMPARE(properties["uuid"]["format"].as<std::string>(), std::string("uuid"));
    QCOMPARE(properties["timestamp"]["format"].as<std::string>(), std::string("date-time"));
    QCOMPARE(properties["date"]["format"].as<std::string>(), std::string("date"));
    QCOMPARE(properties["integer"]["type"].as<std::string>(), std::string("integer"));
    QCOMPARE(properties["money"]["$ref"].as<std::string>(),
             std::string("#/components/schemas/Money"));
    QCOMPARE(properties["money_or_null"]["oneOf"][1]["type"].as<std::string>(),
             std::string("null"));
    QCOMPARE(properties["enum_or_null"]["enum"].size(), std::size_t(3)); // low, high, null
    QCOMPARE(properties["reference"]["format"].as<std::string>(), std::string("uuid"));
    QCOMPARE(properties["string_or_null"]["type"][1].as<std::string>(), std::string("null"));
    QVERIFY(!properties["json"]["type"]);
    QCOMPARE(payload["required"].size(), std::size_t(12)); // the non-nullable half
    QVERIFY(order["components"]["schemas"]["Money"]);
    QCOMPARE(
        order["components"]["messages"]["OrderPlaced"]["correlationId"]["$ref"].as<std::string>(),
        std::string("#/components/correlationIds/TraceId"));
}

void tst_AsyncApiExporter::hostileNames()
{
    const QMap<QString, QByteArray> files = exportCase(QStringLiteral("hostile"));
    QCOMPARE(files.size(), 5);
    const YAML::Node evil = YAML::Load(files.value("evil-service.asyncapi.yaml").toStdString());
    // Two "Order Placed" notes share a channel: the first is published, the check errors.
    QStringList ids;
    for (const auto &channel : evil["channels"]) {
        const QString id = QString::fromStdString(channel.first.as<std::string>());
        ids.append(id);
        static const QRegularExpression allowed(QStringLiteral("^[A-Za-z0-9._-]+$"));
        QVERIFY2(allowed.match(id).hasMatch(), qPrintable(id));
    }
    QCOMPARE(ids.filter(QStringLiteral(".order-placed")).size(), 1);
    for (const auto &message : evil["components"]["messages"]) {
        const QString id = QString::fromStdString(message.first.as<std::string>());
        static const QRegularExpression allowed(QStringLiteral("^[A-Za-z0-9._-]+$"));
        QVERIFY2(allowed.match(id).hasMatch(), qPrintable(id));
    }
    // A context called "true" gets a title that stays a string.
    const YAML::Node yes = YAML::Load(files.value("true-service.asyncapi.yaml").toStdString());
    QCOMPARE(yes["info"]["title"].as<std::string>(), std::string("true events"));
    QCOMPARE(yes["components"]["messages"]["Yes"]["title"].Tag(), std::string("!"));
}

QTEST_GUILESS_MAIN(tst_AsyncApiExporter)
#include "tst_asyncapiexporter.moc"
