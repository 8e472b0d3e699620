#include "analysis/graphviz.h"

#include <QTest>

using namespace Seams;

class tst_Graphviz : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void read_data();
    void read();
    void nothingLeaksIntoTheNextRead_data();
    void nothingLeaksIntoTheNextRead();
    void writeReadsBack();
};

void tst_Graphviz::read_data()
{
    QTest::addColumn<QByteArray>("dot");
    QTest::addColumn<QByteArray>("name"); // empty: refused
    QTest::addColumn<int>("nodes");
    QTest::addColumn<QString>("error");
    QTest::newRow("digraph") << QByteArray("digraph map { a -> b; b -> c }") << QByteArray("map")
                             << 3 << QString();
    QTest::newRow("comment after the graph")
        << QByteArray("graph g { a -- b }\n// the end\n/* really */\n") << QByteArray("g") << 2
        << QString();
    QTest::newRow("syntax error") << QByteArray("digraph { a -> }") << QByteArray() << 0
                                  << "syntax error in line 1";
    QTest::newRow("empty") << QByteArray() << QByteArray() << 0 << "not a DOT graph";
    // Found by fuzz_dot: text after the first graph was left in cgraph's lexer.
    QTest::newRow("garbage after the graph") << QByteArray("digraph g { a } }}}") << QByteArray()
                                             << 0 << "syntax error in line 1 near '}'";
    QTest::newRow("two graphs") << QByteArray("digraph one { a } digraph two { b }") << QByteArray()
                                << 0 << "more than one graph: only one is expected";
}

void tst_Graphviz::read()
{
    QFETCH(QByteArray, dot);
    QFETCH(QByteArray, name);
    QFETCH(int, nodes);
    QFETCH(QString, error);
    QString message;
    const Graphviz::Graph graph = Graphviz::read(dot, &message);
    if (name.isEmpty()) {
        QVERIFY(!graph);
        QVERIFY2(message.contains(error), qPrintable(message));
        return;
    }
    QVERIFY2(graph, qPrintable(message));
    QCOMPARE(QByteArray(agnameof(graph.get())), name);
    QCOMPARE(agnnodes(graph.get()), nodes);
}

void tst_Graphviz::nothingLeaksIntoTheNextRead_data()
{
    QTest::addColumn<QByteArray>("first");
    QTest::newRow("garbage after a graph") << QByteArray("digraph g { a }\nd");
    QTest::newRow("two graphs") << QByteArray("digraph one { a } digraph two { b c d }");
    QTest::newRow("half a second graph") << QByteArray("graph g { a -- b } graph h { c -- ");
    QTest::newRow("syntax error") << QByteArray("digraph { a -> -> b } digraph x { y }");
    QTest::newRow("unterminated string") << QByteArray("digraph g { a } \"unterminated");
    QTest::newRow("unterminated HTML") << QByteArray("digraph g { a } <<b>x</b");
    QTest::newRow("unterminated HTML in the graph") << QByteArray("digraph g { a [label=<x");
}

void tst_Graphviz::nothingLeaksIntoTheNextRead()
{
    // Found by fuzz_dot: the rest of one text made the next, valid one fail ("syntax error
    // near 'ddigraph'") or, worse, parse as another graph.
    QFETCH(QByteArray, first);
    QString message;
    Graphviz::read(first, &message);
    const Graphviz::Graph next = Graphviz::read("digraph next { x -> y }", &message);
    QVERIFY2(next, qPrintable(message));
    QCOMPARE(QByteArray(agnameof(next.get())), QByteArray("next"));
    QCOMPARE(agnnodes(next.get()), 2);
    QCOMPARE(agnedges(next.get()), 1);
}

void tst_Graphviz::writeReadsBack()
{
    QString message;
    const Graphviz::Graph graph = Graphviz::read(
        "digraph \"a \\\"map\\\"\" { \"x;y\" -> \"{z}\" [label=\"# 1\\n2\"] }", &message);
    QVERIFY2(graph, qPrintable(message));
    const Graphviz::Graph again = Graphviz::read(Graphviz::write(graph.get()), &message);
    QVERIFY2(again, qPrintable(message));
    QCOMPARE(QByteArray(agnameof(again.get())), QByteArray("a \"map\""));
    QVERIFY(agnode(again.get(), const_cast<char *>("x;y"), 0));
    QVERIFY(agnode(again.get(), const_cast<char *>("{z}"), 0));
}

QTEST_GUILESS_MAIN(tst_Graphviz)
#include "tst_graphviz.moc"
