#pragma once

#include "sqlite.h"

#include <QObject>
#include <QPointer>
#include <QSet>
#include <QString>
#include <QUuid>

#include <memory>

namespace Seams {

class Board;

/** Why a project file could not be opened, read or written. */
struct StorageError
{
    enum class Code {
        None,
        NotFound, ///< no such file
        Unreadable, ///< permissions, a folder, an I/O error
        NotSqlite, ///< some other kind of file
        NotABoard, ///< an SQLite database, but not a Seams board
        NewerVersion, ///< written by a newer Seams
        Damaged, ///< truncated, corrupt, or with rows that make no sense
        WriteFailed, ///< disk full, read-only folder, ...
    };
    Code code = Code::None;
    /** A translated sentence naming the file and the reason. */
    QString message;

    explicit operator bool() const { return code != Code::None; }
};

/** The .seams project file: an SQLite database used as the document itself.
 *
 *  Opening is defensive, for files that arrive by mail or USB: the header is checked before
 *  SQLite sees the file (not SQLite, not ours, newer, truncated), the connection runs with
 *  SQLITE_DBCONFIG_DEFENSIVE, trusted_schema off, triggers and views disabled and
 *  cell_size_check on, and quick_check must pass before anything is read. Older schemas
 *  migrate in place (ReadWrite) or in a private in-memory copy (ReadOnly).
 *
 *  Once track()ed, the file records which items of the Board changed, and commit() writes
 *  just those in one transaction: the Document calls it after every finished edit, so a
 *  crash loses at most the edit in flight. */
class ProjectFile
{
public:
    enum class Access { ReadOnly, ReadWrite };

    ~ProjectFile();
    ProjectFile(const ProjectFile &) = delete;
    ProjectFile &operator=(const ProjectFile &) = delete;

    /** Opens an existing board. */
    static std::unique_ptr<ProjectFile> open(const QString &path, Access access,
                                             StorageError *error);
    /** Writes `board` as a new file at `path`, atomically (a temporary file renamed into
     *  place), and opens it for editing. Refuses to replace an existing file unless
     *  `overwrite` is set. */
    static std::unique_ptr<ProjectFile> create(const QString &path, const Board &board,
                                               bool overwrite, StorageError *error);

    /** Reads the whole board; `board` is replaced only when everything read is valid. */
    bool load(Board *board, StorageError *error) const;

    /** Starts recording the board's changes for commit(). */
    void track(Board *board);
    bool hasPendingChanges() const;
    /** Writes the recorded changes in one transaction. On failure they stay recorded. */
    bool commit(QString *error);

    /** Copies the database to `path` with SQLite's backup API (atomically, through a
     *  temporary file): the Save As of a document whose every edit is already on disk. */
    bool saveCopy(const QString &path, QString *error) const;

    QString path() const { return m_path; }
    /** The schema version the file had before it was migrated on open. */
    int originalVersion() const { return m_originalVersion; }
    /** Runs SQLite's quick_check; an empty result means the file is sound. */
    QString quickCheck() const;

private:
    ProjectFile() = default;
    struct Statements;
    bool writeAll(QString *error);
    bool writePending(QString *error);

    QString m_path;
    Sqlite::Database m_database;
    std::unique_ptr<Statements> m_statements;
    int m_originalVersion = 0;
    bool m_readOnly = false;

    QPointer<Board> m_board;
    std::unique_ptr<QObject> m_tracker; // context object of the board connections
    QSet<QUuid> m_dirtyNotes;
    QSet<QUuid> m_dirtyContexts;
    QSet<QUuid> m_dirtyLinks;
    QSet<QUuid> m_dirtyRelationships;
    bool m_dirtyBoard = false;
    bool m_rewriteAll = false;
};

} // namespace Seams
