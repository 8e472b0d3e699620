#include "sqlite.h"

#include <sqlite3.h>

#include <utility>

namespace Seams::Sqlite {

void DatabaseCloser::operator()(sqlite3 *database) const
{
    sqlite3_close_v2(database);
}

Database open(const QString &path, int flags, QString *error)
{
    sqlite3 *raw = nullptr;
    const int result = sqlite3_open_v2(path.toUtf8().constData(), &raw, flags, nullptr);
    Database database(raw);
    if (result != SQLITE_OK) {
        if (error)
            *error = raw ? errorMessage(raw) : QString::fromUtf8(sqlite3_errstr(result));
        return nullptr;
    }
    sqlite3_extended_result_codes(raw, 1);
    return database;
}

QString errorMessage(sqlite3 *database)
{
    return QString::fromUtf8(sqlite3_errmsg(database));
}

bool exec(sqlite3 *database, const char *sql, QString *error)
{
    char *message = nullptr;
    if (sqlite3_exec(database, sql, nullptr, nullptr, &message) == SQLITE_OK)
        return true;
    if (error)
        *error = QString::fromUtf8(message ? message : sqlite3_errmsg(database));
    sqlite3_free(message);
    return false;
}

Statement::Statement(sqlite3 *database, const char *sql)
    : m_database(database)
{
    if (sqlite3_prepare_v3(database, sql, -1, SQLITE_PREPARE_PERSISTENT, &m_statement, nullptr)
        != SQLITE_OK) {
        m_error = errorMessage(database);
        m_statement = nullptr;
    }
}

Statement::~Statement()
{
    sqlite3_finalize(m_statement);
}

Statement::Statement(Statement &&other) noexcept
    : m_database(std::exchange(other.m_database, nullptr))
    , m_statement(std::exchange(other.m_statement, nullptr))
    , m_error(std::move(other.m_error))
{ }

Statement &Statement::operator=(Statement &&other) noexcept
{
    if (this != &other) {
        sqlite3_finalize(m_statement);
        m_database = std::exchange(other.m_database, nullptr);
        m_statement = std::exchange(other.m_statement, nullptr);
        m_error = std::move(other.m_error);
    }
    return *this;
}

void Statement::bind(int index, const QString &value)
{
    const QByteArray utf8 = value.toUtf8();
    sqlite3_bind_text(m_statement, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
}

void Statement::bind(int index, qint64 value)
{
    sqlite3_bind_int64(m_statement, index, value);
}

void Statement::bind(int index, double value)
{
    sqlite3_bind_double(m_statement, index, value);
}

void Statement::bindNull(int index)
{
    sqlite3_bind_null(m_statement, index);
}

bool Statement::next()
{
    if (!m_statement)
        return false;
    const int result = sqlite3_step(m_statement);
    if (result == SQLITE_ROW)
        return true;
    if (result != SQLITE_DONE)
        m_error = errorMessage(m_database);
    return false;
}

bool Statement::run()
{
    if (!m_statement)
        return false;
    const int result = sqlite3_step(m_statement);
    const bool ok = result == SQLITE_DONE || result == SQLITE_ROW;
    if (!ok)
        m_error = errorMessage(m_database);
    reset();
    return ok;
}

void Statement::reset()
{
    sqlite3_reset(m_statement);
    sqlite3_clear_bindings(m_statement);
}

QString Statement::text(int column) const
{
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
    return QString::fromUtf8(data, sqlite3_column_bytes(m_statement, column));
}

qint64 Statement::integer(int column) const
{
    return sqlite3_column_int64(m_statement, column);
}

double Statement::real(int column) const
{
    return sqlite3_column_double(m_statement, column);
}

bool Statement::isNull(int column) const
{
    return sqlite3_column_type(m_statement, column) == SQLITE_NULL;
}

int Statement::type(int column) const
{
    return sqlite3_column_type(m_statement, column);
}

Transaction::Transaction(sqlite3 *database)
    : m_database(database)
{
    m_active = exec(database, "BEGIN IMMEDIATE", &m_error);
}

Transaction::~Transaction()
{
    if (m_active)
        exec(m_database, "ROLLBACK", nullptr);
}

bool Transaction::commit()
{
    if (!m_active)
        return false;
    if (!exec(m_database, "COMMIT", &m_error)) {
        return false; // still active: the destructor rolls back
    }
    m_active = false;
    return true;
}

} // namespace Seams::Sqlite
