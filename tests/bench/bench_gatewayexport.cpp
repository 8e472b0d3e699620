// Gateway exports on the standard large board (10,000 notes, every context routed): the
// check area "gateway" plus each exporter, median of several runs. Prints one line per format.

#include "analysis/findings.h"
#include "export/exporter.h"
#include "model/board.h"
#include "model/boardgenerator.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <algorithm>
#include <cstdio>

using namespace Seams;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    Board board;
    BoardGenerator::generate(&board, 10000, 1);
    // Route every context, so the exporters have the most to render.
    int wave = 1;
    for (const BoundedContext *context : board.sortedContexts()) {
        Handoff handoff = context->handoff;
        handoff.status = MigrationStatus::Extracted;
        handoff.wave = wave++;
        board.setContextHandoff(context->id, handoff);
    }
    constexpr int runs = 15;
    std::printf("board: %d notes, %d contexts; median of %d runs\n", board.noteCount(),
                int(board.contexts().size()), runs);
    for (const char *format : {"kong", "nginx", "haproxy", "caddy", "traefik"}) {
        QList<qint64> times;
        qsizetype bytes = 0;
        for (int run = 0; run < runs; ++run) {
            QElapsedTimer clock;
            clock.start();
            const QList<Finding> findings = Checks::run(board, {QStringLiteral("gateway")});
            const std::unique_ptr<Exporter> exporter = Exporters::create(QLatin1String(format));
            MemoryOutput output;
            if (Checks::hasErrors(findings) || !exporter->write(board, output)) {
                std::fprintf(stderr, "%s failed: %s\n", format,
                             qPrintable(exporter->errorString()));
                return 1;
            }
            times.append(clock.nsecsElapsed());
            bytes = output.files().first().size();
        }
        std::sort(times.begin(), times.end());
        std::printf("%-8s check+export %7.3f ms  (%lld bytes)\n", format,
                    double(times.at(runs / 2)) / 1e6, qlonglong(bytes));
    }
    return 0;
}
