#include "sqlexporter.h"

#include "sqlnames.h"
#include "sqlschema.h"
#include "sqlwriter.h"

#include "analysis/findings.h"
#include "model/board.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace Seams {

namespace {

/** The findings of `seams check` that name this context or one of its notes. Names decided
 *  by the schema builder come from this export's own build (its dialect may differ from
 *  the context's engine that `seams check` uses). */
QList<Finding> findingsAbout(const Board &board, const Sql::DatabaseSchema &schema,
                             const QList<Finding> &boardFindings)
{
    QSet<QUuid> ids = {schema.contextId};
    for (const QUuid &id : board.memberIds(schema.contextId))
        ids.insert(id);
    QList<Finding> result;
    for (const Finding &finding : boardFindings) {
        if (finding.code.startsWith(QLatin1String("database.identifier-")))
            continue;
        for (const QUuid &item : finding.items) {
            if (ids.contains(item)) {
                result.append(finding);
                break;
            }
        }
    }
    result += schema.findings;
    // The order of `seams check`: errors first, then by code and message.
    std::stable_sort(result.begin(), result.end(), [](const Finding &a, const Finding &b) {
        if (a.severity != b.severity)
            return a.severity < b.severity;
        if (a.code != b.code)
            return a.code < b.code;
        return a.message < b.message;
    });
    return result;
}

} // namespace

QList<const BoundedContext *> SqlExporter::contextsWithDatabase(const Board &board,
                                                                std::optional<int> wave)
{
    QList<const BoundedContext *> result;
    for (const BoundedContext *context : board.sortedContexts()) {
        const Handoff &handoff = context->handoff;
        const bool planned = wave && handoff.wave > 0 && handoff.wave <= *wave;
        if (handoff.status != MigrationStatus::Monolith || planned)
            result.append(context);
    }
    return result;
}

QString SqlExporter::optionsError() const
{
    const ExportOptions &options = exportOptions();
    if (!options.dialect.isEmpty() && !fromKey<DatabaseEngine>(options.dialect)) {
        return tr("unknown SQL dialect \u201c%1\u201d (dialects: %2)")
            .arg(options.dialect, allKeys<DatabaseEngine>().join(QLatin1String(", ")));
    }
    if (!options.layout.isEmpty() && options.layout != QLatin1String("flyway")
        && options.layout != QLatin1String("golang-migrate")) {
        return tr("unknown migration layout \u201c%1\u201d (layouts: flyway, golang-migrate)")
            .arg(options.layout);
    }
    return {};
}

bool SqlExporter::write(const Board &board, ExportOutput &output)
{
    if (const QString problem = optionsError(); !problem.isEmpty())
        return fail(problem);
    const ExportOptions &options = exportOptions();
    std::optional<DatabaseEngine> dialect;
    if (!options.dialect.isEmpty())
        dialect = fromKey<DatabaseEngine>(options.dialect);
    const Sql::Layout layout = options.layout == QLatin1String("golang-migrate")
        ? Sql::Layout::GolangMigrate
        : Sql::Layout::Flyway;

    const QList<const BoundedContext *> contexts = contextsWithDatabase(board, options.wave);
    QHash<QString, const BoundedContext *> byDatabase;
    for (const BoundedContext *context : contexts) {
        const QString database = Sql::databaseName(*context, board.settings());
        if (const BoundedContext *twin = byDatabase.value(database)) {
            return fail(tr("contexts \u201c%1\u201d and \u201c%2\u201d would share the database "
                           "%3; give one of them its own database name")
                            .arg(Sql::oneLine(twin->name), Sql::oneLine(context->name), database));
        }
        byDatabase.insert(database, context);
    }

    const QList<Finding> boardFindings = Checks::run(board, {QStringLiteral("database")});
    for (const BoundedContext *context : contexts) {
        const DatabaseEngine engine
            = dialect.value_or(Naming::resolve(*context, board.settings()).databaseEngine);
        const Sql::DatabaseSchema schema = Sql::buildSchema(board, *context, engine);
        const QString folder = schema.databaseName + QLatin1Char('/');
        const QStringList migrations = Sql::migrationFiles(layout);
        const bool written
            = writeFile(output, folder + "bootstrap.sql", Sql::bootstrapScript(schema))
            && writeFile(output, folder + migrations.at(0), Sql::upScript(schema, layout))
            && (migrations.size() < 2
                || writeFile(output, folder + migrations.at(1), Sql::downScript(schema)))
            && writeFile(output, folder + "README.md",
                         Sql::readme(schema, layout, findingsAbout(board, schema, boardFindings)));
        if (!written)
            return false;
    }
    return writeFile(output, QStringLiteral("README.md"), overview(board, contexts));
}

QByteArray SqlExporter::overview(const Board &board,
                                 const QList<const BoundedContext *> &exported) const
{
    QString text = tr("# Databases of %1\n\n").arg(Sql::markdown(board.name()));
    text += tr("One database per service, as the migration plan has it: each folder holds "
               "`bootstrap.sql`, the migrations and a README. Generated by Seams.\n\n");
    if (exported.isEmpty()) {
        text += tr("No context is being extracted yet, so no service has its own database. "
                   "Mark a context as extracting, or export with `--wave N` to include the "
                   "contexts planned for waves up to N.\n");
    }
    for (const BoundedContext *context : exported) {
        const ResolvedHandoff handoff = Naming::resolve(*context, board.settings());
        const DatabaseEngine engine = exportOptions().dialect.isEmpty()
            ? handoff.databaseEngine
            : fromKey<DatabaseEngine>(exportOptions().dialect).value_or(handoff.databaseEngine);
        text
            += tr("- `%1/`: %2 (%3, %4)\n")
                   .arg(Sql::databaseName(*context, board.settings()), Sql::markdown(context->name),
                        Seams::sentenceName(handoff.status), Seams::displayName(engine));
    }
    QStringList monolith;
    for (const BoundedContext *context : board.sortedContexts()) {
        if (!exported.contains(context))
            monolith.append(Sql::markdown(context->name));
    }
    if (!monolith.isEmpty()) {
        text += tr("\nStill in the monolith's database, so not here: %1.\n")
                    .arg(monolith.join(QLatin1String(", ")));
    }
    return text.toUtf8();
}

} // namespace Seams
