// The canvas benchmark: a generated board of 10,000 notes (by default) in the real app,
// under a private Xvfb, with the software backend and with llvmpipe. Each run launches
// `seams` with SEAMS_CANVAS_BENCHMARK=1, which scripts a pan at 100%, a pan zoomed out to
// fit and a drag of one note, and prints its frame measurements (see
// app/canvas/canvasbenchmark.h). This prints the medians over the runs.
//
//   bench_canvas [--runs N] [--notes N] [--size WxH] [--window WxH]
//
// --size is the X screen, --window the app window (default: the whole screen).

#include "benchstats.h"
#include "virtualdisplay.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QThread>

#include <algorithm>
#include <cstdio>
#include <map>

namespace {

using SeamsBench::median;

struct Run
{
    double launchToFirstFrameMs = 0;
    QJsonObject report;
};

bool runOnce(const QString &board, const QString &display, const QString &backend,
             const QString &window, const QString &home, Run *run, QString *error)
{
    QProcess app;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("DISPLAY"), display);
    environment.insert(QStringLiteral("SEAMS_CANVAS_BENCHMARK"), QStringLiteral("1"));
    environment.insert(QStringLiteral("SEAMS_CANVAS_WINDOW"), window);
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/config"));
    environment.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/data"));
    environment.remove(QStringLiteral("QT_QPA_PLATFORM"));
    environment.remove(QStringLiteral("QT_QUICK_BACKEND"));
    environment.remove(QStringLiteral("LIBGL_ALWAYS_SOFTWARE"));
    if (backend == QLatin1String("software"))
        environment.insert(QStringLiteral("QT_QUICK_BACKEND"), QStringLiteral("software"));
    else
        environment.insert(QStringLiteral("LIBGL_ALWAYS_SOFTWARE"), QStringLiteral("1"));
    app.setProcessEnvironment(environment);
    app.setProcessChannelMode(QProcess::SeparateChannels);
    QElapsedTimer clock;
    clock.start();
    app.start(QStringLiteral(SEAMS_BINARY), {board});
    if (!app.waitForStarted(10000)) {
        *error = QStringLiteral("seams did not start: %1").arg(app.errorString());
        return false;
    }
    QByteArray pending;
    while (clock.elapsed() < 180000) {
        if (!app.waitForReadyRead(1000) && app.state() == QProcess::NotRunning)
            break;
        pending += app.readAllStandardOutput();
        qsizetype newline;
        while ((newline = pending.indexOf('\n')) >= 0) {
            const QByteArray line = pending.left(newline);
            pending.remove(0, newline + 1);
            if (line.startsWith("SEAMS_FIRST_FRAME"))
                run->launchToFirstFrameMs = double(clock.nsecsElapsed()) / 1e6;
            if (line.startsWith("SEAMS_BENCH ")) {
                run->report = QJsonDocument::fromJson(line.mid(12)).object();
                app.waitForFinished(10000);
                return true;
            }
        }
    }
    app.kill();
    app.waitForFinished(5000);
    *error = QStringLiteral("no benchmark report from seams (%1): %2")
                 .arg(backend, QString::fromLocal8Bit(app.readAllStandardError().right(2000)));
    return false;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("runs"), QStringLiteral("Runs per backend."),
                      QStringLiteral("n"), QStringLiteral("5")});
    parser.addOption({QStringLiteral("notes"), QStringLiteral("Notes on the generated board."),
                      QStringLiteral("n"), QStringLiteral("10000")});
    parser.addOption({QStringLiteral("size"), QStringLiteral("Screen size of the X server."),
                      QStringLiteral("WxH"), QStringLiteral("1600x1000")});
    parser.addOption({QStringLiteral("window"), QStringLiteral("Size of the app window."),
                      QStringLiteral("WxH")});
    parser.process(app);
    const QString window = parser.isSet(QStringLiteral("window"))
        ? parser.value(QStringLiteral("window"))
        : parser.value(QStringLiteral("size"));
    const int runs = std::max(1, parser.value(QStringLiteral("runs")).toInt());

    QTemporaryDir home;
    const QString board = home.filePath(QStringLiteral("generated.seams"));
    QProcess generate;
    generate.start(QStringLiteral(SEAMS_BINARY),
                   {QStringLiteral("new"), QStringLiteral("--generate"),
                    parser.value(QStringLiteral("notes")), board});
    if (!generate.waitForFinished(120000) || generate.exitCode() != 0) {
        std::fprintf(stderr, "bench_canvas: could not generate the board: %s\n",
                     generate.readAllStandardError().constData());
        return 1;
    }

    Seams::TestSupport::VirtualDisplay display;
    QString error;
    if (!display.start(parser.value(QStringLiteral("size")), &error)) {
        std::fprintf(stderr, "bench_canvas: %s\n", qPrintable(error));
        return 1;
    }

    std::printf("Canvas benchmark: %s notes, window %s, %d run(s) per backend, medians (ms)\n",
                qPrintable(parser.value(QStringLiteral("notes"))), qPrintable(window), runs);
    int failures = 0;
    for (const QString &backend : {QStringLiteral("software"), QStringLiteral("llvmpipe")}) {
        QList<double> launch, firstFrame, rss;
        std::map<QString, std::map<QString, QList<double>>> scenarios;
        for (int i = 0; i < runs; ++i) {
            // Every run starts from the same board: the drag scenario's drop is saved.
            const QString copy = home.filePath(QStringLiteral("run.seams"));
            QFile::remove(copy);
            if (!QFile::copy(board, copy)) {
                std::fprintf(stderr, "bench_canvas: could not copy the board\n");
                return 1;
            }
            Run run;
            if (!runOnce(copy, display.display(), backend, window, home.path(), &run, &error)) {
                std::fprintf(stderr, "bench_canvas: %s\n", qPrintable(error));
                ++failures;
                continue;
            }
            launch.append(run.launchToFirstFrameMs);
            firstFrame.append(run.report.value(QStringLiteral("firstFrameMs")).toDouble());
            rss.append(run.report.value(QStringLiteral("peakRssKb")).toDouble() / 1024);
            for (const QJsonValue &value :
                 run.report.value(QStringLiteral("scenarios")).toArray()) {
                const QJsonObject scenario = value.toObject();
                auto &figures = scenarios[scenario.value(QStringLiteral("scenario")).toString()];
                for (auto it = scenario.constBegin(); it != scenario.constEnd(); ++it) {
                    if (it.value().isDouble())
                        figures[it.key()].append(it.value().toDouble());
                }
            }
        }
        std::printf("\n[%s] launch to first frame %.0f (in-app %.0f), peak RSS %.0f MB\n",
                    qPrintable(backend), median(launch), median(firstFrame), median(rss));
        std::printf("  %-6s %14s %14s %14s %9s\n", "", "interval p50", "interval p95", "work p50",
                    "work p95");
        for (const auto &[name, figures] : scenarios) {
            std::printf("  %-6s %14.2f %14.2f %14.2f %9.2f", qPrintable(name),
                        median(figures.at(QStringLiteral("intervalP50"))),
                        median(figures.at(QStringLiteral("intervalP95"))),
                        median(figures.at(QStringLiteral("workP50"))),
                        median(figures.at(QStringLiteral("workP95"))));
            if (figures.count(QStringLiteral("zoom")))
                std::printf("   zoom %.0f%%", median(figures.at(QStringLiteral("zoom"))) * 100);
            std::printf("\n");
        }
    }
    std::printf("\nTargets: work p95 <= 8 ms, first frame <= 500 ms, peak RSS <= 250 MB.\n");
    return failures == 0 ? 0 : 1;
}
