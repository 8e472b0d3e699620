// Entry points for what a board file or a board's JSON from someone else goes through.

#include "fuzzentrypoints.h"

#include "model/board.h"
#include "storage/boardjson.h"
#include "storage/projectfile.h"

#include <QDir>
#include <QFile>

namespace Seams::Fuzz {

namespace {

const QByteArray journalMarker("\n--seams-journal--\n");

QByteArray contentsOf(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate)
        && file.write(bytes) == bytes.size();
}

/** Opens and loads the file; on failure returns false with the user's message. */
bool openAndLoad(const QString &path, ProjectFile::Access access, Board *board,
                 std::unique_ptr<ProjectFile> *file, QString *message)
{
    StorageError error;
    *file = ProjectFile::open(path, access, &error);
    if (*file && (*file)->load(board, &error))
        return true;
    *message = error.message;
    return false;
}

/** The checks every refusal of a project file must pass: a message, naming the file. */
QString checkRefusal(const QString &message, const QString &path)
{
    if (message.isEmpty())
        return QStringLiteral("refused without a message");
    if (!message.contains(QDir::toNativeSeparators(path)))
        return QStringLiteral("the message does not name the file: %1").arg(message);
    return {};
}

/** A loaded board must survive the JSON interchange form unchanged (`seams export json`). */
QString checkJsonRoundTrip(const Board &board)
{
    Board reread;
    QString error;
    if (!BoardJson::read(BoardJson::write(board), &reread, &error))
        return QStringLiteral("the board's own JSON does not read back: %1").arg(error);
    if (!reread.hasSameContent(board))
        return QStringLiteral("the board changed in a JSON round trip");
    return {};
}

/** The app's path: open for editing, load, make an edit, commit it, read the file again. */
QString checkEditing(const QString &path, const Board &readOnlyBoard, bool readOnlyAccepted,
                     const QString &readOnlyMessage)
{
    Board board;
    std::unique_ptr<ProjectFile> file;
    QString message;
    const bool loaded = openAndLoad(path, ProjectFile::Access::ReadWrite, &board, &file, &message);
    if (loaded != readOnlyAccepted)
        return QStringLiteral("read-only and read-write opens disagree (read-only: %1; "
                              "read-write: %2)")
            .arg(readOnlyAccepted ? QStringLiteral("loaded") : readOnlyMessage,
                 loaded ? QStringLiteral("loaded") : message);
    if (!loaded)
        return checkRefusal(message, path);
    if (!board.hasSameContent(readOnlyBoard))
        return QStringLiteral("read-only and read-write opens load different boards");

    file->track(&board);
    board.setName(board.name() + QLatin1String(" (edited)"));
    if (const QList<const Note *> notes = board.sortedNotes(); !notes.isEmpty())
        board.setNoteText(notes.first()->id, notes.first()->text + QLatin1String(" (edited)"));
    QString commitError;
    if (!file->commit(&commitError)) {
        // A file whose own schema forbids the edit (a hostile CHECK, say) may refuse it; the
        // user must then be told why.
        return commitError.isEmpty() ? QStringLiteral("a failed commit gave no message")
                                     : QString();
    }
    file.reset();

    Board reread;
    if (!openAndLoad(path, ProjectFile::Access::ReadOnly, &reread, &file, &message))
        return QStringLiteral("the file no longer loads after a committed edit: %1").arg(message);
    if (!reread.hasSameContent(board))
        return QStringLiteral("a committed edit did not read back as it was made");
    return {};
}

} // namespace

Outcome projectFile(const QByteArray &bytes, const QString &scratchFolder)
{
    Outcome outcome;
    const QString path = scratchFolder + QLatin1String("/board.seams");
    const QString journalPath = path + QLatin1String("-journal");
    QFile::remove(path);
    QFile::remove(journalPath);
    const qsizetype split = bytes.indexOf(journalMarker);
    const QByteArray database = split < 0 ? bytes : bytes.left(split);
    const QByteArray journal = split < 0 ? QByteArray() : bytes.mid(split + journalMarker.size());
    if (!writeBytes(path, database) || (split >= 0 && !writeBytes(journalPath, journal))) {
        outcome.violation = QStringLiteral("cannot write the input to %1").arg(scratchFolder);
        return outcome;
    }

    // The CLI's path: read-only, which must never change the file or its journal.
    Board board;
    std::unique_ptr<ProjectFile> file;
    outcome.accepted
        = openAndLoad(path, ProjectFile::Access::ReadOnly, &board, &file, &outcome.message);
    file.reset();
    if (contentsOf(path) != database || contentsOf(journalPath) != journal)
        outcome.violation = QStringLiteral("a read-only open changed the file");
    else if (!outcome.accepted)
        outcome.violation = checkRefusal(outcome.message, path);
    else
        outcome.violation = checkJsonRoundTrip(board);
    if (outcome.violation.isEmpty())
        outcome.violation = checkEditing(path, board, outcome.accepted, outcome.message);
    return outcome;
}

Outcome boardJson(const QByteArray &bytes)
{
    Outcome outcome;
    Board board;
    outcome.accepted = BoardJson::read(bytes, &board, &outcome.message);
    if (!outcome.accepted) {
        if (outcome.message.isEmpty())
            outcome.violation = QStringLiteral("refused without a message");
        return outcome;
    }
    // The format's promise: reading what was written and writing again gives the same bytes.
    const QByteArray written = BoardJson::write(board);
    Board reread;
    QString error;
    if (!BoardJson::read(written, &reread, &error))
        outcome.violation
            = QStringLiteral("the board's own JSON does not read back: %1").arg(error);
    else if (!reread.hasSameContent(board))
        outcome.violation = QStringLiteral("the board changed in a JSON round trip");
    else if (BoardJson::write(reread) != written)
        outcome.violation = QStringLiteral("writing the board again gives other bytes");
    return outcome;
}

} // namespace Seams::Fuzz
