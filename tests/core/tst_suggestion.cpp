#include "analysis/graphgenerator.h"
#include "analysis/modulegraph.h"
#include "analysis/partitionscore.h"
#include "analysis/progress.h"
#include "analysis/suggestion.h"

#include <QSet>
#include <QTest>

using namespace Seams;

Q_DECLARE_METATYPE(Seams::ModuleGraph *)

namespace {

/** n cliques of `size` modules named "<prefix><c>.m<i>", chained by `bridges` dependencies. */
void cliques(ModuleGraph *graph, int n, int size, int bridges, const QString &prefix = "app.p")
{
    for (int c = 0; c < n; ++c) {
        for (int i = 0; i < size; ++i) {
            for (int j = 0; j < size; ++j) {
                if (i != j)
                    graph->addDependency(QStringLiteral("%1%2.m%3").arg(prefix).arg(c).arg(i),
                                         QStringLiteral("%1%2.m%3").arg(prefix).arg(c).arg(j));
            }
        }
    }
    for (int c = 0; c + 1 < n; ++c) {
        for (int b = 0; b < bridges; ++b)
            graph->addDependency(QStringLiteral("%1%2.m%3").arg(prefix).arg(c).arg(b % size),
                                 QStringLiteral("%1%2.m0").arg(prefix).arg(c + 1));
    }
    graph->finish();
}

/** Checks what every suggestion must satisfy; returns a description of the first violation. */
QString violation(const ModuleGraph &graph, const Suggestion &suggestion)
{
    const int n = graph.moduleCount();
    if (suggestion.membership.size() != n)
        return QStringLiteral("membership has %1 entries for %2 modules")
            .arg(suggestion.membership.size())
            .arg(n);
    QSet<int> seen;
    for (qsizetype c = 0; c < suggestion.candidates.size(); ++c) {
        const Candidate &candidate = suggestion.candidates.at(c);
        if (candidate.modules.isEmpty())
            return QStringLiteral("candidate %1 is empty").arg(c);
        for (int module : candidate.modules) {
            if (seen.contains(module))
                return QStringLiteral("module %1 is in two candidates").arg(graph.module(module));
            seen.insert(module);
            if (suggestion.membership.at(module) != c)
                return QStringLiteral("membership of %1 disagrees").arg(graph.module(module));
        }
    }
    if (seen.size() != n)
        return QStringLiteral("%1 of %2 modules are in a candidate").arg(seen.size()).arg(n);
    // Weights: inside + across = everything.
    qint64 inside = 0;
    qint64 across = 0;
    const qsizetype k = suggestion.candidates.size();
    if (suggestion.coupling.size() != k)
        return QStringLiteral("coupling is not %1 x %1").arg(k);
    for (qsizetype a = 0; a < k; ++a) {
        inside += suggestion.candidates.at(a).internalEdges;
        if (suggestion.coupling.at(a).size() != k || suggestion.coupling.at(a).at(a) != 0)
            return QStringLiteral("coupling row %1 is malformed").arg(a);
        qint64 out = 0;
        qint64 in = 0;
        for (qsizetype b = 0; b < k; ++b) {
            out += suggestion.coupling.at(a).at(b);
            in += suggestion.coupling.at(b).at(a);
        }
        across += out;
        const Candidate &candidate = suggestion.candidates.at(a);
        if (out != candidate.outgoing || in != candidate.incoming)
            return QStringLiteral("candidate %1's edges disagree with the coupling").arg(a);
        if (candidate.cost != double(candidate.outgoing) + 2.0 * double(candidate.incoming))
            return QStringLiteral("candidate %1's cost is not out + 2 x in").arg(a);
    }
    if (inside + across != graph.totalWeight())
        return QStringLiteral("edges add up to %1, not %2")
            .arg(inside + across)
            .arg(graph.totalWeight());
    // Guard rails: no lone connected module, no group over half of the connected code.
    QList<qint64> degree(n, 0);
    for (const Dependency &dependency : graph.dependencies()) {
        degree[dependency.from] += dependency.weight;
        degree[dependency.to] += dependency.weight;
    }
    int connected = 0;
    for (qint64 d : degree)
        connected += d > 0 ? 1 : 0;
    for (const Candidate &candidate : suggestion.candidates) {
        if (candidate.unconnected) {
            for (int module : candidate.modules) {
                if (degree.at(module) > 0)
                    return QStringLiteral("connected %1 in the unconnected group")
                        .arg(graph.module(module));
            }
            continue;
        }
        if (candidate.modules.size() == 1 && connected > 1)
            return QStringLiteral("%1 is alone").arg(graph.module(candidate.modules.first()));
        if (connected >= 20 && candidate.modules.size() * 2 > connected
            && suggestion.notes.filter(QStringLiteral("does not split")).isEmpty())
            return QStringLiteral("%1 holds %2 of %3 modules")
                .arg(candidate.name)
                .arg(candidate.modules.size())
                .arg(connected);
    }
    // Extraction order: every service once, cheapest first, the unconnected group left out.
    QSet<int> ordered(suggestion.order.cbegin(), suggestion.order.cend());
    for (qsizetype c = 0; c < k; ++c) {
        if (suggestion.candidates.at(c).unconnected == ordered.contains(int(c)))
            return QStringLiteral("candidate %1 is wrongly in or out of the order").arg(c);
    }
    for (qsizetype i = 1; i < suggestion.order.size(); ++i) {
        if (suggestion.candidates.at(suggestion.order.at(i - 1)).cost
            > suggestion.candidates.at(suggestion.order.at(i)).cost)
            return QStringLiteral("the order is not cheapest first");
    }
    QSet<QString> names;
    for (const Candidate &candidate : suggestion.candidates) {
        if (candidate.name.isEmpty() || names.contains(candidate.name))
            return QStringLiteral("candidate name \"%1\" is empty or repeated").arg(candidate.name);
        names.insert(candidate.name);
    }
    return {};
}

} // namespace

class tst_Suggestion : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void invariants_data();
    void invariants();
    void recoversPlantedGroups();
    void deterministic();
    void resolutionKnob();
    void namesFollowPackages();
    void extractionOrderFormula();
    void crossModuleImports();
    void cancel();
};

void tst_Suggestion::invariants_data()
{
    QTest::addColumn<QString>("dot");
    QTest::addColumn<int>("minimumCandidates");
    QTest::addColumn<int>("maximumCandidates");

    QTest::newRow("empty") << "" << 0 << 0;
    QTest::newRow("one module") << "a" << 1 << 1;
    QTest::newRow("one dependency") << "a>b" << 1 << 1;
    QTest::newRow("isolated modules only") << "a b c d" << 1 << 1;
    QTest::newRow("disconnected pairs") << "a>b c>d e>f g" << 3 << 4;
    QTest::newRow("star") << "hub>a hub>b hub>c hub>d a>hub" << 1 << 2;
    QTest::newRow("chain of 40") << "chain40" << 2 << 20;
    QTest::newRow("four cliques") << "cliques" << 4 << 4;
    QTest::newRow("planted 600") << "planted" << 5 << 30;
    QTest::newRow("one big clique") << "clique30" << 1 << 30;
}

void tst_Suggestion::invariants()
{
    QFETCH(QString, dot);
    QFETCH(int, minimumCandidates);
    QFETCH(int, maximumCandidates);
    ModuleGraph graph;
    if (dot == QLatin1String("cliques")) {
        cliques(&graph, 4, 6, 1);
    } else if (dot == QLatin1String("clique30")) {
        cliques(&graph, 1, 30, 0);
    } else if (dot == QLatin1String("chain40")) {
        for (int i = 0; i + 1 < 40; ++i)
            graph.addDependency(QStringLiteral("m%1").arg(i), QStringLiteral("m%1").arg(i + 1));
        graph.finish();
    } else if (dot == QLatin1String("planted")) {
        GraphGenerator::PlantedOptions options;
        options.modules = 600;
        options.dependencies = 4000;
        options.groups = 12;
        QList<int> truth;
        GraphGenerator::planted(options, &graph, &truth);
    } else {
        for (const QString &item : dot.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
            const QStringList ends = item.split(QLatin1Char('>'));
            if (ends.size() == 2)
                graph.addDependency(ends.at(0), ends.at(1));
            else
                graph.addModule(item);
        }
        graph.finish();
    }
    Suggestion suggestion;
    QString error;
    QVERIFY2(Suggester::suggest(graph, SuggestOptions(), &suggestion, nullptr, &error),
             qPrintable(error));
    const QString problem = violation(graph, suggestion);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QVERIFY2(suggestion.candidates.size() >= minimumCandidates
                 && suggestion.candidates.size() <= maximumCandidates,
             qPrintable(QString::number(suggestion.candidates.size())));
}

void tst_Suggestion::recoversPlantedGroups()
{
    GraphGenerator::PlantedOptions options;
    options.modules = 1000;
    options.dependencies = 10000;
    options.groups = 20;
    options.noise = 0.2;
    ModuleGraph graph;
    QList<int> truth;
    GraphGenerator::planted(options, &graph, &truth);
    Suggestion suggestion;
    QString error;
    QVERIFY(Suggester::suggest(graph, SuggestOptions(), &suggestion, nullptr, &error));
    QVERIFY2(
        PartitionScore::adjustedRand(suggestion.membership, truth) > 0.95,
        qPrintable(QString::number(PartitionScore::adjustedRand(suggestion.membership, truth))));
    QVERIFY(PartitionScore::mojoFm(suggestion.membership, truth) > 95);
    QVERIFY(suggestion.modularity > 0.5);
}

void tst_Suggestion::deterministic()
{
    GraphGenerator::PlantedOptions options;
    options.modules = 400;
    options.dependencies = 3000;
    options.noise = 0.5;
    ModuleGraph graph;
    QList<int> truth;
    GraphGenerator::planted(options, &graph, &truth);
    Suggestion first;
    Suggestion second;
    QString error;
    QVERIFY(Suggester::suggest(graph, SuggestOptions(), &first, nullptr, &error));
    QVERIFY(Suggester::suggest(graph, SuggestOptions(), &second, nullptr, &error));
    QCOMPARE(first.membership, second.membership);
    QCOMPARE(first.coupling, second.coupling);
    QCOMPARE(first.order, second.order);
}

void tst_Suggestion::resolutionKnob()
{
    ModuleGraph graph;
    cliques(&graph, 12, 5, 3);
    SuggestOptions coarse;
    coarse.resolution = 0.3;
    SuggestOptions fine;
    fine.resolution = 3;
    Suggestion few;
    Suggestion many;
    QString error;
    QVERIFY(Suggester::suggest(graph, coarse, &few, nullptr, &error));
    QVERIFY(Suggester::suggest(graph, fine, &many, nullptr, &error));
    QVERIFY2(
        few.candidates.size() < many.candidates.size(),
        qPrintable(
            QStringLiteral("%1 vs %2").arg(few.candidates.size()).arg(many.candidates.size())));
    QVERIFY(violation(graph, few).isEmpty());
    QVERIFY(violation(graph, many).isEmpty());
}

void tst_Suggestion::namesFollowPackages()
{
    ModuleGraph graph;
    cliques(&graph, 3, 5, 1, QStringLiteral("shop.orders"));
    Suggestion suggestion;
    QString error;
    QVERIFY(Suggester::suggest(graph, SuggestOptions(), &suggestion, nullptr, &error));
    QStringList names;
    for (const Candidate &candidate : suggestion.candidates)
        names << candidate.name;
    names.sort();
    QCOMPARE(names, (QStringList {"shop.orders0", "shop.orders1", "shop.orders2"}));

    ModuleGraph opaque;
    opaque.addDependency("n1", "n2");
    opaque.finish();
    QVERIFY(Suggester::suggest(opaque, SuggestOptions(), &suggestion, nullptr, &error));
    QCOMPARE(suggestion.candidates.first().name, QStringLiteral("candidate 1"));
}

void tst_Suggestion::extractionOrderFormula()
{
    // Three hand-made candidates: a calls b 3 times; c calls a once, b calls c twice.
    ModuleGraph graph;
    graph.addDependency("a.x", "b.x", 3);
    graph.addDependency("c.x", "a.x", 1);
    graph.addDependency("b.x", "c.x", 2);
    graph.addModule("lonely");
    graph.finish();
    const QList<int> membership = {0, 1, 2, 3};
    Suggestion suggestion;
    Suggester::describe(graph, membership, 3, SuggestOptions(), &suggestion);
    // cost = out + 2 x in: a = 3 + 2*1 = 5, b = 2 + 2*3 = 8, c = 1 + 2*2 = 5.
    QCOMPARE(suggestion.candidates.at(0).cost, 5.0);
    QCOMPARE(suggestion.candidates.at(1).cost, 8.0);
    QCOMPARE(suggestion.candidates.at(2).cost, 5.0);
    QCOMPARE(suggestion.order, (QList<int> {0, 2, 1})); // ties by size, then by name
    QCOMPARE(suggestion.coupling.at(0).at(1), 3);
    QCOMPARE(suggestion.coupling.at(1).at(2), 2);
    QVERIFY(suggestion.candidates.at(3).unconnected);
    QCOMPARE(suggestion.candidates.at(1).boundaryModules.first().second, 5); // b.x: 3 in + 2 out
}

void tst_Suggestion::crossModuleImports()
{
    ModuleGraph graph;
    graph.addDependency("app.orders.views", "app.payments.api", 2);
    graph.addDependency("app.orders.views", "app.catalog.items", 1);
    graph.addDependency("app.orders.views", "app.orders.models", 5);
    graph.addDependency("app.payments.api", "app.orders.models", 1);
    graph.finish();
    Suggestion suggestion;
    QString error;
    QVERIFY(Suggester::suggest(graph, SuggestOptions(), &suggestion, nullptr, &error));
    QCOMPARE(suggestion.crossImports.size(), 2);
    QCOMPARE(graph.module(suggestion.crossImports.at(0).module),
             QStringLiteral("app.orders.views"));
    QCOMPARE(suggestion.crossImports.at(0).count, 3);
    QCOMPARE(suggestion.crossImports.at(0).packages, (QStringList {"app.payments", "app.catalog"}));
    QCOMPARE(suggestion.crossImports.at(1).count, 1);
}

void tst_Suggestion::cancel()
{
    ModuleGraph graph;
    cliques(&graph, 8, 6, 2);
    Progress progress;
    progress.cancel();
    Suggestion suggestion;
    QString error;
    QVERIFY(!Suggester::suggest(graph, SuggestOptions(), &suggestion, &progress, &error));
    QCOMPARE(error, QStringLiteral("canceled"));
}

QTEST_GUILESS_MAIN(tst_Suggestion)
#include "tst_suggestion.moc"
