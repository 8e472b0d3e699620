#pragma once

#include <QElapsedTimer>
#include <QList>
#include <QMutex>
#include <QObject>
#include <QPointF>
#include <QPointer>

class QQmlApplicationEngine;
class QQuickWindow;

namespace Seams {

class CanvasController;

/** A hidden driver for measuring and looking at the canvas, switched on by environment
 *  variables (never by a user-visible option):
 *
 *  - SEAMS_CANVAS_BENCHMARK=1 scripts the canvas frame by frame (pan at 100%, pan zoomed out
 *    to fit, drag one note), measures each frame and prints one line "SEAMS_BENCH {json}"
 *    with the frame intervals (SEAMS_CANVAS_SCENARIOS=pan,fit,drag picks which), the per-frame work
 * (beforeSynchronizing to frameSwapped), the time to the first frame and the peak RSS, then quits.
 * tests/bench runs it.
 *  - SEAMS_CANVAS_VIEW="zoom,x,y[,select]" shows the board at that zoom centred on board
 *    point (x, y) once the first frame is out, optionally selecting the note there; with
 *    SEAMS_THEME=dark|light it is how screenshots of each zoom level are taken.
 *  - SEAMS_CANVAS_SCREENSHOT=FILE.png then saves the window as rendered to FILE.png, with
 *    FILE.png.json beside it ({canvasX, canvasY, zoom, originX, originY}: where the board
 *    is in the image), and quits. The screenshot test uses it.
 *
 *  Frame timestamps are taken on the render thread; the script advances on the GUI thread
 *  once per swapped frame, so every measured frame carries one step of work. */
class CanvasBenchmark : public QObject
{
    Q_OBJECT

public:
    /** Installs the driver when the environment asks for it; `startup` started at main(). */
    static void installIfRequested(QQmlApplicationEngine *engine, const QElapsedTimer &startup);

private:
    struct Scenario
    {
        QString name;
        int frames;
    };
    struct Frame
    {
        qint64 syncStart = 0;
        qint64 swapped = 0;
    };

    CanvasBenchmark(QQuickWindow *window, CanvasController *controller,
                    const QElapsedTimer &startup, bool benchmark);

    void onFirstFrame();
    void applyView();
    void saveScreenshot();
    void step();
    void beginScenario();
    void finishScenario();
    void report();
    qint64 now() const { return m_clock.nsecsElapsed(); }

    QPointer<QQuickWindow> m_window;
    QPointer<CanvasController> m_controller;
    QElapsedTimer m_clock;
    qint64 m_firstFrameMs = -1;
    bool m_benchmark;
    int m_screenshotCountdown = -1;

    QList<Scenario> m_scenarios;
    int m_scenario = -1;
    int m_frame = 0;
    QString m_draggedNote;
    QPointF m_dragPoint;
    qint64 m_dropMs = 0;

    QMutex m_mutex;
    qint64 m_pendingSync = 0;
    QList<Frame> m_frames;
    QStringList m_results;
};

} // namespace Seams
