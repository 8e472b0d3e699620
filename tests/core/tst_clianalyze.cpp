// `seams analyze` end to end: the real binary on real fixtures.

#include "goldenfile.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace Seams;

namespace {

const QString dataDir = QStringLiteral(SEAMS_TEST_DATA_DIR "/analysis");

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QString err;
};

Run seams(const QStringList &arguments)
{
    QProcess process;
    process.start(QStringLiteral(SEAMS_BINARY), arguments);
    Run run;
    if (!process.waitForFinished(60000))
        return run;
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    run.out = process.readAllStandardOutput();
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

/** Checks the documented JSON shape; returns the first problem found. */
QString shapeProblem(const QJsonObject &root, int modules)
{
    const QJsonArray contexts = root.value("contexts").toArray();
    const QJsonArray coupling = root.value("coupling").toArray();
    const QJsonArray order = root.value("order").toArray();
    if (contexts.isEmpty())
        return QStringLiteral("no contexts");
    QSet<QString> names;
    QSet<QString> seen;
    int listed = 0;
    for (const QJsonValue &value : contexts) {
        const QJsonObject context = value.toObject();
        for (const char *key : {"name", "modules", "internal_edges", "external_edges"}) {
            if (!context.contains(QLatin1String(key)))
                return QStringLiteral("a context lacks \"%1\"").arg(QLatin1String(key));
        }
        names.insert(context.value("name").toString());
        for (const QJsonValue &module : context.value("modules").toArray()) {
            ++listed;
            seen.insert(module.toString());
        }
        if (context.value("external_edges").toInteger()
            != context.value("outgoing").toInteger() + context.value("incoming").toInteger())
            return QStringLiteral("external_edges is not outgoing + incoming");
    }
    if (listed != modules || seen.size() != modules)
        return QStringLiteral("%1 module entries, %2 distinct, for %3 modules")
            .arg(listed)
            .arg(seen.size())
            .arg(modules);
    if (coupling.size() != contexts.size())
        return QStringLiteral("coupling has %1 rows for %2 contexts")
            .arg(coupling.size())
            .arg(contexts.size());
    for (const QJsonValue &row : coupling) {
        if (row.toArray().size() != contexts.size())
            return QStringLiteral("a coupling row has the wrong length");
    }
    for (const QJsonValue &name : order) {
        if (!names.contains(name.toString()))
            return QStringLiteral("order names an unknown context %1").arg(name.toString());
    }
    return {};
}

} // namespace

class tst_CliAnalyze : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void jsonShape_data();
    void jsonShape();
    void goldenJson();
    void report();
    void applyToBoard();
    void compareWithBoard();
    void errors_data();
    void errors();
};

void tst_CliAnalyze::jsonShape_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<int>("modules");
    QTest::newRow("jdeps folder") << "dot/jdeps-class/input" << QStringList() << 22;
    QTest::newRow("pydeps file") << "dot/pydeps/input.dot" << QStringList() << 28;
    QTest::newRow("dependency-cruiser")
        << "dot/dependency-cruiser/input.dot" << QStringList() << 30;
    QTest::newRow("python sources") << "scan/python" << QStringList() << 8;
    QTest::newRow("python packages") << "scan/python" << QStringList {"--depth", "2"} << 4;
    QTest::newRow("java sources, fine") << "scan/java" << QStringList {"--resolution", "4"} << 6;
    QTest::newRow("one node") << "dot/one-node.dot" << QStringList() << 1;
}

void tst_CliAnalyze::jsonShape()
{
    QFETCH(QString, input);
    QFETCH(QStringList, options);
    QFETCH(int, modules);
    QTemporaryDir folder;
    QString path = dataDir + QLatin1Char('/') + input;
    if (input == QLatin1String("dot/one-node.dot")) {
        path = folder.filePath("one.dot");
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("digraph { \"only; \\\"one\\\"\" }\n");
    }
    const Run run = seams(QStringList {"analyze", path, "--json"} + options);
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(run.out, &parseError);
    QVERIFY2(document.isObject(), qPrintable(parseError.errorString()));
    const QString problem = shapeProblem(document.object(), modules);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

void tst_CliAnalyze::goldenJson()
{
    // The same input gives the same bytes, and they are these.
    const QStringList arguments = {"analyze", dataDir + "/dot/pydeps/input.dot", "--json"};
    const Run first = seams(arguments);
    const Run second = seams(arguments);
    QCOMPARE(first.exitCode, 0);
    QCOMPARE(first.out, second.out);
    QVERIFY(Test::matchesGolden(dataDir + "/cli/pydeps-email.json", first.out));
}

void tst_CliAnalyze::report()
{
    QTemporaryDir folder;
    const QString out = folder.filePath("report.txt");
    const Run run = seams({"analyze", dataDir + "/scan/python", "-o", out});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QFile file(out);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    for (const char *part :
         {"Modules: 8 (python)", "Candidate services:", "Extraction order",
          "cost = calls out + 2 x called in", "Cross-module imports", "app.orders.views"})
        QVERIFY2(text.contains(QLatin1String(part)), part);
}

void tst_CliAnalyze::applyToBoard()
{
    QTemporaryDir folder;
    const QString board = folder.filePath("shop.seams");
    QCOMPARE(seams({"new", "--sample", "shop", board}).exitCode, 0);
    const Run before = seams({"info", board, "--json"});
    const int contextsBefore
        = int(QJsonDocument::fromJson(before.out).object().value("contexts").toArray().size());
    const Run run = seams({"analyze", dataDir + "/scan/python", "--apply", board});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY2(run.err.contains(QLatin1String("Added")), qPrintable(run.err));
    const Run after = seams({"info", board, "--json"});
    const QJsonArray contexts
        = QJsonDocument::fromJson(after.out).object().value("contexts").toArray();
    QVERIFY(contexts.size() > contextsBefore);
    QCOMPARE(seams({"check", board}).exitCode == 2, false);
}

void tst_CliAnalyze::compareWithBoard()
{
    QTemporaryDir folder;
    const QString board = folder.filePath("shop.seams");
    QCOMPARE(seams({"new", "--sample", "shop", board}).exitCode, 0);
    const Run run = seams({"analyze", dataDir + "/scan/python", "--json", "--compare", board,
                           "--rule", "app.orders.* = Order Context", "--rule",
                           "app.payments.* = Payment Context", "--rule", "app.util = Nowhere"});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const QJsonObject comparison
        = QJsonDocument::fromJson(run.out).object().value("comparison").toObject();
    QCOMPARE(comparison.value("unmapped_modules").toInt(), 1); // the "app" package itself
    QCOMPARE(comparison.value("unknown_contexts").toArray(), QJsonArray {"Nowhere"});
    QVERIFY(comparison.value("total_crossings").toInt() >= 4);
    const QJsonArray crossing = comparison.value("crossing_modules").toArray();
    QVERIFY(!crossing.isEmpty());
    QCOMPARE(crossing.first().toObject().value("module").toString(),
             QStringLiteral("app.orders.views"));
}

void tst_CliAnalyze::errors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    QTest::newRow("missing input")
        << QStringList {"analyze", "/nonexistent/deps.dot"} << 3 << "/nonexistent/deps.dot";
    QTest::newRow("malformed DOT") << QStringList {"analyze", "MALFORMED"} << 3 << "line 3";
    QTest::newRow("no input") << QStringList {"analyze"} << 2 << "INPUT is missing";
    QTest::newRow("bad resolution")
        << QStringList {"analyze", "x", "--resolution", "-1"} << 2 << "--resolution";
    QTest::newRow("bad depth") << QStringList {"analyze", "x", "--depth", "deep"} << 2 << "--depth";
    QTest::newRow("rule without board")
        << QStringList {"analyze", "x", "--rule", "a.* = A"} << 2 << "--compare";
    QTest::newRow("bad rule") << QStringList {"analyze", "x", "--compare", "b", "--rule", "a.*"}
                              << 2 << "PATTERN = CONTEXT";
    QTest::newRow("empty folder") << QStringList {"analyze", "EMPTY"} << 3 << "no Python";
    QTest::newRow("apply to a missing board")
        << QStringList {"analyze", "PYTHON", "--apply", "/nonexistent/b.seams"} << 3 << "b.seams";
}

void tst_CliAnalyze::errors()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    QTemporaryDir folder;
    for (QString &argument : arguments) {
        if (argument == QLatin1String("MALFORMED")) {
            argument = folder.filePath("bad.dot");
            QFile file(argument);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("digraph G {\n  a -> b;\n  c -> ;\n}\n");
        } else if (argument == QLatin1String("EMPTY")) {
            argument = folder.path();
        } else if (argument == QLatin1String("PYTHON")) {
            argument = dataDir + "/scan/python";
        }
    }
    const Run run = seams(arguments);
    QCOMPARE(run.exitCode, exitCode);
    QVERIFY2(run.err.contains(message), qPrintable(run.err));
}

QTEST_GUILESS_MAIN(tst_CliAnalyze)
#include "tst_clianalyze.moc"
