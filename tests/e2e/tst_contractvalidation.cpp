#include "../core/contracttestdata.h"

#include "export/asyncapiexporter.h"
#include "export/exporter.h"
#include "export/openapiexporter.h"
#include "model/board.h"
#include "model/boardgenerator.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Seams;

/** The contracts against the real tools: @apidevtools/swagger-parser on every OpenAPI file
 *  and @asyncapi/parser on every AsyncAPI file (tests/tooling/validate-contracts.js, which
 *  adds the checks swagger-parser leaves out for OpenAPI 3), for the sample board through
 *  the CLI, the every-kind board, a hostile board and a generated board. */
class tst_ContractValidation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void validate_data();
    void validate();
    void cliRefusesABoardWithContractErrors();

private:
    /** Runs a program to completion; false (with the output logged) if it fails to start. */
    static bool run(const QString &program, const QStringList &arguments, int *exitCode,
                    QByteArray *output, int timeoutMs = 120000);
    static bool writeWithExporters(const Board &board, const QString &folder);

    QString m_node;
};

bool tst_ContractValidation::run(const QString &program, const QStringList &arguments,
                                 int *exitCode, QByteArray *output, int timeoutMs)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::SeparateChannels);
    process.start(program, arguments);
    if (!process.waitForStarted() || !process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        qWarning("%s did not run: %s", qPrintable(program), qPrintable(process.errorString()));
        return false;
    }
    *exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    *output = process.readAllStandardOutput() + process.readAllStandardError();
    return true;
}

bool tst_ContractValidation::writeWithExporters(const Board &board, const QString &folder)
{
    // The exporters' own output, as the GUI preview gets it, without the CLI's checks: it
    // must be valid even for a board the checks reject.
    OpenApiExporter openApi;
    AsyncApiExporter asyncApi;
    FolderOutput output(folder);
    return openApi.write(board, output) && asyncApi.write(board, output) && output.finish();
}

void tst_ContractValidation::initTestCase()
{
    m_node = QStandardPaths::findExecutable(QStringLiteral("node"));
    QVERIFY2(!m_node.isEmpty(), "node is not installed (./build.sh deps installs it)");
    QVERIFY2(QFile::exists(QStringLiteral(
                 SEAMS_TOOLING_DIR "/node_modules/@apidevtools/swagger-parser/package.json")),
             "tests/tooling/node_modules is missing: run ./build.sh deps");
    QVERIFY(QFile::exists(
        QStringLiteral(SEAMS_TOOLING_DIR "/node_modules/@asyncapi/parser/package.json")));
}

void tst_ContractValidation::validate_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("viaCli");
    QTest::newRow("shop via the CLI") << "shop" << true;
    QTest::newRow("every kind via the CLI") << "allkinds" << true;
    QTest::newRow("hostile names") << "hostile" << false;
    QTest::newRow("generated") << "generated" << false;
}

void tst_ContractValidation::validate()
{
    QFETCH(QString, name);
    QFETCH(bool, viaCli);
    QTemporaryDir temporary;
    QVERIFY(temporary.isValid());
    const QString out = temporary.filePath(QStringLiteral("contracts"));
    int contexts = 0;
    int exitCode = -1;
    QByteArray output;
    if (viaCli) {
        QString board = ContractTestData::boardPath(name);
        if (name == QLatin1String("shop")) {
            board = temporary.filePath(QStringLiteral("shop.seams"));
            QVERIFY(run(
                QStringLiteral(SEAMS_BINARY),
                {QStringLiteral("new"), QStringLiteral("--sample"), QStringLiteral("shop"), board},
                &exitCode, &output));
            QCOMPARE(exitCode, 0);
        }
        for (const char *format : {"openapi", "asyncapi"}) {
            QVERIFY(run(
                QStringLiteral(SEAMS_BINARY),
                {QStringLiteral("export"), QLatin1String(format), board, QStringLiteral("-o"), out},
                &exitCode, &output));
            QVERIFY2(exitCode == 0, output.constData());
        }
        Board loaded;
        QString error;
        QVERIFY2(ContractTestData::load(name, &loaded, &error), qPrintable(error));
        contexts = int(loaded.contexts().size());
    } else {
        Board board;
        if (name == QLatin1String("generated")) {
            BoardGenerator::generate(&board, 1500, 7);
        } else {
            QString error;
            QVERIFY2(ContractTestData::load(name, &board, &error), qPrintable(error));
        }
        QVERIFY(writeWithExporters(board, out));
        contexts = int(board.contexts().size());
    }
    QVERIFY(contexts > 0);

    QVERIFY(run(m_node, {QStringLiteral(SEAMS_TOOLING_DIR "/validate-contracts.js"), out},
                &exitCode, &output));
    const QList<QByteArray> lines = output.trimmed().split('\n');
    for (const QByteArray &line : lines) {
        const QJsonObject result = QJsonDocument::fromJson(line).object();
        if (!result.value(QLatin1String("ok")).toBool(true))
            qWarning("%s", line.constData());
    }
    QVERIFY2(exitCode == 0, output.right(4000).constData());
    const QJsonObject summary = QJsonDocument::fromJson(lines.last()).object();
    QVERIFY2(summary.value(QLatin1String("summary")).toBool(), lines.last().constData());
    QCOMPARE(summary.value(QLatin1String("files")).toInt(), 2 * contexts);
    QCOMPARE(summary.value(QLatin1String("failed")).toInt(), 0);
}

void tst_ContractValidation::cliRefusesABoardWithContractErrors()
{
    QTemporaryDir temporary;
    QVERIFY(temporary.isValid());
    const QString out = temporary.filePath(QStringLiteral("contracts"));
    int exitCode = -1;
    QByteArray output;
    QVERIFY(run(QStringLiteral(SEAMS_BINARY),
                {QStringLiteral("export"), QStringLiteral("openapi"),
                 ContractTestData::boardPath(QStringLiteral("hostile")), QStringLiteral("-o"), out},
                &exitCode, &output));
    QCOMPARE(exitCode, 1);
    QVERIFY2(output.contains("[contract.duplicate-operation]"), output.constData());
    QVERIFY2(output.contains("[contract.command-unmappable]"), output.constData());
    QVERIFY(!QFile::exists(out));
}

QTEST_GUILESS_MAIN(tst_ContractValidation)
#include "tst_contractvalidation.moc"
