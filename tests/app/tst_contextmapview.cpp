// The context-map view follows the board: it lays the map out again after a pause in the
// edits (one layout for a burst), not while its window is hidden, and draws what it shows.

#include "contextmapview.h"
#include "preferences.h"
#include "workspace.h"

#include "model/board.h"

#include <QImage>
#include <QPainter>
#include <QQmlApplicationEngine>
#include <QQmlExtensionPlugin>
#include <QQuickWindow>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

Q_IMPORT_QML_PLUGIN(SeamsPlugin)

using namespace Seams;

class tst_ContextMapView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void drawsTheBoard();
    void burstOfEditsIsOneLayout();
    void ignoresWhatTheMapDoesNotShow();
    void hiddenWindowWaits();
    void followsTheDocument();
    void paints();
    void window();

private:
    Document *document() const { return m_workspace->document(); }

    QTemporaryDir m_folder;
    std::unique_ptr<Preferences> m_preferences;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<QQuickWindow> m_window;
    ContextMapView *m_view = nullptr;
};

void tst_ContextMapView::initTestCase()
{
    QQuickWindow::setGraphicsApi(QSGRendererInterface::Software);
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("SeamsTest"));
}

void tst_ContextMapView::init()
{
    m_preferences = std::make_unique<Preferences>();
    m_preferences->setUntitledFolder(m_folder.filePath(QStringLiteral("untitled")));
    m_workspace = std::make_unique<Workspace>(m_preferences.get());
    QCOMPARE(m_workspace->newBoard(), QString());
    m_window = std::make_unique<QQuickWindow>();
    m_window->resize(800, 600);
    m_view = new ContextMapView(m_window->contentItem());
    m_view->setSize(QSizeF(800, 600));
    m_window->show();
    QSignalSpy rendered(m_view, &ContextMapView::rendered);
    m_view->setWorkspace(m_workspace.get());
    QCOMPARE(rendered.count(), 1); // a new board is drawn at once
    QVERIFY(m_view->isEmpty());
}

void tst_ContextMapView::cleanup()
{
    m_window.reset(); // deletes the view
    m_view = nullptr;
    m_workspace.reset();
    m_preferences.reset();
}

void tst_ContextMapView::drawsTheBoard()
{
    QSignalSpy rendered(m_view, &ContextMapView::rendered);
    const QUuid orders
        = document()->addContext(QStringLiteral("Order Context"), QRectF(0, 0, 400, 300));
    const QUuid payments
        = document()->addContext(QStringLiteral("Payment Context"), QRectF(500, 0, 400, 300));
    QVERIFY(rendered.wait(2000));
    QVERIFY(!m_view->isEmpty());
    QVERIFY(m_view->svg().contains("Order Context"));
    QVERIFY(m_view->mapSize().width() > 100);

    QVERIFY(!document()
                 ->addRelationship(orders, payments, RelationshipPattern::OpenHostService,
                                   DataSync::ApiCalls)
                 .isNull());
    QVERIFY(rendered.wait(2000));
    QVERIFY(m_view->svg().contains(">OHS<"));

    document()->renameContext(payments, QStringLiteral("Billing Context"));
    QVERIFY(rendered.wait(2000));
    QVERIFY(m_view->svg().contains("Billing Context"));
    QVERIFY(!m_view->svg().contains("Payment Context"));
    QCOMPARE(m_view->errorString(), QString());
}

void tst_ContextMapView::burstOfEditsIsOneLayout()
{
    QSignalSpy rendered(m_view, &ContextMapView::rendered);
    for (int i = 0; i < 5; ++i)
        document()->addContext(QStringLiteral("Context %1").arg(i), QRectF(i * 500, 0, 400, 300));
    QCOMPARE(rendered.count(), 0); // nothing before the pause
    QVERIFY(rendered.wait(2000));
    QTest::qWait(3 * ContextMapView::debounceMilliseconds);
    QCOMPARE(rendered.count(), 1);
    QVERIFY(m_view->svg().contains("Context 4"));
}

void tst_ContextMapView::ignoresWhatTheMapDoesNotShow()
{
    QSignalSpy rendered(m_view, &ContextMapView::rendered);
    const QUuid context = document()->addContext(QStringLiteral("Orders"), QRectF(0, 0, 400, 300));
    QVERIFY(rendered.wait(2000));
    rendered.clear();
    document()->moveContexts({context}, QPointF(10, 10));
    document()->addNote(NoteKind::DomainEvent, QPointF(20, 20), QStringLiteral("Order Placed"));
    QTest::qWait(3 * ContextMapView::debounceMilliseconds);
    QCOMPARE(rendered.count(), 0);
}

void tst_ContextMapView::hiddenWindowWaits()
{
    QSignalSpy rendered(m_view, &ContextMapView::rendered);
    m_window->hide();
    document()->addContext(QStringLiteral("Orders"), QRectF(0, 0, 400, 300));
    QTest::qWait(3 * ContextMapView::debounceMilliseconds);
    QCOMPARE(rendered.count(), 0);
    m_window->show();
    QTRY_COMPARE_WITH_TIMEOUT(rendered.count(), 1, 2000);
    QVERIFY(m_view->svg().contains("Orders"));
}

void tst_ContextMapView::followsTheDocument()
{
    QSignalSpy rendered(m_view, &ContextMapView::rendered);
    document()->addContext(QStringLiteral("Orders"), QRectF(0, 0, 400, 300));
    QVERIFY(rendered.wait(2000));
    QVERIFY(!m_view->isEmpty());
    QCOMPARE(m_workspace->newBoard(), QString()); // the old board is gone
    QCOMPARE(rendered.count(), 2);
    QVERIFY(m_view->isEmpty());
    document()->addContext(QStringLiteral("Payments"), QRectF(0, 0, 400, 300));
    QVERIFY(rendered.wait(2000));
    QVERIFY(m_view->svg().contains("Payments"));
}

void tst_ContextMapView::paints()
{
    QSignalSpy rendered(m_view, &ContextMapView::rendered);
    document()->addContext(QStringLiteral("Orders"), QRectF(0, 0, 400, 300));
    QVERIFY(rendered.wait(2000));
    QImage image(800, 600, QImage::Format_ARGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    m_view->paint(&painter);
    painter.end();
    int inked = 0;
    for (int y = 0; y < image.height(); y += 2) {
        for (int x = 0; x < image.width(); x += 2)
            inked += image.pixel(x, y) != qRgb(255, 255, 255);
    }
    QVERIFY2(inked > 100, qPrintable(QString::number(inked)));
    // Centred and at most twice its natural size: one context leaves the corners empty.
    QVERIFY(image.pixel(0, 0) == qRgb(255, 255, 255));
    QVERIFY(m_view->mapSize().width() * 2 < 800);
}

void tst_ContextMapView::window()
{
    // The window QML opens from View > Context Map, with the real module.
    document()->addContext(QStringLiteral("Order Context"), QRectF(0, 0, 400, 300));
    QQmlApplicationEngine engine;
    engine.addImportPath(QStringLiteral("qrc:/qt/qml"));
    engine.setInitialProperties(
        {{QStringLiteral("workspace"), QVariant::fromValue(m_workspace.get())}});
    engine.load(QUrl(QStringLiteral("qrc:/qt/qml/Seams/qml/ContextMapWindow.qml")));
    QCOMPARE(engine.rootObjects().size(), 1);
    auto *mapWindow = qobject_cast<QQuickWindow *>(engine.rootObjects().constFirst());
    QVERIFY(mapWindow);
    QVERIFY(mapWindow->title().contains(m_workspace->boardName()));
    auto *view = mapWindow->findChild<ContextMapView *>();
    QVERIFY(view);
    QCOMPARE(view->workspace(), m_workspace.get());
    QSignalSpy rendered(view, &ContextMapView::rendered);
    mapWindow->show();
    QTRY_VERIFY_WITH_TIMEOUT(view->svg().contains("Order Context"), 2000);
    QVERIFY(QTest::qWaitForWindowExposed(mapWindow));
    const QImage shot = mapWindow->grabWindow();
    if (const QString path = qEnvironmentVariable("SEAMS_SCREENSHOT"); !path.isEmpty())
        shot.save(path);
    QVERIFY(!shot.isNull());
}

QTEST_MAIN(tst_ContextMapView)
#include "tst_contextmapview.moc"
