#include "model/naming.h"

#include <QTest>

using namespace Seams;

class tst_Naming : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void words_data();
    void words();
    void plural_data();
    void plural();
    void derived_data();
    void derived();
    void tableName_data();
    void tableName();
    void overridesWin();
    void upstreamFromHostileServiceName_data();
    void upstreamFromHostileServiceName();
};

void tst_Naming::words_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("spaces") << "Order Context" << QStringList {"order", "context"};
    QTest::newRow("camel") << "OrderItem" << QStringList {"order", "item"};
    QTest::newRow("acronym") << "HTTPRequestLog" << QStringList {"http", "request", "log"};
    QTest::newRow("digits") << "Payment2Service" << QStringList {"payment2", "service"};
    QTest::newRow("accents") << "Café Commandé" << QStringList {"cafe", "commande"};
    QTest::newRow("punctuation") << "o'rder; \"x\": {y}\n#z"
                                 << QStringList {"o", "rder", "x", "y", "z"};
    QTest::newRow("no ascii") << QStringLiteral("注文") << QStringList {};
    QTest::newRow("empty") << "" << QStringList {};
}

void tst_Naming::words()
{
    QFETCH(QString, name);
    QFETCH(QStringList, expected);
    QCOMPARE(Naming::words(name), expected);
}

void tst_Naming::plural_data()
{
    QTest::addColumn<QString>("word");
    QTest::addColumn<QString>("expected");
    QTest::newRow("order") << "order"
                           << "orders";
    QTest::newRow("category") << "category"
                              << "categories";
    QTest::newRow("address") << "address"
                             << "addresses";
    QTest::newRow("day") << "day"
                         << "days";
    QTest::newRow("box") << "box"
                         << "boxes";
    QTest::newRow("status") << "status"
                            << "statuses";
    QTest::newRow("already") << "payments"
                             << "payments";
    QTest::newRow("inventory") << "inventory"
                               << "inventory";
    QTest::newRow("person") << "person"
                            << "people";
}

void tst_Naming::plural()
{
    QFETCH(QString, word);
    QFETCH(QString, expected);
    QCOMPARE(Naming::plural(word), expected);
}

void tst_Naming::derived_data()
{
    QTest::addColumn<QString>("contextName");
    QTest::addColumn<QString>("service");
    QTest::addColumn<QString>("upstream");
    QTest::addColumn<QString>("prefix");
    QTest::addColumn<QString>("database");
    // The seed's own example.
    QTest::newRow("order") << "Order Context"
                           << "order-service"
                           << "http://order-service:8080"
                           << "/api/orders"
                           << "orders_db";
    QTest::newRow("payment") << "Payment Context"
                             << "payment-service"
                             << "http://payment-service:8080"
                             << "/api/payments"
                             << "payments_db";
    QTest::newRow("user") << "User"
                          << "user-service"
                          << "http://user-service:8080"
                          << "/api/users"
                          << "users_db";
    QTest::newRow("two words") << "Shipping Address Context"
                               << "shipping-address-service"
                               << "http://shipping-address-service:8080"
                               << "/api/shipping-addresses"
                               << "shipping_addresses_db";
    QTest::newRow("hostile") << "Or\"der: {x}; #1\nContext"
                             << "or-der-x-1-service"
                             << "http://or-der-x-1-service:8080"
                             << "/api/or-der-x-1s"
                             << "or_der_x_1s_db";
}

void tst_Naming::derived()
{
    QFETCH(QString, contextName);
    BoundedContext context;
    context.id = QUuid::createUuid();
    context.name = contextName;
    const ResolvedHandoff handoff = Naming::resolve(context, BoardSettings());
    QTEST(handoff.serviceName, "service");
    QTEST(handoff.upstreamUrl, "upstream");
    QCOMPARE(handoff.routePrefixes.size(), 1);
    QTEST(handoff.routePrefixes.first(), "prefix");
    QTEST(handoff.databaseName, "database");
    QCOMPARE(handoff.databaseEngine, DatabaseEngine::PostgreSQL);
}

void tst_Naming::tableName_data()
{
    QTest::addColumn<QString>("aggregate");
    QTest::addColumn<QString>("table");
    QTest::newRow("OrderItem") << "OrderItem"
                               << "order_items";
    QTest::newRow("Category") << "Category"
                              << "categories";
    QTest::newRow("ShippingAddress") << "ShippingAddress"
                                     << "shipping_addresses";
    QTest::newRow("Order") << "Order"
                           << "orders";
}

void tst_Naming::tableName()
{
    QFETCH(QString, aggregate);
    QTEST(Naming::tableName(aggregate), "table");
}

void tst_Naming::overridesWin()
{
    BoundedContext context;
    context.id = QUuid::createUuid();
    context.name = QStringLiteral("Order Context");
    context.handoff.serviceName = QStringLiteral("orders");
    context.handoff.routePrefixes = {QStringLiteral("/api/v2/orders")};
    context.handoff.databaseEngine = DatabaseEngine::MariaDB;
    BoardSettings settings;
    settings.apiBasePath = QStringLiteral("/api/");
    const ResolvedHandoff handoff = Naming::resolve(context, settings);
    QCOMPARE(handoff.serviceName, QStringLiteral("orders"));
    // The upstream follows an overridden service name.
    QCOMPARE(handoff.upstreamUrl, QStringLiteral("http://orders:8080"));
    QCOMPARE(handoff.routePrefixes, QStringList {QStringLiteral("/api/v2/orders")});
    QCOMPARE(handoff.databaseEngine, DatabaseEngine::MariaDB);
    context.handoff.routePrefixes.clear();
    QCOMPARE(Naming::resolve(context, settings).routePrefixes,
             QStringList {QStringLiteral("/api/orders")});
}

void tst_Naming::upstreamFromHostileServiceName_data()
{
    QTest::addColumn<QString>("serviceName");
    QTest::addColumn<QString>("expected");
    QTest::newRow("plain") << "orders"
                           << "http://orders:8080";
    QTest::newRow("spaces") << "Shop Service"
                            << "http://shop-service:8080";
    QTest::newRow("injection") << "pay;ment \"x\"\n#"
                               << "http://pay-ment-x:8080";
    QTest::newRow("no ascii") << QStringLiteral("\u6ce8\u6587") << "http://order-service:8080";
}

// Regression: the derived upstream used the overridden service name verbatim
// ("http://Shop Service:8080").
void tst_Naming::upstreamFromHostileServiceName()
{
    QFETCH(QString, serviceName);
    QFETCH(QString, expected);
    BoundedContext context;
    context.id = QUuid::createUuid();
    context.name = QStringLiteral("Order Context");
    context.handoff.serviceName = serviceName;
    QCOMPARE(Naming::derivedUpstreamUrl(context), expected);
}

QTEST_GUILESS_MAIN(tst_Naming)
#include "tst_naming.moc"
