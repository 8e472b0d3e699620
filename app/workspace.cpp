#include "workspace.h"

#include "contextsmodel.h"
#include "preferences.h"
#include "storage/projectfile.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QSettings>

namespace Seams {

namespace {

constexpr int maxRecentFiles = 10;
const QString recentFilesKey = QStringLiteral("recentFiles");

} // namespace

Workspace::Workspace(Preferences *preferences, QObject *parent)
    : QObject(parent)
    , m_preferences(preferences)
    , m_contexts(new ContextsModel(this))
{
    m_recentFiles = QSettings().value(recentFilesKey).toStringList();
}

Workspace::~Workspace()
{
    m_contexts->setBoard(nullptr);
}

QString Workspace::boardName() const
{
    if (!m_document)
        return {};
    const QString name = m_document->board()->name();
    return name.isEmpty() ? QFileInfo(filePath()).completeBaseName() : name;
}

QString Workspace::title() const
{
    const QString name = isUntitled() ? tr("Untitled board") : boardName();
    // "[*]"-style marker in front, the way desktop apps show unsaved state.
    return (isModified() ? QStringLiteral("\u2022 ") : QString()) + name
        + QStringLiteral(" \u2014 Seams");
}

QString Workspace::filePath() const
{
    return m_document ? m_document->filePath() : QString();
}

QString Workspace::untitledFolder() const
{
    return m_preferences ? m_preferences->untitledFolder() : Preferences::defaultUntitledFolder();
}

bool Workspace::isUntitled() const
{
    const QString path = filePath();
    return path.isEmpty()
        || QFileInfo(path).absolutePath() == QDir(untitledFolder()).absolutePath();
}

bool Workspace::isModified() const
{
    return m_document && m_document->isModified();
}

bool Workspace::canUndo() const
{
    return m_document && m_document->undoStack()->canUndo();
}

bool Workspace::canRedo() const
{
    return m_document && m_document->undoStack()->canRedo();
}

QString Workspace::undoText() const
{
    return m_document ? m_document->undoStack()->undoText() : QString();
}

QString Workspace::redoText() const
{
    return m_document ? m_document->undoStack()->redoText() : QString();
}

QString Workspace::statusText() const
{
    if (!m_document)
        return {};
    const Board *board = m_document->board();
    return tr("%n note(s)", "", board->noteCount()) + QStringLiteral(" \u00b7 ")
        + tr("%n context(s)", "", int(board->contexts().size())) + QStringLiteral(" \u00b7 ")
        + tr("%n arrow(s)", "", int(board->links().size()));
}

QString Workspace::saveError() const
{
    return m_document ? m_document->commitError() : QString();
}

QString Workspace::openFile(const QString &path)
{
    StorageError error;
    auto file = ProjectFile::open(path, ProjectFile::Access::ReadWrite, &error);
    auto board = std::make_unique<Board>();
    if (!file || !file->load(board.get(), &error))
        return error.message;
    auto document = std::make_unique<Document>(std::move(board));
    document->setProjectFile(std::move(file));
    setDocument(std::move(document));
    if (!isUntitled())
        addRecentFile(QFileInfo(path).absoluteFilePath());
    return {};
}

QString Workspace::newBoard()
{
    const QString folder = untitledFolder();
    if (!QDir().mkpath(folder))
        return tr("Cannot create the folder for untitled boards: %1")
            .arg(QDir::toNativeSeparators(folder));
    const QString path = QDir(folder).filePath(
        QStringLiteral("untitled-%1.seams")
            .arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss-zzz"))));
    auto board = std::make_unique<Board>();
    if (m_preferences)
        board->setSettings(m_preferences->boardDefaults());
    StorageError error;
    auto file = ProjectFile::create(path, *board, false, &error);
    if (!file)
        return error.message;
    auto document = std::make_unique<Document>(std::move(board));
    document->setProjectFile(std::move(file));
    setDocument(std::move(document));
    return {};
}

QString Workspace::saveAs(const QUrl &url)
{
    if (!m_document || !m_document->projectFile())
        return tr("There is no board to save.");
    QString path = url.toLocalFile();
    if (!path.endsWith(QLatin1String(".seams"), Qt::CaseInsensitive))
        path += QLatin1String(".seams");
    if (QFileInfo(path).absoluteFilePath() == QFileInfo(filePath()).absoluteFilePath()) {
        save();
        return {};
    }
    m_document->commit();
    QString message;
    if (!m_document->projectFile()->saveCopy(path, &message))
        return tr("Could not save %1: %2").arg(QDir::toNativeSeparators(path), message);
    const QString previous = filePath();
    const bool wasUntitled = isUntitled();
    StorageError error;
    auto file = ProjectFile::open(path, ProjectFile::Access::ReadWrite, &error);
    if (!file)
        return error.message;
    m_document->setProjectFile(std::move(file));
    m_document->markSaved();
    if (wasUntitled)
        QFile::remove(previous); // its content now lives in the named file
    addRecentFile(QFileInfo(path).absoluteFilePath());
    Q_EMIT documentChanged();
    Q_EMIT titleChanged();
    return {};
}

void Workspace::save()
{
    if (m_document && m_document->commit())
        m_document->markSaved();
}

void Workspace::undo()
{
    if (m_document)
        m_document->undoStack()->undo();
}

void Workspace::redo()
{
    if (m_document)
        m_document->undoStack()->redo();
}

void Workspace::clearRecentFiles()
{
    m_recentFiles.clear();
    QSettings().setValue(recentFilesKey, m_recentFiles);
    Q_EMIT recentFilesChanged();
}

void Workspace::setDocument(std::unique_ptr<Document> document)
{
    m_contexts->setBoard(nullptr);
    m_document = std::move(document);
    Board *board = m_document->board();
    m_contexts->setBoard(board);

    QUndoStack *stack = m_document->undoStack();
    connect(stack, &QUndoStack::indexChanged, this, &Workspace::undoStateChanged);
    connect(stack, &QUndoStack::canUndoChanged, this, &Workspace::undoStateChanged);
    connect(stack, &QUndoStack::canRedoChanged, this, &Workspace::undoStateChanged);
    connect(m_document.get(), &Document::modifiedChanged, this, &Workspace::titleChanged);
    connect(m_document.get(), &Document::commitFailed, this, &Workspace::saveErrorChanged);
    connect(m_document.get(), &Document::commitRecovered, this, &Workspace::saveErrorChanged);
    connect(board, &Board::nameChanged, this, &Workspace::titleChanged);
    for (auto signal : {&Board::noteAdded, &Board::noteRemoved, &Board::contextAdded,
                        &Board::contextRemoved, &Board::linkAdded, &Board::linkRemoved})
        connect(board, signal, this, &Workspace::statusTextChanged);
    connect(board, &Board::reset, this, &Workspace::statusTextChanged);

    Q_EMIT documentChanged();
    Q_EMIT titleChanged();
    Q_EMIT undoStateChanged();
    Q_EMIT statusTextChanged();
    Q_EMIT saveErrorChanged();
}

void Workspace::addRecentFile(const QString &path)
{
    m_recentFiles.removeAll(path);
    m_recentFiles.prepend(path);
    while (m_recentFiles.size() > maxRecentFiles)
        m_recentFiles.removeLast();
    QSettings().setValue(recentFilesKey, m_recentFiles);
    Q_EMIT recentFilesChanged();
}

} // namespace Seams
