#include "analysiscontroller.h"
#include "analysismodels.h"
#include "preferences.h"
#include "workspace.h"

#include "analysis/graphgenerator.h"
#include "analysis/modulerules.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Seams;

namespace {

const QString dataDir = QStringLiteral(SEAMS_TEST_DATA_DIR "/analysis");

bool waitUntilDone(AnalysisController *controller)
{
    QSignalSpy finished(controller, &AnalysisController::finished);
    return !controller->isBusy() || finished.wait(60000);
}

} // namespace

class tst_AnalysisController : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void analyzesIntoModels();
    void reportsErrors();
    void cancels();
    void reclusters();
    void appliesAsOneUndoStep();
    void rulesDriveTheComparison();
    void exportsJson();

private:
    std::unique_ptr<QTemporaryDir> m_folder;
    std::unique_ptr<Preferences> m_preferences;
    std::unique_ptr<Workspace> m_workspace;
};

void tst_AnalysisController::initTestCase()
{
    // Preferences and recent files go to a test location, not the user's.
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("SeamsTest"));
}

void tst_AnalysisController::init()
{
    m_folder = std::make_unique<QTemporaryDir>();
    m_preferences = std::make_unique<Preferences>();
    m_preferences->setUntitledFolder(m_folder->filePath("untitled"));
    m_workspace = std::make_unique<Workspace>(m_preferences.get());
    QCOMPARE(m_workspace->newBoard(), QString());
}

void tst_AnalysisController::cleanup()
{
    m_workspace.reset();
    m_preferences.reset();
    m_folder.reset();
}

void tst_AnalysisController::analyzesIntoModels()
{
    AnalysisController controller;
    controller.setWorkspace(m_workspace.get());
    QAbstractItemModelTester candidatesTester(controller.candidates());
    QAbstractItemModelTester orderTester(controller.order());
    QAbstractItemModelTester importsTester(controller.crossImports());
    QAbstractItemModelTester findingsTester(controller.findings());
    QAbstractItemModelTester couplingTester(controller.coupling());
    QSignalSpy busy(&controller, &AnalysisController::busyChanged);
    QSignalSpy progress(&controller, &AnalysisController::progressChanged);
    QSignalSpy result(&controller, &AnalysisController::resultChanged);

    controller.analyzePath(dataDir + "/dot/pydeps/input.dot");
    QVERIFY(controller.isBusy());
    QVERIFY(waitUntilDone(&controller));
    QVERIFY2(controller.errorString().isEmpty(), qPrintable(controller.errorString()));
    QCOMPARE(busy.count(), 2);
    QVERIFY(progress.count() > 0);
    QCOMPARE(result.count(), 1);
    QVERIFY(controller.hasResult());
    QVERIFY(controller.summary().contains(QLatin1String("28 modules")));

    const auto snapshot = controller.snapshot();
    QVERIFY(snapshot);
    const int candidates = int(snapshot->suggestion.candidates.size());
    QCOMPARE(controller.candidates()->rowCount(), candidates);
    QCOMPARE(controller.coupling()->rowCount(), candidates);
    QCOMPARE(controller.coupling()->columnCount(), candidates);
    QCOMPARE(controller.order()->rowCount(), int(snapshot->suggestion.order.size()));
    QCOMPARE(snapshot->layout.positions.size(), 28);
    QCOMPARE(snapshot->colors.size(), candidates);
    // Rows carry their roles by name.
    const QModelIndex first = controller.candidates()->index(0);
    const int nameRole = controller.candidates()->roleNames().key("name");
    QCOMPARE(first.data(nameRole).toString(), snapshot->suggestion.candidates.first().name);
    const int rankRole = controller.order()->roleNames().key("rank");
    QCOMPARE(controller.order()->index(0).data(rankRole).toInt(), 1);
    // The coupling cells agree with the suggestion; the diagonal is marked.
    const QModelIndex cell = controller.coupling()->index(0, candidates > 1 ? 1 : 0);
    QCOMPARE(cell.data(CouplingModel::ValueRole).toLongLong(),
             snapshot->suggestion.coupling.at(0).at(candidates > 1 ? 1 : 0));
    QVERIFY(controller.coupling()->index(0, 0).data(CouplingModel::DiagonalRole).toBool());
}

void tst_AnalysisController::reportsErrors()
{
    AnalysisController controller;
    QSignalSpy finished(&controller, &AnalysisController::finished);
    controller.analyzePath("/nonexistent/graph.dot");
    QVERIFY(finished.wait(10000));
    QCOMPARE(finished.first().first().toBool(), false);
    QVERIFY(controller.errorString().contains(QLatin1String("graph.dot")));
    QVERIFY(!controller.hasResult());

    QFile bad(m_folder->filePath("bad.dot"));
    QVERIFY(bad.open(QIODevice::WriteOnly));
    bad.write("digraph {\n a -> b\n c -> \n}\n");
    bad.close();
    controller.analyzePath(bad.fileName());
    QVERIFY(finished.wait(10000));
    QVERIFY2(controller.errorString().contains(QLatin1String("line 4")),
             qPrintable(controller.errorString()));
}

void tst_AnalysisController::cancels()
{
    GraphGenerator::PlantedOptions options;
    options.modules = 20000;
    options.dependencies = 200000;
    options.groups = 200;
    ModuleGraph graph;
    QList<int> truth;
    GraphGenerator::planted(options, &graph, &truth);
    QFile file(m_folder->filePath("big.dot"));
    QVERIFY(file.open(QIODevice::WriteOnly));
    QVERIFY(GraphGenerator::writeDot(graph, &file, false));
    file.close();

    AnalysisController controller;
    QSignalSpy finished(&controller, &AnalysisController::finished);
    controller.analyzePath(file.fileName());
    controller.cancel();
    QVERIFY(finished.wait(60000));
    QCOMPARE(finished.first().first().toBool(), false);
    QCOMPARE(controller.errorString(), QStringLiteral("canceled"));
    QVERIFY(!controller.isBusy());
}

void tst_AnalysisController::reclusters()
{
    AnalysisController controller;
    controller.setResolution(0.3);
    controller.analyzePath(dataDir + "/dot/jdeps-class/input");
    QVERIFY(waitUntilDone(&controller));
    const int coarse = controller.candidates()->rowCount();
    controller.setResolution(4);
    controller.recluster();
    QVERIFY(waitUntilDone(&controller));
    QVERIFY2(
        controller.candidates()->rowCount() > coarse,
        qPrintable(
            QStringLiteral("%1 then %2").arg(coarse).arg(controller.candidates()->rowCount())));
}

void tst_AnalysisController::appliesAsOneUndoStep()
{
    AnalysisController controller;
    controller.setWorkspace(m_workspace.get());
    QVERIFY(controller.applyToBoard().contains(QLatin1String("Nothing to apply")));
    controller.analyzePath(dataDir + "/scan/python");
    QVERIFY(waitUntilDone(&controller));
    const Board *board = m_workspace->document()->board();
    QCOMPARE(board->contexts().size(), 0);
    QVERIFY(controller.applyToBoard().contains(QLatin1String("Added")));
    const int added = int(board->contexts().size());
    QVERIFY(added > 0);
    QVERIFY(m_workspace->canUndo());
    m_workspace->undo();
    QCOMPARE(board->contexts().size(), 0);
    QCOMPARE(board->noteCount(), 0);
    m_workspace->redo();
    QCOMPARE(board->contexts().size(), added);
}

void tst_AnalysisController::rulesDriveTheComparison()
{
    AnalysisController controller;
    controller.setWorkspace(m_workspace.get());
    m_workspace->document()->addContext("Order Context", QRectF(0, 0, 300, 200));
    controller.analyzePath(dataDir + "/scan/python");
    QVERIFY(waitUntilDone(&controller));
    QVERIFY(controller.comparisonSummary().contains(QLatin1String("No name rules")));

    QString error = controller.saveRules("app.orders.* = Order Context\nnot a rule\n");
    QVERIFY2(error.startsWith(QLatin1String("Line 2")), qPrintable(error));
    QVERIFY(ModuleRules::fromSettings(m_workspace->document()->board()->settings()).isEmpty());

    QSignalSpy changed(&controller, &AnalysisController::comparisonChanged);
    error = controller.saveRules("# orders\napp.orders.* = Order Context\napp.payments.* = "
                                 "Payment Context\n");
    QVERIFY(error.isEmpty());
    QVERIFY(changed.wait(5000));
    QCOMPARE(controller.rulesText(),
             QStringLiteral("app.orders.* = Order Context\napp.payments.* = Payment Context"));
    QVERIFY2(controller.comparisonSummary().contains(QLatin1String("2 rule(s)")),
             qPrintable(controller.comparisonSummary()));
    // "Payment Context" is not on the board: reported as a rule finding; orders import
    // payments: a crossing finding.
    QStringList kinds;
    const int kindRole = controller.findings()->roleNames().key("kind");
    for (int row = 0; row < controller.findings()->rowCount(); ++row)
        kinds << controller.findings()->index(row).data(kindRole).toString();
    QVERIFY(kinds.contains("context"));
    QVERIFY(kinds.contains("crossing"));
    QVERIFY(kinds.contains("rule"));
    // Saving rules is an undoable board edit.
    m_workspace->undo();
    QVERIFY(changed.wait(5000));
    QVERIFY(controller.rulesText().isEmpty());
}

void tst_AnalysisController::exportsJson()
{
    AnalysisController controller;
    controller.analyzePath(dataDir + "/dot/madge/input.dot");
    QVERIFY(waitUntilDone(&controller));
    const QString path = m_folder->filePath("analysis.json");
    QCOMPARE(controller.exportJson(QUrl::fromLocalFile(path)), QString());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.readAll().contains("\"coupling\""));
    QVERIFY(!controller.exportJson(QUrl::fromLocalFile("/nonexistent/x.json")).isEmpty());
}

QTEST_MAIN(tst_AnalysisController)
#include "tst_analysiscontroller.moc"
