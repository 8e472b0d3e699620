#include "export/httpconventions.h"
#include "model/boardsettings.h"

#include <QTest>

using namespace Seams;
using namespace Seams::HttpConventions;

Q_DECLARE_METATYPE(Seams::CommandIntent)
Q_DECLARE_METATYPE(Seams::OperationKind)

/** The verb convention table and the seed's status-code rules (docs/http-conventions.md). */
class tst_HttpConventions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void verbTable_data();
    void verbTable();
    void unknownVerbs();
    void kindOf_data();
    void kindOf();
    void successStatus_data();
    void successStatus();
    void errorStatuses_data();
    void errorStatuses();
    void ifMatchAndETag();
    void singular_data();
    void singular();
    void sanitizePath_data();
    void sanitizePath();
    void pathKey();
};

void tst_HttpConventions::verbTable_data()
{
    QTest::addColumn<QString>("verb");
    QTest::addColumn<CommandIntent>("intent");
    QTest::addColumn<QString>("method");
    const QList<std::tuple<const char *, CommandIntent, const char *>> rows = {
        {"place", CommandIntent::Create, "POST"},
        {"create", CommandIntent::Create, "POST"},
        {"register", CommandIntent::Create, "POST"},
        {"add", CommandIntent::Create, "POST"},
        {"submit", CommandIntent::Create, "POST"},
        {"open", CommandIntent::Create, "POST"},
        {"update", CommandIntent::Update, "PATCH"},
        {"change", CommandIntent::Update, "PATCH"},
        {"edit", CommandIntent::Update, "PATCH"},
        {"rename", CommandIntent::Update, "PATCH"},
        {"replace", CommandIntent::Replace, "PUT"},
        {"set", CommandIntent::Replace, "PUT"},
        {"delete", CommandIntent::Delete, "DELETE"},
        {"remove", CommandIntent::Delete, "DELETE"},
        {"cancel", CommandIntent::Transition, "POST"},
        {"archive", CommandIntent::Transition, "POST"},
        {"ship", CommandIntent::Action, "POST"},
        {"capture", CommandIntent::Action, "POST"},
        {"checkout", CommandIntent::Action, "POST"},
        {"reopen", CommandIntent::Action, "POST"},
    };
    for (const auto &[verb, intent, method] : rows)
        QTest::newRow(verb) << QString::fromLatin1(verb) << intent << QString::fromLatin1(method);
}

void tst_HttpConventions::verbTable()
{
    QFETCH(QString, verb);
    QFETCH(CommandIntent, intent);
    QFETCH(QString, method);
    QCOMPARE(intentOfVerb(verb), std::optional<CommandIntent>(intent));
    QCOMPARE(methodOf(intent), method);
}

void tst_HttpConventions::unknownVerbs()
{
    // The table is keyed by lower-case words, as Naming::words produces them.
    QCOMPARE(intentOfVerb(QStringLiteral("Place")), std::nullopt);
    QCOMPARE(intentOfVerb(QStringLiteral("order")), std::nullopt);
    QCOMPARE(intentOfVerb(QString()), std::nullopt);
    QVERIFY(isSupportedMethod(QStringLiteral("PATCH")));
    QVERIFY(!isSupportedMethod(QStringLiteral("patch")));
    QVERIFY(!isSupportedMethod(QStringLiteral("FETCH")));
    QVERIFY(!isSupportedMethod(QStringLiteral("HEAD")));
}

void tst_HttpConventions::kindOf_data()
{
    QTest::addColumn<QString>("method");
    QTest::addColumn<CommandIntent>("intent");
    QTest::addColumn<bool>("endsAtItem");
    QTest::addColumn<OperationKind>("kind");
    QTest::newRow("create") << "POST" << CommandIntent::Create << false << OperationKind::Create;
    QTest::newRow("action") << "POST" << CommandIntent::Action << false << OperationKind::Action;
    QTest::newRow("transition") << "POST" << CommandIntent::Transition << false
                                << OperationKind::Action;
    QTest::newRow("update by POST override")
        << "POST" << CommandIntent::Update << true << OperationKind::Action;
    QTest::newRow("change by PUT override")
        << "PUT" << CommandIntent::Update << true << OperationKind::Replace;
    QTest::newRow("patch") << "PATCH" << CommandIntent::Update << true << OperationKind::Update;
    QTest::newRow("archive by DELETE override")
        << "DELETE" << CommandIntent::Transition << true << OperationKind::Delete;
    QTest::newRow("get item") << "GET" << CommandIntent::Action << true << OperationKind::Read;
    QTest::newRow("get collection")
        << "GET" << CommandIntent::Action << false << OperationKind::ReadCollection;
}

void tst_HttpConventions::kindOf()
{
    QFETCH(QString, method);
    QFETCH(CommandIntent, intent);
    QFETCH(bool, endsAtItem);
    QFETCH(OperationKind, kind);
    QCOMPARE(HttpConventions::kindOf(method, intent, endsAtItem), kind);
}

void tst_HttpConventions::successStatus_data()
{
    QTest::addColumn<OperationKind>("kind");
    QTest::addColumn<bool>("hasBody");
    QTest::addColumn<int>("status");
    // The seed: 201 for a creating POST, 200 for GET/PATCH/PUT, 204 for DELETE or a POST
    // without a response body.
    QTest::newRow("create") << OperationKind::Create << true << 201;
    QTest::newRow("read") << OperationKind::Read << true << 200;
    QTest::newRow("list") << OperationKind::ReadCollection << true << 200;
    QTest::newRow("patch") << OperationKind::Update << true << 200;
    QTest::newRow("put") << OperationKind::Replace << true << 200;
    QTest::newRow("delete") << OperationKind::Delete << false << 204;
    QTest::newRow("action with body") << OperationKind::Action << true << 200;
    QTest::newRow("action without body") << OperationKind::Action << false << 204;
}

void tst_HttpConventions::successStatus()
{
    QFETCH(OperationKind, kind);
    QFETCH(bool, hasBody);
    QFETCH(int, status);
    QCOMPARE(HttpConventions::successStatus(kind, hasBody), status);
}

void tst_HttpConventions::errorStatuses_data()
{
    QTest::addColumn<OperationKind>("kind");
    QTest::addColumn<bool>("pathParameters");
    QTest::addColumn<bool>("jwt");
    QTest::addColumn<int>("rateLimit");
    QTest::addColumn<QList<int>>("statuses");
    QTest::newRow("create") << OperationKind::Create << false << true << 120
                            << QList<int> {400, 401, 403, 409, 422, 429, 500, 503};
    QTest::newRow("list") << OperationKind::ReadCollection << false << true << 120
                          << QList<int> {400, 401, 403, 429, 500, 503};
    QTest::newRow("read item") << OperationKind::Read << true << true << 120
                               << QList<int> {400, 401, 403, 404, 429, 500, 503};
    QTest::newRow("patch") << OperationKind::Update << true << true << 120
                           << QList<int> {400, 401, 403, 404, 409, 422, 429, 500, 503};
    QTest::newRow("put") << OperationKind::Replace << true << true << 120
                         << QList<int> {400, 401, 403, 404, 409, 422, 429, 500, 503};
    QTest::newRow("delete") << OperationKind::Delete << true << true << 120
                            << QList<int> {400, 401, 403, 404, 409, 429, 500, 503};
    QTest::newRow("action") << OperationKind::Action << true << true << 120
                            << QList<int> {400, 401, 403, 404, 409, 422, 429, 500, 503};
    QTest::newRow("no jwt") << OperationKind::Create << false << false << 120
                            << QList<int> {400, 409, 422, 429, 500, 503};
    QTest::newRow("no rate limit")
        << OperationKind::Read << true << true << 0 << QList<int> {400, 401, 403, 404, 500, 503};
}

void tst_HttpConventions::errorStatuses()
{
    QFETCH(OperationKind, kind);
    QFETCH(bool, pathParameters);
    QFETCH(bool, jwt);
    QFETCH(int, rateLimit);
    QFETCH(QList<int>, statuses);
    BoardSettings settings;
    settings.jwtEnabled = jwt;
    settings.rateLimitPerMinute = rateLimit;
    QCOMPARE(HttpConventions::errorStatuses(kind, pathParameters, settings), statuses);
}

void tst_HttpConventions::ifMatchAndETag()
{
    // If-Match (optimistic locking, 409 when stale) on PATCH, PUT and DELETE only.
    QVERIFY(usesIfMatch(OperationKind::Update));
    QVERIFY(usesIfMatch(OperationKind::Replace));
    QVERIFY(usesIfMatch(OperationKind::Delete));
    QVERIFY(!usesIfMatch(OperationKind::Create));
    QVERIFY(!usesIfMatch(OperationKind::Action));
    QVERIFY(!usesIfMatch(OperationKind::Read));
    // An ETag goes with one resource, never with a list or an empty answer.
    QVERIFY(returnsOneResource(OperationKind::Read));
    QVERIFY(returnsOneResource(OperationKind::Create));
    QVERIFY(!returnsOneResource(OperationKind::ReadCollection));
    QVERIFY(!returnsOneResource(OperationKind::Delete));
}

void tst_HttpConventions::singular_data()
{
    QTest::addColumn<QString>("word");
    QTest::addColumn<QString>("expected");
    QTest::newRow("orders") << "orders"
                            << "order";
    QTest::newRow("categories") << "categories"
                                << "category";
    QTest::newRow("addresses") << "addresses"
                               << "address";
    QTest::newRow("boxes") << "boxes"
                           << "box";
    QTest::newRow("statuses") << "statuses"
                              << "status";
    QTest::newRow("people") << "people"
                            << "person";
    QTest::newRow("already singular") << "order"
                                      << "order";
    QTest::newRow("status") << "status"
                            << "status";
    QTest::newRow("address") << "address"
                             << "address";
    QTest::newRow("catalog") << "catalog"
                             << "catalog";
    QTest::newRow("news") << "news"
                          << "news";
    QTest::newRow("short") << "bus"
                           << "bus";
}

void tst_HttpConventions::singular()
{
    QFETCH(QString, word);
    QFETCH(QString, expected);
    QCOMPARE(HttpConventions::singular(word), expected);
}

void tst_HttpConventions::sanitizePath_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<bool>("templates");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<bool>("changed");
    QTest::newRow("clean") << "/api/orders/{orderId}/ship" << true << "/api/orders/{orderId}/ship"
                           << false;
    QTest::newRow("snake template")
        << "/api/orders/{order_id}" << true << "/api/orders/{order_id}" << false;
    QTest::newRow("relative") << "orders" << true << "/orders" << false;
    QTest::newRow("trailing slash") << "/api/orders/" << true << "/api/orders" << true;
    QTest::newRow("double slash") << "/api//orders" << true << "/api/orders" << true;
    QTest::newRow("dot segments") << "/api/../orders/./x" << true << "/api/orders/x" << true;
    QTest::newRow("spaces and query") << "/api/a b?c=1#d" << true << "/api/a%20b%3Fc=1%23d" << true;
    QTest::newRow("encoded kept") << "/api/a%20b" << true << "/api/a%20b" << false;
    QTest::newRow("lone percent") << "/api/100%" << true << "/api/100%25" << true;
    QTest::newRow("template with space") << "/api/{order id}" << true << "/api/{orderId}" << true;
    QTest::newRow("empty templates") << "/api/{}/{}" << true << "/api/{param1}/{param2}" << true;
    QTest::newRow("repeated template") << "/api/{a}/{a}" << true << "/api/{a}/{a2}" << true;
    QTest::newRow("unbalanced") << "/api/{orderId" << true << "/api/%7BorderId" << true;
    QTest::newRow("literal braces in a prefix")
        << "/api/{orders}" << false << "/api/%7Borders%7D" << true;
    QTest::newRow("unicode") << QStringLiteral("/api/café") << true << "/api/caf%C3%A9" << true;
}

void tst_HttpConventions::sanitizePath()
{
    QFETCH(QString, path);
    QFETCH(bool, templates);
    QFETCH(QString, expected);
    QFETCH(bool, changed);
    const PathSegments result = HttpConventions::sanitizePath(path, templates);
    QCOMPARE(joinPath(result.segments), expected);
    QCOMPARE(result.changed, changed);
}

void tst_HttpConventions::pathKey()
{
    QCOMPARE(HttpConventions::pathKey({"api", "orders", "{orderId}", "ship"}),
             QStringLiteral("/api/orders/{}/ship"));
    QCOMPARE(HttpConventions::pathKey({"api", "orders", "{id}", "ship"}),
             HttpConventions::pathKey({"api", "orders", "{orderId}", "ship"}));
    QVERIFY(startsWith({"api", "orders", "{id}"}, {"api", "orders"}));
    QVERIFY(!startsWith({"api", "orders-archive"}, {"api", "orders"}));
    QVERIFY(!startsWith({"api"}, {"api", "orders"}));
}

QTEST_GUILESS_MAIN(tst_HttpConventions)
#include "tst_httpconventions.moc"
