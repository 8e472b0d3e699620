// Checks of area "database": the shared-database anti-pattern in its forms (one aggregate in
// several contexts, one database for several contexts, data of another context referenced
// with no relationship to keep it in sync) and the names the schema stubs had to change.

#include "findings.h"

#include "export/sqlnames.h"
#include "export/sqlschema.h"
#include "model/board.h"

#include <QCoreApplication>
#include <QMap>

namespace Seams::DatabaseRules {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Seams::DatabaseRules", text);
}

QString quoted(const QString &text)
{
    const QString line = Sql::oneLine(text);
    return QStringLiteral("\u201c%1\u201d").arg(line.size() > 60 ? line.left(57) + "..." : line);
}

/** At most five names; the items of the finding still list every one. */
QString quotedList(const QStringList &names)
{
    constexpr int shown = 5;
    QStringList quotedNames;
    for (const QString &name : names.mid(0, shown))
        quotedNames.append(quoted(name));
    QString text = quotedNames.join(QLatin1String(", "));
    if (names.size() > shown) {
        text += QCoreApplication::translate("Seams::DatabaseRules", " and %n more", nullptr,
                                            int(names.size()) - shown);
    }
    return text;
}

void add(QList<Finding> *findings, Finding::Severity severity, const char *code,
         const QString &message, QList<QUuid> items)
{
    findings->append(Finding {severity, QString(), QLatin1String(code), message, std::move(items)});
}

void checkSharedAggregates(const Board &board, QList<Finding> *findings)
{
    // Keyed by table name, so that "Order" and "Orders" count as the same data.
    QMap<QString, QList<const Note *>> byTable;
    for (const Note *note : board.sortedNotes()) {
        if (note->kind == NoteKind::Aggregate && !note->contextId.isNull()) {
            if (const QString table = Naming::tableName(note->text); !table.isEmpty())
                byTable[table].append(note);
        }
    }
    for (auto it = byTable.cbegin(); it != byTable.cend(); ++it) {
        QStringList contextNames;
        QList<QUuid> items;
        for (const Note *note : it.value()) {
            const QString name = board.context(note->contextId)->name;
            if (!contextNames.contains(name))
                contextNames.append(name);
            items.append(note->id);
        }
        if (contextNames.size() < 2)
            continue;
        contextNames.sort(Qt::CaseInsensitive);
        add(findings, Finding::Severity::Warning, "database.aggregate-in-several-contexts",
            tr("Aggregate %1 appears in %2: one context should own its data and the others "
               "refer to it by id, or their databases become one shared database.")
                .arg(quoted(it.value().constFirst()->text), quotedList(contextNames)),
            items);
    }
}

void checkSharedDatabases(const Board &board, QList<Finding> *findings)
{
    QMap<QString, QList<const BoundedContext *>> byDatabase;
    for (const BoundedContext *context : board.sortedContexts())
        byDatabase[Sql::databaseName(*context, board.settings())].append(context);
    for (auto it = byDatabase.cbegin(); it != byDatabase.cend(); ++it) {
        if (it.value().size() < 2)
            continue;
        QStringList names;
        QList<QUuid> items;
        int leaving = 0;
        for (const BoundedContext *context : it.value()) {
            names.append(context->name);
            items.append(context->id);
            leaving += context->handoff.status != MigrationStatus::Monolith;
        }
        // Two services writing one database is the anti-pattern itself; contexts still in
        // the monolith only get there once extracted.
        add(findings, leaving >= 2 ? Finding::Severity::Error : Finding::Severity::Warning,
            "database.shared-database",
            tr("Contexts %1 all use the database %2: each service needs its own database.")
                .arg(quotedList(names), it.key()),
            items);
    }
}

bool related(const Board &board, const QUuid &a, const QUuid &b)
{
    for (const QUuid &id : board.relationshipsOf(a)) {
        const Relationship *relationship = board.relationship(id);
        if ((relationship->upstreamId == a && relationship->downstreamId == b)
            || (relationship->upstreamId == b && relationship->downstreamId == a))
            return true;
    }
    return false;
}

void checkCrossReferences(const Board &board, QList<Finding> *findings)
{
    for (const Note *note : board.sortedNotes()) {
        if (note->kind != NoteKind::Aggregate || note->contextId.isNull())
            continue;
        for (const Field &field : note->fields) {
            if (field.type != FieldType::Reference)
                continue;
            const Note *target = board.note(field.reference);
            if (!target || target->contextId.isNull() || target->contextId == note->contextId
                || related(board, note->contextId, target->contextId))
                continue;
            const BoundedContext *from = board.context(note->contextId);
            const BoundedContext *to = board.context(target->contextId);
            add(findings, Finding::Severity::Warning, "database.reference-without-relationship",
                tr("Field %1 of %2 in %3 refers to %4 in %5, but no relationship connects the "
                   "two contexts: nothing says how that data is kept in sync.")
                    .arg(quoted(field.name), quoted(note->text), quoted(from->name),
                         quoted(target->text), quoted(to->name)),
                {note->id, target->id, from->id, to->id});
        }
    }
}

} // namespace

void check(const Board &board, QList<Finding> *findings)
{
    checkSharedAggregates(board, findings);
    checkSharedDatabases(board, findings);
    checkCrossReferences(board, findings);
    for (const BoundedContext *context : board.sortedContexts()) {
        const DatabaseEngine engine = Naming::resolve(*context, board.settings()).databaseEngine;
        *findings += Sql::buildSchema(board, *context, engine).findings;
    }
}

} // namespace Seams::DatabaseRules
