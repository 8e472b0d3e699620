#include "analysis/dotimport.h"
#include "analysis/modulegraph.h"
#include "analysis/progress.h"
#include "goldenfile.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

using namespace Seams;

namespace {

const QString dataDir = QStringLiteral(SEAMS_TEST_DATA_DIR "/analysis/dot");

/** A stable, readable listing of what the importer made of a file. */
QByteArray describe(const ModuleGraph &graph)
{
    QStringList lines;
    lines << QStringLiteral("origin: %1").arg(graph.origin())
          << QStringLiteral("modules: %1").arg(graph.moduleCount())
          << QStringLiteral("dependencies: %1 (weight %2)")
                 .arg(graph.dependencies().size())
                 .arg(graph.totalWeight())
          << QStringLiteral("external modules: %1").arg(graph.externalModules())
          << QStringLiteral("external dependencies: %1").arg(graph.externalDependencies())
          << QStringLiteral("self dependencies: %1").arg(graph.selfDependencies());
    QStringList modules;
    for (int i = 0; i < graph.moduleCount(); ++i) {
        const QString group = graph.group(i);
        modules << QStringLiteral("module %1%2")
                       .arg(graph.module(i),
                            group.isEmpty() ? QString() : QStringLiteral(" [%1]").arg(group));
    }
    modules.sort();
    QStringList dependencies;
    for (const Dependency &dependency : graph.dependencies()) {
        dependencies << QStringLiteral("%1 -> %2 (%3)")
                            .arg(graph.module(dependency.from), graph.module(dependency.to))
                            .arg(dependency.weight);
    }
    dependencies.sort();
    return (lines + modules + dependencies).join(QLatin1Char('\n')).toUtf8() + '\n';
}

QString inputOf(const QString &caseName)
{
    const QDir folder(dataDir + QLatin1Char('/') + caseName);
    return folder.exists(QStringLiteral("input")) ? folder.filePath(QStringLiteral("input"))
                                                  : folder.filePath(QStringLiteral("input.dot"));
}

} // namespace

class tst_DotImport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void dialects_data();
    void dialects();
    void pydepsEdgesPointToTheImportedModule();
    void jdepsKeepsOnlyAnalysedArchives();
    void badInput_data();
    void badInput();
    void smallGraphs_data();
    void smallGraphs();
    void missingFile();
    void emptyFolder();
    void progressAndCancel();
    void strictGraphsMergeDuplicates();
};

void tst_DotImport::dialects_data()
{
    QTest::addColumn<QString>("caseName");
    QTest::addColumn<QString>("origin");
    QTest::newRow("jdeps class level (real)") << "jdeps-class"
                                              << "jdeps";
    QTest::newRow("jdeps package level (real)") << "jdeps-package"
                                                << "jdeps";
    QTest::newRow("jdeps summary (real)") << "jdeps-summary"
                                          << "jdeps";
    QTest::newRow("pydeps format") << "pydeps"
                                   << "pydeps";
    QTest::newRow("madge (real)") << "madge"
                                  << "madge";
    QTest::newRow("dependency-cruiser (real)") << "dependency-cruiser"
                                               << "dependency-cruiser";
    QTest::newRow("clusters, quotes, duplicates") << "generic-clusters"
                                                  << "dot";
    QTest::newRow("undirected with labels") << "generic-undirected"
                                            << "dot";
}

void tst_DotImport::dialects()
{
    QFETCH(QString, caseName);
    QFETCH(QString, origin);
    ModuleGraph graph;
    QString error;
    QVERIFY2(DotImport::readFile(inputOf(caseName), &graph, nullptr, &error), qPrintable(error));
    QCOMPARE(graph.origin(), origin);
    QVERIFY(graph.moduleCount() > 0);
    QVERIFY(Test::matchesGolden(dataDir + QLatin1Char('/') + caseName + "/expected.txt",
                                describe(graph)));
}

void tst_DotImport::pydepsEdgesPointToTheImportedModule()
{
    // email/parser.py imports email.feedparser: pydeps draws feedparser -> parser.
    ModuleGraph graph;
    QString error;
    QVERIFY2(DotImport::readFile(inputOf("pydeps"), &graph, nullptr, &error), qPrintable(error));
    const int parser = graph.indexOf("email.parser");
    const int feedparser = graph.indexOf("email.feedparser");
    QVERIFY(parser >= 0 && feedparser >= 0);
    QVERIFY(graph.indexOf("email_parser") < 0);
    QVERIFY(graph.dependencies().contains(Dependency {parser, feedparser, 1}));
    QVERIFY(!graph.dependencies().contains(Dependency {feedparser, parser, 1}));
}

void tst_DotImport::jdepsKeepsOnlyAnalysedArchives()
{
    ModuleGraph graph;
    QString error;
    QVERIFY2(DotImport::readFile(inputOf("jdeps-class"), &graph, nullptr, &error),
             qPrintable(error));
    for (const QString &module : graph.modules()) {
        QVERIFY2(module.startsWith(QLatin1String("org.apache.commons.cli.")), qPrintable(module));
        QVERIFY2(!module.contains(QLatin1Char('$')), qPrintable(module));
        QVERIFY2(!module.contains(QLatin1Char('(')), qPrintable(module));
    }
    QVERIFY(graph.externalModules() > 10); // java.base classes
    QVERIFY(graph.externalDependencies() > graph.totalWeight());
}

void tst_DotImport::badInput_data()
{
    QTest::addColumn<QByteArray>("dot");
    QTest::addColumn<QString>("expected");
    QTest::newRow("dangling arrow")
        << QByteArray("digraph G {\n a -> b;\n c -> ;\n}\n") << "bad.dot: syntax error in line 3";
    QTest::newRow("unclosed") << QByteArray("digraph G {\n a -> b;\n") << "line 3";
    QTest::newRow("unterminated quote") << QByteArray("digraph G {\n\n \"a -> b;\n}\n") << "line 3";
    QTest::newRow("not dot") << QByteArray("{\"modules\": []}\n") << "line 1";
    QTest::newRow("binary") << QByteArray("\x89PNG\r\n\x1a\n\0\0\0", 11)
                            << "bad.dot: contains a NUL byte: not a DOT text file";
    QTest::newRow("second graph broken")
        << QByteArray("digraph A { a -> b }\ndigraph B {\n x -> ;\n}\n") << "line 3";
}

void tst_DotImport::badInput()
{
    QFETCH(QByteArray, dot);
    QFETCH(QString, expected);
    ModuleGraph graph;
    QString error;
    QVERIFY(!DotImport::readData(dot, "bad.dot", &graph, &error));
    QVERIFY2(error.contains(expected), qPrintable(error));
    QCOMPARE(graph.moduleCount(), 0);
}

void tst_DotImport::smallGraphs_data()
{
    QTest::addColumn<QByteArray>("dot");
    QTest::addColumn<int>("modules");
    QTest::addColumn<int>("dependencies");
    QTest::newRow("empty digraph") << QByteArray("digraph {}") << 0 << 0;
    QTest::newRow("empty text") << QByteArray("") << 0 << 0;
    QTest::newRow("one node") << QByteArray("digraph { a }") << 1 << 0;
    QTest::newRow("self-loop only") << QByteArray("digraph { a -> a }") << 1 << 0;
    QTest::newRow("disconnected") << QByteArray("digraph { a -> b; c -> d; e }") << 5 << 2;
    QTest::newRow("two graphs add up")
        << QByteArray("digraph A { a -> b }\ndigraph B { b -> c; a -> b }") << 3 << 2;
}

void tst_DotImport::smallGraphs()
{
    QFETCH(QByteArray, dot);
    QFETCH(int, modules);
    QFETCH(int, dependencies);
    ModuleGraph graph;
    QString error;
    QVERIFY2(DotImport::readData(dot, "small.dot", &graph, &error), qPrintable(error));
    QCOMPARE(graph.moduleCount(), modules);
    QCOMPARE(graph.dependencies().size(), dependencies);
}

void tst_DotImport::missingFile()
{
    ModuleGraph graph;
    QString error;
    QVERIFY(!DotImport::readFile("/nonexistent/deps.dot", &graph, nullptr, &error));
    QVERIFY2(error.contains(QLatin1String("deps.dot")), qPrintable(error));
}

void tst_DotImport::emptyFolder()
{
    QTemporaryDir folder;
    ModuleGraph graph;
    QString error;
    QVERIFY(!DotImport::readFile(folder.path(), &graph, nullptr, &error));
    QVERIFY2(error.contains(QLatin1String("no .dot files")), qPrintable(error));
}

void tst_DotImport::progressAndCancel()
{
    QTemporaryDir folder;
    const QString path = folder.filePath("big.dot");
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("digraph big {\n");
    for (int i = 0; i < 20000; ++i)
        file.write(QByteArray("  m") + QByteArray::number(i) + " -> m"
                   + QByteArray::number((i * 7919) % 20000) + ";\n");
    file.write("}\n");
    file.close();

    QList<int> seen;
    Progress progress([&seen](const QString &, int percent) { seen.append(percent); });
    ModuleGraph graph;
    QString error;
    QVERIFY2(DotImport::readFile(path, &graph, &progress, &error), qPrintable(error));
    QCOMPARE(graph.moduleCount(), 20000);
    QVERIFY(seen.size() > 2);
    QCOMPARE(seen.last(), 100);
    QVERIFY(std::is_sorted(seen.begin(), seen.end()));

    // Cancel once a third is read: the import stops and says so. The callback cancels the
    // very progress object the reader polls.
    ModuleGraph partial;
    Progress *reader = nullptr;
    Progress selfCanceling([&reader](const QString &, int percent) {
        if (percent >= 30 && reader)
            reader->cancel();
    });
    reader = &selfCanceling;
    QVERIFY(!DotImport::readFile(path, &partial, &selfCanceling, &error));
    QCOMPARE(error, QStringLiteral("canceled"));
    QCOMPARE(partial.moduleCount(), 0);
}

void tst_DotImport::strictGraphsMergeDuplicates()
{
    ModuleGraph graph;
    QString error;
    QVERIFY(DotImport::readData("strict digraph { a -> b; a -> b; b -> a }", "strict.dot", &graph,
                                &error));
    QCOMPARE(graph.dependencies().size(), 2);
    QCOMPARE(graph.totalWeight(), 2);
    ModuleGraph loose;
    QVERIFY(DotImport::readData("digraph { a -> b; a -> b; b -> a }", "loose.dot", &loose, &error));
    QCOMPARE(loose.totalWeight(), 3);
}

QTEST_GUILESS_MAIN(tst_DotImport)
#include "tst_dotimport.moc"
