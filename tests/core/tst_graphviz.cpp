#include "analysis/graphviz.h"

#include <QTest>

using namespace Seams;

class tst_Graphviz : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void syntaxErrorNamesLine_data();
    void syntaxErrorNamesLine();
    void lineNumbersRestartForEachParse();
    void leftoverTextDoesNotLeakIntoNextParse();
    void readStreamGivesEveryGraph();
    void readStreamNamesSource();
};

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

void tst_Graphviz::leftoverTextDoesNotLeakIntoNextParse()
{
    // Regression: cgraph's scanner kept the second graph buffered and handed it to the next,
    // unrelated parse.
    QString error;
    Graphviz::Graph two = Graphviz::read("digraph A { a }\ndigraph B { b }\n", &error);
    QVERIFY2(two, qPrintable(error));
    QCOMPARE(QByteArray(agnameof(two.get())), QByteArray("A"));
    Graphviz::Graph next = Graphviz::read("digraph C { c }\n", &error);
    QVERIFY2(next, qPrintable(error));
    QCOMPARE(QByteArray(agnameof(next.get())), QByteArray("C"));
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
