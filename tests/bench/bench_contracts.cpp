// Medians of the contract exports and checks on the standard large board (10,000 notes):
//   ./build.sh bench, or build/tests/bench_contracts [NOTES] [RUNS]

#include "analysis/findings.h"
#include "export/asyncapiexporter.h"
#include "export/exporter.h"
#include "export/openapiexporter.h"
#include "model/board.h"
#include "model/boardgenerator.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <algorithm>
#include <cstdio>
#include <functional>

using namespace Seams;

namespace {

void measure(const char *what, int runs, const std::function<qint64()> &work)
{
    QList<double> times;
    qint64 bytes = 0;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        bytes = work();
        times.append(timer.nsecsElapsed() / 1e6);
    }
    std::sort(times.begin(), times.end());
    std::printf("%-28s median %8.1f ms  min %8.1f ms  max %8.1f ms  (%d runs, %lld)\n", what,
                times.at(times.size() / 2), times.first(), times.last(), runs,
                static_cast<long long>(bytes));
}

qint64 exportAll(Exporter &exporter, const Board &board)
{
    MemoryOutput output;
    if (!exporter.write(board, output))
        qFatal("%s", qPrintable(exporter.errorString()));
    qint64 bytes = 0;
    for (const QByteArray &file : output.files())
        bytes += file.size();
    return bytes;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int notes = argc > 1 ? QByteArray(argv[1]).toInt() : 10000;
    const int runs = argc > 2 ? QByteArray(argv[2]).toInt() : 7;
    Board board;
    BoardGenerator::generate(&board, notes, 1);
    std::printf("board: %d notes, %lld contexts\n", board.noteCount(),
                static_cast<long long>(board.contexts().size()));

    OpenApiExporter openApi;
    AsyncApiExporter asyncApi;
    measure("export openapi (bytes)", runs, [&] { return exportAll(openApi, board); });
    measure("export asyncapi (bytes)", runs, [&] { return exportAll(asyncApi, board); });
    measure("check contract (findings)", runs,
            [&] { return qint64(Checks::run(board, {QStringLiteral("contract")}).size()); });
    return 0;
}
