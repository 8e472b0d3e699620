// seams export dot|svg|png: the registry entries, a golden DOT file for the sample board
// (regenerate with SEAMS_UPDATE_GOLDEN=1) and the command line.

#include "export/contextmapexporter.h"
#include "model/board.h"
#include "storage/boardjson.h"

#include <QFile>
#include <QImage>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Seams;

namespace {

const QString sample = QStringLiteral(SEAMS_TEST_DATA_DIR "/../../resources/samples/shop.json");

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class tst_ContextMapExporter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void formats_data();
    void formats();
    void goldenDot();
    void commandLine();
};

void tst_ContextMapExporter::formats_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QByteArray>("magic");
    QTest::newRow("dot") << "dot"
                         << "context-map.dot" << QByteArray("digraph context_map {");
    QTest::newRow("svg") << "svg"
                         << "context-map.svg" << QByteArray("<?xml");
    QTest::newRow("png") << "png"
                         << "context-map.png" << QByteArray("\x89PNG\r\n\x1a\n");
}

void tst_ContextMapExporter::formats()
{
    QFETCH(QString, format);
    QFETCH(QString, fileName);
    QFETCH(QByteArray, magic);
    const std::unique_ptr<Exporter> exporter = Exporters::create(format);
    QVERIFY(exporter);
    QCOMPARE(exporter->name(), format);
    QCOMPARE(exporter->shape(), Exporter::Shape::File);
    QCOMPARE(exporter->defaultFileName(), fileName);
    QVERIFY(exporter->options().isEmpty());
    Board board;
    QString error;
    QVERIFY(BoardJson::read(readAll(sample), &board, &error));
    MemoryOutput output;
    QVERIFY2(exporter->write(board, output), qPrintable(exporter->errorString()));
    QCOMPARE(output.files().keys(), QStringList {fileName});
    QVERIFY(output.files().value(fileName).startsWith(magic));
}

void tst_ContextMapExporter::goldenDot()
{
    Board board;
    QString error;
    QVERIFY(BoardJson::read(readAll(sample), &board, &error));
    DotContextMapExporter exporter;
    MemoryOutput output;
    QVERIFY(exporter.write(board, output));
    const QByteArray dot = output.files().value(QStringLiteral("context-map.dot"));
    const QString golden = QStringLiteral(SEAMS_TEST_DATA_DIR "/contextmap/shop/context-map.dot");
    if (qEnvironmentVariableIntValue("SEAMS_UPDATE_GOLDEN")) {
        QFile file(golden);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(dot);
        QSKIP("golden file rewritten");
    }
    QCOMPARE(QString::fromUtf8(dot), QString::fromUtf8(readAll(golden)));
}

void tst_ContextMapExporter::commandLine()
{
    QTemporaryDir folder;
    QProcess seams;
    seams.start(QStringLiteral(SEAMS_BINARY),
                {"export", "png", sample, "-o", folder.filePath("map.png")});
    QVERIFY(seams.waitForFinished(60000));
    QCOMPARE(seams.exitCode(), 0);
    QImage image(folder.filePath("map.png"));
    QVERIFY(!image.isNull());
    QVERIFY(image.width() > 100 && image.height() > 100);

    seams.start(QStringLiteral(SEAMS_BINARY), {"export", "dot", sample});
    QVERIFY(seams.waitForFinished(60000));
    QCOMPARE(seams.exitCode(), 0);
    QCOMPARE(QString::fromUtf8(seams.readAllStandardOutput()),
             QString::fromUtf8(readAll(SEAMS_TEST_DATA_DIR "/contextmap/shop/context-map.dot")));

    seams.start(QStringLiteral(SEAMS_BINARY), {"export", "svg", sample, "--dialect", "sqlite"});
    QVERIFY(seams.waitForFinished(60000));
    QCOMPARE(seams.exitCode(), 2); // the context map has no dialect
}

QTEST_GUILESS_MAIN(tst_ContextMapExporter)
#include "tst_contextmapexporter.moc"
