// bench_sqlexport: the database checks, the SQL export and the context map on the standard
// large board (10,000 notes, about 33 contexts), every context being extracted.
//
// Prints the median (min..max) of several runs of: `seams check --area database`, the SQL
// export of all contexts in each dialect (into memory), the context map's DOT, and its
// layout + SVG and PNG rendering (what the app's view does after each pause in the edits).
//
//   bench_sqlexport [--notes N] [--runs R]

#include "benchstats.h"

#include "analysis/contextmap.h"
#include "analysis/findings.h"
#include "export/sqlexporter.h"
#include "model/board.h"
#include "model/boardgenerator.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>

#include <algorithm>
#include <cstdio>
#include <functional>

using namespace Seams;

namespace {

void measure(const char *what, int runs, const std::function<qsizetype()> &body)
{
    QList<double> times;
    qsizetype size = 0;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        size = body();
        times.append(double(timer.nsecsElapsed()) / 1e6);
    }
    std::sort(times.begin(), times.end());
    const double median = SeamsBench::median(times);
    std::printf("%-34s median %8.1f ms  (min %.1f, max %.1f, %d runs; output %lld)\n", what, median,
                times.first(), times.last(), runs, static_cast<long long>(size));
    std::fflush(stdout);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption notes(QStringLiteral("notes"), QStringLiteral("Notes on the board."),
                                   QStringLiteral("N"), QStringLiteral("10000"));
    const QCommandLineOption runs(QStringLiteral("runs"), QStringLiteral("Runs per measurement."),
                                  QStringLiteral("R"), QStringLiteral("7"));
    parser.addOptions({notes, runs});
    parser.process(app);
    const int runCount = std::max(1, parser.value(runs).toInt());

    Board board;
    BoardGenerator::generate(&board, parser.value(notes).toInt());
    // Every context gets a database, and neighbours relate, so the map has edges to route.
    const QList<const BoundedContext *> contexts = board.sortedContexts();
    for (qsizetype i = 0; i < contexts.size(); ++i) {
        Handoff handoff = contexts.at(i)->handoff;
        handoff.status = MigrationStatus::Extracting;
        handoff.wave = int(i % 4) + 1;
        board.setContextHandoff(contexts.at(i)->id, handoff);
        if (i > 0) {
            Relationship relationship;
            relationship.id = QUuid::createUuidV5(contexts.at(i)->id, QStringLiteral("rel"));
            relationship.upstreamId = contexts.at(i - 1)->id;
            relationship.downstreamId = contexts.at(i)->id;
            relationship.pattern = RelationshipPattern(i % 7);
            relationship.sync = DataSync(i % 4);
            board.insertRelationship(relationship);
        }
    }
    std::printf("board: %d notes, %lld contexts, %lld relationships\n", board.noteCount(),
                static_cast<long long>(board.contexts().size()),
                static_cast<long long>(board.relationships().size()));

    measure("check --area database", runCount,
            [&] { return Checks::run(board, {QStringLiteral("database")}).size(); });
    for (const char *dialect : {"postgres", "mariadb", "sqlite"}) {
        const QByteArray label = QByteArray("export sql --dialect ") + dialect;
        measure(label.constData(), runCount, [&] {
            SqlExporter exporter;
            ExportOptions options;
            options.dialect = QString::fromLatin1(dialect);
            exporter.setOptions(options);
            MemoryOutput output;
            if (!exporter.write(board, output))
                qFatal("%s", qPrintable(exporter.errorString()));
            qsizetype bytes = 0;
            for (const QByteArray &file : output.files())
                bytes += file.size();
            return bytes;
        });
    }
    measure("context map: DOT", runCount, [&] { return ContextMap::dot(board).size(); });
    QString error;
    measure("context map: layout + SVG", runCount,
            [&] { return ContextMap::render(board, "svg", &error).size(); });
    measure("context map: layout + PNG", runCount,
            [&] { return ContextMap::render(board, "png", &error).size(); });
    return 0;
}
