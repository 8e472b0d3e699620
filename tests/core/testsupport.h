#pragma once

// Helpers shared by the core tests: the sample board, a board full of hostile text, files and
// golden files. Test code only.

#include <QByteArray>
#include <QString>
#include <QUuid>

namespace Seams {
class Board;
}

namespace Seams::TestSupport {

/** A readable fixed id: testId(0xc, 1) is "0000000c-0000-4000-8000-000000000001". */
QUuid testId(int group, int number);

/** The sample shop exactly as shipped (resources/samples/shop.json). */
QByteArray sampleJson();
void loadSample(Board *board);

/** A generated board (BoardGenerator) of `noteCount` notes. */
void loadGenerated(Board *board, int noteCount, quint32 seed = 1);

/** A small board whose every text field holds something that breaks naive writers: quotes,
 *  backslashes, newlines, tabs, braces, #, ;, :, NUL-free control characters, accents,
 *  CJK, emoji, right-to-left text, plus every optional member filled in. */
void loadHostile(Board *board);

/** Path of a file under tests/data. */
QString dataPath(const QString &relativePath);

QByteArray readFile(const QString &path);
bool writeFile(const QString &path, const QByteArray &bytes);

/** Compares `actual` with the golden file tests/data/<relativePath>. With the environment
 *  variable SEAMS_UPDATE_GOLDEN=1 the golden file is rewritten instead and the comparison
 *  passes. Returns an empty string when equal, else a description of the first difference. */
QString compareWithGolden(const QByteArray &actual, const QString &relativePath);

/** Runs `sql` on the SQLite database at `path` with foreign keys and defensive mode off, as
 *  a hostile or foreign tool would. Returns the error message, empty on success. */
QString runSql(const QString &path, const QByteArray &sql);

/** The integer result of a one-value query, or `fallback` on any error. */
qint64 queryInteger(const QString &path, const QByteArray &sql, qint64 fallback = -1);

/** A human-readable first difference between two boards, empty when they have the same
 *  content (Board::hasSameContent). For QCOMPARE-style failure messages. */
QString describeDifference(const Board &actual, const Board &expected);

} // namespace Seams::TestSupport
