#include "canvasbenchmark.h"

#include "canvascontroller.h"
#include "canvasgestures.h"
#include "selectionmodel.h"
#include "viewport.h"
#include "visiblenotesmodel.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QQmlApplicationEngine>
#include <QQuickItem>
#include <QQuickWindow>
#include <QSGRendererInterface>
#include <QTimer>

#include <algorithm>
#include <cstdio>

namespace Seams {

namespace {

// Frames at the start of a scenario are not measured: the first ones fill the delegate pool
// and upload the geometry.
constexpr int warmUpFrames = 20;

qint64 peakRssKb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

double percentile(QList<double> values, double p)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const qsizetype index
        = std::min<qsizetype>(values.size() - 1, qsizetype(p * double(values.size() - 1) + 0.5));
    return values.at(index);
}

QString backendName(QQuickWindow *window)
{
    switch (window->rendererInterface()->graphicsApi()) {
    case QSGRendererInterface::Software:
        return QStringLiteral("software");
    case QSGRendererInterface::OpenGL:
        return QStringLiteral("opengl");
    case QSGRendererInterface::Vulkan:
        return QStringLiteral("vulkan");
    default:
        return QStringLiteral("other");
    }
}

} // namespace

void CanvasBenchmark::installIfRequested(QQmlApplicationEngine *engine,
                                         const QElapsedTimer &startup)
{
    const bool benchmark = qEnvironmentVariableIsSet("SEAMS_CANVAS_BENCHMARK");
    if (!benchmark && !qEnvironmentVariableIsSet("SEAMS_CANVAS_VIEW")
        && !qEnvironmentVariableIsSet("SEAMS_CANVAS_SCREENSHOT"))
        return;
    QObject::connect(engine, &QQmlApplicationEngine::objectCreated, engine,
                     [engine, startup, benchmark](QObject *object) {
                         auto *window = qobject_cast<QQuickWindow *>(object);
                         auto *controller = object ? object->findChild<CanvasController *>(
                                                QStringLiteral("canvasController"))
                                                   : nullptr;
                         if (!window || !controller)
                             return;
                         new CanvasBenchmark(window, controller, startup, benchmark);
                     });
}

CanvasBenchmark::CanvasBenchmark(QQuickWindow *window, CanvasController *controller,
                                 const QElapsedTimer &startup, bool benchmark)
    : QObject(window)
    , m_window(window)
    , m_controller(controller)
    , m_clock(startup)
    , m_benchmark(benchmark)
{
    const QString theme = qEnvironmentVariable("SEAMS_THEME");
    if (!theme.isEmpty()) {
        if (QObject *themeObject = window->findChild<QObject *>(QStringLiteral("theme")))
            themeObject->setProperty("mode", theme);
    }
    // Measured and photographed at one known size, not whatever the window manager gives:
    // 1600 x 1000 unless SEAMS_CANVAS_WINDOW says otherwise ("1280x800").
    if (benchmark || qEnvironmentVariableIsSet("SEAMS_CANVAS_SCREENSHOT")) {
        const QStringList size
            = qEnvironmentVariable("SEAMS_CANVAS_WINDOW", QStringLiteral("1600x1000"))
                  .split(QLatin1Char('x'));
        window->resize(std::clamp(size.value(0).toInt(), 320, 8000),
                       std::clamp(size.value(1).toInt(), 240, 8000));
    }
    if (benchmark) {
        // SEAMS_CANVAS_SCENARIOS=fit,drag runs a subset (for profiling one of them).
        const QStringList wanted
            = qEnvironmentVariable("SEAMS_CANVAS_SCENARIOS", QStringLiteral("pan,fit,drag"))
                  .split(QLatin1Char(','), Qt::SkipEmptyParts);
        for (const QString &name : wanted) {
            if (name == QLatin1String("pan") || name == QLatin1String("fit")
                || name == QLatin1String("drag"))
                m_scenarios.append({name, 300});
        }
    }
    connect(
        window, &QQuickWindow::beforeSynchronizing, this,
        [this] {
            QMutexLocker lock(&m_mutex);
            m_pendingSync = now();
        },
        Qt::DirectConnection);
    connect(
        window, &QQuickWindow::frameSwapped, this,
        [this] {
            {
                QMutexLocker lock(&m_mutex);
                m_frames.append({m_pendingSync, now()});
            }
            QMetaObject::invokeMethod(this, &CanvasBenchmark::step, Qt::QueuedConnection);
        },
        Qt::DirectConnection);
}

void CanvasBenchmark::onFirstFrame()
{
    m_firstFrameMs = now() / 1000000;
    std::printf("SEAMS_FIRST_FRAME %lld\n", m_firstFrameMs);
    std::fflush(stdout);
    if (!m_benchmark) {
        // Let the startup zoom-to-fit run first.
        QTimer::singleShot(300, this, &CanvasBenchmark::applyView);
    }
}

void CanvasBenchmark::applyView()
{
    if (qEnvironmentVariableIsSet("SEAMS_CANVAS_SCREENSHOT")) {
        // A few frames for the new view (and the delegates it fills) to be on screen.
        m_screenshotCountdown = 3;
        if (m_window)
            m_window->update();
    }
    const QStringList parts = qEnvironmentVariable("SEAMS_CANVAS_VIEW").split(QLatin1Char(','));
    if (parts.size() < 3 || !m_controller)
        return;
    Viewport *viewport = m_controller->viewport();
    viewport->setZoom(parts.at(0).toDouble());
    viewport->centerOn(parts.at(1).toDouble(), parts.at(2).toDouble());
    if (parts.value(3) == QLatin1String("select")) {
        // The note there, or else the frame there.
        const QPointF point(parts.at(1).toDouble(), parts.at(2).toDouble());
        const QUuid note = m_controller->noteAt(point);
        const QUuid context = m_controller->board()->contextAt(point);
        if (!note.isNull())
            m_controller->selection()->selectNotes({note});
        else if (!context.isNull())
            m_controller->selection()->selectContexts({context});
    }
}

void CanvasBenchmark::step()
{
    if (m_firstFrameMs < 0) {
        onFirstFrame();
        if (!m_benchmark)
            return;
        // The first frames include loading; start once the board has settled.
        QTimer::singleShot(500, this, [this] {
            m_scenario = 0;
            if (m_scenarios.isEmpty())
                report();
            else
                beginScenario();
        });
        return;
    }
    if (m_screenshotCountdown > 0) {
        if (--m_screenshotCountdown == 0)
            saveScreenshot();
        else if (m_window)
            m_window->update();
        return;
    }
    if (!m_benchmark || m_scenario < 0 || m_scenario >= m_scenarios.size() || !m_controller)
        return;
    const Scenario &scenario = m_scenarios.at(m_scenario);
    Viewport *viewport = m_controller->viewport();
    if (m_frame >= scenario.frames) {
        finishScenario();
        return;
    }
    ++m_frame;
    if (scenario.name == QLatin1String("pan")) {
        viewport->panBy(-6, -2);
    } else if (scenario.name == QLatin1String("fit")) {
        viewport->panBy(m_frame % 100 < 50 ? -2 : 2, 0);
    } else if (scenario.name == QLatin1String("drag")) {
        m_dragPoint += QPointF(3, 1);
        m_controller->gestures()->move(m_dragPoint.x(), m_dragPoint.y());
    }
    if (!m_window)
        return;
    m_window->update();
}

void CanvasBenchmark::saveScreenshot()
{
    const QString path = qEnvironmentVariable("SEAMS_CANVAS_SCREENSHOT");
    const QImage image = m_window->grabWindow();
    QPointF canvas;
    if (auto *item = m_window->findChild<QQuickItem *>(QStringLiteral("boardCanvas")))
        canvas = item->mapToScene(QPointF(0, 0)) * m_window->effectiveDevicePixelRatio();
    const Viewport *viewport = m_controller->viewport();
    const QJsonObject placement {{QStringLiteral("canvasX"), canvas.x()},
                                 {QStringLiteral("canvasY"), canvas.y()},
                                 {QStringLiteral("zoom"), viewport->zoom()},
                                 {QStringLiteral("originX"), viewport->originX()},
                                 {QStringLiteral("originY"), viewport->originY()},
                                 {QStringLiteral("ratio"), m_window->effectiveDevicePixelRatio()}};
    QFile json(path + QStringLiteral(".json"));
    const bool saved = image.save(path) && json.open(QIODevice::WriteOnly)
        && json.write(QJsonDocument(placement).toJson()) > 0;
    if (!saved)
        std::fprintf(stderr, "seams: could not save the screenshot to %s\n", qPrintable(path));
    QCoreApplication::exit(saved ? 0 : 3);
}

void CanvasBenchmark::beginScenario()
{
    const Scenario &scenario = m_scenarios.at(m_scenario);
    Viewport *viewport = m_controller->viewport();
    const QRectF bounds = m_controller->boardBounds();
    if (scenario.name == QLatin1String("pan")) {
        viewport->setZoom(1.0);
        viewport->centerOn(bounds.center().x(), bounds.center().y());
    } else if (scenario.name == QLatin1String("fit")) {
        m_controller->zoomToFit();
    } else if (scenario.name == QLatin1String("drag")) {
        viewport->setZoom(1.0);
        viewport->centerOn(bounds.center().x(), bounds.center().y());
        // The note nearest the middle of the board, brought to the middle of the view and
        // grabbed at its centre.
        QUuid nearest;
        qreal distance = 0;
        for (const QUuid &id : m_controller->notesIn(bounds)) {
            const qreal d
                = QLineF(m_controller->noteIndex().rect(id).center(), bounds.center()).length();
            if (nearest.isNull() || d < distance) {
                nearest = id;
                distance = d;
            }
        }
        if (!nearest.isNull()) {
            const QRectF rect = m_controller->noteIndex().rect(nearest);
            viewport->centerOn(rect.center().x(), rect.center().y());
            m_dragPoint = viewport->mapFromBoard(rect.center().x(), rect.center().y());
            m_controller->gestures()->press(m_dragPoint.x(), m_dragPoint.y(), Qt::LeftButton,
                                            Qt::NoModifier);
        }
    }
    m_frame = 0;
    {
        QMutexLocker lock(&m_mutex);
        m_frames.clear();
    }
    if (m_window)
        m_window->update();
}

void CanvasBenchmark::finishScenario()
{
    const Scenario &scenario = m_scenarios.at(m_scenario);
    QList<Frame> frames;
    {
        QMutexLocker lock(&m_mutex);
        frames = m_frames;
    }
    bool dragged = false;
    if (scenario.name == QLatin1String("drag")) {
        dragged = m_controller->gestures()->mode() == CanvasGestures::MovingItems;
        QElapsedTimer drop;
        drop.start();
        m_controller->gestures()->release(m_dragPoint.x(), m_dragPoint.y());
        m_dropMs = drop.elapsed();
    }
    QList<double> intervals;
    QList<double> work;
    for (qsizetype i = warmUpFrames; i < frames.size(); ++i) {
        if (frames.at(i).syncStart > 0 && frames.at(i).swapped >= frames.at(i).syncStart)
            work.append((frames.at(i).swapped - frames.at(i).syncStart) / 1e6);
        if (i > warmUpFrames)
            intervals.append((frames.at(i).swapped - frames.at(i - 1).swapped) / 1e6);
    }
    QJsonObject result {{QStringLiteral("scenario"), scenario.name},
                        {QStringLiteral("frames"), int(work.size())},
                        {QStringLiteral("intervalP50"), percentile(intervals, 0.5)},
                        {QStringLiteral("intervalP95"), percentile(intervals, 0.95)},
                        {QStringLiteral("workP50"), percentile(work, 0.5)},
                        {QStringLiteral("workP95"), percentile(work, 0.95)},
                        {QStringLiteral("workMax"), percentile(work, 1.0)},
                        {QStringLiteral("zoom"), m_controller->viewport()->zoom()},
                        {QStringLiteral("delegates"), m_controller->visibleNotes()->rowCount()}};
    if (scenario.name == QLatin1String("drag")) {
        // The drop is the one edit of the run: Document commit included.
        result.insert(QStringLiteral("dropMs"), double(m_dropMs));
        result.insert(QStringLiteral("dragged"), dragged);
    }
    m_results.append(QString::fromUtf8(QJsonDocument(result).toJson(QJsonDocument::Compact)));
    ++m_scenario;
    if (m_scenario < m_scenarios.size())
        beginScenario();
    else
        report();
}

void CanvasBenchmark::report()
{
    const QString line = QStringLiteral("{\"backend\":\"%1\",\"firstFrameMs\":%2,\"peakRssKb\":%3,"
                                        "\"scenarios\":[%4]}")
                             .arg(backendName(m_window))
                             .arg(m_firstFrameMs)
                             .arg(peakRssKb())
                             .arg(m_results.join(QLatin1Char(',')));
    std::printf("SEAMS_BENCH %s\n", qPrintable(line));
    std::fflush(stdout);
    QCoreApplication::quit();
}

} // namespace Seams
