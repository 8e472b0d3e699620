// docs/seams-board.schema.json against what BoardJson writes, checked by a real validator
// (ajv, draft 2020-12, from tests/tooling) in one node process.

#include "documentedits.h"
#include "storage/boardjson.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Seams;
using namespace Seams::TestSupport;

namespace {

const QString schemaPath
    = QStringLiteral(SEAMS_TEST_DATA_DIR "/../../docs/seams-board.schema.json");
const QString validator = QStringLiteral(SEAMS_TOOLING_DIR "/validate-json-schema.js");

QByteArray fixtureWith(const std::function<void(QJsonObject &)> &change)
{
    Board board;
    DocumentEdits::buildFixture(&board);
    QJsonObject root = QJsonDocument::fromJson(BoardJson::write(board)).object();
    change(root);
    return QJsonDocument(root).toJson();
}

/** Sets root[array][index][member] (member "" replaces the whole item). */
std::function<void(QJsonObject &)> setMember(const char *array, int index, const char *member,
                                             const QJsonValue &value)
{
    return [=](QJsonObject &root) {
        QJsonArray items = root.value(QLatin1String(array)).toArray();
        QJsonObject item = items.at(index).toObject();
        item.insert(QLatin1String(member), value);
        items.replace(index, item);
        root.insert(QLatin1String(array), items);
    };
}

struct InvalidCase
{
    const char *name;
    QByteArray json;
    QString instancePath; ///< where ajv must report the problem
    QString message; ///< a fragment of ajv's message
};

QList<InvalidCase> invalidCases()
{
    using Object = QJsonObject;
    return {
        {"not a board", R"({"title": "shopping list"})", "",
         "must have required property 'format'"},
        {"another format", fixtureWith([](Object &r) { r.insert("format", "kanban"); }), "/format",
         "must be equal to constant"},
        {"newer version", fixtureWith([](Object &r) { r.insert("version", 2); }), "/version",
         "must be equal to constant"},
        {"unknown member", fixtureWith([](Object &r) { r.insert("colour_scheme", "dark"); }), "",
         "must NOT have additional properties"},
        {"unknown kind", fixtureWith(setMember("notes", 0, "kind", "sticky")), "/notes/0/kind",
         "must be equal to one of the allowed values"},
        {"id with braces",
         fixtureWith(setMember("notes", 1, "id", "{0000000a-0000-4000-8000-000000000002}")),
         "/notes/1/id", "must match pattern"},
        {"zero width", fixtureWith(setMember("notes", 2, "width", 0)), "/notes/2/width",
         "must be > 0"},
        {"coordinate too far", fixtureWith(setMember("notes", 3, "x", 2e7)), "/notes/3/x",
         "must be <= 10000000"},
        {"fractional z", fixtureWith(setMember("notes", 0, "z", 1.5)), "/notes/0/z",
         "must be integer"},
        {"timestamp with an offset",
         fixtureWith(setMember("notes", 0, "created_at", "2026-01-01T02:00:00.000+02:00")),
         "/notes/0/created_at", "must match pattern"},
        {"extra member in a note", fixtureWith(setMember("notes", 0, "colour", "red")), "/notes/0",
         "must NOT have additional properties"},
        {"named colour", fixtureWith(setMember("contexts", 0, "color", "red")), "/contexts/0/color",
         "must match pattern"},
        {"wave out of range",
         fixtureWith(setMember("contexts", 0, "handoff", Object {{"wave", 1001}})),
         "/contexts/0/handoff/wave", "must be <= 1000"},
        {"unknown status",
         fixtureWith(setMember("contexts", 1, "handoff", Object {{"status", "done"}})),
         "/contexts/1/handoff/status", "must be equal to one of the allowed values"},
        {"context without handoff", fixtureWith([](Object &r) {
             QJsonArray contexts = r.value("contexts").toArray();
             Object context = contexts.at(2).toObject();
             context.remove("handoff");
             contexts.replace(2, context);
             r.insert("contexts", contexts);
         }),
         "/contexts/2", "must have required property 'handoff'"},
        {"link without target", fixtureWith([](Object &r) {
             QJsonArray links = r.value("links").toArray();
             Object link = links.at(0).toObject();
             link.remove("target");
             links.replace(0, link);
             r.insert("links", links);
         }),
         "/links/0", "must have required property 'target'"},
        {"unknown sync", fixtureWith(setMember("relationships", 0, "sync", "ftp")),
         "/relationships/0/sync", "must be equal to one of the allowed values"},
        {"setting of the wrong type", fixtureWith([](Object &r) {
             Object settings = r.value("settings").toObject();
             settings.insert("jwt_enabled", "yes");
             r.insert("settings", settings);
         }),
         "/settings/jwt_enabled", "must be boolean"},
        {"notes not a list", fixtureWith([](Object &r) { r.insert("notes", Object()); }), "/notes",
         "must be array"},
    };
}

} // namespace

class tst_BoardJsonSchema : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void writtenBoardsAreValid_data();
    void writtenBoardsAreValid();
    void invalidDocumentsAreRejected_data();
    void invalidDocumentsAreRejected();

private:
    void addDocument(const QString &name, const QByteArray &json);

    QTemporaryDir m_folder;
    QStringList m_files;
    int m_exitCode = -1;
    QHash<QString, QJsonObject> m_verdicts; // by document name
};

void tst_BoardJsonSchema::addDocument(const QString &name, const QByteArray &json)
{
    const QString path = m_folder.filePath(name + QStringLiteral(".json"));
    QVERIFY(writeFile(path, json));
    m_files.append(path);
}

void tst_BoardJsonSchema::initTestCase()
{
    if (QStandardPaths::findExecutable(QStringLiteral("node")).isEmpty())
        QFAIL("node is not installed (./build.sh deps installs it)");
    QVERIFY(m_folder.isValid());

    Board board;
    loadSample(&board);
    addDocument(QStringLiteral("sample"), BoardJson::write(board));
    loadGenerated(&board, 2000, 5);
    addDocument(QStringLiteral("generated"), BoardJson::write(board));
    loadHostile(&board);
    addDocument(QStringLiteral("hostile"), BoardJson::write(board));
    addDocument(QStringLiteral("empty"), BoardJson::write(Board()));
    DocumentEdits::buildFixture(&board);
    addDocument(QStringLiteral("fixture"), BoardJson::write(board));
    addDocument(QStringLiteral("minimal"), R"({"format": "seams-board", "version": 1})");
    for (const InvalidCase &invalid : invalidCases())
        addDocument(QLatin1String(invalid.name), invalid.json);

    // One node process validates them all.
    QProcess node;
    node.start(QStringLiteral("node"), QStringList {validator, schemaPath} + m_files);
    QVERIFY(node.waitForFinished(60000));
    const QByteArray errors = node.readAllStandardError();
    QVERIFY2(errors.isEmpty(), errors.constData());
    m_exitCode = node.exitCode();
    for (const QByteArray &line : node.readAllStandardOutput().split('\n')) {
        if (line.isEmpty())
            continue;
        const QJsonObject verdict = QJsonDocument::fromJson(line).object();
        const QString file = verdict.value(QStringLiteral("file")).toString();
        m_verdicts.insert(QFileInfo(file).completeBaseName(), verdict);
    }
    QCOMPARE(m_verdicts.size(), m_files.size());
    QCOMPARE(m_exitCode, 1); // some documents are invalid
}

void tst_BoardJsonSchema::writtenBoardsAreValid_data()
{
    QTest::addColumn<QString>("name");
    for (const char *name : {"sample", "generated", "hostile", "empty", "fixture", "minimal"})
        QTest::newRow(name) << QString::fromLatin1(name);
}

void tst_BoardJsonSchema::writtenBoardsAreValid()
{
    QFETCH(QString, name);
    const QJsonObject verdict = m_verdicts.value(name);
    QVERIFY2(verdict.value(QStringLiteral("valid")).toBool(),
             QJsonDocument(verdict).toJson().constData());
}

void tst_BoardJsonSchema::invalidDocumentsAreRejected_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("instancePath");
    QTest::addColumn<QString>("message");
    for (const InvalidCase &invalid : invalidCases())
        QTest::newRow(invalid.name)
            << QString::fromLatin1(invalid.name) << invalid.instancePath << invalid.message;
}

void tst_BoardJsonSchema::invalidDocumentsAreRejected()
{
    QFETCH(QString, name);
    QFETCH(QString, instancePath);
    QFETCH(QString, message);
    const QJsonObject verdict = m_verdicts.value(name);
    const QByteArray dump = QJsonDocument(verdict).toJson();
    QCOMPARE(verdict.value(QStringLiteral("valid")), QJsonValue(false));
    bool found = false;
    for (const QJsonValue &error : verdict.value(QStringLiteral("errors")).toArray()) {
        const QJsonObject object = error.toObject();
        found = found
            || (object.value(QStringLiteral("instancePath")).toString() == instancePath
                && object.value(QStringLiteral("message")).toString().contains(message));
    }
    QVERIFY2(found, dump.constData());
}

QTEST_GUILESS_MAIN(tst_BoardJsonSchema)
#include "tst_boardjsonschema.moc"
