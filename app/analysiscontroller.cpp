#include "analysiscontroller.h"

#include "analysismodels.h"
#include "workspace.h"

#include "analysis/analysisjson.h"
#include "analysis/moduleinput.h"
#include "analysis/modulerules.h"
#include "analysis/progress.h"
#include "analysis/suggestionapply.h"
#include "commands/document.h"

#include <QDir>
#include <QSaveFile>
#include <QThread>

namespace Seams {

namespace {

QColor candidateColor(int index, bool unconnected)
{
    if (unconnected)
        return QColor(0x9e, 0x9e, 0x9e);
    // Golden-angle hues keep neighbouring candidates apart.
    return QColor::fromHsv(int(std::fmod(index * 137.508, 360.0)), 150, 205);
}

} // namespace

struct AnalysisController::Job
{
    QString input;
    ScanOptions scan;
    SuggestOptions options;
    std::shared_ptr<const ModuleGraph> graph; // reused when only the resolution changed
};

struct AnalysisController::Outcome
{
    bool succeeded = false;
    QString error;
    QString input;
    std::shared_ptr<AnalysisSnapshot> snapshot;
};

AnalysisController::AnalysisController(QObject *parent)
    : QObject(parent)
    , m_candidates(new AnalysisRowsModel(
          {QStringLiteral("index"), QStringLiteral("name"), QStringLiteral("modules"),
           QStringLiteral("internal"), QStringLiteral("outgoing"), QStringLiteral("incoming"),
           QStringLiteral("cost"), QStringLiteral("color"), QStringLiteral("topModules"),
           QStringLiteral("boundary"), QStringLiteral("unconnected")},
          this))
    , m_order(new AnalysisRowsModel({QStringLiteral("rank"), QStringLiteral("index"),
                                     QStringLiteral("name"), QStringLiteral("cost"),
                                     QStringLiteral("outgoing"), QStringLiteral("incoming"),
                                     QStringLiteral("modules"), QStringLiteral("color")},
                                    this))
    , m_crossImports(new AnalysisRowsModel(
          {QStringLiteral("count"), QStringLiteral("module"), QStringLiteral("packages")}, this))
    , m_findings(new AnalysisRowsModel({QStringLiteral("kind"), QStringLiteral("title"),
                                        QStringLiteral("detail"), QStringLiteral("count"),
                                        QStringLiteral("warning")},
                                       this))
    , m_coupling(new CouplingModel(this))
{
    m_comparisonTimer.setSingleShot(true);
    m_comparisonTimer.setInterval(50);
    connect(&m_comparisonTimer, &QTimer::timeout, this, &AnalysisController::updateComparison);
}

AnalysisController::~AnalysisController()
{
    if (m_thread) {
        m_running->cancel();
        m_thread->wait();
    }
}

void AnalysisController::setWorkspace(Workspace *workspace)
{
    if (m_workspace == workspace)
        return;
    disconnect(m_documentConnection);
    m_workspace = workspace;
    if (workspace)
        m_documentConnection = connect(workspace, &Workspace::documentChanged, this,
                                       &AnalysisController::scheduleComparison);
    Q_EMIT workspaceChanged();
    scheduleComparison();
}

QString AnalysisController::summary() const
{
    if (!m_snapshot)
        return {};
    const ModuleGraph &graph = *m_snapshot->graph;
    const Suggestion &suggestion = m_snapshot->suggestion;
    return tr("%1 modules (%2), %3 dependencies; %4 candidate services, modularity %5")
        .arg(graph.moduleCount())
        .arg(graph.origin())
        .arg(graph.totalWeight())
        .arg(suggestion.candidates.size())
        .arg(suggestion.modularity, 0, 'f', 2);
}

QStringList AnalysisController::notes() const
{
    return m_snapshot ? m_snapshot->suggestion.notes : QStringList();
}

void AnalysisController::setResolution(double resolution)
{
    resolution = std::clamp(resolution, 0.05, 100.0);
    if (qFuzzyCompare(resolution, m_resolution))
        return;
    m_resolution = resolution;
    Q_EMIT resolutionChanged();
}

void AnalysisController::setDepth(int depth)
{
    depth = std::clamp(depth, 0, 64);
    if (depth == m_depth)
        return;
    m_depth = depth;
    Q_EMIT depthChanged();
}

QString AnalysisController::rulesText() const
{
    if (!m_workspace || !m_workspace->document())
        return {};
    QStringList lines;
    for (const ModuleRule &rule :
         ModuleRules::fromSettings(m_workspace->document()->board()->settings()))
        lines.append(ModuleRules::format(rule));
    return lines.join(QLatin1Char('\n'));
}

void AnalysisController::analyze(const QUrl &input)
{
    analyzePath(input.isLocalFile() ? input.toLocalFile() : input.toString());
}

void AnalysisController::analyzePath(const QString &path)
{
    auto job = std::make_shared<Job>();
    job->input = path;
    job->scan.depth = m_depth;
    job->options.resolution = m_resolution;
    start(job);
}

void AnalysisController::recluster()
{
    if (!m_snapshot)
        return;
    auto job = std::make_shared<Job>();
    job->input = m_input;
    job->graph = m_snapshot->graph;
    job->options.resolution = m_resolution;
    start(job);
}

void AnalysisController::cancel()
{
    if (m_running)
        m_running->cancel();
}

void AnalysisController::start(std::shared_ptr<Job> job)
{
    if (m_thread)
        return;
    setErrorString({});
    m_running = std::make_shared<Progress>([this](const QString &step, int percent) {
        QMetaObject::invokeMethod(
            this, [this, step, percent] { setProgress(step, percent); }, Qt::QueuedConnection);
    });
    std::shared_ptr<Progress> progress = m_running;
    m_thread = QThread::create([this, job, progress] {
        auto outcome = std::make_shared<Outcome>();
        outcome->input = job->input;
        std::shared_ptr<const ModuleGraph> graph = job->graph;
        if (!graph) {
            auto loaded = std::make_shared<ModuleGraph>();
            if (!ModuleInput::load(job->input, job->scan, loaded.get(), progress.get(),
                                   &outcome->error)) {
                QMetaObject::invokeMethod(
                    this, [this, outcome] { finish(outcome); }, Qt::QueuedConnection);
                return;
            }
            graph = loaded;
        }
        auto snapshot = std::make_shared<AnalysisSnapshot>();
        snapshot->graph = graph;
        outcome->succeeded = Suggester::suggest(*graph, job->options, &snapshot->suggestion,
                                                progress.get(), &outcome->error)
            && GraphLayouter::layout(*graph, snapshot->suggestion, &snapshot->layout,
                                     progress.get(), &outcome->error);
        if (outcome->succeeded) {
            for (qsizetype i = 0; i < snapshot->suggestion.candidates.size(); ++i)
                snapshot->colors.append(
                    candidateColor(int(i), snapshot->suggestion.candidates.at(i).unconnected));
            outcome->snapshot = snapshot;
        }
        QMetaObject::invokeMethod(
            this, [this, outcome] { finish(outcome); }, Qt::QueuedConnection);
    });
    connect(m_thread, &QThread::finished, m_thread, &QObject::deleteLater);
    m_thread->start();
    Q_EMIT busyChanged();
}

void AnalysisController::finish(std::shared_ptr<Outcome> outcome)
{
    m_thread = nullptr;
    m_running.reset();
    setProgress({}, -1);
    Q_EMIT busyChanged();
    if (!outcome->succeeded) {
        setErrorString(outcome->error);
        Q_EMIT finished(false);
        return;
    }
    m_input = outcome->input;
    m_snapshot = outcome->snapshot;
    publish();
    Q_EMIT finished(true);
}

void AnalysisController::setProgress(const QString &step, int percent)
{
    if (step == m_step && percent == m_progress)
        return;
    m_step = step;
    m_progress = percent;
    Q_EMIT progressChanged();
}

void AnalysisController::setErrorString(const QString &error)
{
    if (error == m_errorString)
        return;
    m_errorString = error;
    Q_EMIT errorStringChanged();
}

QString AnalysisController::applyToBoard()
{
    Document *document = m_workspace ? m_workspace->document() : nullptr;
    if (!m_snapshot || !document)
        return tr("Nothing to apply: analyse a dependency graph first.");
    const QList<QUuid> added
        = SuggestionApply::apply(document, *m_snapshot->graph, m_snapshot->suggestion);
    if (added.isEmpty())
        return tr("The suggestion has no candidate service to add.");
    return tr("Added %n context(s) below the board's content; Edit > Undo removes them.", nullptr,
              int(added.size()));
}

QString AnalysisController::saveRules(const QString &text)
{
    Document *document = m_workspace ? m_workspace->document() : nullptr;
    if (!document)
        return tr("There is no open board.");
    QList<ModuleRule> rules;
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString line = lines.at(i).trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        ModuleRule rule;
        QString error;
        if (!ModuleRules::parse(line, &rule, &error))
            return tr("Line %1: %2").arg(i + 1).arg(error);
        rules.append(rule);
    }
    BoardSettings settings = document->board()->settings();
    ModuleRules::toSettings(rules, &settings);
    document->setBoardSettings(settings);
    return {};
}

QString AnalysisController::exportJson(const QUrl &url)
{
    if (!m_snapshot)
        return tr("Nothing to export: analyse a dependency graph first.");
    const QString path = url.isLocalFile() ? url.toLocalFile() : url.toString();
    QSaveFile file(path);
    const QByteArray json
        = AnalysisJson::write(*m_snapshot->graph, m_snapshot->suggestion, m_comparison.get());
    if (!file.open(QIODevice::WriteOnly) || file.write(json) != json.size() || !file.commit())
        return tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
    return {};
}

} // namespace Seams
