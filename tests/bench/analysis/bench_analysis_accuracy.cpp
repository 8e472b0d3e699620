// How well suggested boundaries recover real package structure, next to other tools.
//
// For each graph (real code analysed here, and planted-partition graphs), every method sees
// only the structure: modules are renamed n0, n1, ... first. Seams reads that opaque DOT file
// through its DOT importer and suggests candidates; Graphviz's `cluster`, python-igraph's
// Leiden and Infomap get the same graph. Each partition is scored against the package of
// each module (real code) or the planted group (synthetic) with MoJoFM and the adjusted
// Rand index. Prints a Markdown table; run it with `./build.sh bench` or
// `ninja -C build run_bench_analysis_accuracy`.

#include "benchdatasets.h"
#include "referencemethods.h"

#include "analysis/dotimport.h"
#include "analysis/graphgenerator.h"
#include "analysis/partitionscore.h"
#include "analysis/suggestion.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <cstdio>

using namespace Seams;
using namespace Seams::Bench;

namespace {

struct Score
{
    int groups = 0;
    double mojoFm = 0;
    double adjustedRand = 0;
    bool valid = false;
};

Score score(const QList<int> &partition, const QList<int> &truth)
{
    Score result;
    if (partition.size() != truth.size() || partition.isEmpty())
        return result;
    QSet<int> groups(partition.cbegin(), partition.cend());
    result.groups = int(groups.size());
    result.mojoFm = PartitionScore::mojoFm(partition, truth);
    result.adjustedRand = PartitionScore::adjustedRand(partition, truth);
    result.valid = true;
    return result;
}

/** Seams' suggestion on the opaque DOT file, mapped back to module order. */
QList<int> seamsPartition(const ModuleGraph &graph, const QString &folder, QString *problem,
                          QStringList *notes)
{
    const QString path = QDir(folder).filePath(QStringLiteral("seams-opaque.dot"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || !GraphGenerator::writeDot(graph, &file, true))
        return {};
    file.close();
    ModuleGraph opaque;
    if (!DotImport::readFile(path, &opaque, nullptr, problem))
        return {};
    Suggestion suggestion;
    if (!Suggester::suggest(opaque, SuggestOptions(), &suggestion, nullptr, problem))
        return {};
    *notes = suggestion.notes;
    QList<int> partition(graph.moduleCount(), -1);
    for (int module = 0; module < opaque.moduleCount(); ++module)
        partition[opaque.module(module).mid(1).toInt()] = suggestion.membership.at(module);
    return partition;
}

QString cell(const Score &score)
{
    if (!score.valid)
        return QStringLiteral("n/a");
    return QStringLiteral("%1 / %2 (%3)")
        .arg(score.mojoFm, 0, 'f', 1)
        .arg(score.adjustedRand, 0, 'f', 2)
        .arg(score.groups);
}

void print(const QString &text)
{
    std::fputs(qPrintable(text), stdout);
    std::fflush(stdout);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTemporaryDir work;
    // --keep leaves the graphs (opaque DOT files, edge lists) behind for a closer look.
    if (app.arguments().contains(QStringLiteral("--keep"))) {
        work.setAutoRemove(false);
        std::fprintf(stderr, "keeping %s\n", qPrintable(work.path()));
    }
    QStringList skipped;
    QList<Dataset> datasets = realDatasets(work.path(), &skipped);
    qsizetype realCount = datasets.size();
    if (!app.arguments().contains(QStringLiteral("--real-only")))
        datasets += syntheticDatasets();
    if (app.arguments().contains(QStringLiteral("--synthetic-only"))) {
        datasets.remove(0, realCount);
        realCount = 0;
    }

    print(QStringLiteral("| graph | modules | deps | packages | Seams | Graphviz cluster | igraph "
                         "Leiden | igraph Infomap |\n|---|---:|---:|---:|---|---|---|---|\n"));
    const int methods = 4;
    QList<double> sumMojo[2] = {QList<double>(methods, 0), QList<double>(methods, 0)};
    QList<double> sumRand[2] = {QList<double>(methods, 0), QList<double>(methods, 0)};
    QList<int> counted[2] = {QList<int>(methods, 0), QList<int>(methods, 0)};
    for (qsizetype i = 0; i < datasets.size(); ++i) {
        const Dataset &dataset = datasets.at(i);
        const QString folder = QDir(work.path()).filePath(QStringLiteral("case%1").arg(i));
        QDir().mkpath(folder);
        QString problem;
        QStringList notes;
        const QList<int> ours = seamsPartition(dataset.graph, folder, &problem, &notes);
        for (const QString &note : std::as_const(notes))
            skipped.append(dataset.name + QStringLiteral(": Seams: ") + note);
        const ReferencePartitions others = runReferenceMethods(dataset.graph, folder);
        if (!problem.isEmpty() || !others.problems.isEmpty())
            skipped.append(dataset.name + QStringLiteral(": ") + problem
                           + others.problems.trimmed());
        const Score scores[methods] = {
            score(ours, dataset.truth), score(others.graphvizCluster, dataset.truth),
            score(others.igraphLeiden, dataset.truth), score(others.igraphInfomap, dataset.truth)};
        const QSet<int> packages(dataset.truth.cbegin(), dataset.truth.cend());
        QString row = QStringLiteral("| %1 | %2 | %3 | %4 |")
                          .arg(dataset.name)
                          .arg(dataset.graph.moduleCount())
                          .arg(dataset.graph.dependencies().size())
                          .arg(packages.size());
        const int kind = i < realCount ? 0 : 1;
        for (int m = 0; m < methods; ++m) {
            row += QLatin1Char(' ') + cell(scores[m]) + QStringLiteral(" |");
            if (scores[m].valid) {
                sumMojo[kind][m] += scores[m].mojoFm;
                sumRand[kind][m] += scores[m].adjustedRand;
                ++counted[kind][m];
            }
        }
        print(row + QLatin1Char('\n'));
    }
    const char *labels[2] = {"mean, real code", "mean, planted"};
    for (int kind = 0; kind < 2; ++kind) {
        QString row = QStringLiteral("| **%1** | | | |").arg(QLatin1String(labels[kind]));
        for (int m = 0; m < methods; ++m) {
            row += counted[kind][m] == 0 ? QStringLiteral(" n/a |")
                                         : QStringLiteral(" **%1 / %2** |")
                                               .arg(sumMojo[kind][m] / counted[kind][m], 0, 'f', 1)
                                               .arg(sumRand[kind][m] / counted[kind][m], 0, 'f', 3);
        }
        print(row + QLatin1Char('\n'));
    }
    print(QStringLiteral("\nCells: MoJoFM (%) / adjusted Rand index (number of groups). "
                         "Reference: the package of each module (real code) or the planted "
                         "group.\n"));
    for (const QString &line : std::as_const(skipped))
        print(QStringLiteral("note: %1\n").arg(line));
    return 0;
}
