#include "dbservers.h"

#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QStandardPaths>
#include <QThread>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <pwd.h>
#include <sys/socket.h>
#include <unistd.h>

namespace SeamsTest {

namespace {

/** Hands a folder (and what is in it) to a system user, so a server running as that user
 *  can write there. */
bool giveTo(const QString &folder, const char *user)
{
    const passwd *account = getpwnam(user);
    if (!account)
        return false;
    bool ok = ::chown(QFile::encodeName(folder).constData(), account->pw_uid, account->pw_gid) == 0;
    QDirIterator it(folder, QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        ok = ::chown(QFile::encodeName(it.next()).constData(), account->pw_uid, account->pw_gid)
                == 0
            && ok;
    }
    return ok;
}

QStringList rows(const RunResult &result)
{
    if (!result.ok())
        return {QStringLiteral("<error> ") + QString::fromUtf8(result.report())};
    QStringList lines = QString::fromUtf8(result.output).split(QLatin1Char('\n'));
    while (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    return lines;
}

} // namespace

RunResult run(const QString &program, const QStringList &arguments, const QByteArray &input,
              int timeoutMs)
{
    QProcess process;
    process.start(program, arguments);
    RunResult result;
    if (!process.waitForStarted(10000)) {
        result.errors = process.errorString().toUtf8();
        return result;
    }
    if (!input.isEmpty())
        process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished(5000);
        result.errors = "timed out: " + program.toUtf8();
        return result;
    }
    result.output = process.readAllStandardOutput();
    result.errors = process.readAllStandardError();
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    return result;
}

quint16 freePort()
{
    const int probe = ::socket(AF_INET, SOCK_STREAM, 0);
    if (probe < 0)
        return 0;
    sockaddr_in address {};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    address.sin_port = 0;
    socklen_t length = sizeof(address);
    quint16 port = 0;
    if (::bind(probe, reinterpret_cast<sockaddr *>(&address), sizeof(address)) == 0
        && ::getsockname(probe, reinterpret_cast<sockaddr *>(&address), &length) == 0)
        port = ntohs(address.sin_port);
    ::close(probe);
    return port;
}

bool isRoot()
{
    return ::geteuid() == 0;
}

// --- PostgreSQL ----------------------------------------------------------------------------

PostgresServer::PostgresServer()
{
    // Debian keeps initdb and pg_ctl out of PATH, one folder per major version.
    const QStringList candidates = {QStringLiteral("/usr/lib/postgresql/15/bin"),
                                    QFileInfo(QStandardPaths::findExecutable("initdb")).path()};
    for (const QString &folder : candidates) {
        if (QFileInfo(folder + "/initdb").isExecutable()
            && QFileInfo(folder + "/pg_ctl").isExecutable()) {
            m_binaries = folder;
            break;
        }
    }
}

PostgresServer::~PostgresServer()
{
    stop();
}

RunResult PostgresServer::runAsServerUser(const QString &tool, const QStringList &arguments) const
{
    const QString program = m_binaries + QLatin1Char('/') + tool;
    if (!isRoot())
        return run(program, arguments);
    return run(QStringLiteral("runuser"),
               QStringList {QStringLiteral("-u"), QStringLiteral("postgres"), QStringLiteral("--"),
                            program}
                   + arguments);
}

bool PostgresServer::start(QString *error)
{
    if (!m_folder.isValid() || (isRoot() && !giveTo(m_folder.path(), "postgres"))) {
        *error = QStringLiteral("cannot prepare %1 for the postgres user").arg(m_folder.path());
        return false;
    }
    const QString data = m_folder.filePath(QStringLiteral("data"));
    const RunResult init = runAsServerUser(
        QStringLiteral("initdb"),
        {QStringLiteral("-D"), data, QStringLiteral("-A"), QStringLiteral("trust"),
         QStringLiteral("-U"), QStringLiteral("postgres"), QStringLiteral("-E"),
         QStringLiteral("UTF8"), QStringLiteral("--no-locale"), QStringLiteral("--no-sync")});
    if (!init.ok()) {
        *error = QStringLiteral("initdb failed: ") + QString::fromUtf8(init.report());
        return false;
    }
    m_port = freePort();
    const QString options = QStringLiteral("-k %1 -p %2 -c listen_addresses=127.0.0.1 -c fsync=off "
                                           "-c synchronous_commit=off -c full_page_writes=off "
                                           "-c shared_buffers=16MB -c max_connections=20")
                                .arg(m_folder.path())
                                .arg(m_port);
    const RunResult started
        = runAsServerUser(QStringLiteral("pg_ctl"),
                          {QStringLiteral("-D"), data, QStringLiteral("-o"), options,
                           QStringLiteral("-l"), m_folder.filePath(QStringLiteral("server.log")),
                           QStringLiteral("-w"), QStringLiteral("start")});
    m_running = started.ok();
    if (!m_running) {
        QFile log(m_folder.filePath(QStringLiteral("server.log")));
        log.open(QIODevice::ReadOnly);
        *error = QStringLiteral("pg_ctl start failed: ") + QString::fromUtf8(started.report())
            + QString::fromUtf8(log.readAll());
    }
    return m_running;
}

void PostgresServer::stop()
{
    if (!m_running)
        return;
    runAsServerUser(QStringLiteral("pg_ctl"),
                    {QStringLiteral("-D"), m_folder.filePath(QStringLiteral("data")),
                     QStringLiteral("-m"), QStringLiteral("immediate"), QStringLiteral("-w"),
                     QStringLiteral("stop")});
    m_running = false;
}

RunResult PostgresServer::psql(const QString &user, const QString &database,
                               const QStringList &arguments, const QByteArray &input) const
{
    return run(QStringLiteral("psql"),
               QStringList {QStringLiteral("-h"), QStringLiteral("127.0.0.1"), QStringLiteral("-p"),
                            QString::number(m_port), QStringLiteral("-U"), user,
                            QStringLiteral("-d"), database, QStringLiteral("-X"),
                            QStringLiteral("-q"), QStringLiteral("-A"), QStringLiteral("-t"),
                            QStringLiteral("-v"), QStringLiteral("ON_ERROR_STOP=1")}
                   + arguments,
               input);
}

QStringList PostgresServer::query(const QString &database, const QString &sql) const
{
    return rows(psql(QStringLiteral("postgres"), database, {QStringLiteral("-c"), sql}));
}

// --- MariaDB -------------------------------------------------------------------------------

MariaDbServer::MariaDbServer() = default;

MariaDbServer::~MariaDbServer()
{
    stop();
}

bool MariaDbServer::isAvailable() const
{
    return !QStandardPaths::findExecutable(QStringLiteral("mariadb-install-db")).isEmpty()
        && QFileInfo::exists(QStringLiteral("/usr/sbin/mariadbd"));
}

bool MariaDbServer::start(QString *error)
{
    if (!m_folder.isValid() || (isRoot() && !giveTo(m_folder.path(), "mysql"))) {
        *error = QStringLiteral("cannot prepare %1 for the mysql user").arg(m_folder.path());
        return false;
    }
    const QString data = m_folder.filePath(QStringLiteral("data"));
    QStringList userOption;
    if (isRoot())
        userOption = {QStringLiteral("--user=mysql")};
    const RunResult install
        = run(QStringLiteral("mariadb-install-db"),
              QStringList {QStringLiteral("--no-defaults"), QStringLiteral("--datadir=") + data,
                           QStringLiteral("--auth-root-authentication-method=normal"),
                           QStringLiteral("--skip-test-db"), QStringLiteral("--skip-name-resolve")}
                  + userOption,
              {}, 120000);
    if (!install.ok()) {
        *error
            = QStringLiteral("mariadb-install-db failed: ") + QString::fromUtf8(install.report());
        return false;
    }
    m_port = freePort();
    m_server = std::make_unique<QProcess>();
    m_server->setStandardOutputFile(QProcess::nullDevice());
    m_server->setStandardErrorFile(QProcess::nullDevice());
    m_server->start(
        QStringLiteral("/usr/sbin/mariadbd"),
        QStringList {
            QStringLiteral("--no-defaults"), QStringLiteral("--datadir=") + data,
            QStringLiteral("--socket=") + m_folder.filePath(QStringLiteral("socket")),
            QStringLiteral("--port=%1").arg(m_port), QStringLiteral("--skip-networking=0"),
            QStringLiteral("--bind-address=127.0.0.1"), QStringLiteral("--skip-name-resolve"),
            QStringLiteral("--pid-file=") + m_folder.filePath(QStringLiteral("pid")),
            QStringLiteral("--log-error=") + m_folder.filePath(QStringLiteral("error.log")),
            QStringLiteral("--innodb-buffer-pool-size=32M"),
            QStringLiteral("--innodb-flush-log-at-trx-commit=0"), QStringLiteral("--skip-log-bin")}
            + userOption);
    if (!m_server->waitForStarted(10000)) {
        *error = QStringLiteral("mariadbd did not start: ") + m_server->errorString();
        return false;
    }
    QElapsedTimer waiting;
    waiting.start();
    while (waiting.elapsed() < 60000) {
        if (admin({QStringLiteral("-e"), QStringLiteral("SELECT 1")}).ok())
            return true;
        if (m_server->state() == QProcess::NotRunning)
            break;
        QThread::msleep(100);
    }
    QFile log(m_folder.filePath(QStringLiteral("error.log")));
    log.open(QIODevice::ReadOnly);
    *error = QStringLiteral("mariadbd is not answering: ") + QString::fromUtf8(log.readAll());
    stop();
    return false;
}

void MariaDbServer::stop()
{
    if (!m_server)
        return;
    if (m_server->state() != QProcess::NotRunning) {
        m_server->terminate();
        if (!m_server->waitForFinished(30000)) {
            m_server->kill();
            m_server->waitForFinished(5000);
        }
    }
    m_server.reset();
}

RunResult MariaDbServer::admin(const QStringList &arguments, const QByteArray &input) const
{
    return run(
        QStringLiteral("mariadb"),
        QStringList {QStringLiteral("--no-defaults"),
                     QStringLiteral("--socket=") + m_folder.filePath(QStringLiteral("socket")),
                     QStringLiteral("-uroot"), QStringLiteral("--batch"),
                     QStringLiteral("--skip-column-names")}
            + arguments,
        input);
}

RunResult MariaDbServer::client(const QString &user, const QString &password,
                                const QStringList &arguments, const QByteArray &input) const
{
    return run(QStringLiteral("mariadb"),
               QStringList {QStringLiteral("--no-defaults"), QStringLiteral("--protocol=TCP"),
                            QStringLiteral("-h"), QStringLiteral("127.0.0.1"), QStringLiteral("-P"),
                            QString::number(m_port), QStringLiteral("-u"), user,
                            QStringLiteral("--password=") + password, QStringLiteral("--batch"),
                            QStringLiteral("--skip-column-names")}
                   + arguments,
               input);
}

QStringList MariaDbServer::query(const QString &sql) const
{
    QStringList result = rows(admin({QStringLiteral("-e"), sql}));
    for (QString &row : result)
        row.replace(QLatin1Char('\t'), QLatin1Char('|'));
    return result;
}

} // namespace SeamsTest
