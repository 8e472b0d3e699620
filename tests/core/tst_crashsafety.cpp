// A child process edits a board and is killed with SIGKILL at random moments; the file must
// always open, pass quick_check and hold exactly a prefix of the edits, missing at most the
// one in flight.

#include "model/board.h"
#include "storage/projectfile.h"
#include "testsupport.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Seams;
using namespace Seams::TestSupport;

namespace {

const QString helper = QStringLiteral(SEAMS_CRASH_HELPER);

/** The numbers N of the notes "edit N", sorted; -1 entries for notes of any other text. */
QList<int> editNumbers(const Board &board)
{
    static const QRegularExpression pattern(QStringLiteral("^edit (\\d+)$"));
    QList<int> numbers;
    for (const Note &note : board.notes()) {
        const QRegularExpressionMatch match = pattern.match(note.text);
        numbers.append(match.hasMatch() ? match.captured(1).toInt() : -1);
    }
    std::sort(numbers.begin(), numbers.end());
    return numbers;
}

} // namespace

class tst_CrashSafety : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void killedWhileEditing();
    void readOnlyOpenAfterCrashMidCommit();
};

void tst_CrashSafety::killedWhileEditing()
{
    QTemporaryDir folder;
    QVERIFY(folder.isValid());
    const QString path = folder.filePath(QStringLiteral("crash.seams"));
    StorageError error;
    QVERIFY2(ProjectFile::create(path, Board(), false, &error), qPrintable(error.message));

    QRandomGenerator random(20240229);
    int lastPrinted = -1;
    int killsAfterEdits = 0;
    for (int round = 0; round < 12; ++round) {
        QProcess child;
        child.start(helper, {QStringLiteral("edit"), path});
        QVERIFY2(child.waitForStarted(5000), qPrintable(child.errorString()));
        // Most rounds let the child get going first; some kill it while it opens the file.
        if (round % 4 != 3)
            QVERIFY2(child.waitForReadyRead(10000), child.readAllStandardError().constData());
        QTest::qSleep(int(random.bounded(5, 120)));
        child.kill(); // SIGKILL
        QVERIFY(child.waitForFinished(5000));
        QCOMPARE(child.exitStatus(), QProcess::CrashExit);
        const QList<QByteArray> lines = child.readAllStandardOutput().split('\n');
        for (const QByteArray &line : lines) {
            if (!line.trimmed().isEmpty())
                lastPrinted = line.trimmed().toInt();
        }

        // A reader (seams info, check, export) opens the file read-only and must not mind
        // the crash; then the app reopens it for writing.
        for (const auto access : {ProjectFile::Access::ReadOnly, ProjectFile::Access::ReadWrite}) {
            const auto file = ProjectFile::open(path, access, &error);
            QVERIFY2(file, qPrintable(error.message));
            QCOMPARE(file->quickCheck(), QString());
            Board board;
            QVERIFY2(file->load(&board, &error), qPrintable(error.message));
            const QList<int> numbers = editNumbers(board);
            for (int i = 0; i < numbers.size(); ++i)
                QCOMPARE(numbers.at(i), i); // exactly "edit 0" .. "edit k", nothing else
            // Every printed edit was committed before it was printed.
            QVERIFY2(numbers.size() - 1 >= lastPrinted - 1,
                     qPrintable(QStringLiteral("round %1: %2 notes, printed up to %3")
                                    .arg(round)
                                    .arg(numbers.size())
                                    .arg(lastPrinted)));
            if (access == ProjectFile::Access::ReadWrite)
                killsAfterEdits += numbers.size() > 0 ? 1 : 0;
        }
    }
    // Nine rounds waited for at least one finished edit each.
    QVERIFY2(lastPrinted >= 8, qPrintable(QString::number(lastPrinted)));
    QVERIFY(killsAfterEdits > 0);
}

void tst_CrashSafety::readOnlyOpenAfterCrashMidCommit()
{
    // Regression: after a crash in the middle of a commit the file has a hot journal; a
    // read-only open (seams info/check/export) could not roll it back and called the file
    // damaged ("attempt to write a readonly database").
    QTemporaryDir folder;
    QVERIFY(folder.isValid());
    const QString path = folder.filePath(QStringLiteral("board.seams"));
    Board original;
    loadGenerated(&original, 3000);
    StorageError error;
    QVERIFY2(ProjectFile::create(path, original, false, &error), qPrintable(error.message));

    QProcess child;
    child.start(helper, {QStringLiteral("hot-journal"), path});
    QVERIFY(child.waitForFinished(30000));
    QCOMPARE(child.exitStatus(), QProcess::CrashExit);
    const QString journal = path + QStringLiteral("-journal");
    QVERIFY2(QFileInfo(journal).size() > 0, "the helper must leave a hot journal");
    const QByteArray fileBytes = readFile(path);
    const QByteArray journalBytes = readFile(journal);

    {
        const auto file = ProjectFile::open(path, ProjectFile::Access::ReadOnly, &error);
        QVERIFY2(file, qPrintable(error.message));
        Board board;
        QVERIFY2(file->load(&board, &error), qPrintable(error.message));
        QVERIFY2(board.hasSameContent(original), qPrintable(describeDifference(board, original)));
    }
    // Reading never writes: the crashed file and its journal are as they were.
    QCOMPARE(readFile(path), fileBytes);
    QCOMPARE(readFile(journal), journalBytes);

    // Opening for writing rolls the journal back in place.
    {
        const auto file = ProjectFile::open(path, ProjectFile::Access::ReadWrite, &error);
        QVERIFY2(file, qPrintable(error.message));
        Board board;
        QVERIFY2(file->load(&board, &error), qPrintable(error.message));
        QVERIFY(board.hasSameContent(original));
    }
    QVERIFY(!QFileInfo::exists(journal));
}

QTEST_GUILESS_MAIN(tst_CrashSafety)
#include "tst_crashsafety.moc"
