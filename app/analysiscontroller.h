#pragma once

#include "analysismodels.h"
#include "workspace.h"

#include "analysis/graphlayout.h"
#include "analysis/modulegraph.h"
#include "analysis/sourcescanner.h"
#include "analysis/suggestion.h"
#include "analysis/workshopcomparison.h"

#include <QColor>
#include <QObject>
#include <QPointer>
#include <QQmlEngine>
#include <QTimer>
#include <QUrl>

#include <memory>

class QThread;

namespace Seams {

class Progress;

/** One finished analysis, shared read-only between the controller and the graph view. */
struct AnalysisSnapshot
{
    std::shared_ptr<const ModuleGraph> graph;
    Suggestion suggestion;
    GraphLayout layout;
    /** Per candidate. */
    QList<QColor> colors;
};

/** The Analysis view's adapter: loads a dependency graph (DOT file, jdeps folder or source
 *  folder) and suggests candidate services on a worker thread with progress and cancel,
 *  exposes the results as models, compares them with the open board's contexts through the
 *  board's name rules, and applies them to the board (one undo step). QML binds to the
 *  properties and calls the invokables; nothing here is QML-specific but the types. */
class AnalysisController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(
        Seams::Workspace *workspace READ workspace WRITE setWorkspace NOTIFY workspaceChanged)
    Q_PROPERTY(bool busy READ isBusy NOTIFY busyChanged)
    Q_PROPERTY(QString step READ step NOTIFY progressChanged)
    Q_PROPERTY(int progress READ progress NOTIFY progressChanged)
    Q_PROPERTY(QString errorString READ errorString NOTIFY errorStringChanged)
    Q_PROPERTY(bool hasResult READ hasResult NOTIFY resultChanged)
    Q_PROPERTY(QString input READ input NOTIFY resultChanged)
    Q_PROPERTY(QString summary READ summary NOTIFY resultChanged)
    Q_PROPERTY(QStringList notes READ notes NOTIFY resultChanged)
    Q_PROPERTY(double resolution READ resolution WRITE setResolution NOTIFY resolutionChanged)
    Q_PROPERTY(int depth READ depth WRITE setDepth NOTIFY depthChanged)
    Q_PROPERTY(QString rulesText READ rulesText NOTIFY comparisonChanged)
    Q_PROPERTY(QString comparisonSummary READ comparisonSummary NOTIFY comparisonChanged)
    Q_PROPERTY(Seams::AnalysisRowsModel *candidates READ candidates CONSTANT)
    Q_PROPERTY(Seams::AnalysisRowsModel *order READ order CONSTANT)
    Q_PROPERTY(Seams::AnalysisRowsModel *crossImports READ crossImports CONSTANT)
    Q_PROPERTY(Seams::AnalysisRowsModel *findings READ findings CONSTANT)
    Q_PROPERTY(Seams::CouplingModel *coupling READ coupling CONSTANT)

public:
    explicit AnalysisController(QObject *parent = nullptr);
    ~AnalysisController() override;

    Workspace *workspace() const { return m_workspace; }
    void setWorkspace(Workspace *workspace);
    bool isBusy() const { return m_thread != nullptr; }
    QString step() const { return m_step; }
    int progress() const { return m_progress; }
    QString errorString() const { return m_errorString; }
    bool hasResult() const { return m_snapshot != nullptr; }
    QString input() const { return m_input; }
    QString summary() const;
    QStringList notes() const;
    double resolution() const { return m_resolution; }
    void setResolution(double resolution);
    int depth() const { return m_depth; }
    void setDepth(int depth);
    QString rulesText() const;
    QString comparisonSummary() const { return m_comparisonSummary; }
    AnalysisRowsModel *candidates() const { return m_candidates; }
    AnalysisRowsModel *order() const { return m_order; }
    AnalysisRowsModel *crossImports() const { return m_crossImports; }
    AnalysisRowsModel *findings() const { return m_findings; }
    CouplingModel *coupling() const { return m_coupling; }

    /** The last finished analysis, or null. */
    std::shared_ptr<const AnalysisSnapshot> snapshot() const { return m_snapshot; }

    /** Loads and analyses a DOT file, a folder of DOT files or a source folder. */
    Q_INVOKABLE void analyze(const QUrl &input);
    Q_INVOKABLE void analyzePath(const QString &path);
    /** Suggests again on the loaded graph (after changing the resolution). */
    Q_INVOKABLE void recluster();
    Q_INVOKABLE void cancel();
    /** Adds the candidates to the open board; returns what happened, for a status line. */
    Q_INVOKABLE QString applyToBoard();
    /** Replaces the board's name rules with the lines of `text` ("pattern = Context", '#'
     *  starts a comment) as one undoable edit; returns an error naming the line, or empty. */
    Q_INVOKABLE QString saveRules(const QString &text);
    /** Writes the result as `seams analyze --json` would; returns an error or empty. */
    Q_INVOKABLE QString exportJson(const QUrl &file);

Q_SIGNALS:
    void workspaceChanged();
    void busyChanged();
    void progressChanged();
    void errorStringChanged();
    void resultChanged();
    void resolutionChanged();
    void depthChanged();
    void comparisonChanged();
    /** An analysis finished (successfully or not). */
    void finished(bool succeeded);

private:
    struct Job;
    struct Outcome;
    void start(std::shared_ptr<Job> job);
    void finish(std::shared_ptr<Outcome> outcome);
    void setProgress(const QString &step, int percent);
    void setErrorString(const QString &error);
    void publish();
    void updateComparison();
    void scheduleComparison();

    QPointer<Workspace> m_workspace;
    QMetaObject::Connection m_documentConnection;
    QList<QMetaObject::Connection> m_boardConnections;
    QThread *m_thread = nullptr;
    std::shared_ptr<Progress> m_running;
    QString m_step;
    int m_progress = -1;
    QString m_errorString;
    QString m_input;
    double m_resolution = 1.0;
    int m_depth = 0;
    std::shared_ptr<const AnalysisSnapshot> m_snapshot;
    std::unique_ptr<WorkshopComparison> m_comparison;
    QString m_comparisonSummary;
    QTimer m_comparisonTimer;
    AnalysisRowsModel *m_candidates;
    AnalysisRowsModel *m_order;
    AnalysisRowsModel *m_crossImports;
    AnalysisRowsModel *m_findings;
    CouplingModel *m_coupling;
};

} // namespace Seams
