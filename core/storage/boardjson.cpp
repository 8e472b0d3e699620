#include "boardjson.h"

#include "model/board.h"
#include "model/limits.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Seams::BoardJson {

namespace {

QString idText(const QUuid &id)
{
    return id.toString(QUuid::WithoutBraces);
}

QString timestamp(qint64 msecs)
{
    return QDateTime::fromMSecsSinceEpoch(msecs, Qt::UTC).toString(Qt::ISODateWithMs);
}

QString colorName(const QColor &color)
{
    return color.alpha() == 255 ? color.name(QColor::HexRgb) : color.name(QColor::HexArgb);
}

void insertIfNotEmpty(QJsonObject &object, const QString &key, const QString &value)
{
    if (!value.isEmpty())
        object.insert(key, value);
}

void insertGeometry(QJsonObject &object, const QRectF &rect)
{
    object.insert(QStringLiteral("x"), rect.x());
    object.insert(QStringLiteral("y"), rect.y());
    object.insert(QStringLiteral("width"), rect.width());
    object.insert(QStringLiteral("height"), rect.height());
}

QJsonObject contextObject(const BoundedContext &context)
{
    QJsonObject object;
    object.insert(QStringLiteral("id"), idText(context.id));
    object.insert(QStringLiteral("name"), context.name);
    object.insert(QStringLiteral("color"), colorName(context.color));
    insertGeometry(object, context.geometry);
    const Handoff &handoff = context.handoff;
    QJsonObject handoffObject;
    insertIfNotEmpty(handoffObject, QStringLiteral("service_name"), handoff.serviceName);
    insertIfNotEmpty(handoffObject, QStringLiteral("upstream_url"), handoff.upstreamUrl);
    if (!handoff.routePrefixes.isEmpty())
        handoffObject.insert(QStringLiteral("route_prefixes"),
                             QJsonArray::fromStringList(handoff.routePrefixes));
    insertIfNotEmpty(handoffObject, QStringLiteral("database_name"), handoff.databaseName);
    if (handoff.databaseEngine)
        handoffObject.insert(QStringLiteral("database_engine"), toKey(*handoff.databaseEngine));
    insertIfNotEmpty(handoffObject, QStringLiteral("team"), handoff.team);
    handoffObject.insert(QStringLiteral("status"), toKey(handoff.status));
    handoffObject.insert(QStringLiteral("wave"), handoff.wave);
    object.insert(QStringLiteral("handoff"), handoffObject);
    return object;
}

QJsonObject noteObject(const Note &note)
{
    QJsonObject object;
    object.insert(QStringLiteral("id"), idText(note.id));
    object.insert(QStringLiteral("kind"), toKey(note.kind));
    object.insert(QStringLiteral("text"), note.text);
    insertGeometry(object, note.geometry);
    object.insert(QStringLiteral("z"), note.z);
    if (!note.contextId.isNull())
        object.insert(QStringLiteral("context"), idText(note.contextId));
    if (!note.fields.isEmpty()) {
        QJsonArray fields;
        for (const Field &field : note.fields) {
            QJsonObject fieldObject;
            fieldObject.insert(QStringLiteral("name"), field.name);
            fieldObject.insert(QStringLiteral("type"), toKey(field.type));
            fieldObject.insert(QStringLiteral("nullable"), field.nullable);
            if (!field.reference.isNull())
                fieldObject.insert(QStringLiteral("reference"), idText(field.reference));
            if (!field.enumValues.isEmpty())
                fieldObject.insert(QStringLiteral("values"),
                                   QJsonArray::fromStringList(field.enumValues));
            fields.append(fieldObject);
        }
        object.insert(QStringLiteral("fields"), fields);
    }
    if (!note.http.isEmpty()) {
        QJsonObject http;
        insertIfNotEmpty(http, QStringLiteral("method"), note.http.method);
        insertIfNotEmpty(http, QStringLiteral("path"), note.http.path);
        object.insert(QStringLiteral("http"), http);
    }
    object.insert(QStringLiteral("created_at"), timestamp(note.createdAt));
    object.insert(QStringLiteral("updated_at"), timestamp(note.updatedAt));
    return object;
}

} // namespace

QByteArray write(const Board &board)
{
    QJsonObject root;
    root.insert(QStringLiteral("format"), QStringLiteral("seams-board"));
    root.insert(QStringLiteral("version"), formatVersion);
    root.insert(QStringLiteral("name"), board.name());

    QJsonObject settings;
    const QMap<QString, QJsonValue> map = board.settings().toMap();
    for (auto it = map.cbegin(); it != map.cend(); ++it)
        settings.insert(it.key(), it.value());
    root.insert(QStringLiteral("settings"), settings);

    QList<const BoundedContext *> contexts;
    for (const BoundedContext &context : board.contexts())
        contexts.append(&context);
    std::sort(contexts.begin(), contexts.end(),
              [](const auto *a, const auto *b) { return a->id < b->id; });
    QJsonArray contextArray;
    for (const BoundedContext *context : std::as_const(contexts))
        contextArray.append(contextObject(*context));
    root.insert(QStringLiteral("contexts"), contextArray);

    QJsonArray noteArray;
    for (const Note *note : board.sortedNotes())
        noteArray.append(noteObject(*note));
    root.insert(QStringLiteral("notes"), noteArray);

    QJsonArray linkArray;
    for (const Link *link : board.sortedLinks()) {
        QJsonObject object;
        object.insert(QStringLiteral("id"), idText(link->id));
        object.insert(QStringLiteral("source"), idText(link->sourceId));
        object.insert(QStringLiteral("target"), idText(link->targetId));
        insertIfNotEmpty(object, QStringLiteral("label"), link->label);
        linkArray.append(object);
    }
    root.insert(QStringLiteral("links"), linkArray);

    QJsonArray relationshipArray;
    for (const Relationship *relationship : board.sortedRelationships()) {
        QJsonObject object;
        object.insert(QStringLiteral("id"), idText(relationship->id));
        object.insert(QStringLiteral("upstream"), idText(relationship->upstreamId));
        object.insert(QStringLiteral("downstream"), idText(relationship->downstreamId));
        object.insert(QStringLiteral("pattern"), toKey(relationship->pattern));
        object.insert(QStringLiteral("sync"), toKey(relationship->sync));
        insertIfNotEmpty(object, QStringLiteral("description"), relationship->description);
        relationshipArray.append(object);
    }
    root.insert(QStringLiteral("relationships"), relationshipArray);

    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

} // namespace Seams::BoardJson
