// A million dependencies: read and partitioned within bounded memory, with progress, and
// cancellable in both phases. Correctness only; the time is measured by bench_analysis_speed.

#include "analysis/dotimport.h"
#include "analysis/graphgenerator.h"
#include "analysis/modulegraph.h"
#include "analysis/progress.h"
#include "analysis/suggestion.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sys/resource.h>

using namespace Seams;

namespace {

long peakMegabytes()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss / 1024;
}

} // namespace

class tst_LargeGraph : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void readAndSuggest();
    void cancelWhileReading();
    void cancelWhileClustering();

private:
    QTemporaryDir m_folder;
    QString m_path;
};

void tst_LargeGraph::initTestCase()
{
    GraphGenerator::PlantedOptions options;
    options.modules = 100000;
    options.dependencies = 1000000;
    options.groups = 1000;
    options.noise = 0.3;
    ModuleGraph graph;
    QList<int> truth;
    GraphGenerator::planted(options, &graph, &truth);
    QCOMPARE(graph.totalWeight(), 1000000);
    m_path = m_folder.filePath("million.dot");
    QFile file(m_path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QVERIFY(GraphGenerator::writeDot(graph, &file, false));
}

void tst_LargeGraph::readAndSuggest()
{
    const long before = peakMegabytes();
    QList<QPair<QString, int>> reports;
    Progress progress([&reports](const QString &step, int percent) {
        reports.append({step, percent});
    });
    ModuleGraph graph;
    QString error;
    QVERIFY2(DotImport::readFile(m_path, &graph, &progress, &error), qPrintable(error));
    QCOMPARE(graph.moduleCount(), 100000);
    QCOMPARE(graph.totalWeight(), 1000000);
    // Reading reports whole percents, in order, up to 100.
    QVERIFY(reports.size() > 20);
    QCOMPARE(reports.last().second, 100);
    for (qsizetype i = 1; i < reports.size(); ++i)
        QVERIFY(reports.at(i).second >= reports.at(i - 1).second);

    reports.clear();
    Suggestion suggestion;
    QVERIFY2(Suggester::suggest(graph, SuggestOptions(), &suggestion, &progress, &error),
             qPrintable(error));
    QVERIFY(!reports.isEmpty());
    QCOMPARE(reports.last().second, 100);
    QCOMPARE(suggestion.membership.size(), 100000);
    QVERIFY(suggestion.candidates.size() > 100);
    qint64 largest = 0;
    for (const Candidate &candidate : suggestion.candidates)
        largest = std::max<qint64>(largest, candidate.modules.size());
    QVERIFY(largest * 2 < 100000);
    // Bounded memory: cgraph's parse is the peak (a few hundred MB for the 33 MB file).
    const long used = peakMegabytes() - before;
    QVERIFY2(used < 1500, qPrintable(QStringLiteral("%1 MB").arg(used)));
}

void tst_LargeGraph::cancelWhileReading()
{
    Progress *self = nullptr;
    Progress progress([&self](const QString &, int percent) {
        if (percent >= 20)
            self->cancel();
    });
    self = &progress;
    ModuleGraph graph;
    QString error;
    QVERIFY(!DotImport::readFile(m_path, &graph, &progress, &error));
    QCOMPARE(error, QStringLiteral("canceled"));
    QCOMPARE(graph.moduleCount(), 0);
}

void tst_LargeGraph::cancelWhileClustering()
{
    ModuleGraph graph;
    QString error;
    QVERIFY(DotImport::readFile(m_path, &graph, nullptr, &error));
    Progress *self = nullptr;
    int reports = 0;
    Progress progress([&self, &reports](const QString &, int) {
        if (++reports == 2) // after the first clustering run
            self->cancel();
    });
    self = &progress;
    Suggestion suggestion;
    QVERIFY(!Suggester::suggest(graph, SuggestOptions(), &suggestion, &progress, &error));
    QCOMPARE(error, QStringLiteral("canceled"));
}

QTEST_GUILESS_MAIN(tst_LargeGraph)
#include "tst_largegraph.moc"
