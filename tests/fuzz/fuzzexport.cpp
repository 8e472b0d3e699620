// Entry points for DOT text and for exporting a board from someone else, plus the target table.

#include "fuzzentrypoints.h"

#include "analysis/findings.h"
#include "analysis/graphviz.h"
#include "export/exporter.h"
#include "model/board.h"
#include "storage/boardjson.h"

#include <QHash>
#include <QJsonDocument>
#include <QMap>

#include <sqlite3.h>
#include <yaml-cpp/yaml.h>

#include <array>

namespace Seams::Fuzz {

namespace {

/** Options picked from the input's bytes, so that a replayed input exports the same way. */
ExportOptions optionsFor(const QByteArray &bytes, const QStringList &honoured)
{
    const size_t hash = qHash(bytes, 0);
    static const std::array<const char *, 4> dialects = {"", "postgres", "mariadb", "sqlite"};
    static const std::array<const char *, 3> layouts = {"", "flyway", "golang-migrate"};
    static const std::array<const char *, 3> listens = {"", ":8000", "127.0.0.1:9080"};
    ExportOptions options;
    if (honoured.contains(QLatin1String("wave")) && (hash & 3) != 0)
        options.wave = int((hash >> 2) & 3);
    if (honoured.contains(QLatin1String("dialect")))
        options.dialect = QLatin1String(dialects[(hash >> 4) % dialects.size()]);
    if (honoured.contains(QLatin1String("layout")))
        options.layout = QLatin1String(layouts[(hash >> 6) % layouts.size()]);
    if (honoured.contains(QLatin1String("listen")))
        options.listen = QLatin1String(listens[(hash >> 8) % listens.size()]);
    return options;
}

/** A path the FolderOutput may write under the chosen folder, and nowhere else. */
bool isSafeRelativePath(const QString &path)
{
    if (path.isEmpty() || path.startsWith(QLatin1Char('/')) || path.contains(QLatin1Char('\\')))
        return false;
    for (const QString &segment : path.split(QLatin1Char('/'))) {
        if (segment.isEmpty() || segment == QLatin1String(".") || segment == QLatin1String("..")
            || segment.toUtf8().size() > 255)
            return false;
        for (const QChar c : segment) {
            if (c.unicode() < 0x20 || c.unicode() == 0x7f || c == QLatin1Char(':'))
                return false;
        }
    }
    return true;
}

/** Runs SQLite-dialect SQL in a fresh in-memory database; the error, or empty. */
QString runSqlite(const QList<QByteArray> &scripts)
{
    sqlite3 *database = nullptr;
    QString error;
    if (sqlite3_open(":memory:", &database) != SQLITE_OK)
        error = QStringLiteral("cannot open an in-memory database");
    for (const QByteArray &script : scripts) {
        char *message = nullptr;
        if (error.isEmpty()
            && sqlite3_exec(database, script.constData(), nullptr, nullptr, &message) != SQLITE_OK)
            error = QString::fromUtf8(message);
        sqlite3_free(message);
    }
    sqlite3_close(database);
    return error;
}

/** Parses every file of an export with its consumer's parser where one runs in-process. */
QString checkFiles(const QMap<QString, QByteArray> &files, bool sqliteDialect)
{
    QMap<QString, QList<QByteArray>> sqliteScripts; // by database folder, bootstrap first
    for (auto it = files.cbegin(); it != files.cend(); ++it) {
        const QString &path = it.key();
        if (!isSafeRelativePath(path))
            return QStringLiteral("unsafe file name \"%1\"").arg(path);
        if (path.endsWith(QLatin1String(".yaml"))) {
            try {
                YAML::Load(it.value().toStdString());
            } catch (const YAML::Exception &exception) {
                return QStringLiteral("%1 is not YAML: %2").arg(path, exception.what());
            }
        } else if (path.endsWith(QLatin1String(".json"))) {
            QJsonParseError error;
            QJsonDocument::fromJson(it.value(), &error);
            if (error.error != QJsonParseError::NoError)
                return QStringLiteral("%1 is not JSON: %2").arg(path, error.errorString());
        } else if (path.endsWith(QLatin1String(".dot"))) {
            QString error;
            if (!Graphviz::read(it.value(), &error))
                return QStringLiteral("%1 is not DOT: %2").arg(path, error);
        } else if (sqliteDialect && path.endsWith(QLatin1String(".sql"))
                   && !path.endsWith(QLatin1String(".down.sql"))) {
            const QString folder = path.section(QLatin1Char('/'), 0, 0);
            if (path.endsWith(QLatin1String("/bootstrap.sql")))
                sqliteScripts[folder].prepend(it.value());
            else
                sqliteScripts[folder].append(it.value());
        }
    }
    for (auto it = sqliteScripts.cbegin(); it != sqliteScripts.cend(); ++it) {
        if (const QString error = runSqlite(it.value()); !error.isEmpty())
            return QStringLiteral("%1 does not run in SQLite: %2").arg(it.key(), error);
    }
    return {};
}

} // namespace

QStringList targets()
{
    return {QStringLiteral("projectfile"), QStringLiteral("boardjson"), QStringLiteral("dot"),
            QStringLiteral("exporters")};
}

Outcome run(const QString &target, const QByteArray &bytes, const QString &scratchFolder)
{
    if (target == QLatin1String("projectfile"))
        return projectFile(bytes, scratchFolder);
    if (target == QLatin1String("boardjson"))
        return boardJson(bytes);
    if (target == QLatin1String("dot"))
        return dot(bytes);
    if (target == QLatin1String("exporters"))
        return exporters(bytes);
    Outcome unknown;
    unknown.violation = QStringLiteral("unknown fuzz target \"%1\"").arg(target);
    return unknown;
}

Outcome dot(const QByteArray &bytes)
{
    Outcome outcome;
    const Graphviz::Graph graph = Graphviz::read(bytes, &outcome.message);
    outcome.accepted = bool(graph);
    if (!graph) {
        if (outcome.message.isEmpty())
            outcome.violation = QStringLiteral("refused without a message");
        return outcome;
    }
    QString error;
    if (!Graphviz::read(Graphviz::write(graph.get()), &error))
        outcome.violation = QStringLiteral("the graph written back does not parse: %1").arg(error);
    return outcome;
}

Outcome exporters(const QByteArray &bytes)
{
    Outcome outcome;
    Board board;
    if (!BoardJson::read(bytes, &board, &outcome.message))
        return outcome; // the boardjson target holds the reader to its promises
    outcome.accepted = true;
    Checks::run(board); // `seams check`: every area on the hostile board

    for (const QString &name : Exporters::names()) {
        // Rendering images lays the graph out: slow, and Graphviz's own code, not ours.
        if (name == QLatin1String("svg") || name == QLatin1String("png"))
            continue;
        const std::unique_ptr<Exporter> exporter = Exporters::create(name);
        const ExportOptions options = optionsFor(bytes, exporter->options());
        exporter->setOptions(options);
        if (const QString problem = exporter->optionsError(); !problem.isEmpty()) {
            outcome.violation = QStringLiteral("%1: valid options refused: %2").arg(name, problem);
            break;
        }
        const QStringList areas = exporter->checkAreas();
        const bool passesChecks = areas.isEmpty() || !Checks::hasErrors(Checks::run(board, areas));
        MemoryOutput output;
        if (!exporter->write(board, output)) {
            if (exporter->errorString().isEmpty())
                outcome.violation = QStringLiteral("%1: failed without a message").arg(name);
            else if (passesChecks)
                outcome.violation = QStringLiteral("%1: passed its checks, then failed: %2")
                                        .arg(name, exporter->errorString());
        } else if (passesChecks) {
            const bool sqliteDialect
                = name == QLatin1String("sql") && options.dialect == QLatin1String("sqlite");
            if (const QString problem = checkFiles(output.files(), sqliteDialect);
                !problem.isEmpty())
                outcome.violation = QStringLiteral("%1: %2").arg(name, problem);
        }
        if (!outcome.violation.isEmpty())
            break;
    }
    return outcome;
}

} // namespace Seams::Fuzz
