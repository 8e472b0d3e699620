// The File > Export dialog's controller: every registered format, options per exporter,
// the preview, findings that block saving, Copy and Save writing what was previewed.

#include "../core/relationshiplookup.h"
#include "exportcontroller.h"
#include "preferences.h"
#include "workspace.h"

#include "model/board.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QImage>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Seams;

class tst_ExportController : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void listsEveryRegisteredFormat();
    void previewFollowsFormatAndOptions_data();
    void previewFollowsFormatAndOptions();
    void invalidOptionBlocksSaving();
    void checkErrorsBlockSaving();
    void saveWritesThePreview();
    void copyPutsThePreviewOnTheClipboard();
    void binaryFilesAreNotShownAsText();
    void sqlSchemasInTheDialog();

private:
    QTemporaryDir m_folder;
    std::unique_ptr<Preferences> m_preferences;
    std::unique_ptr<Workspace> m_workspace;
};

void tst_ExportController::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("SeamsTest"));
    QVERIFY(m_folder.isValid());
    QProcess seams;
    seams.start(QStringLiteral(SEAMS_BINARY),
                {QStringLiteral("new"), QStringLiteral("--sample"), QStringLiteral("shop"),
                 m_folder.filePath(QStringLiteral("shop.seams"))});
    QVERIFY(seams.waitForFinished(30000));
    QCOMPARE(seams.exitCode(), 0);
}

void tst_ExportController::init()
{
    // A fresh copy per test: some tests edit the board.
    const QString path = m_folder.filePath(QStringLiteral("board.seams"));
    QFile::remove(path);
    QVERIFY(QFile::copy(m_folder.filePath(QStringLiteral("shop.seams")), path));
    m_preferences = std::make_unique<Preferences>();
    m_preferences->setUntitledFolder(m_folder.filePath(QStringLiteral("untitled")));
    m_workspace = std::make_unique<Workspace>(m_preferences.get());
    QCOMPARE(m_workspace->openFile(path), QString());
}

void tst_ExportController::cleanup()
{
    m_workspace.reset();
    m_preferences.reset();
}

void tst_ExportController::listsEveryRegisteredFormat()
{
    ExportController controller;
    QStringList names;
    for (const QVariant &format : controller.formats())
        names.append(format.toMap().value(QStringLiteral("name")).toString());
    QCOMPARE(names, Exporters::names());
    for (const char *gateway : {"kong", "nginx", "haproxy", "caddy", "traefik"})
        QVERIFY2(names.contains(QLatin1String(gateway)), gateway);
}

void tst_ExportController::previewFollowsFormatAndOptions_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<int>("wave");
    QTest::addColumn<QString>("listen");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QString>("absent");
    QTest::newRow("kong") << "kong" << -1 << ""
                          << "~/api/payments(/|$)"
                          << "_comment";
    QTest::newRow("kong wave 1") << "kong" << 1 << ""
                                 << "~/api/orders(/|$)"
                                 << "payment-service";
    QTest::newRow("nginx listen") << "nginx" << -1 << "127.0.0.1:9999"
                                  << "listen 127.0.0.1:9999;"
                                  << "listen 8000;";
    QTest::newRow("json ignores gateway options") << "json" << 1 << "127.0.0.1:9999"
                                                  << "\"Payment Context\""
                                                  << "9999";
}

void tst_ExportController::previewFollowsFormatAndOptions()
{
    QFETCH(QString, format);
    QFETCH(int, wave);
    QFETCH(QString, listen);
    QFETCH(QString, expected);
    QFETCH(QString, absent);
    ExportController controller;
    controller.setWorkspace(m_workspace.get());
    QSignalSpy previews(&controller, &ExportController::previewChanged);
    controller.setFormat(format);
    controller.setWave(wave);
    controller.setListen(listen);
    QVERIFY(!previews.isEmpty());
    QCOMPARE(controller.files(), QStringList {Exporters::create(format)->defaultFileName()});
    QCOMPARE(controller.optionNames(), Exporters::create(format)->options());
    QVERIFY2(controller.currentText().contains(expected), qPrintable(controller.currentText()));
    QVERIFY(!controller.currentText().contains(absent));
    QVERIFY(!controller.isBlocked());
}

void tst_ExportController::invalidOptionBlocksSaving()
{
    ExportController controller;
    controller.setWorkspace(m_workspace.get());
    controller.setFormat(QStringLiteral("haproxy"));
    controller.setListen(QStringLiteral("not an address"));
    QVERIFY(controller.isBlocked());
    QVERIFY(controller.files().isEmpty());
    QVERIFY2(controller.errorString().contains(QStringLiteral("not an address")),
             qPrintable(controller.errorString()));
    QVERIFY(!controller.save(QUrl::fromLocalFile(m_folder.filePath(QStringLiteral("x.cfg"))))
                 .isEmpty());
    QVERIFY(!QFile::exists(m_folder.filePath(QStringLiteral("x.cfg"))));
}

void tst_ExportController::checkErrorsBlockSaving()
{
    Board *board = m_workspace->document()->board();
    for (const BoundedContext *context : board->sortedContexts()) {
        if (context->name == QLatin1String("Payment Context")) {
            Handoff handoff = context->handoff;
            handoff.routePrefixes = {QStringLiteral("/api/orders")};
            board->setContextHandoff(context->id, handoff);
        }
    }
    ExportController controller;
    controller.setWorkspace(m_workspace.get());
    controller.setFormat(QStringLiteral("kong"));
    QVERIFY(controller.isBlocked());
    bool found = false;
    for (const QVariant &finding : controller.findings()) {
        const QVariantMap map = finding.toMap();
        found = found
            || (map.value(QStringLiteral("code")) == QLatin1String("gateway.duplicate-prefix")
                && map.value(QStringLiteral("severity")) == QLatin1String("error"));
    }
    QVERIFY(found);
    const QString path = m_folder.filePath(QStringLiteral("k.yaml"));
    QVERIFY(!controller.save(QUrl::fromLocalFile(path)).isEmpty());
    QVERIFY(!QFile::exists(path));
}

void tst_ExportController::saveWritesThePreview()
{
    ExportController controller;
    controller.setWorkspace(m_workspace.get());
    controller.setFormat(QStringLiteral("caddy"));
    const QString path = m_folder.filePath(QStringLiteral("Caddyfile"));
    QCOMPARE(controller.save(QUrl::fromLocalFile(path)), QString());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(QString::fromUtf8(file.readAll()), controller.currentText());
}

void tst_ExportController::copyPutsThePreviewOnTheClipboard()
{
    ExportController controller;
    controller.setWorkspace(m_workspace.get());
    controller.setFormat(QStringLiteral("traefik"));
    controller.copyCurrentFile();
    QCOMPARE(QGuiApplication::clipboard()->text(), controller.currentText());
    QVERIFY(controller.currentText().startsWith(QLatin1String("# API gateway")));
}

void tst_ExportController::binaryFilesAreNotShownAsText()
{
    // Regression: the PNG context map was previewed (and copied) as UTF-8 garbage.
    ExportController controller;
    controller.setWorkspace(m_workspace.get());
    controller.setFormat(QStringLiteral("png"));
    QCOMPARE(controller.files(), QStringList {QStringLiteral("context-map.png")});
    QVERIFY2(
        controller.currentText().startsWith(QLatin1String("context-map.png is a binary file (")),
        qPrintable(controller.currentText()));
    QVERIFY(!controller.isBlocked());
    controller.copyCurrentFile();
    const QImage copied = QGuiApplication::clipboard()->image();
    QVERIFY(copied.width() > 100 && copied.height() > 100);
    controller.setFormat(QStringLiteral("svg"));
    QVERIFY(controller.currentText().startsWith(QLatin1String("<?xml")));
}

void tst_ExportController::sqlSchemasInTheDialog()
{
    // The GUI side of `seams export sql`: a folder of databases, dialect and layout options,
    // and the database findings shown without blocking. Without User -> Order, Order's
    // reference to User is a warning.
    Document *document = m_workspace->document();
    document->removeRelationships({relationshipId(
        *document->board(), QStringLiteral("User Context"), QStringLiteral("Order Context"))});
    ExportController controller;
    controller.setWorkspace(m_workspace.get());
    controller.setFormat(QStringLiteral("sql"));
    QVERIFY(controller.writesFolder());
    QCOMPARE(
        controller.optionNames(),
        QStringList({QStringLiteral("dialect"), QStringLiteral("layout"), QStringLiteral("wave")}));
    controller.setDialect(QStringLiteral("mariadb"));
    controller.setLayout(QStringLiteral("golang-migrate"));
    const int up = int(
        controller.files().indexOf(QStringLiteral("orders_db/migrations/000001_init.up.sql")));
    QVERIFY2(up >= 0, qPrintable(controller.files().join(QLatin1Char(' '))));
    controller.setCurrentFile(up);
    QVERIFY(controller.currentText().contains(QLatin1String("ENGINE=InnoDB")));
    QVERIFY(!controller.isBlocked());
    bool warned = false;
    for (const QVariant &finding : controller.findings()) {
        warned = warned
            || finding.toMap().value(QStringLiteral("code")).toString()
                == QLatin1String("database.reference-without-relationship");
    }
    QVERIFY(warned);
}

QTEST_MAIN(tst_ExportController)
#include "tst_exportcontroller.moc"
