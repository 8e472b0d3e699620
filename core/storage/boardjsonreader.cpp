// BoardJson::read(): the strict half of the interchange format. Every value is checked and a
// problem is reported with its place in the document, e.g. "notes[4].kind".

#include "boardjson.h"

#include "model/board.h"
#include "model/limits.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

namespace Seams::BoardJson {

namespace {

/** This file's translations, filed by lupdate under the same context. */
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Seams::BoardJson)
};

/** Reads values out of JSON objects, remembering the first problem and where it was. */
class Reader
{
public:
    bool ok() const { return m_error.isEmpty(); }
    QString error() const { return m_error; }

    void fail(const QString &path, const QString &reason)
    {
        if (m_error.isEmpty())
            m_error = path.isEmpty() ? reason : QStringLiteral("%1: %2").arg(path, reason);
    }

    QJsonValue value(const QJsonObject &object, const QString &path, const char *key, bool required)
    {
        const QJsonValue value = object.value(QLatin1String(key));
        if (required && value.isUndefined())
            fail(path, Text::tr("\"%1\" is missing").arg(QLatin1String(key)));
        return value;
    }

    QString string(const QJsonObject &object, const QString &path, const char *key,
                   bool required = true)
    {
        const QJsonValue v = value(object, path, key, required);
        if (v.isUndefined())
            return {};
        if (!v.isString())
            fail(join(path, key), Text::tr("must be a string"));
        return v.toString();
    }

    double number(const QJsonObject &object, const QString &path, const char *key)
    {
        const QJsonValue v = value(object, path, key, true);
        if (!v.isUndefined() && !v.isDouble())
            fail(join(path, key), Text::tr("must be a number"));
        return v.toDouble();
    }

    qint64 integer(const QJsonObject &object, const QString &path, const char *key, qint64 minimum,
                   qint64 maximum, bool required = true)
    {
        const QJsonValue v = value(object, path, key, required);
        if (v.isUndefined())
            return 0;
        const double number = v.toDouble();
        // Range first: converting a double outside qint64's range (1e300) is undefined.
        if (!v.isDouble() || !(number >= double(minimum) && number <= double(maximum))
            || number != std::trunc(number))
            fail(join(path, key),
                 Text::tr("must be a whole number from %1 to %2").arg(minimum).arg(maximum));
        return v.toInteger();
    }

    bool boolean(const QJsonObject &object, const QString &path, const char *key)
    {
        const QJsonValue v = value(object, path, key, false);
        if (!v.isUndefined() && !v.isBool())
            fail(join(path, key), Text::tr("must be true or false"));
        return v.toBool();
    }

    QUuid id(const QJsonObject &object, const QString &path, const char *key, bool required = true)
    {
        const QString text = string(object, path, key, required);
        if (text.isEmpty() && !required)
            return {};
        const QUuid id = QUuid::fromString(text);
        if (ok() && id.isNull())
            fail(join(path, key), Text::tr("\"%1\" is not a valid id").arg(text.left(40)));
        return id;
    }

    template<typename Enum>
    Enum key(const QJsonObject &object, const QString &path, const char *key, Enum fallback,
             bool required = true)
    {
        const QString text = string(object, path, key, required);
        if (text.isEmpty() && !required)
            return fallback;
        const std::optional<Enum> parsed = fromKey<Enum>(text);
        if (ok() && !parsed)
            fail(join(path, key),
                 Text::tr("unknown value \"%1\" (expected one of: %2)")
                     .arg(text.left(40), allKeys<Enum>().join(QLatin1String(", "))));
        return parsed.value_or(fallback);
    }

    QStringList strings(const QJsonObject &object, const QString &path, const char *key)
    {
        const QJsonValue v = value(object, path, key, false);
        QStringList result;
        if (v.isUndefined())
            return result;
        if (!v.isArray())
            fail(join(path, key), Text::tr("must be a list of strings"));
        for (const QJsonValue &item : v.toArray()) {
            if (!item.isString())
                fail(join(path, key), Text::tr("must be a list of strings"));
            result.append(item.toString());
        }
        return result;
    }

    qint64 time(const QJsonObject &object, const QString &path, const char *key)
    {
        const QString text = string(object, path, key, false);
        if (text.isEmpty())
            return 0;
        const QDateTime dateTime = QDateTime::fromString(text, Qt::ISODateWithMs);
        if (ok() && !dateTime.isValid())
            fail(join(path, key),
                 Text::tr("\"%1\" is not an ISO 8601 date and time").arg(text.left(40)));
        return dateTime.toMSecsSinceEpoch();
    }

    QRectF geometry(const QJsonObject &object, const QString &path)
    {
        const QRectF rect(number(object, path, "x"), number(object, path, "y"),
                          number(object, path, "width"), number(object, path, "height"));
        if (ok() && !Limits::isValidGeometry(rect))
            fail(path, Text::tr("position or size out of range"));
        return rect;
    }

    QJsonObject object(const QJsonValue &value, const QString &path)
    {
        if (!value.isObject())
            fail(path, Text::tr("must be an object"));
        return value.toObject();
    }

    QJsonArray array(const QJsonObject &object, const QString &path, const char *key)
    {
        const QJsonValue v = value(object, path, key, false);
        if (!v.isUndefined() && !v.isArray())
            fail(join(path, key), Text::tr("must be a list"));
        return v.toArray();
    }

    static QString join(const QString &path, const char *key)
    {
        return path.isEmpty() ? QLatin1String(key) : path + QLatin1Char('.') + QLatin1String(key);
    }

    static QString item(const char *key, qsizetype index)
    {
        return QStringLiteral("%1[%2]").arg(QLatin1String(key)).arg(index);
    }

private:
    QString m_error;
};

QString syntaxError(const QByteArray &json, const QJsonParseError &error)
{
    const QByteArray before = json.left(error.offset);
    const qsizetype line = before.count('\n') + 1;
    const qsizetype column = before.size() - (before.lastIndexOf('\n') + 1) + 1;
    return Text::tr("line %1, column %2: %3").arg(line).arg(column).arg(error.errorString());
}

void readContext(Reader &r, const QJsonObject &object, const QString &path, Board &board)
{
    BoundedContext context;
    context.id = r.id(object, path, "id");
    context.name = r.string(object, path, "name");
    context.geometry = r.geometry(object, path);
    const QString color = r.string(object, path, "color");
    context.color = QColor::fromString(color);
    if (r.ok() && !context.color.isValid())
        r.fail(Reader::join(path, "color"), Text::tr("\"%1\" is not a colour").arg(color.left(40)));
    const QString handoffPath = Reader::join(path, "handoff");
    const QJsonObject handoffObject = r.object(object.value(QLatin1String("handoff")), handoffPath);
    Handoff &handoff = context.handoff;
    handoff.serviceName = r.string(handoffObject, handoffPath, "service_name", false);
    handoff.upstreamUrl = r.string(handoffObject, handoffPath, "upstream_url", false);
    handoff.routePrefixes = r.strings(handoffObject, handoffPath, "route_prefixes");
    handoff.databaseName = r.string(handoffObject, handoffPath, "database_name", false);
    if (handoffObject.contains(QLatin1String("database_engine")))
        handoff.databaseEngine = r.key<DatabaseEngine>(
            handoffObject, handoffPath, "database_engine", DatabaseEngine::PostgreSQL);
    handoff.team = r.string(handoffObject, handoffPath, "team", false);
    handoff.status = r.key<MigrationStatus>(handoffObject, handoffPath, "status",
                                            MigrationStatus::Monolith, false);
    handoff.wave = int(r.integer(handoffObject, handoffPath, "wave", 0, 1000, false));
    if (r.ok() && board.context(context.id))
        r.fail(Reader::join(path, "id"), Text::tr("duplicate id"));
    if (r.ok())
        board.insertContext(context);
}

void readNote(Reader &r, const QJsonObject &object, const QString &path, Board &board)
{
    Note note;
    note.id = r.id(object, path, "id");
    note.kind = r.key<NoteKind>(object, path, "kind", NoteKind::DomainEvent);
    note.text = r.string(object, path, "text", false);
    note.geometry = r.geometry(object, path);
    note.z = int(r.integer(object, path, "z", -1'000'000'000, 1'000'000'000, false));
    note.contextId = r.id(object, path, "context", false);
    if (r.ok() && !note.contextId.isNull() && !board.context(note.contextId))
        r.fail(Reader::join(path, "context"), Text::tr("no context has this id"));
    const QJsonArray fields = r.array(object, path, "fields");
    for (qsizetype i = 0; i < fields.size() && r.ok(); ++i) {
        const QString fieldPath = Reader::join(path, "fields") + QStringLiteral("[%1]").arg(i);
        const QJsonObject fieldObject = r.object(fields.at(i), fieldPath);
        Field field;
        field.name = r.string(fieldObject, fieldPath, "name");
        field.type = r.key<FieldType>(fieldObject, fieldPath, "type", FieldType::String);
        field.nullable = r.boolean(fieldObject, fieldPath, "nullable");
        field.reference = r.id(fieldObject, fieldPath, "reference", false);
        field.enumValues = r.strings(fieldObject, fieldPath, "values");
        note.fields.append(field);
    }
    if (object.contains(QLatin1String("http"))) {
        const QString httpPath = Reader::join(path, "http");
        const QJsonObject http = r.object(object.value(QLatin1String("http")), httpPath);
        note.http.method = r.string(http, httpPath, "method", false);
        note.http.path = r.string(http, httpPath, "path", false);
    }
    note.createdAt = r.time(object, path, "created_at");
    note.updatedAt = r.time(object, path, "updated_at");
    if (r.ok() && board.containsNote(note.id))
        r.fail(Reader::join(path, "id"), Text::tr("duplicate id"));
    if (r.ok())
        board.insertNote(note);
}

void readLink(Reader &r, const QJsonObject &object, const QString &path, Board &board)
{
    Link link;
    link.id = r.id(object, path, "id");
    link.sourceId = r.id(object, path, "source");
    link.targetId = r.id(object, path, "target");
    link.label = r.string(object, path, "label", false);
    if (r.ok() && !board.containsNote(link.sourceId))
        r.fail(Reader::join(path, "source"), Text::tr("no note has this id"));
    if (r.ok() && !board.containsNote(link.targetId))
        r.fail(Reader::join(path, "target"), Text::tr("no note has this id"));
    if (r.ok() && board.link(link.id))
        r.fail(Reader::join(path, "id"), Text::tr("duplicate id"));
    if (r.ok())
        board.insertLink(link);
}

void readRelationship(Reader &r, const QJsonObject &object, const QString &path, Board &board)
{
    Relationship relationship;
    relationship.id = r.id(object, path, "id");
    relationship.upstreamId = r.id(object, path, "upstream");
    relationship.downstreamId = r.id(object, path, "downstream");
    relationship.pattern = r.key<RelationshipPattern>(object, path, "pattern",
                                                      RelationshipPattern::CustomerSupplier);
    relationship.sync = r.key<DataSync>(object, path, "sync", DataSync::None, false);
    relationship.description = r.string(object, path, "description", false);
    if (r.ok() && !board.context(relationship.upstreamId))
        r.fail(Reader::join(path, "upstream"), Text::tr("no context has this id"));
    if (r.ok() && !board.context(relationship.downstreamId))
        r.fail(Reader::join(path, "downstream"), Text::tr("no context has this id"));
    if (r.ok() && board.relationship(relationship.id))
        r.fail(Reader::join(path, "id"), Text::tr("duplicate id"));
    if (r.ok())
        board.insertRelationship(relationship);
}

} // namespace

bool read(const QByteArray &json, Board *board, QString *errorMessage)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *errorMessage = syntaxError(json, parseError);
        return false;
    }
    Reader r;
    const QJsonObject root = r.object(document.object(), QString());
    if (!document.isObject()) {
        *errorMessage = Text::tr("the document must be a JSON object");
        return false;
    }
    if (r.string(root, QString(), "format") != QLatin1String("seams-board") && r.ok())
        r.fail(QStringLiteral("format"),
               Text::tr("this is not a Seams board (expected \"seams-board\")"));
    const qint64 version = r.integer(root, QString(), "version", 1, 1'000'000);
    if (r.ok() && version > formatVersion)
        r.fail(
            QStringLiteral("version"),
            Text::tr("written by a newer version of Seams (format %1; this version reads up to %2)")
                .arg(version)
                .arg(formatVersion));

    Board loaded;
    loaded.setName(r.string(root, QString(), "name", false));
    const QJsonObject settingsObject = root.contains(QLatin1String("settings"))
        ? r.object(root.value(QLatin1String("settings")), QStringLiteral("settings"))
        : QJsonObject();
    QMap<QString, QJsonValue> settingsMap;
    for (auto it = settingsObject.constBegin(); it != settingsObject.constEnd(); ++it)
        settingsMap.insert(it.key(), it.value());
    BoardSettings settings;
    QString settingsError;
    if (r.ok() && !BoardSettings::fromMap(settingsMap, &settings, &settingsError))
        r.fail(QStringLiteral("settings"), settingsError);
    loaded.setSettings(settings);

    const auto readAll = [&](const char *key, auto readItem) {
        const QJsonArray items = r.array(root, QString(), key);
        for (qsizetype i = 0; i < items.size() && r.ok(); ++i) {
            const QString path = Reader::item(key, i);
            readItem(r, r.object(items.at(i), path), path, loaded);
        }
    };
    readAll("contexts", readContext);
    readAll("notes", readNote);
    readAll("links", readLink);
    readAll("relationships", readRelationship);

    if (!r.ok()) {
        *errorMessage = r.error();
        return false;
    }
    board->assign(loaded);
    return true;
}

} // namespace Seams::BoardJson
