// How fluid the Analysis view's module graph is at 5,000 modules and 50,000 dependencies:
// the time to lay the graph out (worker thread, once per analysis), to draw the sharp image
// (once a pan or zoom pauses) and to paint a frame mid-gesture (every frame while dragging),
// as medians. Offscreen platform; run with `ninja -C build run_bench_analysis_view`.

#include "analysiscontroller.h"
#include "modulegraphview.h"
#include "referencemethods.h"

#include "analysis/graphgenerator.h"
#include "analysis/graphlayout.h"

#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <cstdio>

using namespace Seams;
using namespace Seams::Bench;

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QTemporaryDir work;
    GraphGenerator::PlantedOptions options;
    options.noise = 0.3;
    ModuleGraph graph;
    QList<int> truth;
    GraphGenerator::planted(options, &graph, &truth);
    const QString path = work.filePath(QStringLiteral("planted.dot"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || !GraphGenerator::writeDot(graph, &file, false))
        return 1;
    file.close();

    AnalysisController controller;
    QSignalSpy finished(&controller, &AnalysisController::finished);
    controller.analyzePath(path);
    if (!finished.wait(120000) || !finished.first().first().toBool())
        return 1;
    const auto snapshot = controller.snapshot();

    QList<double> layouts;
    for (int run = 0; run < 5; ++run) {
        QElapsedTimer timer;
        timer.start();
        GraphLayout layout;
        QString error;
        GraphLayouter::layout(*snapshot->graph, snapshot->suggestion, &layout, nullptr, &error);
        layouts.append(timer.nsecsElapsed() / 1e6);
    }

    ModuleGraphView view;
    view.setSize(QSizeF(1200, 800));
    view.setController(&controller);
    QSignalSpy rendered(&view, &ModuleGraphView::rendered);
    QImage target(1200, 800, QImage::Format_ARGB32_Premultiplied);
    QList<double> sharp;
    QList<double> frames;
    for (int run = 0; run < 9; ++run) {
        rendered.clear();
        QElapsedTimer timer;
        timer.start();
        view.fit(); // draws the sharp image on the thread pool
        if (!rendered.wait(10000))
            return 1;
        sharp.append(timer.nsecsElapsed() / 1e6);
        view.panBy(QPointF(15, 5)); // mid-gesture: the cached image moves
        view.zoomAt(QPointF(600, 400), 1.1);
        timer.restart();
        QPainter painter(&target);
        view.paint(&painter);
        frames.append(timer.nsecsElapsed() / 1e6);
    }
    if (qEnvironmentVariableIsSet("SEAMS_SCREENSHOT")) {
        view.fit();
        rendered.wait(10000);
        QPainter painter(&target);
        view.paint(&painter);
        target.save(qEnvironmentVariable("SEAMS_SCREENSHOT"));
    }
    std::printf("Analysis view, %d modules / %lld dependencies, %lld candidates:\n"
                "  layout (worker thread) median of 5: %.0f ms\n"
                "  sharp redraw after a gesture (thread pool), median of 9: %.1f ms\n"
                "  frame during pan/zoom, median of 9: %.2f ms\n",
                snapshot->graph->moduleCount(), qint64(snapshot->graph->dependencies().size()),
                qint64(snapshot->suggestion.candidates.size()), median(layouts), median(sharp),
                median(frames));
    return 0;
}
