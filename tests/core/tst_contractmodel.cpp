#include "contracttestdata.h"
#include "relationshiplookup.h"

#include "export/contractmodel.h"
#include "model/board.h"

#include <QTest>

using namespace Seams;

Q_DECLARE_METATYPE(Seams::OperationKind)
Q_DECLARE_METATYPE(Seams::MappingProblem)

/** ContractModel: how commands and read models become operations, events channels, and
 *  who receives what. */
class tst_ContractModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void mapCommand_data();
    void mapCommand();
    void unmappableCommands_data();
    void unmappableCommands();
    void mapReadModel_data();
    void mapReadModel();
    void channelAddress_data();
    void channelAddress();
    void receivedEvents();
    void subscriptions();
    void serviceFiles();
    void longServiceNamesMakeShortFileNames();

private:
    QUuid addNote(NoteKind kind, const QString &text, const HttpOverride &http = {});
    QString aggregateName(const QUuid &id) const;

    Board m_board;
    QUuid m_orders;
};

void tst_ContractModel::initTestCase()
{
    BoundedContext context;
    context.id = QUuid::fromString(QStringLiteral("{00000000-0000-4000-8000-000000000001}"));
    context.name = QStringLiteral("Order Context");
    m_board.insertContext(context);
    m_orders = context.id;
    addNote(NoteKind::Aggregate, QStringLiteral("Order"));
    addNote(NoteKind::Aggregate, QStringLiteral("ShippingAddress"));
    addNote(NoteKind::Aggregate, QStringLiteral("Order Line"));
}

QUuid tst_ContractModel::addNote(NoteKind kind, const QString &text, const HttpOverride &http)
{
    Note note;
    note.id = QUuid::createUuid();
    note.kind = kind;
    note.text = text;
    note.contextId = m_orders;
    note.http = http;
    note.geometry = QRectF(m_board.noteCount() * 200, 0, 100, 100);
    m_board.insertNote(note);
    return note.id;
}

QString tst_ContractModel::aggregateName(const QUuid &id) const
{
    const Note *note = m_board.note(id);
    return note ? note->text : QString();
}

void tst_ContractModel::mapCommand_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("overrideMethod");
    QTest::addColumn<QString>("overridePath");
    QTest::addColumn<QString>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<OperationKind>("kind");
    QTest::addColumn<QString>("aggregate");
    QTest::addColumn<QString>("operationId");

    const auto row = [](const char *name, const char *text, const char *method, const char *path,
                        OperationKind kind, const char *aggregate, const char *id,
                        const char *overrideMethod = "", const char *overridePath = "") {
        QTest::newRow(name) << QString::fromUtf8(text) << QString::fromLatin1(overrideMethod)
                            << QString::fromLatin1(overridePath) << QString::fromLatin1(method)
                            << QString::fromLatin1(path) << kind << QString::fromLatin1(aggregate)
                            << QString::fromLatin1(id);
    };
    row("create", "Place Order", "POST", "/api/orders", OperationKind::Create, "Order",
        "placeOrder");
    row("article", "Place an Order", "POST", "/api/orders", OperationKind::Create, "Order",
        "placeAnOrder");
    row("plural object", "Place Orders", "POST", "/api/orders", OperationKind::Create, "Order",
        "placeOrders");
    row("create other aggregate", "Create Shipping Address", "POST",
        "/api/orders/shipping-addresses", OperationKind::Create, "ShippingAddress",
        "createShippingAddress");
    row("update", "Update Order", "PATCH", "/api/orders/{orderId}", OperationKind::Update, "Order",
        "updateOrder");
    row("rename", "Rename Order Line", "PATCH", "/api/orders/order-lines/{orderLineId}",
        OperationKind::Update, "Order Line", "renameOrderLine");
    row("replace", "Set Shipping Address", "PUT",
        "/api/orders/shipping-addresses/{shippingAddressId}", OperationKind::Replace,
        "ShippingAddress", "setShippingAddress");
    row("delete", "Delete Order", "DELETE", "/api/orders/{orderId}", OperationKind::Delete, "Order",
        "deleteOrder");
    row("remove", "Remove Order Line", "DELETE", "/api/orders/order-lines/{orderLineId}",
        OperationKind::Delete, "Order Line", "removeOrderLine");
    row("cancel", "Cancel Order", "POST", "/api/orders/{orderId}/cancel", OperationKind::Action,
        "Order", "cancelOrder");
    row("archive", "Archive Order", "POST", "/api/orders/{orderId}/archive", OperationKind::Action,
        "Order", "archiveOrder");
    row("other verb", "Ship Order", "POST", "/api/orders/{orderId}/ship", OperationKind::Action,
        "Order", "shipOrder");
    row("known verb alone", "Ship", "POST", "/api/orders/{orderId}/ship", OperationKind::Action,
        "Order", "ship");
    row("unknown object", "Reserve Stock", "POST", "/api/orders/stocks/{stockId}/reserve",
        OperationKind::Action, "", "reserveStock");
    row("preposition", "Add Item to Cart", "POST", "/api/orders/items", OperationKind::Create, "",
        "addItemToCart");
    row("unknown verb with object", "Frobnicate Order", "POST", "/api/orders/{orderId}/frobnicate",
        OperationKind::Action, "Order", "frobnicateOrder");
    row("override both", "Change Shipping Address", "PUT", "/api/orders/{orderId}/shipping-address",
        OperationKind::Replace, "ShippingAddress", "changeShippingAddress", "PUT",
        "/api/orders/{orderId}/shipping-address");
    row("override method", "Archive Order", "DELETE", "/api/orders/{orderId}",
        OperationKind::Delete, "Order", "archiveOrder", "delete");
    row("override method to POST", "Update Order", "POST", "/api/orders/{orderId}",
        OperationKind::Action, "Order", "updateOrder", "post");
    row("relative override path", "Apply Coupon", "POST", "/api/orders/{orderId}/coupons",
        OperationKind::Action, "", "applyCoupon", "", "{orderId}/coupons");
    row("identifier operationId", "2024 Report", "POST", "/api/orders/report",
        OperationKind::Action, "", "op2024Report", "", "/api/orders/report");
    row("override rescues an unknown word", "Check", "POST", "/api/orders/check",
        OperationKind::Action, "Order", "check", "", "/api/orders/check");
}

void tst_ContractModel::mapCommand()
{
    QFETCH(QString, text);
    QFETCH(QString, overrideMethod);
    QFETCH(QString, overridePath);
    QFETCH(QString, method);
    QFETCH(QString, path);
    QFETCH(OperationKind, kind);
    QFETCH(QString, aggregate);
    QFETCH(QString, operationId);
    const QUuid id = addNote(NoteKind::Command, text, HttpOverride {overrideMethod, overridePath});
    const BoundedContext &context = *m_board.context(m_orders);
    const MappedNote mapped
        = ContractModel::mapCommand(ContractModel::resourceOf(m_board, context), *m_board.note(id));
    m_board.takeNote(id);
    QCOMPARE(mapped.problem, MappingProblem::None);
    QVERIFY(mapped.operation);
    QCOMPARE(mapped.operation->method, method);
    QCOMPARE(mapped.operation->path(), path);
    QCOMPARE(mapped.operation->kind, kind);
    QCOMPARE(aggregateName(mapped.operation->aggregateId), aggregate);
    QCOMPARE(mapped.operation->operationId, operationId);
    QCOMPARE(mapped.operation->noteId, id);
    QVERIFY(!mapped.operation->outsidePrefixes);
}

void tst_ContractModel::unmappableCommands_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("overrideMethod");
    QTest::addColumn<MappingProblem>("problem");
    QTest::newRow("lone unknown word") << "Check"
                                       << "" << MappingProblem::NoVerb;
    QTest::newRow("lone noun") << "Order"
                               << "" << MappingProblem::NoVerb;
    QTest::newRow("number first") << "2024 Report"
                                  << "" << MappingProblem::NoVerb;
    QTest::newRow("no ascii") << QStringLiteral("注文を確定") << "" << MappingProblem::NoVerb;
    QTest::newRow("empty") << ""
                           << "" << MappingProblem::NoVerb;
    QTest::newRow("unsupported method") << "Ship Order"
                                        << "FETCH" << MappingProblem::UnsupportedMethod;
    QTest::newRow("head") << "Ship Order"
                          << "head" << MappingProblem::UnsupportedMethod;
}

void tst_ContractModel::unmappableCommands()
{
    QFETCH(QString, text);
    QFETCH(QString, overrideMethod);
    QFETCH(MappingProblem, problem);
    const QUuid id = addNote(NoteKind::Command, text, HttpOverride {overrideMethod, QString()});
    const BoundedContext &context = *m_board.context(m_orders);
    const MappedNote mapped
        = ContractModel::mapCommand(ContractModel::resourceOf(m_board, context), *m_board.note(id));
    m_board.takeNote(id);
    QCOMPARE(mapped.problem, problem);
    QVERIFY(!mapped.operation);
}

void tst_ContractModel::mapReadModel_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("path");
    QTest::addColumn<OperationKind>("kind");
    QTest::addColumn<QString>("aggregate");
    QTest::addColumn<QString>("operationId");
    QTest::newRow("history") << "Order History"
                             << "/api/orders/history" << OperationKind::ReadCollection << "Order"
                             << "listOrderHistory";
    QTest::newRow("details") << "Order Details"
                             << "/api/orders/{orderId}/details" << OperationKind::Read << "Order"
                             << "getOrderDetails";
    QTest::newRow("the item") << "Order"
                              << "/api/orders/{orderId}" << OperationKind::Read << "Order"
                              << "getOrder";
    QTest::newRow("the collection") << "Orders"
                                    << "/api/orders" << OperationKind::ReadCollection << "Order"
                                    << "listOrders";
    QTest::newRow("aggregate list")
        << "Order Lines"
        << "/api/orders/lines" << OperationKind::ReadCollection << "Order Line"
        << "listOrderLines";
    QTest::newRow("no aggregate") << "Sales Dashboard"
                                  << "/api/orders/sales-dashboard" << OperationKind::ReadCollection
                                  << ""
                                  << "listSalesDashboard";
}

void tst_ContractModel::mapReadModel()
{
    QFETCH(QString, text);
    QFETCH(QString, path);
    QFETCH(OperationKind, kind);
    QFETCH(QString, aggregate);
    QFETCH(QString, operationId);
    const QUuid id = addNote(NoteKind::ReadModel, text);
    const BoundedContext &context = *m_board.context(m_orders);
    const MappedNote mapped = ContractModel::mapReadModel(
        ContractModel::resourceOf(m_board, context), *m_board.note(id));
    m_board.takeNote(id);
    QVERIFY(mapped.operation);
    QCOMPARE(mapped.operation->method, QStringLiteral("GET"));
    QCOMPARE(mapped.operation->path(), path);
    QCOMPARE(mapped.operation->kind, kind);
    QCOMPARE(aggregateName(mapped.operation->aggregateId), aggregate);
    QCOMPARE(mapped.operation->operationId, operationId);
}

void tst_ContractModel::channelAddress_data()
{
    QTest::addColumn<QString>("context");
    QTest::addColumn<QString>("event");
    QTest::addColumn<QString>("address");
    QTest::newRow("seed") << "Order Context"
                          << "Order Created"
                          << "orders.created";
    QTest::newRow("placed") << "Order Context"
                            << "Order Placed"
                            << "orders.placed";
    QTest::newRow("plural noun") << "Order Context"
                                 << "Orders Exported"
                                 << "orders.exported";
    QTest::newRow("longer subject") << "Order Context"
                                    << "Order Line Added"
                                    << "orders.line-added";
    QTest::newRow("other subject") << "Payment Context"
                                   << "Invoice Issued"
                                   << "payments.invoice-issued";
    QTest::newRow("invariant plural") << "Catalog Context"
                                      << "Product Added"
                                      << "catalog.product-added";
    QTest::newRow("only the noun") << "Order Context"
                                   << "Order"
                                   << "orders.order";
    QTest::newRow("hostile") << "Order Context"
                             << "Order \"Shipped\": {now}\n#1"
                             << "orders.shipped-now-1";
}

void tst_ContractModel::channelAddress()
{
    QFETCH(QString, context);
    QFETCH(QString, event);
    QFETCH(QString, address);
    BoundedContext owner;
    owner.id = QUuid::createUuid();
    owner.name = context;
    Note note;
    note.id = QUuid::createUuid();
    note.kind = NoteKind::DomainEvent;
    note.text = event;
    QCOMPARE(ContractModel::channelAddress(owner, note), address);

    note.text = QStringLiteral("注文");
    const QString fallback = ContractModel::channelAddress(owner, note);
    QVERIFY2(fallback.contains(QLatin1String(".event-")), qPrintable(fallback));
}

void tst_ContractModel::receivedEvents()
{
    Board board;
    QString error;
    QVERIFY2(ContractTestData::load(QStringLiteral("shop"), &board, &error), qPrintable(error));
    QHash<QString, QStringList> received;
    for (const BoundedContext *context : board.sortedContexts()) {
        for (const ReceivedEvent &event : ContractModel::receivedEvents(board, *context))
            received[context->name].append(event.event->text + QLatin1Char('@')
                                           + event.owner->name);
    }
    // Payment links to Order Placed only; Notification links to Order Shipped and takes all
    // of User's events (it links to none of them); Catalog reserves stock on Order Placed and
    // Order ships on Payment Captured, each through an events relationship.
    QCOMPARE(received.value(QStringLiteral("Payment Context")),
             QStringList {"Order Placed@Order Context"});
    QCOMPARE(received.value(QStringLiteral("Notification Context")),
             QStringList({"Order Shipped@Order Context", "User Registered@User Context"}));
    QCOMPARE(received.value(QStringLiteral("Catalog Context")),
             QStringList {"Order Placed@Order Context"});
    QCOMPARE(received.value(QStringLiteral("Order Context")),
             QStringList {"Payment Captured@Payment Context"});

    // Without the events relationship, reacting to an event receives nothing.
    QVERIFY(removeRelationship(board, QStringLiteral("Payment Context"),
                               QStringLiteral("Order Context")));
    for (const BoundedContext *context : board.sortedContexts()) {
        if (context->name == QLatin1String("Order Context"))
            QVERIFY(ContractModel::receivedEvents(board, *context).isEmpty());
    }
}

void tst_ContractModel::subscriptions()
{
    Board board;
    QString error;
    QVERIFY2(ContractTestData::load(QStringLiteral("shop"), &board, &error), qPrintable(error));
    QStringList covered;
    QStringList uncovered;
    for (const Subscription &subscription : ContractModel::subscriptions(board)) {
        (subscription.covered ? covered : uncovered)
            .append(subscription.subscriber->name + QLatin1String(" <- ")
                    + subscription.event->text);
    }
    covered.sort();
    QCOMPARE(
        covered,
        QStringList({"Catalog Context <- Order Placed", "Notification Context <- Order Shipped",
                     "Order Context <- Payment Captured", "Payment Context <- Order Placed"}));
    QVERIFY(uncovered.isEmpty());

    // Taking the relationships away leaves those reactions uncovered.
    QVERIFY(removeRelationship(board, QStringLiteral("Order Context"),
                               QStringLiteral("Catalog Context")));
    QVERIFY(removeRelationship(board, QStringLiteral("Payment Context"),
                               QStringLiteral("Order Context")));
    uncovered.clear();
    for (const Subscription &subscription : ContractModel::subscriptions(board)) {
        if (!subscription.covered)
            uncovered.append(subscription.subscriber->name + QLatin1String(" <- ")
                             + subscription.event->text);
    }
    uncovered.sort();
    QCOMPARE(uncovered,
             QStringList({"Catalog Context <- Order Placed", "Order Context <- Payment Captured"}));
}

void tst_ContractModel::serviceFiles()
{
    Board board;
    for (const QString &name :
         {QStringLiteral("Order Context"), QStringLiteral("Orders"), QStringLiteral("Zed")}) {
        BoundedContext context;
        context.id = QUuid::createUuid();
        context.name = name;
        if (name == QLatin1String("Orders"))
            context.handoff.serviceName = QStringLiteral("order-service");
        if (name == QLatin1String("Zed"))
            context.handoff.serviceName = QStringLiteral("../../etc/Pass Wd");
        board.insertContext(context);
    }
    QStringList stems;
    for (const ServiceFile &file : ContractModel::serviceFiles(board))
        stems.append(file.stem);
    QCOMPARE(stems, QStringList({"order-service", "order-service-2", "etc-pass-wd"}));
}

void tst_ContractModel::longServiceNamesMakeShortFileNames()
{
    // Found by fuzz_exporters: a long service name became a file name longer than the 255
    // bytes a file system allows, so `seams export openapi -o DIR` failed.
    Board board;
    for (int i = 0; i < 2; ++i) {
        BoundedContext context;
        context.id = QUuid::createUuid();
        context.name = QStringLiteral("Shared Context ").repeated(20).trimmed();
        board.insertContext(context);
    }
    BoundedContext oneWord;
    oneWord.id = QUuid::createUuid();
    oneWord.name = QStringLiteral("X").repeated(300);
    board.insertContext(oneWord);

    QStringList stems;
    for (const ServiceFile &file : ContractModel::serviceFiles(board))
        stems.append(file.stem);
    const QString shared = QStringLiteral("shared-context-").repeated(6) + QStringLiteral("shared");
    QCOMPARE(
        stems,
        QStringList({shared, shared + QStringLiteral("-2"), QStringLiteral("x").repeated(100)}));
}

QTEST_GUILESS_MAIN(tst_ContractModel)
#include "tst_contractmodel.moc"
