// ProjectFile::load(): reading a board back, trusting nothing in the file.

#include "projectfile.h"

#include "model/board.h"
#include "model/limits.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>

namespace Seams {

namespace {

/** This file's translations, filed by lupdate under the same context. */
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Seams::ProjectFile)
};

/** Reads rows of one table, collecting the first problem as a message that names the file,
 *  the table and the row. */
class RowReader
{
public:
    RowReader(sqlite3 *database, const QString &path, const char *table, const char *sql)
        : m_statement(database, sql)
        , m_path(path)
        , m_table(QString::fromLatin1(table))
    {
        if (!m_statement.isValid())
            fail(Text::tr("unexpected structure (%1)").arg(m_statement.errorString()));
    }

    bool next()
    {
        if (!m_error.isEmpty() || !m_statement.next())
            return false;
        ++m_row;
        return true;
    }

    bool finish(StorageError *error)
    {
        if (m_error.isEmpty() && !m_statement.errorString().isEmpty())
            fail(m_statement.errorString());
        if (m_error.isEmpty())
            return true;
        *error = StorageError {StorageError::Code::Damaged, m_error};
        return false;
    }

    void fail(const QString &reason)
    {
        if (!m_error.isEmpty())
            return;
        m_error = m_row > 0 ? Text::tr("%1 is damaged: table \"%2\", row %3: %4.")
                                  .arg(QDir::toNativeSeparators(m_path), m_table)
                                  .arg(m_row)
                                  .arg(reason)
                            : Text::tr("%1 is damaged: table \"%2\": %3.")
                                  .arg(QDir::toNativeSeparators(m_path), m_table, reason);
    }

    bool ok() const { return m_error.isEmpty(); }

    QString text(int column, const char *name)
    {
        if (m_statement.type(column) != 3 /* SQLITE_TEXT */) {
            fail(Text::tr("column \"%1\" is not text").arg(QLatin1String(name)));
            return {};
        }
        return m_statement.text(column);
    }

    QUuid id(int column, const char *name, bool nullable = false)
    {
        if (nullable && m_statement.isNull(column))
            return {};
        const QUuid id = QUuid::fromString(text(column, name));
        if (ok() && id.isNull())
            fail(Text::tr("column \"%1\" is not a valid id").arg(QLatin1String(name)));
        return id;
    }

    double number(int column, const char *name)
    {
        const int type = m_statement.type(column);
        if (type != 1 /* SQLITE_INTEGER */ && type != 2 /* SQLITE_FLOAT */) {
            fail(Text::tr("column \"%1\" is not a number").arg(QLatin1String(name)));
            return 0;
        }
        return m_statement.real(column);
    }

    qint64 integer(int column, const char *name)
    {
        if (m_statement.type(column) != 1 /* SQLITE_INTEGER */) {
            fail(Text::tr("column \"%1\" is not a whole number").arg(QLatin1String(name)));
            return 0;
        }
        return m_statement.integer(column);
    }

    qint64 timestamp(int column, const char *name)
    {
        const qint64 value = integer(column, name);
        if (ok() && !Limits::isValidTimestamp(value))
            fail(Text::tr("column \"%1\" is not a time between the years 1 and 9999")
                     .arg(QLatin1String(name)));
        return value;
    }

    QRectF geometry(int firstColumn)
    {
        const QRectF rect(number(firstColumn, "x"), number(firstColumn + 1, "y"),
                          number(firstColumn + 2, "width"), number(firstColumn + 3, "height"));
        if (ok() && !Limits::isValidGeometry(rect))
            fail(Text::tr("position or size out of range"));
        return rect;
    }

    bool isNull(int column) const { return m_statement.isNull(column); }

    template<typename Enum>
    Enum key(int column, const char *name)
    {
        const QString value = text(column, name);
        const std::optional<Enum> parsed = fromKey<Enum>(value);
        if (ok() && !parsed)
            fail(Text::tr("unknown %1 \"%2\"").arg(QLatin1String(name), value.left(40)));
        return parsed.value_or(Enum {});
    }

    QStringList list(int column, const char *name)
    {
        const QString value = text(column, name);
        const QJsonDocument document = QJsonDocument::fromJson(value.toUtf8());
        QStringList result;
        bool valid = document.isArray();
        for (const QJsonValue &item : document.array()) {
            valid = valid && item.isString();
            result.append(item.toString());
        }
        if (ok() && !valid)
            fail(Text::tr("column \"%1\" is not a list of strings").arg(QLatin1String(name)));
        return result;
    }

private:
    Sqlite::Statement m_statement;
    QString m_path;
    QString m_table;
    QString m_error;
    int m_row = 0;
};

} // namespace

bool ProjectFile::load(Board *board, StorageError *error) const
{
    *error = {};
    sqlite3 *database = m_database.get();
    Board loaded;

    RowReader meta(database, m_path, "board", "SELECT key, value FROM board ORDER BY key");
    while (meta.next()) {
        if (meta.text(0, "key") == QLatin1String("name"))
            loaded.setName(meta.text(1, "value"));
    }
    if (!meta.finish(error))
        return false;

    RowReader settingRows(database, m_path, "settings",
                          "SELECT key, value FROM settings ORDER BY key");
    QMap<QString, QJsonValue> settingsMap;
    while (settingRows.next()) {
        const QString key = settingRows.text(0, "key");
        const QByteArray json = "[" + settingRows.text(1, "value").toUtf8() + "]";
        const QJsonDocument document = QJsonDocument::fromJson(json);
        if (!document.isArray() || document.array().size() != 1)
            settingRows.fail(Text::tr("setting \"%1\" is not valid JSON").arg(key));
        settingsMap.insert(key, document.array().at(0));
    }
    if (!settingRows.finish(error))
        return false;
    BoardSettings settings;
    QString settingsError;
    if (!BoardSettings::fromMap(settingsMap, &settings, &settingsError)) {
        *error
            = {StorageError::Code::Damaged,
               Text::tr("%1 is damaged: %2.").arg(QDir::toNativeSeparators(m_path), settingsError)};
        return false;
    }
    loaded.setSettings(settings);

    RowReader contexts(database, m_path, "contexts",
                       "SELECT id, name, x, y, width, height, color, service_name, upstream_url, "
                       "route_prefixes, database_name, database_engine, team, status, wave "
                       "FROM contexts ORDER BY id");
    while (contexts.next()) {
        BoundedContext context;
        context.id = contexts.id(0, "id");
        context.name = contexts.text(1, "name");
        context.geometry = contexts.geometry(2);
        context.color = QColor::fromString(contexts.text(6, "color"));
        if (contexts.ok() && !context.color.isValid())
            contexts.fail(Text::tr("column \"color\" is not a colour"));
        Handoff &handoff = context.handoff;
        handoff.serviceName = contexts.text(7, "service_name");
        handoff.upstreamUrl = contexts.text(8, "upstream_url");
        handoff.routePrefixes = contexts.list(9, "route_prefixes");
        handoff.databaseName = contexts.text(10, "database_name");
        if (!contexts.isNull(11))
            handoff.databaseEngine = contexts.key<DatabaseEngine>(11, "database_engine");
        handoff.team = contexts.text(12, "team");
        handoff.status = contexts.key<MigrationStatus>(13, "status");
        handoff.wave = int(contexts.integer(14, "wave"));
        if (contexts.ok() && (handoff.wave < 0 || handoff.wave > 1000))
            contexts.fail(Text::tr("wave out of range"));
        if (contexts.ok() && loaded.context(context.id))
            contexts.fail(Text::tr("duplicate id"));
        if (contexts.ok())
            loaded.insertContext(context);
    }
    if (!contexts.finish(error))
        return false;

    RowReader fields(database, m_path, "fields",
                     "SELECT note_id, name, type, nullable, reference, enum_values FROM fields "
                     "ORDER BY note_id, position");
    QHash<QUuid, QList<Field>> fieldsByNote;
    while (fields.next()) {
        const QUuid noteId = fields.id(0, "note_id");
        Field field;
        field.name = fields.text(1, "name");
        field.type = fields.key<FieldType>(2, "type");
        field.nullable = fields.integer(3, "nullable") != 0;
        field.reference = fields.id(4, "reference", true);
        field.enumValues = fields.list(5, "enum_values");
        if (fields.ok())
            fieldsByNote[noteId].append(field);
    }
    if (!fields.finish(error))
        return false;

    RowReader notes(database, m_path, "notes",
                    "SELECT id, kind, text, x, y, width, height, z, context_id, http_method, "
                    "http_path, created_at, updated_at FROM notes ORDER BY id");
    while (notes.next()) {
        Note note;
        note.id = notes.id(0, "id");
        note.kind = notes.key<NoteKind>(1, "kind");
        note.text = notes.text(2, "text");
        note.geometry = notes.geometry(3);
        note.z = int(notes.integer(7, "z"));
        note.contextId = notes.id(8, "context_id", true);
        note.http.method = notes.text(9, "http_method");
        note.http.path = notes.text(10, "http_path");
        note.createdAt = notes.timestamp(11, "created_at");
        note.updatedAt = notes.timestamp(12, "updated_at");
        note.fields = fieldsByNote.take(note.id);
        if (notes.ok() && !note.contextId.isNull() && !loaded.context(note.contextId))
            notes.fail(Text::tr("refers to a context that does not exist"));
        if (notes.ok() && loaded.containsNote(note.id))
            notes.fail(Text::tr("duplicate id"));
        if (notes.ok())
            loaded.insertNote(note);
    }
    if (!notes.finish(error))
        return false;
    if (!fieldsByNote.isEmpty()) {
        *error
            = {StorageError::Code::Damaged,
               Text::tr("%1 is damaged: table \"fields\" has fields of a note that does not exist.")
                   .arg(QDir::toNativeSeparators(m_path))};
        return false;
    }

    RowReader links(database, m_path, "links",
                    "SELECT id, source_id, target_id, label FROM links ORDER BY id");
    while (links.next()) {
        Link link;
        link.id = links.id(0, "id");
        link.sourceId = links.id(1, "source_id");
        link.targetId = links.id(2, "target_id");
        link.label = links.text(3, "label");
        if (links.ok()
            && (!loaded.containsNote(link.sourceId) || !loaded.containsNote(link.targetId)))
            links.fail(Text::tr("refers to a note that does not exist"));
        if (links.ok() && loaded.link(link.id))
            links.fail(Text::tr("duplicate id"));
        if (links.ok())
            loaded.insertLink(link);
    }
    if (!links.finish(error))
        return false;

    RowReader relationships(database, m_path, "relationships",
                            "SELECT id, upstream_id, downstream_id, pattern, sync, description "
                            "FROM relationships ORDER BY id");
    while (relationships.next()) {
        Relationship relationship;
        relationship.id = relationships.id(0, "id");
        relationship.upstreamId = relationships.id(1, "upstream_id");
        relationship.downstreamId = relationships.id(2, "downstream_id");
        relationship.pattern = relationships.key<RelationshipPattern>(3, "pattern");
        relationship.sync = relationships.key<DataSync>(4, "sync");
        relationship.description = relationships.text(5, "description");
        if (relationships.ok()
            && (!loaded.context(relationship.upstreamId)
                || !loaded.context(relationship.downstreamId)))
            relationships.fail(Text::tr("refers to a context that does not exist"));
        if (relationships.ok() && loaded.relationship(relationship.id))
            relationships.fail(Text::tr("duplicate id"));
        if (relationships.ok())
            loaded.insertRelationship(relationship);
    }
    if (!relationships.finish(error))
        return false;

    board->assign(loaded);
    return true;
}

} // namespace Seams
