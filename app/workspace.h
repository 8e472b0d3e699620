#pragma once

#include "commands/document.h"

#include <QObject>
#include <QQmlEngine>
#include <QStringList>
#include <QUrl>

#include <memory>

namespace Seams {

class ContextsModel;
class Preferences;

/** The window's view of the open board: which file, its title and unsaved state, undo and
 *  redo, recent files, and the file operations of the File menu. Built in main() and handed
 *  to the QML root as a required property. */
class Workspace : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Created in main()")

    Q_PROPERTY(QString boardName READ boardName NOTIFY documentChanged)
    Q_PROPERTY(QString title READ title NOTIFY titleChanged)
    Q_PROPERTY(QString filePath READ filePath NOTIFY documentChanged)
    Q_PROPERTY(bool untitled READ isUntitled NOTIFY documentChanged)
    Q_PROPERTY(bool modified READ isModified NOTIFY titleChanged)
    Q_PROPERTY(bool canUndo READ canUndo NOTIFY undoStateChanged)
    Q_PROPERTY(bool canRedo READ canRedo NOTIFY undoStateChanged)
    Q_PROPERTY(QString undoText READ undoText NOTIFY undoStateChanged)
    Q_PROPERTY(QString redoText READ redoText NOTIFY undoStateChanged)
    Q_PROPERTY(QStringList recentFiles READ recentFiles NOTIFY recentFilesChanged)
    Q_PROPERTY(QString statusText READ statusText NOTIFY statusTextChanged)
    Q_PROPERTY(QString saveError READ saveError NOTIFY saveErrorChanged)
    Q_PROPERTY(Seams::ContextsModel *contexts READ contexts CONSTANT)

public:
    /** Untitled boards live in the preferences' folder until they are named, and new boards
     *  start with the preferences' defaults. */
    explicit Workspace(Preferences *preferences, QObject *parent = nullptr);
    ~Workspace() override;

    Document *document() const { return m_document.get(); }

    QString boardName() const;
    QString title() const;
    QString filePath() const;
    bool isUntitled() const;
    bool isModified() const;
    bool canUndo() const;
    bool canRedo() const;
    QString undoText() const;
    QString redoText() const;
    QStringList recentFiles() const { return m_recentFiles; }
    QString statusText() const;
    QString saveError() const;
    ContextsModel *contexts() const { return m_contexts; }

    /** Opens a board file; on failure keeps the current board and returns the message. */
    Q_INVOKABLE QString openFile(const QString &path);
    Q_INVOKABLE QString openUrl(const QUrl &url) { return openFile(url.toLocalFile()); }
    /** Starts a new untitled board in the app data folder. */
    Q_INVOKABLE QString newBoard();
    /** Saves under a new name (the backup API), then continues editing that file. */
    Q_INVOKABLE QString saveAs(const QUrl &url);
    /** Marks the current state as saved (edits are on disk already). */
    Q_INVOKABLE void save();
    Q_INVOKABLE void undo();
    Q_INVOKABLE void redo();
    Q_INVOKABLE void clearRecentFiles();

Q_SIGNALS:
    void documentChanged();
    void titleChanged();
    void undoStateChanged();
    void recentFilesChanged();
    void statusTextChanged();
    void saveErrorChanged();

private:
    void setDocument(std::unique_ptr<Document> document);
    void addRecentFile(const QString &path);

    QString untitledFolder() const;

    Preferences *m_preferences;
    std::unique_ptr<Document> m_document;
    ContextsModel *m_contexts;
    QStringList m_recentFiles;
};

} // namespace Seams
