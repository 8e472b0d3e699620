// bench_storage: the .seams file with the standard large board (10,000 notes).
//
// Measures, each as the median (and min/max) of several runs: writing a new file of 10,000
// notes, opening it (defensive open with quick_check, then load), quick_check alone, and
// one finished edit committed by the Document (a text change, a one-note move) over the
// open 10,000-note board. Targets from issue 2: open <= 300 ms, one edit <= 5 ms.
//
//   bench_storage [--notes N] [--runs R] [--edits E] [--dir FOLDER]

#include "benchstats.h"

#include "commands/document.h"
#include "model/boardgenerator.h"
#include "storage/boardjson.h"
#include "storage/projectfile.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <functional>

using namespace Seams;

namespace {

struct Stats
{
    double median = 0;
    double minimum = 0;
    double maximum = 0;
    int runs = 0;
};

Stats statsOf(QList<double> milliseconds)
{
    std::sort(milliseconds.begin(), milliseconds.end());
    Stats stats;
    stats.runs = int(milliseconds.size());
    if (milliseconds.isEmpty())
        return stats;
    stats.median = SeamsBench::median(milliseconds);
    stats.minimum = milliseconds.first();
    stats.maximum = milliseconds.last();
    return stats;
}

/** Runs `body` `runs` times and returns the times in milliseconds. */
QList<double> timeRuns(int runs, const std::function<void()> &body)
{
    QList<double> times;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        body();
        times.append(timer.nsecsElapsed() / 1e6);
    }
    return times;
}

void report(const char *what, const Stats &stats, double target = 0)
{
    std::printf("  %-44s median %9.3f ms   min %9.3f   max %9.3f   (%d runs)", what, stats.median,
                stats.minimum, stats.maximum, stats.runs);
    if (target > 0)
        std::printf("   target <= %g ms: %s", target, stats.median <= target ? "met" : "MISSED");
    std::printf("\n");
    std::fflush(stdout);
}

[[noreturn]] void fail(const QString &message)
{
    std::fprintf(stderr, "bench_storage: %s\n", qPrintable(message));
    std::exit(1);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Benchmarks the .seams project file."));
    parser.addHelpOption();
    const QCommandLineOption notesOption(QStringLiteral("notes"), QStringLiteral("Board size."),
                                         QStringLiteral("N"), QStringLiteral("10000"));
    const QCommandLineOption runsOption(QStringLiteral("runs"),
                                        QStringLiteral("Runs of each whole-file measurement."),
                                        QStringLiteral("R"), QStringLiteral("9"));
    const QCommandLineOption editsOption(QStringLiteral("edits"),
                                         QStringLiteral("Edits timed one by one."),
                                         QStringLiteral("E"), QStringLiteral("100"));
    const QCommandLineOption dirOption(QStringLiteral("dir"),
                                       QStringLiteral("Folder for the files (default: temp)."),
                                       QStringLiteral("FOLDER"));
    parser.addOptions({notesOption, runsOption, editsOption, dirOption});
    parser.process(app);
    const int noteCount = std::max(1, parser.value(notesOption).toInt());
    const int runs = std::max(1, parser.value(runsOption).toInt());
    const int edits = std::max(1, parser.value(editsOption).toInt());

    QTemporaryDir folder(
        parser.isSet(dirOption)
            ? QDir(parser.value(dirOption)).filePath(QStringLiteral("bench-XXXXXX"))
            : QDir::tempPath() + QStringLiteral("/bench_storage-XXXXXX"));
    if (!folder.isValid())
        fail(QStringLiteral("cannot create a temporary folder"));
    const QString path = folder.filePath(QStringLiteral("large.seams"));

    Board board;
    BoardGenerator::generate(&board, noteCount);
    std::printf("bench_storage: %d notes, %lld contexts, %lld links; files in %s\n", noteCount,
                qlonglong(board.contexts().size()), qlonglong(board.links().size()),
                qPrintable(folder.path()));

    StorageError error;
    const Stats create = statsOf(timeRuns(runs, [&] {
        if (!ProjectFile::create(path, board, true, &error))
            fail(error.message);
    }));
    std::printf("  file size: %lld bytes\n", qlonglong(QFileInfo(path).size()));
    report("write a new file (create)", create);

    Stats openOnly;
    Stats loadOnly;
    {
        QList<double> openTimes;
        QList<double> loadTimes;
        for (int i = 0; i < runs; ++i) {
            QElapsedTimer timer;
            timer.start();
            const auto file = ProjectFile::open(path, ProjectFile::Access::ReadWrite, &error);
            if (!file)
                fail(error.message);
            openTimes.append(timer.nsecsElapsed() / 1e6);
            timer.restart();
            Board loaded;
            if (!file->load(&loaded, &error))
                fail(error.message);
            loadTimes.append(timer.nsecsElapsed() / 1e6);
        }
        QList<double> totals;
        for (int i = 0; i < runs; ++i)
            totals.append(openTimes.at(i) + loadTimes.at(i));
        openOnly = statsOf(openTimes);
        loadOnly = statsOf(loadTimes);
        report("open + load (the whole open)", statsOf(totals), 300);
    }
    report("  of which open (header, pragmas, quick_check)", openOnly);
    report("  of which load (read every row)", loadOnly);

    {
        const auto file = ProjectFile::open(path, ProjectFile::Access::ReadOnly, &error);
        if (!file)
            fail(error.message);
        report("quick_check", statsOf(timeRuns(runs, [&] {
                   if (!file->quickCheck().isEmpty())
                       fail(QStringLiteral("quick_check failed"));
               })));
    }

    {
        auto file = ProjectFile::open(path, ProjectFile::Access::ReadWrite, &error);
        auto loaded = std::make_unique<Board>();
        if (!file || !file->load(loaded.get(), &error))
            fail(error.message);
        const QList<const Note *> notes = loaded->sortedNotes();
        QList<QUuid> ids;
        for (const Note *note : notes)
            ids.append(note->id);
        Document document(std::move(loaded));
        document.setProjectFile(std::move(file));
        int counter = 0;
        report("one edit committed: note text",
               statsOf(timeRuns(edits,
                                [&] {
                                    const QUuid &id = ids.at((counter * 7919) % ids.size());
                                    document.setNoteText(
                                        id, QStringLiteral("edited %1").arg(++counter));
                                })),
               5);
        report("one edit committed: move a note",
               statsOf(timeRuns(edits,
                                [&] {
                                    const QUuid &id = ids.at((counter * 104729) % ids.size());
                                    ++counter;
                                    document.moveNotes({id}, QPointF(3, 2));
                                })),
               5);
        report("one edit committed: undo",
               statsOf(timeRuns(edits, [&] { document.undoStack()->undo(); })), 5);
        if (!document.commitError().isEmpty())
            fail(document.commitError());
    }

    const QByteArray json = BoardJson::write(board);
    report("JSON export (for comparison)", statsOf(timeRuns(runs, [&] {
               if (BoardJson::write(board).size() != json.size())
                   fail(QStringLiteral("JSON export is not deterministic"));
           })));
    report("JSON import (for comparison)", statsOf(timeRuns(runs, [&] {
               Board imported;
               QString message;
               if (!BoardJson::read(json, &imported, &message))
                   fail(message);
           })));
    return 0;
}
