// Replays the regression corpora of the fuzz targets (tests/data/fuzz/<target>/) through the
// same entry points the fuzzers use, in the normal build: every input that once crashed Seams,
// broke a promise or reached new code must return normally, with a message when refused.

#include "fuzzentrypoints.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Seams;

class tst_FuzzCorpus : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void everyTargetHasACorpus_data();
    void everyTargetHasACorpus();
    void corpusStaysSmall();
    void replay_data();
    void replay();

private:
    static QString corpusFolder(const QString &target)
    {
        return QStringLiteral(SEAMS_TEST_DATA_DIR "/fuzz/") + target;
    }
    static QStringList corpusFiles(const QString &target)
    {
        return QDir(corpusFolder(target)).entryList(QDir::Files, QDir::Name);
    }

    QTemporaryDir m_scratch;
};

void tst_FuzzCorpus::initTestCase()
{
    QVERIFY2(m_scratch.isValid(), qPrintable(m_scratch.errorString()));
}

void tst_FuzzCorpus::everyTargetHasACorpus_data()
{
    QTest::addColumn<QString>("target");
    for (const QString &target : Fuzz::targets())
        QTest::newRow(qPrintable(target)) << target;
}

void tst_FuzzCorpus::everyTargetHasACorpus()
{
    QFETCH(QString, target);
    QVERIFY2(!corpusFiles(target).isEmpty(), qPrintable(corpusFolder(target) + " is empty"));
}

void tst_FuzzCorpus::corpusStaysSmall()
{
    // Only inputs that found bugs or add coverage belong here (tests/fuzz/README.md).
    qint64 total = 0;
    for (const QString &target : Fuzz::targets()) {
        for (const QString &name : corpusFiles(target))
            total += QFileInfo(corpusFolder(target) + QLatin1Char('/') + name).size();
    }
    QVERIFY2(total < 1024 * 1024, qPrintable(QString::number(total) + " bytes"));
}

void tst_FuzzCorpus::replay_data()
{
    QTest::addColumn<QString>("target");
    QTest::addColumn<QString>("path");
    for (const QString &target : Fuzz::targets()) {
        for (const QString &name : corpusFiles(target))
            QTest::newRow(qPrintable(target + QLatin1Char('/') + name))
                << target << corpusFolder(target) + QLatin1Char('/') + name;
    }
}

void tst_FuzzCorpus::replay()
{
    QFETCH(QString, target);
    QFETCH(QString, path);
    QFile file(path);
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.errorString()));
    const QByteArray bytes = file.readAll();

    // Returning at all is the first half of the test: a crash ends the process.
    const Fuzz::Outcome outcome = Fuzz::run(target, bytes, m_scratch.path());
    QVERIFY2(outcome.violation.isEmpty(), qPrintable(path + ": " + outcome.violation));
    if (!outcome.accepted)
        QVERIFY2(!outcome.message.isEmpty(), qPrintable(path + ": refused without a message"));
}

QTEST_GUILESS_MAIN(tst_FuzzCorpus)
#include "tst_fuzzcorpus.moc"
