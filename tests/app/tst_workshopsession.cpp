#include "canvas/workshopsession.h"

#include <QSignalSpy>
#include <QTest>

using namespace Seams;

class tst_WorkshopSession : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void phases();
    void countdown();
    void stopsAtZero();
    void addMinutes();
};

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

QTEST_GUILESS_MAIN(tst_WorkshopSession)
#include "tst_workshopsession.moc"
