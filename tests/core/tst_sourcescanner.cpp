#include "analysis/modulegraph.h"
#include "analysis/progress.h"
#include "analysis/sourcelexer.h"
#include "analysis/sourcescanner.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Seams;

namespace {

const QString scanData = QStringLiteral(SEAMS_TEST_DATA_DIR "/analysis/scan");

QStringList dependenciesOf(const ModuleGraph &graph)
{
    QStringList lines;
    for (const Dependency &dependency : graph.dependencies()) {
        lines << QStringLiteral("%1 -> %2%3")
                     .arg(graph.module(dependency.from), graph.module(dependency.to),
                          dependency.weight > 1 ? QStringLiteral(" (%1)").arg(dependency.weight)
                                                : QString());
    }
    lines.sort();
    return lines;
}

bool writeFile(const QString &path, const QByteArray &content)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(content) == content.size();
}

} // namespace

class tst_SourceScanner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void languages_data();
    void languages();
    void pythonStatements_data();
    void pythonStatements();
    void javaScriptSpecifiers_data();
    void javaScriptSpecifiers();
    void defaultExclusionsCanBeLifted();
    void rootPackageNamesModules();
    void sourceRootSuffixes();
    void emptyAndMissingFolders();
    void unreadableAndOddFiles();
    void progressAndCancel();
};

void tst_SourceScanner::languages_data()
{
    QTest::addColumn<QString>("folder");
    QTest::addColumn<int>("depth");
    QTest::addColumn<QStringList>("modules");
    QTest::addColumn<QStringList>("dependencies");

    QTest::newRow("python files") << "python" << 0 << QStringList {"app",
                                                                   "app.orders",
                                                                   "app.orders.models",
                                                                   "app.orders.views",
                                                                   "app.payments",
                                                                   "app.payments.gateway",
                                                                   "app.payments.refunds",
                                                                   "app.util"}
                                  << QStringList {"app.orders -> app.orders.models",
                                                  "app.orders.models -> app.util",
                                                  "app.orders.views -> app.orders.models (2)",
                                                  "app.orders.views -> app.payments.gateway",
                                                  "app.orders.views -> app.payments.refunds",
                                                  "app.orders.views -> app.util",
                                                  "app.payments.gateway -> app.orders.models",
                                                  "app.payments.gateway -> app.payments.refunds",
                                                  "app.payments.refunds -> app.orders.models"};
    QTest::newRow("python packages at depth 2")
        << "python" << 2 << QStringList {"app", "app.orders", "app.payments", "app.util"}
        << QStringList {"app.orders -> app.payments (2)", "app.orders -> app.util (2)",
                        "app.payments -> app.orders (2)"};
    QTest::newRow("java classes")
        << "java" << 0 << QStringList {"com.shop.orders.Order",     "com.shop.orders.OrderItem",
                                       "com.shop.payments.Audited", "com.shop.payments.Invoice",
                                       "com.shop.payments.Payment", "com.shop.payments.Refund"}
        << QStringList {"com.shop.orders.Order -> com.shop.orders.OrderItem",
                        "com.shop.orders.Order -> com.shop.payments.Payment",
                        "com.shop.payments.Payment -> com.shop.orders.Order",
                        "com.shop.payments.Payment -> com.shop.payments.Audited",
                        "com.shop.payments.Payment -> com.shop.payments.Invoice",
                        "com.shop.payments.Payment -> com.shop.payments.Refund"};
    QTest::newRow("java packages at depth 3")
        << "java" << 3 << QStringList {"com.shop.orders", "com.shop.payments"}
        << QStringList {"com.shop.orders -> com.shop.payments",
                        "com.shop.payments -> com.shop.orders"};
    QTest::newRow("javascript and typescript")
        << "javascript" << 0
        << QStringList {"src/orders/index", "src/orders/model", "src/orders/service",
                        "src/payments/gateway"}
        << QStringList {"src/orders/index -> src/orders/model",
                        "src/orders/index -> src/orders/service",
                        "src/orders/service -> src/orders/model (2)",
                        "src/orders/service -> src/payments/gateway",
                        "src/payments/gateway -> src/orders/index"};
    QTest::newRow("c and c++") << "cpp" << 0
                               << QStringList {"include/shared/util", "src/orders/order",
                                               "src/payments/payment"}
                               << QStringList {"src/orders/order -> include/shared/util",
                                               "src/orders/order -> src/payments/payment",
                                               "src/payments/payment -> include/shared/util",
                                               "src/payments/payment -> src/orders/order"};
}

void tst_SourceScanner::languages()
{
    QFETCH(QString, folder);
    QFETCH(int, depth);
    QFETCH(QStringList, modules);
    QFETCH(QStringList, dependencies);
    ScanOptions options;
    options.depth = depth;
    ModuleGraph graph;
    QString error;
    QVERIFY2(
        SourceScanner::scan(scanData + QLatin1Char('/') + folder, options, &graph, nullptr, &error),
        qPrintable(error));
    QStringList found = graph.modules();
    found.sort();
    QCOMPARE(found, modules);
    QCOMPARE(dependenciesOf(graph), dependencies);
    QVERIFY(graph.externalDependencies() > 0);
}

void tst_SourceScanner::pythonStatements_data()
{
    QTest::addColumn<QByteArray>("source");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("plain") << QByteArray("import a.b, c as d\n") << QStringList {"0:a.b:", "0:c:"};
    QTest::newRow("from") << QByteArray("from x.y import (p,\n q as r)\n")
                          << QStringList {"0:x.y:p,q"};
    QTest::newRow("relative") << QByteArray("from .. import z\nfrom .m import *\n")
                              << QStringList {"2::z", "1:m:"};
    QTest::newRow("indented, after semicolon")
        << QByteArray("def f():\n    x = 1; import json\n") << QStringList {"0:json:"};
    QTest::newRow("continuation") << QByteArray("from a \\\n  import b\n") << QStringList {"0:a:b"};
    QTest::newRow("strings and comments") << QByteArray(
        "s = 'import x'\nt = \"\"\"\nimport y\n\"\"\"\n# import z\nu = r'\\'' ; import w\n")
                                          << QStringList {"0:w:"};
    QTest::newRow("bracket spans lines")
        << QByteArray("x = [\n 'a',\n]\nimport after\n") << QStringList {"0:after:"};
    QTest::newRow("unterminated string")
        << QByteArray("s = 'open\nimport ok\n") << QStringList {"0:ok:"};
    QTest::newRow("not an import") << QByteArray("important = 1\nfromage = 2\n") << QStringList {};
    QTest::newRow("unicode") << QByteArray("import modülé\n") << QStringList {"0:modülé:"};
}

void tst_SourceScanner::pythonStatements()
{
    QFETCH(QByteArray, source);
    QFETCH(QStringList, expected);
    QStringList found;
    for (const SourceLexer::PythonImport &import : SourceLexer::python(source)) {
        QStringList names;
        for (const QByteArray &name : import.names)
            names << QString::fromUtf8(name);
        found << QStringLiteral("%1:%2:%3")
                     .arg(import.level)
                     .arg(QString::fromUtf8(import.module), names.join(QLatin1Char(',')));
    }
    QCOMPARE(found, expected);
}

void tst_SourceScanner::javaScriptSpecifiers_data()
{
    QTest::addColumn<QByteArray>("source");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("import forms") << QByteArray(
        "import a from 'a';\nimport {b} from \"b\";\nimport 'c';\nimport * as d "
        "from './d';\n") << QStringList {"a", "b", "c", "./d"};
    QTest::newRow("export from") << QByteArray("export * from './x';\nexport {y} from './y';\n")
                                 << QStringList {"./x", "./y"};
    QTest::newRow("require and dynamic import")
        << QByteArray("const a = require('a'); const b = await import(\"b\");\n")
        << QStringList {"a", "b"};
    QTest::newRow("member calls are not imports")
        << QByteArray("Array.from('x'); obj.require('y'); x.import('z');\n") << QStringList {};
    QTest::newRow("comments and templates")
        << QByteArray("// import a from 'a'\n/* require('b') */\nconst t = `import c from 'c'`;\n")
        << QStringList {};
}

void tst_SourceScanner::javaScriptSpecifiers()
{
    QFETCH(QByteArray, source);
    QFETCH(QStringList, expected);
    QStringList found;
    for (const QByteArray &specifier : SourceLexer::javaScript(source))
        found << QString::fromUtf8(specifier);
    QCOMPARE(found, expected);
}

void tst_SourceScanner::defaultExclusionsCanBeLifted()
{
    ScanOptions options;
    options.excludedFolders.clear();
    options.skipTestFiles = false;
    ModuleGraph graph;
    QString error;
    QVERIFY2(SourceScanner::scan(scanData + "/python", options, &graph, nullptr, &error),
             qPrintable(error));
    QVERIFY(graph.indexOf("tests.test_orders") >= 0);
    QVERIFY(graph.indexOf("app.test_util") >= 0);
    QVERIFY(graph.indexOf("app.__pycache__.junk") >= 0);
}

void tst_SourceScanner::rootPackageNamesModules()
{
    // Scanning a package folder itself names modules from the package, as Python does.
    ModuleGraph graph;
    QString error;
    QVERIFY2(SourceScanner::scan(scanData + "/python/app", ScanOptions(), &graph, nullptr, &error),
             qPrintable(error));
    QVERIFY(graph.indexOf("app.orders.views") >= 0);
    QVERIFY(graph.indexOf("app") >= 0);
    QCOMPARE(dependenciesOf(graph).size(), 9);
}

void tst_SourceScanner::sourceRootSuffixes()
{
    // src/ layouts: "import shop.orders" finds src/shop/orders.py.
    QTemporaryDir folder;
    QVERIFY(writeFile(folder.filePath("src/shop/__init__.py"), ""));
    QVERIFY(writeFile(folder.filePath("src/shop/orders.py"), "from shop import payments\n"));
    QVERIFY(writeFile(folder.filePath("src/shop/payments.py"), "import shop.orders\n"));
    ModuleGraph graph;
    QString error;
    QVERIFY2(SourceScanner::scan(folder.path(), ScanOptions(), &graph, nullptr, &error),
             qPrintable(error));
    QCOMPARE(dependenciesOf(graph),
             (QStringList {"src.shop.orders -> src.shop.payments",
                           "src.shop.payments -> src.shop.orders"}));
}

void tst_SourceScanner::emptyAndMissingFolders()
{
    ModuleGraph graph;
    QString error;
    QVERIFY(!SourceScanner::scan("/nonexistent/folder", ScanOptions(), &graph, nullptr, &error));
    QVERIFY2(error.contains(QLatin1String("not a folder")), qPrintable(error));
    QTemporaryDir empty;
    QVERIFY(writeFile(empty.filePath("README.md"), "# nothing to scan\n"));
    QVERIFY(!SourceScanner::scan(empty.path(), ScanOptions(), &graph, nullptr, &error));
    QVERIFY2(error.contains(QLatin1String("no Python")), qPrintable(error));
}

void tst_SourceScanner::unreadableAndOddFiles()
{
    QTemporaryDir folder;
    QVERIFY(writeFile(folder.filePath("a.py"), "import b\n"));
    QVERIFY(writeFile(folder.filePath("b.py"), QByteArray("\xff\xfe\0\0import a\0", 12)));
    QVERIFY(writeFile(folder.filePath("c; \"d\" {e}.py"), "import a\n"));
    QVERIFY(writeFile(folder.filePath("locked.py"), "import a\n"));
    QFile::setPermissions(folder.filePath("locked.py"), QFileDevice::Permissions());
    ModuleGraph graph;
    QString error;
    QVERIFY2(SourceScanner::scan(folder.path(), ScanOptions(), &graph, nullptr, &error),
             qPrintable(error));
    QVERIFY(graph.indexOf("a") >= 0);
    QVERIFY(graph.indexOf("c; \"d\" {e}") >= 0);
    QVERIFY(dependenciesOf(graph).contains("a -> b"));
}

void tst_SourceScanner::progressAndCancel()
{
    QTemporaryDir folder;
    for (int i = 0; i < 300; ++i)
        QVERIFY(writeFile(folder.filePath(QStringLiteral("pkg%1/m%2.py").arg(i % 10).arg(i)),
                          QByteArray("import pkg") + QByteArray::number((i + 1) % 10) + ".m"
                              + QByteArray::number((i + 1) % 300) + "\n"));
    QList<int> percents;
    Progress progress([&percents](const QString &, int percent) { percents.append(percent); });
    ModuleGraph graph;
    QString error;
    QVERIFY2(SourceScanner::scan(folder.path(), ScanOptions(), &graph, &progress, &error),
             qPrintable(error));
    QCOMPARE(graph.moduleCount(), 300);
    QCOMPARE(percents.last(), 100);

    Progress *self = nullptr;
    Progress canceling([&self](const QString &, int percent) {
        if (percent >= 50 && self)
            self->cancel();
    });
    self = &canceling;
    ModuleGraph partial;
    QVERIFY(!SourceScanner::scan(folder.path(), ScanOptions(), &partial, &canceling, &error));
    QCOMPARE(error, QStringLiteral("canceled"));
    QCOMPARE(partial.moduleCount(), 0);
}

QTEST_GUILESS_MAIN(tst_SourceScanner)
#include "tst_sourcescanner.moc"
