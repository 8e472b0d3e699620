#pragma once

// Throwaway database servers for end-to-end tests: each lives in a temporary folder, listens
// on a free loopback port, and is stopped by its destructor (also when a test fails).
// As root, the servers run as their Debian system users (postgres, mysql), since neither
// agrees to run as root; otherwise as the current user.

#include <QByteArray>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

namespace SeamsTest {

struct RunResult
{
    int exitCode = -1;
    QByteArray output;
    QByteArray errors;

    bool ok() const { return exitCode == 0; }
    /** Output and errors, for failure messages. */
    QByteArray report() const { return output + errors; }
};

/** Runs a program to completion (at most `timeoutMs`), feeding it `input`. */
RunResult run(const QString &program, const QStringList &arguments, const QByteArray &input = {},
              int timeoutMs = 60000);

/** A TCP port nobody listens on right now (the kernel's pick on 127.0.0.1). */
quint16 freePort();

bool isRoot();

/** A PostgreSQL cluster made by initdb and run by pg_ctl, trust authentication. */
class PostgresServer
{
public:
    PostgresServer();
    ~PostgresServer();
    PostgresServer(const PostgresServer &) = delete;
    PostgresServer &operator=(const PostgresServer &) = delete;

    /** The server binaries (initdb, pg_ctl) were found. */
    bool isAvailable() const { return !m_binaries.isEmpty(); }
    bool start(QString *error);
    void stop();
    quint16 port() const { return m_port; }

    /** psql as `user` on `database`, ON_ERROR_STOP, unaligned tuples only. */
    RunResult psql(const QString &user, const QString &database, const QStringList &arguments,
                   const QByteArray &input = {}) const;
    /** Rows of a query as superuser, columns joined by '|'. */
    QStringList query(const QString &database, const QString &sql) const;

private:
    RunResult runAsServerUser(const QString &tool, const QStringList &arguments) const;

    QString m_binaries;
    QTemporaryDir m_folder;
    quint16 m_port = 0;
    bool m_running = false;
};

/** A MariaDB server from mariadb-install-db, run as a child process. */
class MariaDbServer
{
public:
    MariaDbServer();
    ~MariaDbServer();
    MariaDbServer(const MariaDbServer &) = delete;
    MariaDbServer &operator=(const MariaDbServer &) = delete;

    bool isAvailable() const;
    bool start(QString *error);
    void stop();
    quint16 port() const { return m_port; }

    /** The mariadb client as root over the socket. */
    RunResult admin(const QStringList &arguments, const QByteArray &input = {}) const;
    /** The mariadb client as `user` with `password` over TCP. */
    RunResult client(const QString &user, const QString &password, const QStringList &arguments,
                     const QByteArray &input = {}) const;
    /** Rows of a query as root, columns joined by '|'. */
    QStringList query(const QString &sql) const;

private:
    QTemporaryDir m_folder;
    std::unique_ptr<QProcess> m_server;
    quint16 m_port = 0;
};

} // namespace SeamsTest
