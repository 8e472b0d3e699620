// A structure-aware mutator for fuzz_projectfile. Byte flips in an SQLite file mostly make a
// file that quick_check refuses, so few runs reach the code that reads rows; this one opens
// the input with SQLite, as a hostile or careless tool would, and changes it with SQL: a cell
// set to a value of another type, out of range, a dangling or duplicated id, a row copied, a
// table rebuilt without its constraints, a column or table dropped, the version changed.
// A quarter of the time, and whenever SQLite cannot open the input, libFuzzer's own byte
// mutations run instead.

#include <QByteArray>
#include <QFile>
#include <QString>
#include <QStringList>

#include <sqlite3.h>

#include <array>
#include <cstring>
#include <random>

#include <unistd.h>

extern "C" size_t LLVMFuzzerMutate(uint8_t *data, size_t size, size_t maxSize);

namespace {

using Random = std::minstd_rand;

int pick(Random &random, int count)
{
    return count <= 0 ? 0 : int(random() % unsigned(count));
}

const std::array<const char *, 24> values = {"NULL",
                                             "0",
                                             "-1",
                                             "1",
                                             "1001",
                                             "9223372036854775807",
                                             "-9223372036854775808",
                                             "1e308",
                                             "-1e308",
                                             "0.5",
                                             "''",
                                             "'x'",
                                             "x'00ff'",
                                             "'[]'",
                                             "'[1]'",
                                             "'{\"a\": 1}'",
                                             "'#zz'",
                                             "'sticky'",
                                             "'extracted'",
                                             "'aggregate'",
                                             "'reference'",
                                             "'00000000-0000-4000-8000-000000000001'",
                                             "replace(hex(zeroblob(300)), '0', 'ab')",
                                             "char(0, 65, 10, 34, 39)"};

QStringList column(sqlite3 *database, const QByteArray &sql)
{
    QStringList result;
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v2(database, sql.constData(), -1, &statement, nullptr) == SQLITE_OK) {
        while (sqlite3_step(statement) == SQLITE_ROW)
            result.append(QString::fromUtf8(
                reinterpret_cast<const char *>(sqlite3_column_text(statement, 0))));
    }
    sqlite3_finalize(statement);
    return result;
}

QByteArray quoted(const QString &identifier)
{
    return '"' + identifier.toUtf8().replace('"', "\"\"") + '"';
}

/** One SQL change to a random table of the board. */
QByteArray mutation(sqlite3 *database, Random &random)
{
    const QStringList tables
        = column(database, "SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name");
    if (tables.isEmpty())
        return "PRAGMA user_version = 2";
    const QString name = tables.at(pick(random, int(tables.size())));
    const QByteArray table = quoted(name);
    const QByteArray tableLiteral = '\'' + name.toUtf8().replace('\'', "''") + '\'';
    const QStringList columns
        = column(database, "SELECT name FROM pragma_table_info(" + tableLiteral + ")");
    const QByteArray columnName = columns.isEmpty()
        ? QByteArray("rowid")
        : quoted(columns.at(pick(random, int(columns.size()))));
    const QByteArray value = values[size_t(pick(random, int(values.size())))];
    const QByteArray someRow = " WHERE rowid = (SELECT rowid FROM " + table + " LIMIT 1 OFFSET "
        + QByteArray::number(pick(random, 8)) + ")";
    switch (pick(random, 9)) {
    case 0:
    case 1:
        return "UPDATE " + table + " SET " + columnName + " = " + value + someRow;
    case 2: // an id of another row (or table): dangling references, duplicates
        return "UPDATE " + table + " SET " + columnName + " = (SELECT id FROM notes LIMIT 1 OFFSET "
            + QByteArray::number(pick(random, 4)) + ")" + someRow;
    case 3: // constraints gone: the table rebuilt loose, then a row twice
        return "CREATE TABLE loose AS SELECT * FROM " + table + "; DROP TABLE " + table
            + "; ALTER TABLE loose RENAME TO " + table + "; INSERT INTO " + table
            + " SELECT * FROM " + table + " LIMIT 1";
    case 4:
        return "ALTER TABLE " + table + " DROP COLUMN " + columnName;
    case 5:
        return "DELETE FROM " + table + someRow;
    case 6:
        return "PRAGMA user_version = " + QByteArray::number(pick(random, 4));
    case 7:
        return "INSERT INTO settings(key, value) VALUES ('"
            + QByteArray(values[size_t(pick(random, int(values.size())))]).replace('\'', "") + "', "
            + value + ")";
    default:
        return "DROP TABLE " + table;
    }
}

} // namespace

extern "C" size_t LLVMFuzzerCustomMutator(uint8_t *data, size_t size, size_t maxSize,
                                          unsigned int seed)
{
    Random random(seed);
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    if (pick(random, 4) == 0 || !input.startsWith(QByteArray("SQLite format 3\0", 16))
        || input.contains("\n--seams-journal--\n"))
        return LLVMFuzzerMutate(data, size, maxSize);

    static const QByteArray path
        = "/dev/shm/seams-fuzz-mutator-" + QByteArray::number(qint64(getpid())) + ".db";
    QFile::remove(QString::fromUtf8(path));
    QFile file(QString::fromUtf8(path));
    if (!file.open(QIODevice::WriteOnly) || file.write(input) != input.size())
        return LLVMFuzzerMutate(data, size, maxSize);
    file.close();

    sqlite3 *database = nullptr;
    bool changed = false;
    if (sqlite3_open_v2(path.constData(), &database, SQLITE_OPEN_READWRITE, nullptr) == SQLITE_OK) {
        // A hostile tool: no foreign keys, no defensive mode, writable schema.
        sqlite3_exec(database, "PRAGMA journal_mode = DELETE", nullptr, nullptr, nullptr);
        for (int i = 0, rounds = 1 + pick(random, 3); i < rounds; ++i) {
            const QByteArray sql = mutation(database, random);
            changed
                = sqlite3_exec(database, sql.constData(), nullptr, nullptr, nullptr) == SQLITE_OK
                || changed;
        }
    }
    sqlite3_close(database);
    QFile::remove(QString::fromUtf8(path + "-journal"));
    const QByteArray mutated
        = changed && file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    QFile::remove(QString::fromUtf8(path));
    if (mutated.isEmpty() || size_t(mutated.size()) > maxSize)
        return LLVMFuzzerMutate(data, size, maxSize);
    std::memcpy(data, mutated.constData(), size_t(mutated.size()));
    return size_t(mutated.size());
}
