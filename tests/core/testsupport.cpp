#include "testsupport.h"

#include "model/board.h"
#include "model/boardgenerator.h"
#include "storage/boardjson.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTest>

#include <sqlite3.h>

namespace Seams::TestSupport {

QUuid testId(int group, int number)
{
    return QUuid(QStringLiteral("%1-0000-4000-8000-%2")
                     .arg(group, 8, 16, QLatin1Char('0'))
                     .arg(number, 12, 16, QLatin1Char('0')));
}

QByteArray sampleJson()
{
    return readFile(QStringLiteral(":/samples/shop.json"));
}

void loadSample(Board *board)
{
    QString message;
    if (!BoardJson::read(sampleJson(), board, &message))
        qFatal("the sample board does not load: %s", qPrintable(message));
}

void loadGenerated(Board *board, int noteCount, quint32 seed)
{
    BoardGenerator::generate(board, noteCount, seed);
}

void loadHostile(Board *board)
{
    Board hostile;
    hostile.setName(QStringLiteral("Board \"with\" 'quotes'\\ {braces} #hash; colon: \u202e"));
    BoardSettings settings;
    settings.monolithUpstream = QStringLiteral("http://legacy\"host:8080/a b");
    settings.apiBasePath = QStringLiteral("/api/\u00e9\u00e8");
    settings.gatewayListen = QStringLiteral("127.0.0.1:8443");
    settings.jwtEnabled = false;
    settings.rateLimitPerMinute = 0;
    settings.databaseEngine = DatabaseEngine::MariaDB;
    settings.extra.insert(QStringLiteral("future_option"), QJsonValue(QStringLiteral("kept")));
    settings.extra.insert(QStringLiteral("future_number"), QJsonValue(2.5));
    hostile.setSettings(settings);

    BoundedContext first;
    first.id = testId(0xc, 1);
    first.name = QStringLiteral("Commandes \u6ce8\u6587 \u0637\u0644\u0628\u0627\u062a \"Orders\"");
    first.geometry = QRectF(-100.5, -0.25, 1000.125, 600);
    first.color = QColor(0x12, 0x34, 0x56, 0x80);
    first.handoff.serviceName = QStringLiteral("order\nservice");
    first.handoff.upstreamUrl = QStringLiteral("http://order-service:8080/\u00fc");
    first.handoff.routePrefixes = {QStringLiteral("/api/orders"), QStringLiteral("/api/\"x\"")};
    first.handoff.databaseName = QStringLiteral("order; DROP TABLE notes; --");
    first.handoff.databaseEngine = DatabaseEngine::SQLite;
    first.handoff.team = QStringLiteral("\U0001F680 team\ttab");
    first.handoff.status = MigrationStatus::Extracted;
    first.handoff.wave = 3;
    hostile.insertContext(first);

    BoundedContext second;
    second.id = testId(0xc, 2);
    second.name = QStringLiteral("{}[]#;:\\/");
    second.geometry = QRectF(2000, 0, 500, 400);
    second.color = QColor(0xff, 0xee, 0xdd);
    hostile.insertContext(second);

    const QString texts[] = {
        QStringLiteral("Line one\nline \"two\"\r\n\ttabbed \\ backslash"),
        QStringLiteral("Emoji \U0001F600\U0001F1EB\U0001F1F7 family \U0001F468\u200d\U0001F469"),
        QStringLiteral("\u05e9\u05dc\u05d5\u05dd RTL \u0645\u0631\u062d\u0628\u0627 mixed"),
        QStringLiteral("Control \u0001\u001f and </script> & <b>"),
        QString(),
    };
    int index = 0;
    for (const QString &text : texts) {
        Note note;
        note.id = testId(0xa, ++index);
        note.kind = allNoteKinds().at(index % allNoteKinds().size());
        note.text = text;
        note.geometry = QRectF(index * 170.5, 100.0 / 3.0, 140, 100);
        note.z = index == 3 ? -7 : index;
        note.contextId = index <= 3 ? first.id : QUuid();
        note.createdAt = 1'700'000'000'123 + index;
        note.updatedAt = 1'700'000'500'456 + index;
        hostile.insertNote(note);
    }
    Note aggregate;
    aggregate.id = testId(0xa, 10);
    aggregate.kind = NoteKind::Aggregate;
    aggregate.text = QStringLiteral("Order\u00a0Item \"aggregate\"");
    aggregate.geometry = QRectF(2100, 50, 160, 120);
    aggregate.contextId = second.id;
    aggregate.z = 10;
    aggregate.fields = {
        Field {QStringLiteral("id"), FieldType::Uuid, false, {}, {}},
        Field {QStringLiteral("na\"me\n"), FieldType::String, true, {}, {}},
        Field {QStringLiteral("status"),
               FieldType::Enum,
               false,
               {},
               {QStringLiteral("open"), QStringLiteral("cl\"osed"), QStringLiteral("\u2713")}},
        Field {QStringLiteral("parent"), FieldType::Reference, true, aggregate.id, {}},
    };
    aggregate.createdAt = 0;
    aggregate.updatedAt = 1;
    hostile.insertNote(aggregate);
    Note command;
    command.id = testId(0xa, 11);
    command.kind = NoteKind::Command;
    command.text = QStringLiteral("Place order");
    command.geometry = QRectF(2300, 200, 140, 100);
    command.contextId = second.id;
    command.http = HttpOverride {QStringLiteral("PUT"), QStringLiteral("/orders/{id}?a=\"b\"")};
    command.createdAt = 1'700'000'000'000;
    command.updatedAt = 1'700'000'000'000;
    hostile.insertNote(command);

    hostile.insertLink(Link {testId(0xb, 1), testId(0xa, 1), testId(0xa, 2),
                             QStringLiteral("label \"quoted\"\nnext line")});
    hostile.insertLink(Link {testId(0xb, 2), testId(0xa, 11), testId(0xa, 10), {}});
    Relationship relationship;
    relationship.id = testId(0xd, 1);
    relationship.upstreamId = first.id;
    relationship.downstreamId = second.id;
    relationship.pattern = RelationshipPattern::AnticorruptionLayer;
    relationship.sync = DataSync::ReadReplica;
    relationship.description = QStringLiteral("\u202eRTL override\u202c and \"quotes\"");
    hostile.insertRelationship(relationship);
    board->assign(hostile);
}

QString dataPath(const QString &relativePath)
{
    return QStringLiteral(SEAMS_TEST_DATA_DIR "/") + relativePath;
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate)
        && file.write(bytes) == bytes.size();
}

QString compareWithGolden(const QByteArray &actual, const QString &relativePath)
{
    const QString path = dataPath(relativePath);
    if (qgetenv("SEAMS_UPDATE_GOLDEN") == "1") {
        if (!writeFile(path, actual))
            return QStringLiteral("cannot write golden file %1").arg(path);
        qInfo("updated golden file %s", qPrintable(path));
        return {};
    }
    if (!QFileInfo::exists(path))
        return QStringLiteral("golden file %1 is missing; run with SEAMS_UPDATE_GOLDEN=1")
            .arg(path);
    const QByteArray expected = readFile(path);
    if (expected == actual)
        return {};
    const QList<QByteArray> expectedLines = expected.split('\n');
    const QList<QByteArray> actualLines = actual.split('\n');
    for (qsizetype i = 0; i < std::max(expectedLines.size(), actualLines.size()); ++i) {
        if (expectedLines.value(i) != actualLines.value(i))
            return QStringLiteral("%1 differs at line %2:\n  expected: %3\n  actual:   %4")
                .arg(relativePath)
                .arg(i + 1)
                .arg(QString::fromUtf8(expectedLines.value(i)),
                     QString::fromUtf8(actualLines.value(i)));
    }
    return QStringLiteral("%1 differs").arg(relativePath);
}

QString runSql(const QString &path, const QByteArray &sql)
{
    sqlite3 *database = nullptr;
    if (sqlite3_open_v2(path.toUtf8().constData(), &database,
                        SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr)
        != SQLITE_OK) {
        const QString message = QString::fromUtf8(sqlite3_errmsg(database));
        sqlite3_close(database);
        return message;
    }
    char *message = nullptr;
    QString result;
    if (sqlite3_exec(database, sql.constData(), nullptr, nullptr, &message) != SQLITE_OK)
        result = QString::fromUtf8(message ? message : "error");
    sqlite3_free(message);
    sqlite3_close(database);
    return result;
}

qint64 queryInteger(const QString &path, const QByteArray &sql, qint64 fallback)
{
    sqlite3 *database = nullptr;
    qint64 result = fallback;
    if (sqlite3_open_v2(path.toUtf8().constData(), &database, SQLITE_OPEN_READONLY, nullptr)
        == SQLITE_OK) {
        sqlite3_stmt *statement = nullptr;
        if (sqlite3_prepare_v2(database, sql.constData(), -1, &statement, nullptr) == SQLITE_OK
            && sqlite3_step(statement) == SQLITE_ROW)
            result = sqlite3_column_int64(statement, 0);
        sqlite3_finalize(statement);
    }
    sqlite3_close(database);
    return result;
}

QString describeDifference(const Board &actual, const Board &expected)
{
    if (actual.hasSameContent(expected))
        return {};
    if (actual.name() != expected.name())
        return QStringLiteral("name: \"%1\" vs \"%2\"").arg(actual.name(), expected.name());
    if (actual.settings() != expected.settings())
        return QStringLiteral("settings differ");
    auto describeNotes = [](const Board &board) {
        QStringList lines;
        for (const Note *note : board.sortedNotes()) {
            lines.append(
                QStringLiteral("%1 %2 \"%3\" (%4,%5 %6x%7) z=%8 ctx=%9 fields=%10 "
                               "http=%11 %12 created=%13")
                    .arg(note->id.toString(QUuid::WithoutBraces), toKey(note->kind), note->text)
                    .arg(note->geometry.x())
                    .arg(note->geometry.y())
                    .arg(note->geometry.width())
                    .arg(note->geometry.height())
                    .arg(note->z)
                    .arg(note->contextId.toString(QUuid::WithoutBraces))
                    .arg(note->fields.size())
                    .arg(note->http.method, note->http.path)
                    .arg(note->createdAt));
        }
        return lines;
    };
    const QStringList actualNotes = describeNotes(actual);
    const QStringList expectedNotes = describeNotes(expected);
    for (qsizetype i = 0; i < std::max(actualNotes.size(), expectedNotes.size()); ++i) {
        if (actualNotes.value(i) != expectedNotes.value(i))
            return QStringLiteral("notes differ:\n  actual:   %1\n  expected: %2")
                .arg(actualNotes.value(i), expectedNotes.value(i));
    }
    if (actual.notes() != expected.notes())
        return QStringLiteral("note fields differ");
    if (actual.contexts() != expected.contexts()) {
        for (const BoundedContext &context : expected.contexts()) {
            const BoundedContext *twin = actual.context(context.id);
            if (!twin || !(*twin == context))
                return QStringLiteral("context %1 (%2) differs or is missing")
                    .arg(context.id.toString(QUuid::WithoutBraces), context.name);
        }
        return QStringLiteral("contexts differ: %1 vs %2")
            .arg(actual.contexts().size())
            .arg(expected.contexts().size());
    }
    if (actual.links() != expected.links())
        return QStringLiteral("links differ: %1 vs %2")
            .arg(actual.links().size())
            .arg(expected.links().size());
    return QStringLiteral("relationships differ: %1 vs %2")
        .arg(actual.relationships().size())
        .arg(expected.relationships().size());
}

} // namespace Seams::TestSupport
