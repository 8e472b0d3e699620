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
    void syntaxErrorNamesLine_data();
    void syntaxErrorNamesLine();
    void lineNumbersRestartForEachParse();
    void readStreamGivesEveryGraph();
    void readStreamNamesSource();
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
    // Found by fuzz_dot: cgraph took a NUL in a quoted string and kept the label up to it, so
    // "\<NUL>" became a lone backslash, written back as "\" that does not parse.
    QTest::newRow("NUL after a backslash") << QByteArray("graph{\"\\").append('\0').append("\"}")
                                           << QByteArray() << 0 << "contains a NUL byte";
    QTest::newRow("NUL in a label")
        << QByteArray("digraph g { a [label=\"x").append('\0').append("y\"] }") << QByteArray() << 0
        << "contains a NUL byte";
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

void tst_Graphviz::syntaxErrorNamesLine_data()
{
    QTest::addColumn<QByteArray>("dot");
    QTest::addColumn<QString>("expected");
    QTest::newRow("dangling edge") << QByteArray("digraph G {\n a -> b\n c -> \n}\n") << "line 4";
    QTest::newRow("missing brace") << QByteArray("digraph G {\n\n a -> b;\n") << "line 4";
    QTest::newRow("unterminated string")
        << QByteArray("digraph G {\n a -> b;\n \"open -> c }\n") << "line 3";
    QTest::newRow("garbage after graph") << QByteArray("digraph G { a }\n\n}") << "line 3";
}

void tst_Graphviz::syntaxErrorNamesLine()
{
    QFETCH(QByteArray, dot);
    QFETCH(QString, expected);
    QString error;
    QVERIFY(!Graphviz::read(dot, &error));
    QVERIFY2(error.contains(expected), qPrintable(error));
}

void tst_Graphviz::lineNumbersRestartForEachParse()
{
    // Regression: cgraph counts lines across parses, so the second error used to name line 6.
    const QByteArray broken("digraph G {\n a -> ;\n}\n");
    QString first;
    QString second;
    QVERIFY(!Graphviz::read(broken, &first));
    QVERIFY(!Graphviz::read(broken, &second));
    QVERIFY2(first.contains(QLatin1String("line 2")), qPrintable(first));
    QCOMPARE(second, first);
}

void tst_Graphviz::readStreamGivesEveryGraph()
{
    const QByteArray text("digraph A { a -> b }\ngraph B { c -- d }\nstrict digraph C { e }\n");
    qsizetype offset = 0;
    // A tiny buffer makes cgraph ask many times, as with a large file.
    const Graphviz::ReadFunction read = [&](char *buffer, int size) {
        const int length = int(std::min<qsizetype>(std::min(size, 7), text.size() - offset));
        memcpy(buffer, text.constData() + offset, size_t(length));
        offset += length;
        return length;
    };
    QStringList names;
    QString error;
    QVERIFY(Graphviz::readStream(
        read, "three.dot",
        [&](Graphviz::Graph graph) { names.append(QString::fromUtf8(agnameof(graph.get()))); },
        &error));
    QCOMPARE(names, (QStringList {"A", "B", "C"}));
}

void tst_Graphviz::readStreamNamesSource()
{
    const QByteArray text("digraph A {\n a -> b\n}\ndigraph B {\n c -> \n}\n");
    qsizetype offset = 0;
    const Graphviz::ReadFunction read = [&](char *buffer, int size) {
        const int length = int(std::min<qsizetype>(size, text.size() - offset));
        memcpy(buffer, text.constData() + offset, size_t(length));
        offset += length;
        return length;
    };
    int graphs = 0;
    QString error;
    QVERIFY(!Graphviz::readStream(
        read, "deps.dot", [&](Graphviz::Graph) { ++graphs; }, &error));
    QVERIFY2(error.contains(QLatin1String("deps.dot")), qPrintable(error));
    QVERIFY2(error.contains(QLatin1String("line 6")), qPrintable(error));
}

QTEST_GUILESS_MAIN(tst_Graphviz)
#include "tst_graphviz.moc"
