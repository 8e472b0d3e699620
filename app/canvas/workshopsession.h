#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QQmlEngine>
#include <QTimer>

#include <functional>

namespace Seams {

/** The facilitator's clock for a big-picture event-storming session: the five phases
 *  (chaotic exploration, enforce the timeline, people and systems, hotspots, bounded
 *  contexts), each with a countdown shown on the board.
 *
 *  The session is not part of the board file: it belongs to the room, not to the model.
 *  A persistent session outlives the app instead: a restart, or a crash, in the middle of a
 *  workshop finds the same phase, durations and clock, which kept running while the app was
 *  down. One left for more than 12 hours belongs to an earlier workshop and is not restored. */
class WorkshopSession : public QObject
{
    Q_OBJECT
    QML_ELEMENT

    Q_PROPERTY(QStringList phaseNames READ phaseNames CONSTANT)
    Q_PROPERTY(int phase READ phase WRITE setPhase NOTIFY phaseChanged)
    Q_PROPERTY(QString phaseName READ phaseName NOTIFY phaseChanged)
    Q_PROPERTY(QString phaseHint READ phaseHint NOTIFY phaseChanged)
    Q_PROPERTY(int durationSeconds READ durationSeconds NOTIFY durationChanged)
    Q_PROPERTY(int remainingSeconds READ remainingSeconds NOTIFY remainingChanged)
    Q_PROPERTY(QString remainingText READ remainingText NOTIFY remainingChanged)
    Q_PROPERTY(bool running READ isRunning NOTIFY runningChanged)
    Q_PROPERTY(bool timeUp READ isTimeUp NOTIFY remainingChanged)
    /** Keeps the session in the settings on every change; turning it on reads it back. */
    Q_PROPERTY(bool persistent READ isPersistent WRITE setPersistent NOTIFY persistentChanged)

public:
    explicit WorkshopSession(QObject *parent = nullptr);

    static int phaseCount();
    QStringList phaseNames() const;
    int phase() const { return m_phase; }
    void setPhase(int phase);
    QString phaseName() const;
    QString phaseHint() const;
    int durationSeconds() const { return m_durations.at(m_phase); }
    int remainingSeconds() const;
    QString remainingText() const;
    bool isRunning() const { return m_running; }
    bool isTimeUp() const { return remainingSeconds() <= 0; }

    Q_INVOKABLE void start();
    Q_INVOKABLE void pause();
    Q_INVOKABLE void toggle();
    /** Back to the phase's full duration, stopped. */
    Q_INVOKABLE void reset();
    Q_INVOKABLE void nextPhase();
    Q_INVOKABLE void previousPhase();
    /** Adds (or with a negative value removes) minutes from the current phase's clock. */
    Q_INVOKABLE void addMinutes(int minutes);

    bool isPersistent() const { return m_persistent; }
    void setPersistent(bool persistent);

    /** Tests replace the monotonic clock (milliseconds). */
    void setClock(std::function<qint64()> clock);
    /** Tests replace the wall clock (milliseconds since the epoch), which measures the time
     *  the app was not running. */
    void setWallClock(std::function<qint64()> clock);

Q_SIGNALS:
    void phaseChanged();
    void durationChanged();
    void remainingChanged();
    void runningChanged();
    void persistentChanged();

private:
    qint64 now() const;
    qint64 elapsedMs() const;
    qint64 wallNow() const;
    void save() const;
    void restore();

    QList<int> m_durations;
    int m_phase = 0;
    bool m_running = false;
    qint64 m_elapsedBeforeStart = 0;
    qint64 m_startedAt = 0;
    QTimer m_tick;
    QElapsedTimer m_clock;
    std::function<qint64()> m_testClock;
    std::function<qint64()> m_testWallClock;
    bool m_persistent = false;
};

} // namespace Seams
