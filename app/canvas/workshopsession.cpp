#include "workshopsession.h"

#include <QDateTime>
#include <QSettings>

#include <algorithm>

namespace Seams {

namespace {

struct Phase
{
    const char *name;
    const char *hint;
    int minutes;
};

// The big-picture flow; durations are the usual defaults for a two-hour session.
constexpr Phase phases[] = {
    {QT_TRANSLATE_NOOP("Seams::WorkshopSession", "Chaotic exploration"),
     QT_TRANSLATE_NOOP("Seams::WorkshopSession",
                       "Everyone writes domain events in the past tense. No discussion yet."),
     25},
    {QT_TRANSLATE_NOOP("Seams::WorkshopSession", "Enforce the timeline"),
     QT_TRANSLATE_NOOP("Seams::WorkshopSession",
                       "Order the events left to right, merge duplicates, mark disagreements "
                       "with hotspots."),
     20},
    {QT_TRANSLATE_NOOP("Seams::WorkshopSession", "People and systems"),
     QT_TRANSLATE_NOOP("Seams::WorkshopSession",
                       "Add the actors and external systems that trigger or receive events."),
     15},
    {QT_TRANSLATE_NOOP("Seams::WorkshopSession", "Hotspots"),
     QT_TRANSLATE_NOOP("Seams::WorkshopSession",
                       "Walk the timeline; collect problems, questions and risks as hotspots."),
     15},
    {QT_TRANSLATE_NOOP("Seams::WorkshopSession", "Bounded contexts"),
     QT_TRANSLATE_NOOP("Seams::WorkshopSession",
                       "Group the events into bounded contexts, draw frames and name them."),
     20},
};

constexpr int minimumSeconds = 60;
constexpr int maximumSeconds = 600 * 60;
constexpr auto settingsGroup = "workshop";
constexpr qint64 staleAfterMs = 12 * 3600 * 1000;

} // namespace

WorkshopSession::WorkshopSession(QObject *parent)
    : QObject(parent)
{
    for (const Phase &phase : phases)
        m_durations.append(phase.minutes * 60);
    m_clock.start();
    m_tick.setInterval(250);
    connect(&m_tick, &QTimer::timeout, this, [this] {
        Q_EMIT remainingChanged();
        if (isTimeUp())
            pause(); // the clock stops at 0:00 and the board shows that time is up
    });
}

int WorkshopSession::phaseCount()
{
    return int(std::size(phases));
}

QStringList WorkshopSession::phaseNames() const
{
    QStringList names;
    for (const Phase &phase : phases)
        names.append(tr(phase.name));
    return names;
}

void WorkshopSession::setPhase(int phase)
{
    phase = std::clamp(phase, 0, phaseCount() - 1);
    if (phase == m_phase)
        return;
    pause();
    m_phase = phase;
    m_elapsedBeforeStart = 0;
    save();
    Q_EMIT phaseChanged();
    Q_EMIT durationChanged();
    Q_EMIT remainingChanged();
}

QString WorkshopSession::phaseName() const
{
    return tr(phases[m_phase].name);
}

QString WorkshopSession::phaseHint() const
{
    return tr(phases[m_phase].hint);
}

void WorkshopSession::setClock(std::function<qint64()> clock)
{
    m_testClock = std::move(clock);
}

void WorkshopSession::setWallClock(std::function<qint64()> clock)
{
    m_testWallClock = std::move(clock);
}

qint64 WorkshopSession::wallNow() const
{
    return m_testWallClock ? m_testWallClock() : QDateTime::currentMSecsSinceEpoch();
}

void WorkshopSession::setPersistent(bool persistent)
{
    if (persistent == m_persistent)
        return;
    m_persistent = persistent;
    if (persistent)
        restore();
    Q_EMIT persistentChanged();
}

void WorkshopSession::save() const
{
    if (!m_persistent)
        return;
    QVariantList durations;
    for (const int seconds : m_durations)
        durations.append(seconds);
    QSettings settings;
    settings.beginGroup(QLatin1String(settingsGroup));
    settings.setValue(QStringLiteral("phase"), m_phase);
    settings.setValue(QStringLiteral("durations"), durations);
    settings.setValue(QStringLiteral("elapsedMs"), elapsedMs());
    settings.setValue(QStringLiteral("running"), m_running);
    settings.setValue(QStringLiteral("savedAt"), wallNow());
}

void WorkshopSession::restore()
{
    QSettings settings;
    settings.beginGroup(QLatin1String(settingsGroup));
    const QVariantList durations = settings.value(QStringLiteral("durations")).toList();
    bool valid = durations.size() == phaseCount();
    QList<int> restored;
    for (const QVariant &value : durations) {
        bool isNumber = false;
        const int seconds = value.toInt(&isNumber);
        valid = valid && isNumber && seconds >= minimumSeconds && seconds <= maximumSeconds;
        restored.append(seconds);
    }
    bool isNumber = false;
    const int phase = settings.value(QStringLiteral("phase")).toInt(&isNumber);
    valid = valid && isNumber && phase >= 0 && phase < phaseCount();
    qint64 elapsed = settings.value(QStringLiteral("elapsedMs")).toLongLong(&isNumber);
    valid = valid && isNumber && elapsed >= 0;
    const qint64 savedAt = settings.value(QStringLiteral("savedAt")).toLongLong(&isNumber);
    valid = valid && isNumber;
    // Yesterday's workshop is over: a session left longer ago than that starts afresh.
    const qint64 away = wallNow() - savedAt;
    if (!valid || away > staleAfterMs)
        return; // nothing saved yet, not by us, or too old: keep the defaults
    const bool running = settings.value(QStringLiteral("running")).toBool();
    if (running)
        elapsed += std::max<qint64>(0, away); // the room's clock kept going meanwhile
    pause();
    m_durations = restored;
    m_phase = phase;
    m_elapsedBeforeStart = std::min<qint64>(elapsed, qint64(restored.at(phase)) * 1000);
    Q_EMIT phaseChanged();
    Q_EMIT durationChanged();
    Q_EMIT remainingChanged();
    if (running)
        start();
}

qint64 WorkshopSession::now() const
{
    return m_testClock ? m_testClock() : m_clock.elapsed();
}

qint64 WorkshopSession::elapsedMs() const
{
    return m_elapsedBeforeStart + (m_running ? now() - m_startedAt : 0);
}

int WorkshopSession::remainingSeconds() const
{
    // Rounded up, so the display reads 0:00 only when time is really up.
    const qint64 remaining = qint64(durationSeconds()) * 1000 - elapsedMs();
    return remaining <= 0 ? 0 : int((remaining + 999) / 1000);
}

QString WorkshopSession::remainingText() const
{
    const int seconds = remainingSeconds();
    return QStringLiteral("%1:%2").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

void WorkshopSession::start()
{
    if (m_running || isTimeUp())
        return;
    m_running = true;
    m_startedAt = now();
    m_tick.start();
    save();
    Q_EMIT runningChanged();
}

void WorkshopSession::pause()
{
    if (!m_running)
        return;
    m_elapsedBeforeStart = elapsedMs();
    m_running = false;
    m_tick.stop();
    save();
    Q_EMIT runningChanged();
    Q_EMIT remainingChanged();
}

void WorkshopSession::toggle()
{
    if (m_running)
        pause();
    else
        start();
}

void WorkshopSession::reset()
{
    pause();
    m_elapsedBeforeStart = 0;
    save();
    Q_EMIT remainingChanged();
}

void WorkshopSession::nextPhase()
{
    setPhase(m_phase + 1);
}

void WorkshopSession::previousPhase()
{
    setPhase(m_phase - 1);
}

void WorkshopSession::addMinutes(int minutes)
{
    const int updated
        = std::clamp(m_durations.at(m_phase) + minutes * 60, minimumSeconds, maximumSeconds);
    if (updated == m_durations.at(m_phase))
        return;
    m_durations[m_phase] = updated;
    save();
    Q_EMIT durationChanged();
    Q_EMIT remainingChanged();
}

} // namespace Seams
