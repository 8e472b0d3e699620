// seams_crash_helper: the child process tst_crashsafety kills.
//
//   seams_crash_helper edit FILE
//       Opens the board like the app does (ProjectFile + Document) and adds notes "edit N"
//       forever, N continuing from the notes already there, printing N after each edit the
//       Document reports finished and committed.
//   seams_crash_helper hot-journal FILE
//       Starts a transaction big enough to spill pages into the file, then kills itself, so a
//       hot journal is left behind as after a crash in the middle of a commit.

#include "commands/document.h"
#include "storage/projectfile.h"

#include <QCoreApplication>

#include <csignal>
#include <cstdio>

#include <sqlite3.h>

namespace {

int editForever(const QString &path)
{
    using namespace Seams;
    StorageError error;
    auto file = ProjectFile::open(path, ProjectFile::Access::ReadWrite, &error);
    auto board = std::make_unique<Board>();
    if (!file || !file->load(board.get(), &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error.message));
        return 3;
    }
    Document document(std::move(board));
    document.setProjectFile(std::move(file));
    for (int n = document.board()->noteCount();; ++n) {
        const QPointF position((n % 50) * 150, (n / 50) * 110);
        document.addNote(NoteKind::DomainEvent, position, QStringLiteral("edit %1").arg(n));
        if (!document.commitError().isEmpty()) {
            std::fprintf(stderr, "%s\n", qPrintable(document.commitError()));
            return 3;
        }
        std::printf("%d\n", n);
        std::fflush(stdout);
    }
}

int dieInTransaction(const QString &path)
{
    sqlite3 *database = nullptr;
    if (sqlite3_open_v2(path.toUtf8().constData(), &database, SQLITE_OPEN_READWRITE, nullptr)
        != SQLITE_OK)
        return 3;
    // A two-page cache forces the pager to write changed pages into the database file before
    // COMMIT, after syncing the journal: exactly the state a crash mid-commit leaves.
    const char *sql = "PRAGMA cache_size = 2;"
                      "BEGIN IMMEDIATE;"
                      "UPDATE notes SET text = text || hex(zeroblob(100));"
                      "DELETE FROM links;";
    if (sqlite3_exec(database, sql, nullptr, nullptr, nullptr) != SQLITE_OK)
        return 3;
    std::raise(SIGKILL);
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = app.arguments();
    if (arguments.size() == 3 && arguments.at(1) == QLatin1String("edit"))
        return editForever(arguments.at(2));
    if (arguments.size() == 3 && arguments.at(1) == QLatin1String("hot-journal"))
        return dieInTransaction(arguments.at(2));
    std::fprintf(stderr, "usage: seams_crash_helper edit|hot-journal FILE\n");
    return 2;
}
