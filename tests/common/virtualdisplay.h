#pragma once

// A private X server (Xvfb) for tests and benchmarks that run the real app window: started
// on a free display number, stopped when the object goes (also when a test fails).

#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QThread>

namespace Seams::TestSupport {

class VirtualDisplay
{
public:
    VirtualDisplay() = default;
    VirtualDisplay(const VirtualDisplay &) = delete;
    VirtualDisplay &operator=(const VirtualDisplay &) = delete;
    ~VirtualDisplay() { stop(); }

    static bool isAvailable()
    {
        return !QStandardPaths::findExecutable(QStringLiteral("Xvfb")).isEmpty();
    }

    /** Starts Xvfb with one screen of `size` ("1600x1000"); false with `error` set. */
    bool start(const QString &size, QString *error)
    {
        const QString xvfb = QStandardPaths::findExecutable(QStringLiteral("Xvfb"));
        if (xvfb.isEmpty()) {
            *error = QStringLiteral("Xvfb not found (install the xvfb package)");
            return false;
        }
        for (int number = 90; number < 300; ++number) {
            if (QFile::exists(QStringLiteral("/tmp/.X%1-lock").arg(number))
                || QFile::exists(QStringLiteral("/tmp/.X11-unix/X%1").arg(number)))
                continue;
            m_display = QStringLiteral(":%1").arg(number);
            m_process.setProgram(xvfb);
            m_process.setArguments({m_display, QStringLiteral("-screen"), QStringLiteral("0"),
                                    size + QStringLiteral("x24"), QStringLiteral("-nolisten"),
                                    QStringLiteral("tcp")});
            m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
            m_process.start();
            if (!m_process.waitForStarted(5000))
                continue;
            const QString socket = QStringLiteral("/tmp/.X11-unix/X%1").arg(number);
            for (int wait = 0;
                 wait < 100 && !QFile::exists(socket) && m_process.state() == QProcess::Running;
                 ++wait)
                QThread::msleep(50);
            if (QFile::exists(socket) && m_process.state() == QProcess::Running)
                return true;
            stop(); // another server took the number meanwhile: try the next one
        }
        *error = QStringLiteral("could not start Xvfb on a free display");
        return false;
    }

    void stop()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.terminate();
            if (!m_process.waitForFinished(5000))
                m_process.kill();
            m_process.waitForFinished(5000);
        }
    }

    QString display() const { return m_display; }

private:
    QProcess m_process;
    QString m_display;
};

} // namespace Seams::TestSupport
