#pragma once

#include "analysis/findings.h"
#include "export/exporter.h"
#include "workspace.h"

#include <QObject>
#include <QPointer>
#include <QQmlEngine>
#include <QStringList>
#include <QUrl>
#include <QVariantList>

namespace Seams {

/** What the File > Export dialog binds to: every exporter of the registry (not a fixed
 *  list), the options the chosen one declares, a preview of every file it writes (through
 *  MemoryOutput), the findings of its check areas (errors block saving), Copy and Save.
 *  The same core calls as `seams export`, so the preview is what the CLI writes. */
class ExportController : public QObject
{
    Q_OBJECT
    QML_ELEMENT

    Q_PROPERTY(
        Seams::Workspace *workspace READ workspace WRITE setWorkspace NOTIFY workspaceChanged)
    /** [{name, displayName}] in registry order. */
    Q_PROPERTY(QVariantList formats READ formats CONSTANT)
    Q_PROPERTY(QString format READ format WRITE setFormat NOTIFY formatChanged)
    /** Option names the chosen exporter honours: "wave", "listen", "dialect", "layout". */
    Q_PROPERTY(QStringList optionNames READ optionNames NOTIFY formatChanged)
    /** True for exporters that write a folder (Save asks for a folder). */
    Q_PROPERTY(bool writesFolder READ writesFolder NOTIFY formatChanged)
    Q_PROPERTY(QString defaultFileName READ defaultFileName NOTIFY formatChanged)
    /** -1: no wave (the board's current statuses). */
    Q_PROPERTY(int wave READ wave WRITE setWave NOTIFY optionsChanged)
    Q_PROPERTY(QString listen READ listen WRITE setListen NOTIFY optionsChanged)
    Q_PROPERTY(QString dialect READ dialect WRITE setDialect NOTIFY optionsChanged)
    Q_PROPERTY(QString layout READ layout WRITE setLayout NOTIFY optionsChanged)
    /** Relative paths of the files in the preview, sorted. */
    Q_PROPERTY(QStringList files READ files NOTIFY previewChanged)
    Q_PROPERTY(int currentFile READ currentFile WRITE setCurrentFile NOTIFY currentFileChanged)
    Q_PROPERTY(QString currentText READ currentText NOTIFY currentFileChanged)
    /** [{severity: "error"|"warning"|"info", code, message}] of the exporter's check areas. */
    Q_PROPERTY(QVariantList findings READ findings NOTIFY previewChanged)
    /** Errors in the findings, or the exporter failed: nothing to save. */
    Q_PROPERTY(bool blocked READ isBlocked NOTIFY previewChanged)
    /** Why the preview is empty (the exporter's message), or "". */
    Q_PROPERTY(QString errorString READ errorString NOTIFY previewChanged)

public:
    explicit ExportController(QObject *parent = nullptr);

    Workspace *workspace() const { return m_workspace; }
    void setWorkspace(Workspace *workspace);
    QVariantList formats() const;
    QString format() const { return m_format; }
    void setFormat(const QString &format);
    QStringList optionNames() const;
    bool writesFolder() const;
    QString defaultFileName() const;
    int wave() const { return m_options.wave.value_or(-1); }
    void setWave(int wave);
    QString listen() const { return m_options.listen; }
    void setListen(const QString &listen);
    QString dialect() const { return m_options.dialect; }
    void setDialect(const QString &dialect);
    QString layout() const { return m_options.layout; }
    void setLayout(const QString &layout);
    QStringList files() const { return m_files.keys(); }
    int currentFile() const { return m_currentFile; }
    void setCurrentFile(int index);
    QString currentText() const;
    QVariantList findings() const { return m_findings; }
    bool isBlocked() const { return m_blocked; }
    QString errorString() const { return m_errorString; }

    /** Exports the open board again into the preview (the dialog calls it when it opens). */
    Q_INVOKABLE void refresh();
    /** Copies the previewed file to the clipboard. */
    Q_INVOKABLE void copyCurrentFile() const;
    /** Saves the export: to the file `url` (single-file formats) or into the folder `url`.
     *  Returns "" on success, else the message to show. */
    Q_INVOKABLE QString save(const QUrl &url);

Q_SIGNALS:
    void workspaceChanged();
    void formatChanged();
    void optionsChanged();
    void previewChanged();
    void currentFileChanged();

private:
    std::unique_ptr<Exporter> makeExporter() const;

    QPointer<Workspace> m_workspace;
    QString m_format;
    ExportOptions m_options;
    QMap<QString, QByteArray> m_files;
    int m_currentFile = 0;
    QVariantList m_findings;
    bool m_blocked = true;
    QString m_errorString;
};

} // namespace Seams
