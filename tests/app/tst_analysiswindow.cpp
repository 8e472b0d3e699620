// The Analysis window loads, analyses, and draws the module graph, on the offscreen platform.

#include "analysiscontroller.h"
#include "modulegraphview.h"
#include "preferences.h"
#include "workspace.h"

#include <QQmlApplicationEngine>
#include <QQmlExtensionPlugin>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

Q_IMPORT_QML_PLUGIN(SeamsPlugin)

using namespace Seams;

class tst_AnalysisWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void drawsTheGraph();
};

void tst_AnalysisWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("SeamsTest"));
    QQuickStyle::setStyle(QStringLiteral("Fusion"));
}

void tst_AnalysisWindow::drawsTheGraph()
{
    QTemporaryDir folder;
    Preferences preferences;
    preferences.setUntitledFolder(folder.filePath("untitled"));
    Workspace workspace(&preferences);
    QCOMPARE(workspace.newBoard(), QString());
    QQmlApplicationEngine engine;
    engine.addImportPath(QStringLiteral("qrc:/qt/qml"));
    engine.setInitialProperties({{QStringLiteral("workspace"), QVariant::fromValue(&workspace)}});
    engine.load(QUrl(QStringLiteral("qrc:/qt/qml/Seams/qml/AnalysisWindow.qml")));
    QCOMPARE(engine.rootObjects().size(), 1);
    auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().first());
    QVERIFY(window);
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window));

    auto *controller = window->findChild<AnalysisController *>();
    auto *view = window->findChild<ModuleGraphView *>();
    QVERIFY(controller && view);
    QSignalSpy finished(controller, &AnalysisController::finished);
    controller->analyzePath(QStringLiteral(SEAMS_TEST_DATA_DIR "/analysis/dot/jdeps-class/input"));
    QVERIFY(finished.wait(30000));
    QVERIFY(finished.first().first().toBool());

    // The graph area holds coloured pixels (discs and modules), not just the background.
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            const QImage image = window->grabWindow();
            const QPointF origin = view->mapToScene(QPointF(0, 0));
            int coloured = 0;
            for (int y = int(origin.y()); y < int(origin.y() + view->height()); y += 4) {
                for (int x = int(origin.x()); x < int(origin.x() + view->width()); x += 4) {
                    const QColor color = image.pixelColor(x, y);
                    coloured += color.hsvSaturation() > 40 ? 1 : 0;
                }
            }
            return coloured > 50;
        }(),
        5000);
    // SEAMS_SCREENSHOT=/tmp/analysis saves /tmp/analysis-<tab>.png for a look at each tab.
    if (qEnvironmentVariableIsSet("SEAMS_SCREENSHOT")) {
        QObject *tabs = window->findChild<QObject *>(QStringLiteral("analysisTabs"));
        for (int tab = 0; tabs && tab < 5; ++tab) {
            tabs->setProperty("currentIndex", tab);
            QTest::qWait(100);
            window->grabWindow().save(
                QStringLiteral("%1-%2.png").arg(qEnvironmentVariable("SEAMS_SCREENSHOT")).arg(tab));
        }
    }

    // Navigation keeps the point under the cursor and finds what is there.
    const QPointF middle(view->width() / 2, view->height() / 2);
    const qreal zoom = view->zoom();
    view->zoomAt(middle, 2.0);
    QCOMPARE(view->zoom(), zoom * 2);
    view->panBy(QPointF(10, 0));
    view->fit();
    QCOMPARE(view->zoom(), zoom);
    const auto snapshot = controller->snapshot();
    const QPointF disc
        = (snapshot->layout.centres.first() - view->center()) * view->zoom() + middle;
    QCOMPARE(view->candidateAt(disc), 0);
    view->setHighlighted(0);
    QCOMPARE(view->highlighted(), 0);
}

QTEST_MAIN(tst_AnalysisWindow)
#include "tst_analysiswindow.moc"
