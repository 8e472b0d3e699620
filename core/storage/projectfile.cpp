#include "projectfile.h"

#include "model/board.h"
#include "model/limits.h"
#include "schema.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSaveFile>
#include <QTemporaryDir>
#include <QtEndian>

#include <sqlite3.h>

Q_LOGGING_CATEGORY(lcStorage, "seams.storage")

namespace Seams {

namespace {

/** This file's translations, filed by lupdate under the same context. */
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Seams::ProjectFile)
};

StorageError failure(StorageError::Code code, const QString &message)
{
    return StorageError {code, message};
}

QString displayPath(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

/** What the 100-byte SQLite header says, read before SQLite touches the file. */
struct Header
{
    quint32 pageSize = 0;
    quint32 pageCount = 0;
    quint32 userVersion = 0;
    quint32 applicationId = 0;
};

/** The application id and format version, from the header or, once SQLite has recovered the
 *  file, from the database itself. */
StorageError checkIdentity(const QString &path, quint32 applicationId, quint32 userVersion)
{
    if (applicationId != Schema::applicationId)
        return failure(
            StorageError::Code::NotABoard,
            Text::tr("%1 is an SQLite database, but not a Seams board.").arg(displayPath(path)));
    if (userVersion > quint32(Schema::currentVersion))
        return failure(StorageError::Code::NewerVersion,
                       Text::tr("%1 was saved by a newer version of Seams (file format %2; this "
                                "version reads formats up to %3). Update Seams to open it.")
                           .arg(displayPath(path))
                           .arg(userVersion)
                           .arg(Schema::currentVersion));
    if (userVersion == 0)
        return failure(StorageError::Code::NotABoard,
                       Text::tr("%1 is not a Seams board: it carries no format version.")
                           .arg(displayPath(path)));
    return {};
}

/** A rollback journal beside the file: a crash in the middle of a commit. Until SQLite rolls
 *  it back, the header may describe the unfinished transaction. */
bool hasJournal(const QString &path)
{
    return QFileInfo(path + QLatin1String("-journal")).size() > 0;
}

StorageError readHeader(const QString &path, Header *header)
{
    const QFileInfo info(path);
    if (!info.exists())
        return failure(StorageError::Code::NotFound,
                       Text::tr("%1: no such file.").arg(displayPath(path)));
    if (info.isDir())
        return failure(StorageError::Code::Unreadable,
                       Text::tr("%1 is a folder, not a board file.").arg(displayPath(path)));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return failure(
            StorageError::Code::Unreadable,
            Text::tr("%1 cannot be read: %2.").arg(displayPath(path), file.errorString()));
    const QByteArray bytes = file.read(100);
    const qint64 size = file.size();
    if (size == 0)
        return failure(StorageError::Code::NotSqlite,
                       Text::tr("%1 is empty; it is not a Seams board.").arg(displayPath(path)));
    static const QByteArray magic("SQLite format 3\0", 16);
    if (!bytes.startsWith(magic))
        return failure(StorageError::Code::NotSqlite,
                       Text::tr("%1 is not a Seams board: it is not an SQLite database.")
                           .arg(displayPath(path)));
    if (bytes.size() < 100)
        return failure(StorageError::Code::Damaged,
                       Text::tr("%1 is damaged: the file is truncated (%2 bytes, shorter than the "
                                "database header).")
                           .arg(displayPath(path))
                           .arg(size));
    const auto *data = reinterpret_cast<const uchar *>(bytes.constData());
    const quint32 rawPageSize = qFromBigEndian<quint16>(data + 16);
    header->pageSize = rawPageSize == 1 ? 65536 : rawPageSize;
    header->pageCount = qFromBigEndian<quint32>(data + 28);
    header->userVersion = qFromBigEndian<quint32>(data + 60);
    header->applicationId = qFromBigEndian<quint32>(data + 68);
    const bool validPageSize = header->pageSize >= 512 && header->pageSize <= 65536
        && (header->pageSize & (header->pageSize - 1)) == 0;
    if (!validPageSize)
        return failure(StorageError::Code::Damaged,
                       Text::tr("%1 is damaged: its header is corrupt.").arg(displayPath(path)));
    if (header->applicationId != Schema::applicationId)
        return failure(
            StorageError::Code::NotABoard,
            Text::tr("%1 is an SQLite database, but not a Seams board.").arg(displayPath(path)));
    // The in-header page count is reliable when the change counter matches (offset 24/92),
    // and when no journal says the last commit did not finish (quick_check judges then).
    const bool pageCountValid
        = qFromBigEndian<quint32>(data + 24) == qFromBigEndian<quint32>(data + 92);
    const qint64 expected = qint64(header->pageSize) * header->pageCount;
    if (pageCountValid && header->pageCount > 0 && size < expected && !hasJournal(path))
        return failure(StorageError::Code::Damaged,
                       Text::tr("%1 is damaged: the file is truncated (%2 of %3 bytes).")
                           .arg(displayPath(path))
                           .arg(size)
                           .arg(expected));
    return checkIdentity(path, header->applicationId, header->userVersion);
}

/** Hardens a connection to a file we did not write. */
bool harden(sqlite3 *database, bool readOnly, QString *error)
{
    int ignored = 0;
    sqlite3_db_config(database, SQLITE_DBCONFIG_DEFENSIVE, 1, &ignored);
    sqlite3_db_config(database, SQLITE_DBCONFIG_TRUSTED_SCHEMA, 0, &ignored);
    sqlite3_db_config(database, SQLITE_DBCONFIG_ENABLE_TRIGGER, 0, &ignored);
    sqlite3_db_config(database, SQLITE_DBCONFIG_ENABLE_VIEW, 0, &ignored);
    sqlite3_db_config(database, SQLITE_DBCONFIG_ENABLE_LOAD_EXTENSION, 0, &ignored);
    sqlite3_busy_timeout(database, 2000);
    const char *pragmas = readOnly ? "PRAGMA cell_size_check = ON;"
                                     "PRAGMA mmap_size = 0;"
                                     "PRAGMA foreign_keys = ON;"
                                   : "PRAGMA cell_size_check = ON;"
                                     "PRAGMA mmap_size = 0;"
                                     "PRAGMA foreign_keys = ON;"
                                     "PRAGMA journal_mode = DELETE;"
                                     "PRAGMA synchronous = FULL;";
    return Sqlite::exec(database, pragmas, error);
}

QString quickCheckOf(sqlite3 *database)
{
    Sqlite::Statement check(database, "PRAGMA quick_check(5)");
    QStringList problems;
    while (check.next()) {
        const QString line = check.text(0);
        if (line != QLatin1String("ok"))
            problems.append(line);
    }
    if (!check.errorString().isEmpty())
        problems.append(check.errorString());
    return problems.join(QLatin1String("; "));
}

qint64 pragmaInteger(sqlite3 *database, const char *pragma)
{
    Sqlite::Statement statement(database, pragma);
    return statement.next() ? statement.integer(0) : -1;
}

/** A private in-memory copy of a database (SQLite's backup API). */
Sqlite::Database copyToMemory(sqlite3 *source, QString *message)
{
    Sqlite::Database memory
        = Sqlite::open(QStringLiteral(":memory:"), SQLITE_OPEN_READWRITE, message);
    sqlite3_backup *backup
        = memory ? sqlite3_backup_init(memory.get(), "main", source, "main") : nullptr;
    const int result = backup ? sqlite3_backup_step(backup, -1) : SQLITE_ERROR;
    sqlite3_backup_finish(backup);
    if (result != SQLITE_DONE) {
        if (memory)
            *message = Sqlite::errorMessage(memory.get());
        return nullptr;
    }
    return memory;
}

/** A crash in the middle of a commit leaves a hot journal, which a read-only connection
 *  cannot roll back. Roll it back in a private copy of the file and its journal instead,
 *  and return the recovered board in memory: reading never writes the file. */
Sqlite::Database recoveredCopy(const QString &path, QString *message)
{
    QTemporaryDir folder;
    const QString copy = folder.filePath(QStringLiteral("recovered.seams"));
    if (!folder.isValid() || !QFile::copy(path, copy)
        || !QFile::copy(path + QLatin1String("-journal"), copy + QLatin1String("-journal"))) {
        *message = Text::tr("its unfinished last change cannot be rolled back in a temporary copy");
        return nullptr;
    }
    Sqlite::Database recovered = Sqlite::open(
        copy, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOFOLLOW | SQLITE_OPEN_PRIVATECACHE, message);
    // harden() sets the journal mode, which reads the file and so rolls the journal back.
    if (!recovered || !harden(recovered.get(), false, message))
        return nullptr;
    return copyToMemory(recovered.get(), message);
}

QString jsonList(const QStringList &list)
{
    return QString::fromUtf8(
        QJsonDocument(QJsonArray::fromStringList(list)).toJson(QJsonDocument::Compact));
}

QString colorName(const QColor &color)
{
    return color.alpha() == 255 ? color.name(QColor::HexRgb) : color.name(QColor::HexArgb);
}

} // namespace

/** The statements commit() reuses, prepared once per file. */
struct ProjectFile::Statements
{
    explicit Statements(sqlite3 *database);
    bool isValid(QString *error) const;

    Sqlite::Statement upsertBoard;
    Sqlite::Statement deleteSettings;
    Sqlite::Statement insertSetting;
    Sqlite::Statement upsertContext;
    Sqlite::Statement deleteContext;
    Sqlite::Statement upsertNote;
    Sqlite::Statement deleteNote;
    Sqlite::Statement deleteFields;
    Sqlite::Statement insertField;
    Sqlite::Statement upsertLink;
    Sqlite::Statement deleteLink;
    Sqlite::Statement upsertRelationship;
    Sqlite::Statement deleteRelationship;
};

ProjectFile::Statements::Statements(sqlite3 *database)
    : upsertBoard(database,
                  "INSERT INTO board(key, value) VALUES(?1, ?2) "
                  "ON CONFLICT(key) DO UPDATE SET value = excluded.value")
    , deleteSettings(database, "DELETE FROM settings")
    , insertSetting(database, "INSERT INTO settings(key, value) VALUES(?1, ?2)")
    , upsertContext(database,
                    "INSERT INTO contexts(id, name, x, y, width, height, color, service_name, "
                    "upstream_url, route_prefixes, database_name, database_engine, team, "
                    "status, wave) VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, "
                    "?13, ?14, ?15) ON CONFLICT(id) DO UPDATE SET name = excluded.name, "
                    "x = excluded.x, y = excluded.y, width = excluded.width, "
                    "height = excluded.height, color = excluded.color, "
                    "service_name = excluded.service_name, upstream_url = excluded.upstream_url, "
                    "route_prefixes = excluded.route_prefixes, "
                    "database_name = excluded.database_name, "
                    "database_engine = excluded.database_engine, team = excluded.team, "
                    "status = excluded.status, wave = excluded.wave")
    , deleteContext(database, "DELETE FROM contexts WHERE id = ?1")
    , upsertNote(database,
                 "INSERT INTO notes(id, kind, text, x, y, width, height, z, context_id, "
                 "http_method, http_path, created_at, updated_at) VALUES(?1, ?2, ?3, ?4, ?5, ?6, "
                 "?7, ?8, ?9, ?10, ?11, ?12, ?13) ON CONFLICT(id) DO UPDATE SET "
                 "kind = excluded.kind, text = excluded.text, x = excluded.x, y = excluded.y, "
                 "width = excluded.width, height = excluded.height, z = excluded.z, "
                 "context_id = excluded.context_id, http_method = excluded.http_method, "
                 "http_path = excluded.http_path, created_at = excluded.created_at, "
                 "updated_at = excluded.updated_at")
    , deleteNote(database, "DELETE FROM notes WHERE id = ?1")
    , deleteFields(database, "DELETE FROM fields WHERE note_id = ?1")
    , insertField(database,
                  "INSERT INTO fields(note_id, position, name, type, nullable, "
                  "reference, enum_values) VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7)")
    , upsertLink(database,
                 "INSERT INTO links(id, source_id, target_id, label) "
                 "VALUES(?1, ?2, ?3, ?4) ON CONFLICT(id) DO UPDATE SET "
                 "source_id = excluded.source_id, target_id = excluded.target_id, "
                 "label = excluded.label")
    , deleteLink(database, "DELETE FROM links WHERE id = ?1")
    , upsertRelationship(database,
                         "INSERT INTO relationships(id, upstream_id, downstream_id, pattern, "
                         "sync, description) VALUES(?1, ?2, ?3, ?4, ?5, ?6) ON CONFLICT(id) DO "
                         "UPDATE SET upstream_id = excluded.upstream_id, "
                         "downstream_id = excluded.downstream_id, pattern = excluded.pattern, "
                         "sync = excluded.sync, description = excluded.description")
    , deleteRelationship(database, "DELETE FROM relationships WHERE id = ?1")
{ }

bool ProjectFile::Statements::isValid(QString *error) const
{
    for (const Sqlite::Statement *statement :
         {&upsertBoard, &deleteSettings, &insertSetting, &upsertContext, &deleteContext,
          &upsertNote, &deleteNote, &deleteFields, &insertField, &upsertLink, &deleteLink,
          &upsertRelationship, &deleteRelationship}) {
        if (!statement->isValid()) {
            *error = statement->errorString();
            return false;
        }
    }
    return true;
}

ProjectFile::~ProjectFile()
{
    m_statements.reset(); // finalize before the connection closes
}

std::unique_ptr<ProjectFile> ProjectFile::open(const QString &path, Access access,
                                               StorageError *error)
{
    *error = {};
    Header header;
    if ((*error = readHeader(path, &header)))
        return nullptr;

    const bool readOnly = access == Access::ReadOnly;
    QString message;
    const int flags = (readOnly ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE)
        | SQLITE_OPEN_NOFOLLOW | SQLITE_OPEN_PRIVATECACHE;
    Sqlite::Database database = Sqlite::open(path, flags, &message);
    if (!database || !harden(database.get(), readOnly, &message)) {
        *error = failure(StorageError::Code::Unreadable,
                         Text::tr("%1 cannot be opened: %2.").arg(displayPath(path), message));
        return nullptr;
    }
    if (readOnly && hasJournal(path)) {
        QString probe;
        if (!Sqlite::exec(database.get(), "SELECT count(*) FROM sqlite_schema", &probe)
            && sqlite3_extended_errcode(database.get()) == SQLITE_READONLY_ROLLBACK) {
            database = recoveredCopy(path, &message);
            if (!database || !harden(database.get(), false, &message)) {
                *error
                    = failure(StorageError::Code::Unreadable,
                              Text::tr("%1 cannot be read: %2.").arg(displayPath(path), message));
                return nullptr;
            }
        }
    }
    const QString problems = quickCheckOf(database.get());
    if (!problems.isEmpty()) {
        *error = failure(StorageError::Code::Damaged,
                         Text::tr("%1 is damaged (%2).").arg(displayPath(path), problems));
        return nullptr;
    }

    // The header was read before SQLite recovered from a crash, if there was one: what
    // counts is the database as it is now.
    header.applicationId = quint32(pragmaInteger(database.get(), "PRAGMA application_id"));
    header.userVersion = quint32(pragmaInteger(database.get(), "PRAGMA user_version"));
    if ((*error = checkIdentity(path, header.applicationId, header.userVersion)))
        return nullptr;

    std::unique_ptr<ProjectFile> file(new ProjectFile);
    file->m_path = path;
    file->m_originalVersion = int(header.userVersion);
    file->m_readOnly = readOnly;

    if (header.userVersion < quint32(Schema::currentVersion)) {
        if (readOnly) {
            // Never touch a file we were asked only to read: migrate a private copy.
            Sqlite::Database memory = copyToMemory(database.get(), &message);
            if (!memory || !harden(memory.get(), false, &message)) {
                *error
                    = failure(StorageError::Code::Unreadable,
                              Text::tr("%1 cannot be read: %2.").arg(displayPath(path), message));
                return nullptr;
            }
            database = std::move(memory);
        }
        if (!Schema::migrate(database.get(), int(header.userVersion), &message)) {
            *error = failure(StorageError::Code::Damaged,
                             Text::tr("%1 could not be upgraded from file format %2: %3.")
                                 .arg(displayPath(path))
                                 .arg(header.userVersion)
                                 .arg(message));
            return nullptr;
        }
        qCInfo(lcStorage) << "migrated" << path << "from format" << header.userVersion;
    }
    file->m_database = std::move(database);
    return file;
}

std::unique_ptr<ProjectFile> ProjectFile::create(const QString &path, const Board &board,
                                                 bool overwrite, StorageError *error)
{
    *error = {};
    const QFileInfo info(path);
    if (info.exists() && !overwrite) {
        *error = failure(StorageError::Code::WriteFailed,
                         Text::tr("%1 already exists.").arg(displayPath(path)));
        return nullptr;
    }
    if (info.isDir()) {
        *error = failure(StorageError::Code::WriteFailed,
                         Text::tr("%1 is a folder.").arg(displayPath(path)));
        return nullptr;
    }
    const QString temporary = path + QLatin1String(".part");
    QFile::remove(temporary);
    QFile::remove(temporary + QLatin1String("-journal"));
    auto writeFailed = [&](const QString &reason) {
        QFile::remove(temporary);
        *error = failure(StorageError::Code::WriteFailed,
                         Text::tr("%1 cannot be written: %2.").arg(displayPath(path), reason));
        return nullptr;
    };

    QString message;
    {
        Sqlite::Database database = Sqlite::open(
            temporary, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOFOLLOW, &message);
        if (!database || !harden(database.get(), false, &message))
            return writeFailed(message);
        Sqlite::Transaction transaction(database.get());
        if (!transaction.isActive() || !Schema::create(database.get(), &message))
            return writeFailed(transaction.isActive() ? message : transaction.errorString());
        if (!transaction.commit())
            return writeFailed(transaction.errorString());

        ProjectFile writer;
        writer.m_path = temporary;
        writer.m_database = std::move(database);
        writer.m_board = const_cast<Board *>(&board); // read only: writeAll() never edits it
        writer.m_rewriteAll = true;
        if (!writer.commit(&message))
            return writeFailed(message);
    }
    if (info.exists() && !QFile::remove(path))
        return writeFailed(Text::tr("the existing file cannot be replaced"));
    if (!QFile::rename(temporary, path))
        return writeFailed(Text::tr("the file cannot be moved into place"));
    return open(path, Access::ReadWrite, error);
}

QString ProjectFile::quickCheck() const
{
    return quickCheckOf(m_database.get());
}

void ProjectFile::track(Board *board)
{
    m_tracker = std::make_unique<QObject>(); // drops the connections to a previous board
    m_board = board;
    if (!board)
        return;
    QObject *context = m_tracker.get();
    auto markNote = [this](const QUuid &id) {
        m_dirtyNotes.insert(id);
    };
    auto markContext = [this](const QUuid &id) {
        m_dirtyContexts.insert(id);
    };
    auto markLink = [this](const QUuid &id) {
        m_dirtyLinks.insert(id);
    };
    auto markRelationship = [this](const QUuid &id) {
        m_dirtyRelationships.insert(id);
    };
    auto markBoard = [this] {
        m_dirtyBoard = true;
    };
    QObject::connect(board, &Board::noteAdded, context, markNote);
    QObject::connect(board, &Board::noteRemoved, context, markNote);
    QObject::connect(board, &Board::noteChanged, context, markNote);
    QObject::connect(board, &Board::contextAdded, context, markContext);
    QObject::connect(board, &Board::contextRemoved, context, markContext);
    QObject::connect(board, &Board::contextChanged, context, markContext);
    QObject::connect(board, &Board::linkAdded, context, markLink);
    QObject::connect(board, &Board::linkRemoved, context, markLink);
    QObject::connect(board, &Board::linkChanged, context, markLink);
    QObject::connect(board, &Board::relationshipAdded, context, markRelationship);
    QObject::connect(board, &Board::relationshipRemoved, context, markRelationship);
    QObject::connect(board, &Board::relationshipChanged, context, markRelationship);
    QObject::connect(board, &Board::nameChanged, context, markBoard);
    QObject::connect(board, &Board::settingsChanged, context, markBoard);
    QObject::connect(board, &Board::reset, context, [this] { m_rewriteAll = true; });
}

bool ProjectFile::hasPendingChanges() const
{
    return m_rewriteAll || m_dirtyBoard || !m_dirtyNotes.isEmpty() || !m_dirtyContexts.isEmpty()
        || !m_dirtyLinks.isEmpty() || !m_dirtyRelationships.isEmpty();
}

bool ProjectFile::commit(QString *error)
{
    if (!hasPendingChanges() || !m_board)
        return true;
    if (m_readOnly) {
        *error = Text::tr("the file was opened read-only");
        return false;
    }
    if (!m_statements) {
        m_statements = std::make_unique<Statements>(m_database.get());
        if (!m_statements->isValid(error)) {
            m_statements.reset();
            return false;
        }
    }
    Sqlite::Transaction transaction(m_database.get());
    if (!transaction.isActive()) {
        *error = transaction.errorString();
        return false;
    }
    // Rows are written in whatever order the sets give; the foreign keys are checked once,
    // at COMMIT.
    if (!Sqlite::exec(m_database.get(), "PRAGMA defer_foreign_keys = ON", error))
        return false;
    if (!(m_rewriteAll ? writeAll(error) : writePending(error)))
        return false;
    if (!transaction.commit()) {
        *error = transaction.errorString();
        return false;
    }
    m_dirtyNotes.clear();
    m_dirtyContexts.clear();
    m_dirtyLinks.clear();
    m_dirtyRelationships.clear();
    m_dirtyBoard = false;
    m_rewriteAll = false;
    return true;
}

bool ProjectFile::writeAll(QString *error)
{
    if (!Sqlite::exec(m_database.get(),
                      "DELETE FROM links; DELETE FROM relationships; DELETE FROM fields; "
                      "DELETE FROM notes; DELETE FROM contexts;",
                      error))
        return false;
    m_dirtyBoard = true;
    for (const QUuid &id : m_board->contexts().keys())
        m_dirtyContexts.insert(id);
    for (const QUuid &id : m_board->notes().keys())
        m_dirtyNotes.insert(id);
    for (const QUuid &id : m_board->links().keys())
        m_dirtyLinks.insert(id);
    for (const QUuid &id : m_board->relationships().keys())
        m_dirtyRelationships.insert(id);
    return writePending(error);
}

bool ProjectFile::writePending(QString *error)
{
    Statements &s = *m_statements;
    auto failed = [error](const Sqlite::Statement &statement) {
        *error = statement.errorString();
        return false;
    };
    const auto idText = [](const QUuid &id) {
        return id.toString(QUuid::WithoutBraces);
    };

    if (m_dirtyBoard) {
        s.upsertBoard.bind(1, QStringLiteral("name"));
        s.upsertBoard.bind(2, m_board->name());
        if (!s.upsertBoard.run())
            return failed(s.upsertBoard);
        if (!s.deleteSettings.run())
            return failed(s.deleteSettings);
        const QMap<QString, QJsonValue> settings = m_board->settings().toMap();
        for (auto it = settings.cbegin(); it != settings.cend(); ++it) {
            const QJsonArray wrapped {it.value()}; // JSON text of any value, scalars included
            const QString json
                = QString::fromUtf8(QJsonDocument(wrapped).toJson(QJsonDocument::Compact));
            s.insertSetting.bind(1, it.key());
            s.insertSetting.bind(2, json.mid(1, json.size() - 2));
            if (!s.insertSetting.run())
                return failed(s.insertSetting);
        }
    }

    for (const QUuid &id : std::as_const(m_dirtyContexts)) {
        const BoundedContext *context = m_board->context(id);
        if (!context) {
            s.deleteContext.bind(1, idText(id));
            if (!s.deleteContext.run())
                return failed(s.deleteContext);
            continue;
        }
        const Handoff &handoff = context->handoff;
        Sqlite::Statement &q = s.upsertContext;
        q.bind(1, idText(id));
        q.bind(2, context->name);
        q.bind(3, context->geometry.x());
        q.bind(4, context->geometry.y());
        q.bind(5, context->geometry.width());
        q.bind(6, context->geometry.height());
        q.bind(7, colorName(context->color));
        q.bind(8, handoff.serviceName);
        q.bind(9, handoff.upstreamUrl);
        q.bind(10, jsonList(handoff.routePrefixes));
        q.bind(11, handoff.databaseName);
        if (handoff.databaseEngine)
            q.bind(12, toKey(*handoff.databaseEngine));
        else
            q.bindNull(12);
        q.bind(13, handoff.team);
        q.bind(14, toKey(handoff.status));
        q.bind(15, handoff.wave);
        if (!q.run())
            return failed(q);
    }

    for (const QUuid &id : std::as_const(m_dirtyNotes)) {
        const Note *note = m_board->note(id);
        if (!note) {
            s.deleteNote.bind(1, idText(id));
            if (!s.deleteNote.run())
                return failed(s.deleteNote);
            continue;
        }
        Sqlite::Statement &q = s.upsertNote;
        q.bind(1, idText(id));
        q.bind(2, toKey(note->kind));
        q.bind(3, note->text);
        q.bind(4, note->geometry.x());
        q.bind(5, note->geometry.y());
        q.bind(6, note->geometry.width());
        q.bind(7, note->geometry.height());
        q.bind(8, note->z);
        if (note->contextId.isNull())
            q.bindNull(9);
        else
            q.bind(9, idText(note->contextId));
        q.bind(10, note->http.method);
        q.bind(11, note->http.path);
        q.bind(12, note->createdAt);
        q.bind(13, note->updatedAt);
        if (!q.run())
            return failed(q);
        s.deleteFields.bind(1, idText(id));
        if (!s.deleteFields.run())
            return failed(s.deleteFields);
        for (int position = 0; position < note->fields.size(); ++position) {
            const Field &field = note->fields.at(position);
            Sqlite::Statement &f = s.insertField;
            f.bind(1, idText(id));
            f.bind(2, position);
            f.bind(3, field.name);
            f.bind(4, toKey(field.type));
            f.bind(5, field.nullable ? 1 : 0);
            if (field.reference.isNull())
                f.bindNull(6);
            else
                f.bind(6, idText(field.reference));
            f.bind(7, jsonList(field.enumValues));
            if (!f.run())
                return failed(f);
        }
    }

    for (const QUuid &id : std::as_const(m_dirtyLinks)) {
        const Link *link = m_board->link(id);
        Sqlite::Statement &q = link ? s.upsertLink : s.deleteLink;
        q.bind(1, idText(id));
        if (link) {
            q.bind(2, idText(link->sourceId));
            q.bind(3, idText(link->targetId));
            q.bind(4, link->label);
        }
        if (!q.run())
            return failed(q);
    }

    for (const QUuid &id : std::as_const(m_dirtyRelationships)) {
        const Relationship *relationship = m_board->relationship(id);
        Sqlite::Statement &q = relationship ? s.upsertRelationship : s.deleteRelationship;
        q.bind(1, idText(id));
        if (relationship) {
            q.bind(2, idText(relationship->upstreamId));
            q.bind(3, idText(relationship->downstreamId));
            q.bind(4, toKey(relationship->pattern));
            q.bind(5, toKey(relationship->sync));
            q.bind(6, relationship->description);
        }
        if (!q.run())
            return failed(q);
    }
    return true;
}

bool ProjectFile::saveCopy(const QString &path, QString *error) const
{
    const QString temporary = path + QLatin1String(".part");
    QFile::remove(temporary);
    QString message;
    {
        Sqlite::Database target = Sqlite::open(
            temporary, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOFOLLOW, &message);
        if (!target) {
            *error = message;
            return false;
        }
        sqlite3_backup *backup
            = sqlite3_backup_init(target.get(), "main", m_database.get(), "main");
        if (!backup) {
            *error = Sqlite::errorMessage(target.get());
            QFile::remove(temporary);
            return false;
        }
        const int result = sqlite3_backup_step(backup, -1);
        sqlite3_backup_finish(backup);
        if (result != SQLITE_DONE
            || !Sqlite::exec(target.get(), "PRAGMA journal_mode = DELETE", &message)) {
            *error = result != SQLITE_DONE ? QString::fromUtf8(sqlite3_errstr(result)) : message;
            target.reset();
            QFile::remove(temporary);
            return false;
        }
    }
    if (QFile::exists(path) && !QFile::remove(path)) {
        *error = Text::tr("the existing file cannot be replaced");
        QFile::remove(temporary);
        return false;
    }
    if (!QFile::rename(temporary, path)) {
        *error = Text::tr("the file cannot be moved into place");
        QFile::remove(temporary);
        return false;
    }
    return true;
}

} // namespace Seams
