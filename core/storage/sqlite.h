#pragma once

#include <QByteArray>
#include <QString>

#include <memory>

struct sqlite3;
struct sqlite3_stmt;

namespace Seams::Sqlite {

struct DatabaseCloser
{
    void operator()(sqlite3 *database) const;
};

/** An open SQLite connection, closed when it goes out of scope. */
using Database = std::unique_ptr<sqlite3, DatabaseCloser>;

/** Opens a connection; on failure returns null and sets `error`. */
Database open(const QString &path, int flags, QString *error);

/** The connection's last error message. */
QString errorMessage(sqlite3 *database);

/** Runs one or more statements that return no rows. */
bool exec(sqlite3 *database, const char *sql, QString *error);

/** A prepared statement, finalized when it goes out of scope. Binding indexes start at 1,
 *  column indexes at 0, as in SQLite. */
class Statement
{
public:
    Statement() = default;
    Statement(sqlite3 *database, const char *sql);
    ~Statement();
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;
    Statement(Statement &&other) noexcept;
    Statement &operator=(Statement &&other) noexcept;

    bool isValid() const { return m_statement != nullptr; }
    /** The preparation or last step error. */
    QString errorString() const { return m_error; }

    void bind(int index, const QString &value);
    void bind(int index, qint64 value);
    void bind(int index, int value) { bind(index, qint64(value)); }
    void bind(int index, double value);
    void bindNull(int index);

    /** Advances to the next row: true while there is one. Check errorString() after false. */
    bool next();
    /** Runs a statement that returns no rows, then resets it for reuse. */
    bool run();
    void reset();

    QString text(int column) const;
    qint64 integer(int column) const;
    double real(int column) const;
    bool isNull(int column) const;
    /** SQLITE_INTEGER, SQLITE_FLOAT, SQLITE_TEXT, SQLITE_BLOB or SQLITE_NULL. */
    int type(int column) const;

private:
    sqlite3 *m_database = nullptr;
    sqlite3_stmt *m_statement = nullptr;
    QString m_error;
};

/** BEGIN IMMEDIATE ... COMMIT; rolls back unless commit() succeeded. */
class Transaction
{
public:
    explicit Transaction(sqlite3 *database);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    bool isActive() const { return m_active; }
    QString errorString() const { return m_error; }
    bool commit();

private:
    sqlite3 *m_database;
    bool m_active = false;
    QString m_error;
};

} // namespace Seams::Sqlite
