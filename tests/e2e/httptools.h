#pragma once

// Test helpers for end-to-end checks against real servers: an echo stub upstream, a minimal
// HTTP/1.1 client (raw sockets: no proxy settings from the environment get in the way) and a
// server process that is always stopped. Everything runs on 127.0.0.1.

#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QProcess>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>
#include <QTimer>

#if defined(Q_OS_LINUX)
#include <csignal>
#include <sys/prctl.h>
#endif

namespace E2e {

/** A port that was free a moment ago on 127.0.0.1. */
inline quint16 freePort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

/** An upstream that answers every request with 200 and JSON {name, path, headers}: who
 *  answered, the request target exactly as received, and the headers (names lower-cased).
 *  It also sends its own X-Trace-Id, which gateways must not pass on to the client. */
class EchoServer : public QTcpServer
{
public:
    explicit EchoServer(const QString &name)
        : m_name(name)
    {
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, socket, [this, socket] { serve(socket); });
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
    }

private:
    void serve(QTcpSocket *socket)
    {
        QByteArray request = socket->property("request").toByteArray() + socket->readAll();
        socket->setProperty("request", request);
        const qsizetype end = request.indexOf("\r\n\r\n");
        if (end < 0)
            return;
        const QList<QByteArray> lines = request.left(end).split('\n');
        const QList<QByteArray> requestLine = lines.first().trimmed().split(' ');
        QJsonObject headers;
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const qsizetype colon = lines.at(i).indexOf(':');
            if (colon > 0) {
                headers.insert(QString::fromLatin1(lines.at(i).left(colon).trimmed().toLower()),
                               QString::fromLatin1(lines.at(i).mid(colon + 1).trimmed()));
            }
        }
        const QByteArray body
            = QJsonDocument(QJsonObject {
                                {QStringLiteral("name"), m_name},
                                {QStringLiteral("path"), QString::fromLatin1(requestLine.value(1))},
                                {QStringLiteral("headers"), headers},
                            })
                  .toJson(QJsonDocument::Compact);
        socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nConnection: close\r\n"
                      "X-Trace-Id: from-the-upstream\r\nContent-Length: "
                      + QByteArray::number(body.size()) + "\r\n\r\n" + body);
        socket->disconnectFromHost();
    }

    QString m_name;
};

struct Reply
{
    int status = 0;
    QMap<QByteArray, QByteArray> headers; ///< names lower-cased
    QByteArray body;
    QString error;

    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
};

inline QByteArray dechunk(const QByteArray &chunked)
{
    QByteArray result;
    qsizetype at = 0;
    while (at < chunked.size()) {
        const qsizetype lineEnd = chunked.indexOf("\r\n", at);
        if (lineEnd < 0)
            break;
        const int size = chunked.mid(at, lineEnd - at).split(';').first().toInt(nullptr, 16);
        if (size <= 0)
            break;
        result += chunked.mid(lineEnd + 2, size);
        at = lineEnd + 2 + size + 2;
    }
    return result;
}

/** GET http://127.0.0.1:port + target with extra headers; the event loop keeps running, so
 *  in-process stubs answer meanwhile. */
inline Reply get(quint16 port, const QByteArray &target,
                 const QList<std::pair<QByteArray, QByteArray>> &headers = {})
{
    Reply reply;
    QTcpSocket socket;
    QByteArray received;
    QEventLoop loop;
    QTimer timeout;
    timeout.setSingleShot(true);
    QObject::connect(&timeout, &QTimer::timeout, &loop, [&] {
        reply.error = QStringLiteral("timed out");
        loop.quit();
    });
    QObject::connect(&socket, &QTcpSocket::connected, &loop, [&] {
        QByteArray request = "GET " + target + " HTTP/1.1\r\nHost: 127.0.0.1:"
            + QByteArray::number(port) + "\r\nConnection: close\r\n";
        for (const auto &[name, value] : headers)
            request += name + ": " + value + "\r\n";
        socket.write(request + "\r\n");
    });
    QObject::connect(&socket, &QTcpSocket::readyRead, &loop, [&] { received += socket.readAll(); });
    QObject::connect(&socket, &QTcpSocket::disconnected, &loop, &QEventLoop::quit);
    QObject::connect(&socket, &QTcpSocket::errorOccurred, &loop,
                     [&](QAbstractSocket::SocketError e) {
                         if (e != QAbstractSocket::RemoteHostClosedError) {
                             reply.error = socket.errorString();
                             loop.quit();
                         }
                     });
    timeout.start(10000);
    socket.connectToHost(QHostAddress::LocalHost, port);
    loop.exec();
    received += socket.readAll();
    const qsizetype end = received.indexOf("\r\n\r\n");
    if (end < 0) {
        if (reply.error.isEmpty())
            reply.error = QStringLiteral("no HTTP answer: ") + QString::fromLatin1(received);
        return reply;
    }
    const QList<QByteArray> lines = received.left(end).split('\n');
    reply.status = lines.first().split(' ').value(1).toInt();
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines.at(i).indexOf(':');
        if (colon > 0)
            reply.headers.insert(lines.at(i).left(colon).trimmed().toLower(),
                                 lines.at(i).mid(colon + 1).trimmed());
    }
    reply.body = received.mid(end + 4);
    if (reply.headers.value("transfer-encoding").toLower() == "chunked")
        reply.body = dechunk(reply.body);
    return reply;
}

/** A server process that is stopped when this object goes (SIGTERM, then SIGKILL), and also
 *  if the test process dies (Linux: parent-death signal). */
class ServerProcess
{
public:
    ServerProcess() { m_process.setProcessChannelMode(QProcess::MergedChannels); }
    ~ServerProcess() { stop(); }
    ServerProcess(const ServerProcess &) = delete;
    ServerProcess &operator=(const ServerProcess &) = delete;

    /** Starts the program and waits until it accepts connections on the port. */
    bool start(const QString &program, const QStringList &arguments, quint16 port,
               const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment(),
               const QString &workingDirectory = QString())
    {
        m_process.setProcessEnvironment(environment);
        m_process.setWorkingDirectory(workingDirectory);
#if defined(Q_OS_LINUX)
        m_process.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGKILL); });
#endif
        m_process.start(program, arguments);
        if (!m_process.waitForStarted(5000))
            return false;
        QElapsedTimer clock;
        clock.start();
        while (clock.elapsed() < 10000 && m_process.state() == QProcess::Running) {
            QTcpSocket probe;
            probe.connectToHost(QHostAddress::LocalHost, port);
            if (probe.waitForConnected(200))
                return true;
            QThread::msleep(50);
        }
        return false;
    }

    void stop()
    {
        if (m_process.state() == QProcess::NotRunning)
            return;
        m_process.terminate();
        if (!m_process.waitForFinished(5000)) {
            m_process.kill();
            m_process.waitForFinished(5000);
        }
    }

    /** What the server printed (for failure messages). */
    QString output()
    {
        return QString::fromLocal8Bit(m_process.readAll());
    }

private:
    QProcess m_process;
};

} // namespace E2e
