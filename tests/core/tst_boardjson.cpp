#include "documentedits.h"
#include "model/board.h"
#include "model/limits.h"
#include "storage/boardjson.h"
#include "storage/projectfile.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Seams;
using namespace Seams::TestSupport;

using BoardSetup = std::function<void(Board *)>;
using Patch = std::function<void(QJsonObject &)>;
Q_DECLARE_METATYPE(BoardSetup)

namespace {

/** The fixture board's JSON with one change applied: the base of the error cases. */
QByteArray patched(const Patch &patch)
{
    Board board;
    DocumentEdits::buildFixture(&board);
    QJsonObject root = QJsonDocument::fromJson(BoardJson::write(board)).object();
    patch(root);
    return QJsonDocument(root).toJson();
}

/** Applies `change` to item `index` of the array `key` (notes, contexts, ...). */
Patch item(const char *key, int index, std::function<void(QJsonObject &)> change)
{
    return [=](QJsonObject &root) {
        QJsonArray items = root.value(QLatin1String(key)).toArray();
        QJsonObject object = items.at(index).toObject();
        change(object);
        items.replace(index, object);
        root.insert(QLatin1String(key), items);
    };
}

Patch set(const char *key, int index, const char *member, const QJsonValue &value)
{
    return item(key, index, [=](QJsonObject &object) {
        if (value.isUndefined())
            object.remove(QLatin1String(member));
        else
            object.insert(QLatin1String(member), value);
    });
}

} // namespace

class tst_BoardJson : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sampleIsItsOwnExport();
    void roundTrip_data();
    void roundTrip();
    void golden_data();
    void golden();
    void deterministicAcrossHashSeeds();
    void errors_data();
    void errors();
};

void tst_BoardJson::sampleIsItsOwnExport()
{
    // The shipped sample is kept in the interchange form: reading and writing it changes no
    // byte. If the format changes, regenerate it with `seams export json`.
    Board board;
    loadSample(&board);
    QCOMPARE(BoardJson::write(board), sampleJson());
}

void tst_BoardJson::roundTrip_data()
{
    QTest::addColumn<BoardSetup>("setup");
    QTest::newRow("empty") << BoardSetup([](Board *) {});
    QTest::newRow("sample") << BoardSetup(loadSample);
    QTest::newRow("fixture") << BoardSetup(DocumentEdits::buildFixture);
    QTest::newRow("hostile text") << BoardSetup(loadHostile);
    QTest::newRow("generated 2000") << BoardSetup([](Board *b) { loadGenerated(b, 2000, 3); });
    // The widest times a project file may hold (Limits::isValidTimestamp) survive JSON.
    QTest::newRow("times at the limits") << BoardSetup([](Board *b) {
        loadSample(b);
        const QList<const Note *> notes = b->sortedNotes();
        Note first = b->takeNote(notes.at(0)->id);
        first.createdAt = Limits::minTimestamp;
        first.updatedAt = Limits::maxTimestamp;
        b->insertNote(first);
    });
}

void tst_BoardJson::roundTrip()
{
    QFETCH(BoardSetup, setup);
    Board board;
    setup(&board);
    const QByteArray first = BoardJson::write(board);
    QCOMPARE(BoardJson::write(board), first); // the same board, the same bytes
    QVERIFY(first.endsWith("}\n"));
    Board imported;
    QString message;
    QVERIFY2(BoardJson::read(first, &imported, &message), qPrintable(message));
    QVERIFY2(imported.hasSameContent(board), qPrintable(describeDifference(imported, board)));
    QVERIFY(imported.notes() == board.notes()); // timestamps survive to the millisecond
    QCOMPARE(BoardJson::write(imported), first);
}

void tst_BoardJson::golden_data()
{
    QTest::addColumn<BoardSetup>("setup");
    QTest::addColumn<QString>("golden");
    QTest::newRow("fixture") << BoardSetup(DocumentEdits::buildFixture)
                             << "boardjson/fixture/board.json";
    QTest::newRow("hostile text") << BoardSetup(loadHostile) << "boardjson/hostile/board.json";
}

void tst_BoardJson::golden()
{
    // The exact bytes, so that a change of key order, number or timestamp formatting or
    // escaping shows up in review. SEAMS_UPDATE_GOLDEN=1 rewrites them.
    QFETCH(BoardSetup, setup);
    QFETCH(QString, golden);
    Board board;
    setup(&board);
    const QString difference = compareWithGolden(BoardJson::write(board), golden);
    QVERIFY2(difference.isEmpty(), qPrintable(difference));
}

void tst_BoardJson::deterministicAcrossHashSeeds()
{
    // QHash iteration order changes with the hash seed, and the model keeps everything in
    // QHashes: export the same file in processes with different seeds.
    QTemporaryDir folder;
    QVERIFY(folder.isValid());
    for (const auto &setup :
         {BoardSetup([](Board *b) { loadGenerated(b, 1500, 11); }), BoardSetup(loadHostile)}) {
        Board board;
        setup(&board);
        const QString path = folder.filePath(QStringLiteral("board.seams"));
        StorageError error;
        QVERIFY2(ProjectFile::create(path, board, true, &error), qPrintable(error.message));
        const QByteArray expected = BoardJson::write(board);
        for (const char *seed : {"0", "", "", ""}) { // "": a random seed per process
            QProcess process;
            QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
            if (*seed)
                environment.insert(QStringLiteral("QT_HASH_SEED"), QLatin1String(seed));
            else
                environment.remove(QStringLiteral("QT_HASH_SEED"));
            process.setProcessEnvironment(environment);
            process.start(QStringLiteral(SEAMS_BINARY),
                          {QStringLiteral("export"), QStringLiteral("json"), path});
            QVERIFY(process.waitForFinished(30000));
            QCOMPARE(process.exitCode(), 0);
            QCOMPARE(process.readAllStandardOutput(), expected);
        }
    }
}

void tst_BoardJson::errors_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("message");

    QTest::newRow("syntax error") << QByteArray(
        "{\n    \"format\": \"seams-board\",\n    \"version\": 1,\n    \"notes\": [ }")
                                  << "line 4, column 17: object is missing after a comma";
    QTest::newRow("truncated document")
        << QByteArray("{\n  \"format\": \"seams-board\",\n  \"name\": \"Sh")
        << "line 3, column 14: unterminated string";
    QTest::newRow("empty input") << QByteArray() << "line 1, column 1: illegal value";
    QTest::newRow("not an object") << QByteArray("[1, 2]") << "the document must be a JSON object";
    QTest::newRow("another format")
        << QByteArray(R"({"format": "kanban-board", "version": 1})")
        << "format: this is not a Seams board (expected \"seams-board\")";
    QTest::newRow("no format") << QByteArray(R"({"version": 1, "notes": []})")
                               << "\"format\" is missing";
    QTest::newRow("newer version")
        << patched([](QJsonObject &root) { root.insert(QStringLiteral("version"), 2); })
        << "version: written by a newer version of Seams (format 2; this version reads up to 1)";
    QTest::newRow("version as text")
        << patched([](QJsonObject &root) { root.insert(QStringLiteral("version"), "1"); })
        << "version: must be a whole number from 1 to 1000000";
    // Found by fuzz_boardjson: numbers beyond qint64 were converted before the range check.
    QTest::newRow("version far beyond qint64")
        << patched([](QJsonObject &root) { root.insert(QStringLiteral("version"), 1e308); })
        << "version: must be a whole number from 1 to 1000000";
    QTest::newRow("z far below qint64") << patched(set("notes", 1, "z", -1e300))
                                        << "notes[1].z: must be a whole number from -1000000000 "
                                           "to 1000000000";
    QTest::newRow("wave a fraction") << patched(item("contexts", 0, [](QJsonObject &context) {
        context.insert(QStringLiteral("handoff"), QJsonObject {{QStringLiteral("wave"), 1.5}});
    })) << "contexts[0].handoff.wave: must be a whole number from 0 to 1000";
    QTest::newRow("kind of the wrong type")
        << patched(set("notes", 2, "kind", 5)) << "notes[2].kind: must be a string";
    QTest::newRow("unknown kind")
        << patched(set("notes", 0, "kind", "sticky"))
        << "notes[0].kind: unknown value \"sticky\" (expected one of: domain_event, command, "
           "aggregate, policy, read_model, external_system, actor, hotspot)";
    QTest::newRow("missing id") << patched(set("notes", 1, "id", QJsonValue::Undefined))
                                << "notes[1]: \"id\" is missing";
    QTest::newRow("bad id") << patched(set("notes", 3, "id", "1234"))
                            << "notes[3].id: \"1234\" is not a valid id";
    QTest::newRow("duplicate note id")
        << patched(set("notes", 1, "id", "0000000a-0000-4000-8000-000000000001"))
        << "notes[1].id: duplicate id";
    QTest::newRow("coordinate as text")
        << patched(set("notes", 0, "x", "10")) << "notes[0].x: must be a number";
    QTest::newRow("coordinate out of range")
        << patched(set("notes", 4, "y", 1e12)) << "notes[4]: position or size out of range";
    QTest::newRow("zero width") << patched(set("contexts", 1, "width", 0))
                                << "contexts[1]: position or size out of range";
    QTest::newRow("note in an unknown context")
        << patched(set("notes", 0, "context", "0000000c-0000-4000-8000-0000000000ff"))
        << "notes[0].context: no context has this id";
    QTest::newRow("fields not a list")
        << patched(set("notes", 2, "fields", "amount")) << "notes[2].fields: must be a list";
    QTest::newRow("unknown field type")
        << patched(item("notes", 2,
                        [](QJsonObject &note) {
                            QJsonArray fields = note.value(QStringLiteral("fields")).toArray();
                            QJsonObject field = fields.at(1).toObject();
                            field.insert(QStringLiteral("type"), QStringLiteral("blob"));
                            fields.replace(1, field);
                            note.insert(QStringLiteral("fields"), fields);
                        }))
        << "notes[2].fields[1].type: unknown value \"blob\" (expected one of: string, text, "
           "integer, decimal, money, boolean, uuid, timestamp, date, enum, reference, json)";
    QTest::newRow("nullable as text") << patched(item("notes", 2, [](QJsonObject &note) {
        QJsonArray fields = note.value(QStringLiteral("fields")).toArray();
        QJsonObject field = fields.at(0).toObject();
        field.insert(QStringLiteral("nullable"), QStringLiteral("no"));
        fields.replace(0, field);
        note.insert(QStringLiteral("fields"), fields);
    })) << "notes[2].fields[0].nullable: must be true or false";
    QTest::newRow("bad timestamp") << patched(set("notes", 5, "created_at", "yesterday"))
                                   << "notes[5].created_at: \"yesterday\" is not an ISO 8601 "
                                      "date and time";
    QTest::newRow("colour") << patched(set("contexts", 0, "color", "sunset"))
                            << "contexts[0].color: \"sunset\" is not a colour";
    QTest::newRow("no handoff") << patched(set("contexts", 2, "handoff", QJsonValue::Undefined))
                                << "contexts[2].handoff: must be an object";
    QTest::newRow("wave out of range") << patched(item("contexts", 0, [](QJsonObject &context) {
        context.insert(QStringLiteral("handoff"), QJsonObject {{QStringLiteral("wave"), 1001}});
    })) << "contexts[0].handoff.wave: must be a whole number from 0 to 1000";
    QTest::newRow("link to an unknown note")
        << patched(set("links", 1, "target", "0000000a-0000-4000-8000-0000000000ff"))
        << "links[1].target: no note has this id";
    QTest::newRow("unknown pattern") << patched(set("relationships", 0, "pattern", "friends"))
                                     << "relationships[0].pattern: unknown value \"friends\" "
                                        "(expected one of: customer_supplier, conformist, "
                                        "anticorruption_layer, open_host_service, "
                                        "published_language, shared_kernel, partnership)";
    QTest::newRow("setting of the wrong type") << patched([](QJsonObject &root) {
        QJsonObject settings = root.value(QStringLiteral("settings")).toObject();
        settings.insert(QStringLiteral("jwt_enabled"), QStringLiteral("yes"));
        root.insert(QStringLiteral("settings"), settings);
    }) << "settings: setting \"jwt_enabled\" must be true or false";
    QTest::newRow("notes not a list")
        << patched([](QJsonObject &root) { root.insert(QStringLiteral("notes"), 3); })
        << "notes: must be a list";
    QTest::newRow("a note that is not an object") << patched([](QJsonObject &root) {
        root.insert(QStringLiteral("notes"), QJsonArray {QStringLiteral("Order Placed")});
    }) << "notes[0]: must be an object";
}

void tst_BoardJson::errors()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, message);
    Board board;
    loadSample(&board);
    Board before;
    before.assign(board);
    QString error;
    QVERIFY(!BoardJson::read(json, &board, &error));
    QCOMPARE(error, message);
    QVERIFY(board.hasSameContent(before)); // untouched on failure
}

QTEST_GUILESS_MAIN(tst_BoardJson)
#include "tst_boardjson.moc"
