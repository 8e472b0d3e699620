// Speed of the dependency analysis, as medians over several runs:
//  1. a 5,000-module / 50,000-dependency DOT file to a suggestion, in process (import and
//     suggestion timed apart) and through `seams analyze FILE --json` (wall clock);
//  2. scanning a generated 10,000-file source tree;
//  3. a 1,000,000-dependency DOT file to a suggestion (time and peak memory).
// Run with `./build.sh bench` or `ninja -C build run_bench_analysis_speed`; pass --quick to
// skip the million-dependency case.

#include "referencemethods.h"

#include "analysis/dotimport.h"
#include "analysis/graphgenerator.h"
#include "analysis/modulegraph.h"
#include "analysis/sourcescanner.h"
#include "analysis/suggestion.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>

#include <sys/resource.h>

#include <cstdio>

using namespace Seams;
using namespace Seams::Bench;

namespace {

void print(const QString &text)
{
    std::fputs(qPrintable(text), stdout);
    std::fflush(stdout);
}

bool writePlanted(const QString &path, int modules, int dependencies, int groups,
                  double noise = 0.3)
{
    GraphGenerator::PlantedOptions options;
    options.modules = modules;
    options.dependencies = dependencies;
    options.groups = groups;
    options.noise = noise;
    ModuleGraph graph;
    QList<int> truth;
    GraphGenerator::planted(options, &graph, &truth);
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && GraphGenerator::writeDot(graph, &file, false);
}

/** A Python tree of `files` modules in packages of 50, each importing five others, half of
 *  them in its own package, with docstrings and comments to skip. */
bool writeSourceTree(const QString &root, int files)
{
    const int packages = std::max(1, files / 50);
    for (int i = 0; i < files; ++i) {
        const int package = i % packages;
        const QString folder = QStringLiteral("%1/app/pkg%2").arg(root).arg(package);
        QDir().mkpath(folder);
        if (i < packages) {
            QFile init(folder + QStringLiteral("/__init__.py"));
            if (!init.open(QIODevice::WriteOnly))
                return false;
        }
        QByteArray text = "\"\"\"Module " + QByteArray::number(i)
            + ".\n\nimport nothing  # inside a docstring\n\"\"\"\nimport os\nimport json\n";
        for (int k = 1; k <= 5; ++k) {
            const int target = k <= 3 ? (i + k * packages) % files : (i * 7919 + k) % files;
            text += "from app.pkg" + QByteArray::number(target % packages) + " import m"
                + QByteArray::number(target) + "\n";
        }
        for (int line = 0; line < 40; ++line)
            text += "def function_" + QByteArray::number(line)
                + "(value):\n    # a comment\n    return value * " + QByteArray::number(line)
                + "\n\n";
        QFile file(QStringLiteral("%1/m%2.py").arg(folder).arg(i));
        if (!file.open(QIODevice::WriteOnly) || file.write(text) != text.size())
            return false;
    }
    return true;
}

long peakKilobytes(int who)
{
    rusage usage {};
    getrusage(who, &usage);
    return usage.ru_maxrss;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const bool quick = app.arguments().contains(QStringLiteral("--quick"));
    QTemporaryDir work;
    const int runs = 7;

    // 1. 5,000 modules, 50,000 dependencies.
    const QString dot = work.filePath(QStringLiteral("planted-5000.dot"));
    if (!writePlanted(dot, 5000, 50000, 50)) {
        print(QStringLiteral("cannot write %1\n").arg(dot));
        return 1;
    }
    QList<double> import;
    QList<double> suggest;
    QList<double> total;
    int candidates = 0;
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer timer;
        timer.start();
        ModuleGraph graph;
        QString error;
        if (!DotImport::readFile(dot, &graph, nullptr, &error)) {
            print(error + QLatin1Char('\n'));
            return 1;
        }
        const double imported = timer.nsecsElapsed() / 1e9;
        Suggestion suggestion;
        if (!Suggester::suggest(graph, SuggestOptions(), &suggestion, nullptr, &error)) {
            print(error + QLatin1Char('\n'));
            return 1;
        }
        const double all = timer.nsecsElapsed() / 1e9;
        import.append(imported);
        suggest.append(all - imported);
        total.append(all);
        candidates = int(suggestion.candidates.size());
    }
    print(QStringLiteral("5,000 modules / 50,000 dependencies, DOT to suggestion (%1 candidates), "
                         "median of %2: import %3 s + suggest %4 s = %5 s\n")
              .arg(candidates)
              .arg(runs)
              .arg(median(import), 0, 'f', 3)
              .arg(median(suggest), 0, 'f', 3)
              .arg(median(total), 0, 'f', 3));
    // Through the real binary, and on a graph without any structure (every dependency
    // random), where the clustering runs disagree most and take longest.
    const QString random = work.filePath(QStringLiteral("random-5000.dot"));
    if (!writePlanted(random, 5000, 50000, 50, 1.0)) {
        print(QStringLiteral("cannot write %1\n").arg(random));
        return 1;
    }
    for (const QString &input : {dot, random}) {
        QList<double> wall;
        for (int run = 0; run < 5; ++run) {
            QElapsedTimer timer;
            timer.start();
            QProcess seams;
            seams.start(QStringLiteral(SEAMS_BINARY),
                        {QStringLiteral("analyze"), input, QStringLiteral("--json"),
                         QStringLiteral("-o"), work.filePath(QStringLiteral("out.json"))});
            if (!seams.waitForFinished(120000) || seams.exitCode() != 0) {
                print(QStringLiteral("seams analyze failed: %1\n")
                          .arg(QString::fromUtf8(seams.readAllStandardError())));
                return 1;
            }
            wall.append(timer.nsecsElapsed() / 1e9);
        }
        print(QStringLiteral("  seams analyze %1 --json (process wall clock), median of 5: %2 s\n")
                  .arg(QFileInfo(input).fileName())
                  .arg(median(wall), 0, 'f', 3));
    }

    // 2. A 10,000-file source tree.
    const QString tree = work.filePath(QStringLiteral("tree"));
    if (!writeSourceTree(tree, 10000)) {
        print(QStringLiteral("cannot write the source tree\n"));
        return 1;
    }
    QList<double> scans;
    int modules = 0;
    qsizetype dependencies = 0;
    for (int run = 0; run < 5; ++run) {
        QElapsedTimer timer;
        timer.start();
        ModuleGraph graph;
        QString error;
        if (!SourceScanner::scan(tree, ScanOptions(), &graph, nullptr, &error)) {
            print(error + QLatin1Char('\n'));
            return 1;
        }
        scans.append(timer.nsecsElapsed() / 1e9);
        modules = graph.moduleCount();
        dependencies = graph.dependencies().size();
    }
    print(QStringLiteral("10,000-file Python tree (%1 modules, %2 dependencies), scan median of "
                         "5: %3 s\n")
              .arg(modules)
              .arg(dependencies)
              .arg(median(scans), 0, 'f', 3));

    // 3. A million dependencies, once, in a child process so its peak memory is its own.
    if (!quick) {
        const QString big = work.filePath(QStringLiteral("planted-1m.dot"));
        if (!writePlanted(big, 100000, 1000000, 1000)) {
            print(QStringLiteral("cannot write %1\n").arg(big));
            return 1;
        }
        QElapsedTimer timer;
        timer.start();
        QProcess seams;
        seams.start(QStringLiteral(SEAMS_BINARY),
                    {QStringLiteral("analyze"), big, QStringLiteral("--json"), QStringLiteral("-o"),
                     work.filePath(QStringLiteral("big.json"))});
        if (!seams.waitForFinished(1800000) || seams.exitCode() != 0) {
            print(QStringLiteral("seams analyze (1M) failed: %1\n")
                      .arg(QString::fromUtf8(seams.readAllStandardError())));
            return 1;
        }
        print(QStringLiteral("100,000 modules / 1,000,000 dependencies through seams analyze: "
                             "%1 s, peak memory %2 MB (%3 MB file)\n")
                  .arg(timer.nsecsElapsed() / 1e9, 0, 'f', 1)
                  .arg(peakKilobytes(RUSAGE_CHILDREN) / 1024)
                  .arg(QFileInfo(big).size() >> 20));
    }
    return 0;
}
