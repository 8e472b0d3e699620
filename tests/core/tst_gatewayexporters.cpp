// The five gateway exporters (kong, nginx, haproxy, caddy, traefik) against golden files,
// determinism, and refusal of boards the gateway checks reject. One table over the five:
// they render one Gateway::Plan and share every case.
// Regenerate the goldens with SEAMS_UPDATE_GOLDEN=1 (then review the diff).

#include "gatewayboards.h"

#include "export/exporter.h"

#include <QDir>
#include <QProcess>
#include <QTemporaryDir>

using namespace Seams;

namespace {

const QStringList gatewayFormats
    = {QStringLiteral("kong"), QStringLiteral("nginx"), QStringLiteral("haproxy"),
       QStringLiteral("caddy"), QStringLiteral("traefik")};

bool buildCase(const QString &name, Board *board, ExportOptions *options)
{
    if (name == QLatin1String("hostile"))
        return GatewayBoards::makeHostile(board);
    if (name == QLatin1String("shop-wave1"))
        options->wave = 1;
    if (name == QLatin1String("shop-wave2"))
        options->wave = 2;
    return GatewayBoards::loadShop(board);
}

QByteArray exportBoard(const QString &format, const Board &board, const ExportOptions &options,
                       QString *error)
{
    const std::unique_ptr<Exporter> exporter = Exporters::create(format);
    exporter->setOptions(options);
    MemoryOutput output;
    if (!exporter->write(board, output)) {
        *error = exporter->errorString();
        return {};
    }
    return output.files().value(exporter->defaultFileName());
}

} // namespace

class tst_GatewayExporters : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void registered();
    void golden_data();
    void golden();
    void deterministic_data();
    void deterministic();
    void refusesInvalidBoards_data();
    void refusesInvalidBoards();
    void cliRefusesWithExitCode1();
};

void tst_GatewayExporters::registered()
{
    for (const QString &format : gatewayFormats) {
        const std::unique_ptr<Exporter> exporter = Exporters::create(format);
        QVERIFY2(exporter, qPrintable(format));
        QCOMPARE(exporter->options(), QStringList({"wave", "listen"}));
        QCOMPARE(exporter->checkAreas(), QStringList {"gateway"});
        QCOMPARE(exporter->shape(), Exporter::Shape::File);
    }
}

void tst_GatewayExporters::golden_data()
{
    QTest::addColumn<QString>("boardCase");
    QTest::addColumn<QString>("format");
    for (const char *boardCase : {"shop", "shop-wave1", "shop-wave2", "hostile"}) {
        for (const QString &format : gatewayFormats) {
            QTest::addRow("%s/%s", boardCase, qPrintable(format))
                << QString::fromLatin1(boardCase) << format;
        }
    }
}

void tst_GatewayExporters::golden()
{
    QFETCH(QString, boardCase);
    QFETCH(QString, format);
    Board board;
    ExportOptions options;
    QVERIFY(buildCase(boardCase, &board, &options));
    QString error;
    const QByteArray actual = exportBoard(format, board, options, &error);
    QVERIFY2(!actual.isEmpty(), qPrintable(error));

    const QString folder = QStringLiteral(SEAMS_TEST_DATA_DIR "/gateway/") + boardCase;
    const QString path = QDir(folder).filePath(Exporters::create(format)->defaultFileName());
    if (qEnvironmentVariableIntValue("SEAMS_UPDATE_GOLDEN") == 1) {
        QVERIFY(QDir().mkpath(folder));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(actual);
        return;
    }
    QFile file(path);
    QVERIFY2(file.open(QIODevice::ReadOnly),
             qPrintable(path + " (SEAMS_UPDATE_GOLDEN=1 makes it)"));
    QCOMPARE(QString::fromUtf8(actual), QString::fromUtf8(file.readAll()));
}

void tst_GatewayExporters::deterministic_data()
{
    QTest::addColumn<QString>("format");
    for (const QString &format : gatewayFormats)
        QTest::newRow(qPrintable(format)) << format;
}

void tst_GatewayExporters::deterministic()
{
    QFETCH(QString, format);
    Board first;
    QVERIFY(GatewayBoards::makeHostile(&first));
    // The same content inserted in the opposite order: hash order must not leak out.
    Board second;
    second.setName(first.name());
    second.setSettings(first.settings());
    QList<const BoundedContext *> contexts = first.sortedContexts();
    std::reverse(contexts.begin(), contexts.end());
    for (const BoundedContext *context : contexts)
        second.insertContext(*context);
    QString error;
    const QByteArray a = exportBoard(format, first, {}, &error);
    QVERIFY2(!a.isEmpty(), qPrintable(error));
    QCOMPARE(exportBoard(format, first, {}, &error), a);
    QCOMPARE(exportBoard(format, second, {}, &error), a);
}

void tst_GatewayExporters::refusesInvalidBoards_data()
{
    QTest::addColumn<QString>("problem");
    QTest::addColumn<QString>("mentioned");
    QTest::newRow("duplicate prefix") << "duplicate"
                                      << "Payment Context";
    QTest::newRow("wildcard prefix") << "wildcard"
                                     << "/api/orders/*";
    QTest::newRow("upstream with path") << "upstream"
                                        << "http://order-service:8080/v1";
    QTest::newRow("listen") << "listen"
                            << "8000:";
}

void tst_GatewayExporters::refusesInvalidBoards()
{
    QFETCH(QString, problem);
    QFETCH(QString, mentioned);
    Board board;
    QVERIFY(GatewayBoards::loadShop(&board));
    ExportOptions options;
    if (problem == QLatin1String("duplicate")) {
        GatewayBoards::changeHandoff(&board, QStringLiteral("Payment Context"), [](Handoff &h) {
            h.routePrefixes = {QStringLiteral("/api/orders")};
        });
    } else if (problem == QLatin1String("wildcard")) {
        GatewayBoards::changeHandoff(&board, QStringLiteral("Order Context"), [](Handoff &h) {
            h.routePrefixes = {QStringLiteral("/api/orders/*")};
        });
    } else if (problem == QLatin1String("upstream")) {
        GatewayBoards::changeHandoff(&board, QStringLiteral("Order Context"), [](Handoff &h) {
            h.upstreamUrl = QStringLiteral("http://order-service:8080/v1");
        });
    } else {
        options.listen = QStringLiteral("8000:");
    }
    for (const QString &format : gatewayFormats) {
        QString error;
        QVERIFY2(exportBoard(format, board, options, &error).isEmpty(), qPrintable(format));
        QVERIFY2(error.contains(mentioned), qPrintable(format + ": " + error));
    }
}

void tst_GatewayExporters::cliRefusesWithExitCode1()
{
    Board board;
    QVERIFY(GatewayBoards::loadShop(&board));
    GatewayBoards::changeHandoff(&board, QStringLiteral("Payment Context"), [](Handoff &h) {
        h.routePrefixes = {QStringLiteral("/api/orders")};
    });
    QTemporaryDir folder;
    QVERIFY(folder.isValid());
    QFile file(folder.filePath(QStringLiteral("board.json")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(BoardJson::write(board));
    file.close();
    for (const QString &format : gatewayFormats) {
        QProcess seams;
        const QString output = folder.filePath(format + QLatin1String(".out"));
        seams.start(
            QStringLiteral(SEAMS_BINARY),
            {QStringLiteral("export"), format, file.fileName(), QStringLiteral("-o"), output});
        QVERIFY(seams.waitForFinished(30000));
        QCOMPARE(seams.exitCode(), 1);
        const QString errors = QString::fromUtf8(seams.readAllStandardError());
        QVERIFY2(errors.contains(QStringLiteral("Order Context"))
                     && errors.contains(QStringLiteral("Payment Context"))
                     && errors.contains(QStringLiteral("gateway.duplicate-prefix")),
                 qPrintable(errors));
        QVERIFY(!QFile::exists(output));
    }
}

QTEST_GUILESS_MAIN(tst_GatewayExporters)
#include "tst_gatewayexporters.moc"
