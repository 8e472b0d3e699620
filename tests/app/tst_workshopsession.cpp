#include "canvas/workshopsession.h"

#include <QDateTime>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace Seams;

namespace {

/** A persistent session on test clocks, as the app makes one when it starts. */
std::unique_ptr<WorkshopSession> startSession(const qint64 *wall, const qint64 *now = nullptr)
{
    auto session = std::make_unique<WorkshopSession>();
    if (now)
        session->setClock([now] { return *now; });
    session->setWallClock([wall] { return *wall; });
    session->setPersistent(true);
    return session;
}

} // namespace

class tst_WorkshopSession : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void phases();
    void countdown();
    void stopsAtZero();
    void addMinutes();
    void aRestartFindsTheRunningClock();
    void aPausedClockStaysPaused();
    void timeRanOutWhileAway();
    void theNextDayStartsAfresh();
    void onlyPersistentSessionsAreKept();
    void unusableSettingsAreIgnored_data();
    void unusableSettingsAreIgnored();
};

void tst_WorkshopSession::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void tst_WorkshopSession::init()
{
    QSettings().remove(QStringLiteral("workshop"));
}

void tst_WorkshopSession::phases()
{
    WorkshopSession session;
    QCOMPARE(session.phaseNames().size(), 5);
    QCOMPARE(session.phaseName(), QStringLiteral("Chaotic exploration"));
    QCOMPARE(session.phaseNames().last(), QStringLiteral("Bounded contexts"));
    QSignalSpy changed(&session, &WorkshopSession::phaseChanged);
    session.nextPhase();
    QCOMPARE(session.phaseName(), QStringLiteral("Enforce the timeline"));
    session.setPhase(99);
    QCOMPARE(session.phase(), 4);
    session.nextPhase(); // stays on the last
    QCOMPARE(session.phase(), 4);
    session.setPhase(-3);
    QCOMPARE(session.phase(), 0);
    QCOMPARE(changed.count(), 3);
    QVERIFY(!session.phaseHint().isEmpty());
}

void tst_WorkshopSession::countdown()
{
    qint64 now = 1000;
    WorkshopSession session;
    session.setClock([&now] { return now; });
    QCOMPARE(session.remainingText(), QStringLiteral("25:00"));
    session.start();
    QVERIFY(session.isRunning());
    now += 61'500;
    QCOMPARE(session.remainingSeconds(), 25 * 60 - 61); // rounded up
    QCOMPARE(session.remainingText(), QStringLiteral("23:59"));
    session.pause();
    now += 100'000; // paused time does not count
    QCOMPARE(session.remainingText(), QStringLiteral("23:59"));
    session.toggle();
    now += 1'000;
    QCOMPARE(session.remainingText(), QStringLiteral("23:58"));
    // A new phase starts from its full time, stopped.
    session.nextPhase();
    QVERIFY(!session.isRunning());
    QCOMPARE(session.remainingText(), QStringLiteral("20:00"));
    session.start();
    now += 5'000;
    session.reset();
    QCOMPARE(session.remainingText(), QStringLiteral("20:00"));
}

void tst_WorkshopSession::stopsAtZero()
{
    qint64 now = 0;
    WorkshopSession session;
    session.setClock([&now] { return now; });
    session.setPhase(2); // 15 minutes
    session.start();
    now += 16 * 60 * 1000;
    QCOMPARE(session.remainingSeconds(), 0);
    QVERIFY(session.isTimeUp());
    QCOMPARE(session.remainingText(), QStringLiteral("0:00"));
    // The next tick stops the clock.
    QTRY_VERIFY(!session.isRunning());
    session.start(); // nothing left to run
    QVERIFY(!session.isRunning());
}

void tst_WorkshopSession::addMinutes()
{
    WorkshopSession session;
    session.setClock([] { return qint64(0); });
    QSignalSpy duration(&session, &WorkshopSession::durationChanged);
    session.addMinutes(5);
    QCOMPARE(session.remainingText(), QStringLiteral("30:00"));
    session.addMinutes(-100); // never below one minute
    QCOMPARE(session.durationSeconds(), 60);
    QCOMPARE(duration.count(), 2);
}

void tst_WorkshopSession::aRestartFindsTheRunningClock()
{
    // The app crashes (or quits) ten minutes into "People and systems", extended by five
    // minutes, with the clock running; it starts again 90 s later.
    qint64 wall = 1'700'000'000'000;
    qint64 now = 0;
    {
        const auto session = startSession(&wall, &now);
        session->setPhase(2);
        session->addMinutes(5);
        session->start();
        now += 600'000;
        wall += 600'000;
    }
    wall += 90'000;
    const auto again = startSession(&wall, &now);
    QCOMPARE(again->phase(), 2);
    QCOMPARE(again->durationSeconds(), 20 * 60);
    QVERIFY(again->isRunning());
    QCOMPARE(again->remainingSeconds(), 20 * 60 - 600 - 90);
    now += 30'000;
    QCOMPARE(again->remainingSeconds(), 20 * 60 - 600 - 90 - 30);

    // What QML shows follows: the restore is announced.
    WorkshopSession third;
    third.setWallClock([&wall] { return wall; });
    QSignalSpy phase(&third, &WorkshopSession::phaseChanged);
    QSignalSpy running(&third, &WorkshopSession::runningChanged);
    third.setPersistent(true);
    QCOMPARE(phase.count(), 1);
    QCOMPARE(running.count(), 1);
    QCOMPARE(third.phaseName(), QStringLiteral("People and systems"));
}

void tst_WorkshopSession::aPausedClockStaysPaused()
{
    qint64 wall = 1'700'000'000'000;
    qint64 now = 0;
    {
        const auto session = startSession(&wall, &now);
        session->start();
        now += 61'000;
        session->pause();
    }
    wall += 3'600'000; // an hour of lunch
    const auto again = startSession(&wall);
    QCOMPARE(again->phase(), 0);
    QVERIFY(!again->isRunning());
    QCOMPARE(again->remainingText(), QStringLiteral("23:59"));
}

void tst_WorkshopSession::timeRanOutWhileAway()
{
    qint64 wall = 1'700'000'000'000;
    {
        const auto session = startSession(&wall);
        session->setPhase(4);
        session->start();
    }
    wall += 2 * 3'600'000;
    const auto again = startSession(&wall);
    QCOMPARE(again->phase(), 4);
    QVERIFY(again->isTimeUp());
    QVERIFY(!again->isRunning());
    QCOMPARE(again->remainingText(), QStringLiteral("0:00"));
}

void tst_WorkshopSession::theNextDayStartsAfresh()
{
    qint64 wall = 1'700'000'000'000;
    {
        const auto session = startSession(&wall);
        session->setPhase(3);
        session->addMinutes(10);
    }
    wall += 13 * 3'600'000;
    const auto again = startSession(&wall);
    QCOMPARE(again->phase(), 0);
    QCOMPARE(again->remainingText(), QStringLiteral("25:00"));
    again->setPhase(3);
    QCOMPARE(again->durationSeconds(), 15 * 60); // yesterday's extra minutes are gone too
}

void tst_WorkshopSession::onlyPersistentSessionsAreKept()
{
    {
        WorkshopSession session; // not persistent: a test canvas, a second window...
        session.setPhase(3);
    }
    QVERIFY(!QSettings().contains(QStringLiteral("workshop/phase")));
    WorkshopSession again;
    again.setPersistent(true);
    QCOMPARE(again.phase(), 0);
}

void tst_WorkshopSession::unusableSettingsAreIgnored_data()
{
    QTest::addColumn<QVariant>("phase");
    QTest::addColumn<QVariant>("durations");
    QTest::addColumn<QVariant>("elapsed");
    const QVariantList fine {600, 600, 600, 600, 600};
    QTest::newRow("phase out of range") << QVariant(7) << QVariant(fine) << QVariant(0);
    QTest::newRow("phase not a number") << QVariant("two") << QVariant(fine) << QVariant(0);
    QTest::newRow("too few durations")
        << QVariant(1) << QVariant(QVariantList {600, 600}) << QVariant(0);
    QTest::newRow("duration of a day")
        << QVariant(1) << QVariant(QVariantList {600, 86400, 600, 600, 600}) << QVariant(0);
    QTest::newRow("negative time") << QVariant(1) << QVariant(fine) << QVariant(-5);
}

void tst_WorkshopSession::unusableSettingsAreIgnored()
{
    QFETCH(QVariant, phase);
    QFETCH(QVariant, durations);
    QFETCH(QVariant, elapsed);
    {
        QSettings settings;
        settings.setValue(QStringLiteral("workshop/phase"), phase);
        settings.setValue(QStringLiteral("workshop/durations"), durations);
        settings.setValue(QStringLiteral("workshop/elapsedMs"), elapsed);
        settings.setValue(QStringLiteral("workshop/running"), true);
        settings.setValue(QStringLiteral("workshop/savedAt"), QDateTime::currentMSecsSinceEpoch());
    }
    WorkshopSession session;
    session.setPersistent(true);
    QCOMPARE(session.phase(), 0);
    QCOMPARE(session.remainingText(), QStringLiteral("25:00"));
    QVERIFY(!session.isRunning());
}

QTEST_GUILESS_MAIN(tst_WorkshopSession)
#include "tst_workshopsession.moc"
