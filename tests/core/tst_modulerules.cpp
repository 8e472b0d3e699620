#include "analysis/modulegraph.h"
#include "analysis/modulerules.h"
#include "analysis/suggestion.h"
#include "analysis/workshopcomparison.h"
#include "model/board.h"
#include "storage/boardjson.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace Seams;

class tst_ModuleRules : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void matching_data();
    void matching();
    void parsing_data();
    void parsing();
    void settingsRoundTrip();
    void malformedSettings();
    void travelsInJsonInterchange();
    void comparison();
};

void tst_ModuleRules::matching_data()
{
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<QString>("module");
    QTest::addColumn<bool>("matches");
    QTest::newRow("package and below") << "app.orders.*"
                                       << "app.orders.models.order" << true;
    QTest::newRow("the package itself") << "app.orders.*"
                                        << "app.orders" << true;
    QTest::newRow("a sibling prefix") << "app.orders.*"
                                      << "app.orders_archive" << false;
    QTest::newRow("paths") << "src/orders/*"
                           << "src/orders/service" << true;
    QTest::newRow("path package itself") << "src/orders/*"
                                         << "src/orders" << true;
    QTest::newRow("question mark") << "app.v?.api"
                                   << "app.v2.api" << true;
    QTest::newRow("regex characters are literal") << "app.(orders)+"
                                                  << "app.(orders)+" << true;
    QTest::newRow("dot is literal") << "app.orders"
                                    << "appXorders" << false;
    QTest::newRow("anchored") << "orders"
                              << "app.orders" << false;
    QTest::newRow("star in the middle") << "*.payments.*"
                                        << "shop.payments.api" << true;
    QTest::newRow("unicode") << "app.modül.*"
                             << "app.modül.x" << true;
}

void tst_ModuleRules::matching()
{
    QFETCH(QString, pattern);
    QFETCH(QString, module);
    QFETCH(bool, matches);
    QCOMPARE(ModuleRules::matches(pattern, module), matches);
    const ModuleRules::Matcher matcher({{pattern, QStringLiteral("Context")}});
    QCOMPARE(matcher.ruleFor(module) == 0, matches);
}

void tst_ModuleRules::parsing_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<QString>("context");
    QTest::newRow("equals") << "app.orders.* = Order Context" << true << "app.orders.*"
                            << "Order Context";
    QTest::newRow("arrow") << "src/pay/*->Payment" << true << "src/pay/*"
                           << "Payment";
    QTest::newRow("quotes and semicolons") << "x.* = Order \"Ops\"; {v2}" << true << "x.*"
                                           << "Order \"Ops\"; {v2}";
    QTest::newRow("no separator") << "app.orders.*" << false << ""
                                  << "";
    QTest::newRow("no context") << "app.orders.* = " << false << ""
                                << "";
    QTest::newRow("no pattern") << " = Order" << false << ""
                                << "";
}

void tst_ModuleRules::parsing()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    QFETCH(QString, pattern);
    QFETCH(QString, context);
    ModuleRule rule;
    QString error;
    QCOMPARE(ModuleRules::parse(text, &rule, &error), valid);
    if (valid) {
        QCOMPARE(rule.pattern, pattern);
        QCOMPARE(rule.context, context);
        ModuleRule again;
        QVERIFY(ModuleRules::parse(ModuleRules::format(rule), &again, &error));
        QCOMPARE(again, rule);
    } else {
        QVERIFY(!error.isEmpty());
    }
}

void tst_ModuleRules::settingsRoundTrip()
{
    const QList<ModuleRule> rules
        = {{"app.orders.*", "Order Context"}, {"app.payments.*", "Payment Context"}};
    BoardSettings settings;
    ModuleRules::toSettings(rules, &settings);
    QCOMPARE(ModuleRules::fromSettings(settings), rules);
    ModuleRules::toSettings({}, &settings);
    QVERIFY(!settings.extra.contains(ModuleRules::settingsKey()));
}

void tst_ModuleRules::malformedSettings()
{
    BoardSettings settings;
    settings.extra.insert(ModuleRules::settingsKey(), QJsonValue(QStringLiteral("app.* = X")));
    QStringList problems;
    QVERIFY(ModuleRules::fromSettings(settings, &problems).isEmpty());
    QCOMPARE(problems.size(), 1);
    settings.extra.insert(
        ModuleRules::settingsKey(),
        QJsonArray {QJsonObject {{QStringLiteral("pattern"), QStringLiteral("a.*")},
                                 {QStringLiteral("context"), QStringLiteral("A")}},
                    QJsonObject {{QStringLiteral("pattern"), 3}}, 7});
    problems.clear();
    QCOMPARE(ModuleRules::fromSettings(settings, &problems).size(), 1);
    QCOMPARE(problems.size(), 2);
    QVERIFY(problems.first().contains(QLatin1String("module_rules[1]")));
}

void tst_ModuleRules::travelsInJsonInterchange()
{
    Board board;
    BoardSettings settings;
    ModuleRules::toSettings({{"app.orders.*", "Order Context"}}, &settings);
    board.setSettings(settings);
    const QByteArray json = BoardJson::write(board);
    QVERIFY(json.contains("module_rules"));
    Board copy;
    QString error;
    QVERIFY2(BoardJson::read(json, &copy, &error), qPrintable(error));
    QCOMPARE(ModuleRules::fromSettings(copy.settings()),
             (QList<ModuleRule> {{"app.orders.*", "Order Context"}}));
    QCOMPARE(BoardJson::write(copy), json);
}

void tst_ModuleRules::comparison()
{
    ModuleGraph graph;
    graph.addDependency("app.orders.a", "app.orders.b", 2);
    graph.addDependency("app.orders.a", "app.payments.c", 3);
    graph.addDependency("app.payments.c", "app.shared.u", 1);
    graph.addDependency("app.orders.b", "app.payments.c", 1);
    graph.finish();
    // The code splits the orders: a and c together, b on its own.
    const int a = graph.indexOf("app.orders.a");
    const int b = graph.indexOf("app.orders.b");
    const int c = graph.indexOf("app.payments.c");
    const int u = graph.indexOf("app.shared.u");
    QList<int> membership(4);
    membership[a] = 0;
    membership[c] = 0;
    membership[b] = 1;
    membership[u] = 1;
    Suggestion suggestion;
    Suggester::describe(graph, membership, -1, SuggestOptions(), &suggestion);

    const QList<ModuleRule> rules = {{"app.orders.*", "Order Context"},
                                     {"app.payments.*", "Payment Context"},
                                     {"app.billing.*", "Billing"}};
    const WorkshopComparison result
        = Comparison::compare(graph, suggestion, rules, {"Order Context", "Payment Context"});
    QCOMPARE(result.unmappedModules, 1);
    QCOMPARE(result.contextOf.at(u), -1);
    QCOMPARE(result.unknownContexts, QStringList {"Billing"});
    QCOMPARE(result.unusedRules, QStringList {"app.billing.* = Billing"});
    QCOMPARE(result.totalCrossings, 4);
    QCOMPARE(result.crossing.size(), 2);
    QCOMPARE(graph.module(result.crossing.first().module), QStringLiteral("app.orders.a"));
    QCOMPARE(result.crossing.first().crossings, 3);
    QCOMPARE(result.crossing.first().into, QStringList {"Payment Context"});
    QCOMPARE(result.contexts.size(), 2);
    const ContextCode &orders = result.contexts.at(0);
    QCOMPARE(orders.context, QStringLiteral("Order Context"));
    QCOMPARE(orders.largestShare, 0.5);
    QCOMPARE(orders.pieces, 1);
    QVERIFY(orders.scattered);
    const ContextCode &payments = result.contexts.at(1);
    QVERIFY(!payments.scattered);
    QCOMPARE(result.contextOf.at(c), 1);
}

QTEST_GUILESS_MAIN(tst_ModuleRules)
#include "tst_modulerules.moc"
