// The seams executable's verbs, run as a user runs them: a child process per call.

#include "analysis/findings.h"
#include "model/board.h"
#include "storage/boardjson.h"
#include "storage/projectfile.h"
#include "testsupport.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace Seams;
using namespace Seams::TestSupport;

namespace {

struct Result
{
    int exitCode = -1;
    QProcess::ExitStatus status = QProcess::CrashExit;
    QByteArray out;
    QByteArray err;
};

Result runSeams(const QStringList &arguments, const QString &workingFolder)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    // Without a display an argument that is not a verb is refused instead of opening a window.
    for (const char *name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"})
        environment.remove(QLatin1String(name));
    process.setProcessEnvironment(environment);
    process.setWorkingDirectory(workingFolder);
    process.start(QStringLiteral(SEAMS_BINARY), arguments);
    Result result;
    if (!process.waitForFinished(60000)) {
        process.kill();
        process.waitForFinished();
        result.err = "timed out";
        return result;
    }
    result.exitCode = process.exitCode();
    result.status = process.exitStatus();
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

QString describe(const Result &result)
{
    return QStringLiteral("exit %1\n--- stdout:\n%2\n--- stderr:\n%3")
        .arg(result.exitCode)
        .arg(QString::fromUtf8(result.out.left(2000)), QString::fromUtf8(result.err.left(2000)));
}

} // namespace

class tst_Cli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void exitCodes_data();
    void exitCodes();
    void exportToStdoutAndFile();
    void importRefusesToOverwrite();
    void newBoards();
    void infoAndCheckAsJson();
    void garbageArgumentsNeverCrash();

private:
    QString file(const QString &name) const { return m_folder.filePath(name); }
    Result run(QStringList arguments) const;

    QTemporaryDir m_folder;
};

Result tst_Cli::run(QStringList arguments) const
{
    for (QString &argument : arguments)
        argument.replace(QStringLiteral("%DIR%"), m_folder.path());
    return runSeams(arguments, m_folder.path());
}

void tst_Cli::initTestCase()
{
    QVERIFY(m_folder.isValid());
    Board sample;
    loadSample(&sample);
    StorageError error;
    QVERIFY(ProjectFile::create(file(QStringLiteral("shop.seams")), sample, false, &error));
    QVERIFY(writeFile(file(QStringLiteral("shop.json")), sampleJson()));

    // A board with model errors inside named contexts.
    Board broken;
    broken.assign(sample);
    BoundedContext twin = *broken.sortedContexts().constFirst(); // "Catalog Context"
    twin.id = testId(0xc, 77);
    twin.geometry.translate(5000, 0);
    broken.insertContext(twin);
    const Note *aggregate = nullptr;
    for (const Note *candidate : broken.notesOfKind(NoteKind::Aggregate)) {
        if (candidate->text == QLatin1String("Order"))
            aggregate = candidate;
    }
    QVERIFY(aggregate);
    QList<Field> fields = aggregate->fields;
    fields.append(Field {QStringLiteral("  "), FieldType::String, false, {}, {}});
    broken.setNoteFields(aggregate->id, fields);
    QVERIFY(ProjectFile::create(file(QStringLiteral("errors.seams")), broken, false, &error));
    QVERIFY(Checks::hasErrors(Checks::run(broken)));

    const QByteArray bytes = readFile(file(QStringLiteral("shop.seams")));
    QVERIFY(writeFile(file(QStringLiteral("damaged.seams")), bytes.left(bytes.size() / 2)));
    QVERIFY(writeFile(file(QStringLiteral("notes.txt")), "Order Placed\n"));
    QVERIFY(writeFile(file(QStringLiteral("broken.json")), "{\n  \"format\": \"seams-board\",\n"));
    QVERIFY(writeFile(file(QStringLiteral("newer.json")),
                      R"({"format": "seams-board", "version": 99})"));
}

void tst_Cli::exitCodes_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("out"); // a fragment of stdout ("" when nothing in particular)
    QTest::addColumn<QString>("err"); // a fragment of stderr

    auto row = [](const char *name, QStringList arguments, int code, QString out, QString err) {
        QTest::newRow(name) << arguments << code << out << err;
    };
    // 0: success
    row("--version", {"--version"}, 0, "seams 0.1.0", "");
    row("-v", {"-v"}, 0, "seams 0.1.0", "");
    row("--help", {"--help"}, 0, "Exit codes: 0 success, 1 check failures", "");
    row("help", {"help"}, 0, "Verbs:", "");
    row("help VERB", {"help", "export"}, 0, "Formats: json", "");
    row("VERB --help", {"import", "--help"}, 0, "-o, --output <FILE>", "");
    row("info", {"info", "%DIR%/shop.seams"}, 0, "Order Context", "");
    row("info of JSON", {"info", "%DIR%/shop.json"}, 0, "Bounded contexts: 5", "");
    row("check of the sample", {"check", "%DIR%/shop.seams"}, 0, "0 errors, 0 warnings", "");
    row("check one area", {"check", "--area", "model", "%DIR%/shop.json"}, 0,
        "0 errors, 0 warnings", "");
    row("export json to stdout", {"export", "json", "%DIR%/shop.seams"}, 0,
        "\"format\": \"seams-board\"", "");
    row("export json to -", {"export", "json", "%DIR%/shop.seams", "-o", "-"}, 0,
        "\"name\": \"Shop (sample)\"", "");
    // 1: check failures
    row("check with errors", {"check", "%DIR%/errors.seams"}, 1,
        "Two bounded contexts are both named \u201cCatalog Context\u201d", "");
    row("check names the context of a note", {"check", "%DIR%/errors.seams"}, 1,
        "in \u201cOrder Context\u201d has a field without a name", "");
    // 2: usage errors
    row("unknown verb", {"--frobnicate"}, 2, "", "unknown verb or option \"--frobnicate\"");
    row("a file name without a display", {"board-that-is-not-a-verb"}, 2, "", "no display found");
    row("help for an unknown verb", {"help", "frobnicate"}, 2, "", "unknown verb \"frobnicate\"");
    row("unknown option", {"info", "--colour", "%DIR%/shop.seams"}, 2, "",
        "Unknown option 'colour'");
    row("missing argument", {"info"}, 2, "", "seams info: FILE is missing");
    row("missing option value", {"import", "%DIR%/shop.json", "-o"}, 2, "",
        "Missing value after '-o'");
    row("too many arguments", {"check", "%DIR%/shop.seams", "%DIR%/shop.json"}, 2, "",
        "expected one FILE, got 2 arguments");
    row("empty file name", {"info", ""}, 2, "", "seams info: FILE is empty");
    row("export without a file", {"export", "json"}, 2, "", "expected FORMAT and FILE");
    row("export with an empty file name", {"export", "json", ""}, 2, "",
        "expected FORMAT and FILE");
    row("unknown export format", {"export", "yaml", "%DIR%/shop.seams"}, 2, "",
        "unknown format \"yaml\" (formats: json");
    row("option the format lacks", {"export", "json", "%DIR%/shop.seams", "--wave", "1"}, 2, "",
        "format \"json\" has no --wave option");
    row("import without -o", {"import", "%DIR%/shop.json"}, 2, "", "-o FILE is required");
    row("unknown area", {"check", "--area", "no-such-area", "%DIR%/shop.seams"}, 2, "",
        "unknown area \"no-such-area\" (areas: model");
    row("new: bad count", {"new", "--generate", "12x", "%DIR%/g.seams"}, 2, "",
        "--generate needs a number of notes from 1 to 1000000, not \"12x\"");
    row("new: negative count", {"new", "--generate", "-5", "%DIR%/g.seams"}, 2, "", "not \"-5\"");
    row("new: count too large", {"new", "--generate", "99999999999", "%DIR%/g.seams"}, 2, "",
        "not \"99999999999\"");
    row("new: bad seed", {"new", "--generate", "10", "--seed", "-1", "%DIR%/g.seams"}, 2, "",
        "--seed needs a whole number, not \"-1\"");
    row("new: unknown sample", {"new", "--sample", "../../etc/passwd", "%DIR%/g.seams"}, 2, "",
        "unknown sample \"../../etc/passwd\" (available: shop)");
    row("new: sample and generate", {"new", "--sample", "shop", "--generate", "3", "%DIR%/g.seams"},
        2, "", "cannot be combined");
    // 3: file errors, naming the file and the reason
    row("missing file", {"info", "%DIR%/nothing.seams"}, 3, "", "nothing.seams: no such file");
    row("a folder", {"check", "%DIR%"}, 3, "", "is a folder, not a board file");
    row("damaged file", {"info", "%DIR%/damaged.seams"}, 3, "",
        "damaged.seams is damaged: the file is truncated");
    row("text file", {"export", "json", "%DIR%/notes.txt"}, 3, "",
        "notes.txt is not a Seams board: it is not an SQLite database");
    row("broken JSON", {"check", "%DIR%/broken.json"}, 3, "",
        "broken.json: line 3, column 1: unterminated object");
    row("newer JSON", {"info", "%DIR%/newer.json"}, 3, "",
        "newer.json: version: written by a newer version of Seams");
    row("import of a .seams file", {"import", "%DIR%/shop.seams", "-o", "%DIR%/x.seams"}, 3, "",
        "shop.seams: line 1, column 2: illegal value");
    row("import of a missing file", {"import", "%DIR%/none.json", "-o", "%DIR%/x.seams"}, 3, "",
        "cannot read");
    row("new over an existing file", {"new", "%DIR%/shop.seams"}, 3, "",
        "shop.seams already exists. Use --force to replace it.");
    row("export into a missing folder",
        {"export", "json", "%DIR%/shop.seams", "-o", "%DIR%/no/such/folder/out.json"}, 3, "",
        "out.json");
}

void tst_Cli::exitCodes()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, out);
    QFETCH(QString, err);
    const Result result = run(arguments);
    QCOMPARE(result.status, QProcess::NormalExit);
    QVERIFY2(result.exitCode == exitCode, qPrintable(describe(result)));
    QVERIFY2(QString::fromUtf8(result.out).contains(out), qPrintable(describe(result)));
    QVERIFY2(QString::fromUtf8(result.err).contains(err), qPrintable(describe(result)));
    if (exitCode != 0) // failures explain themselves on stderr, never silently
        QVERIFY2(!result.err.isEmpty() || exitCode == 1, qPrintable(describe(result)));
    if (exitCode == 3) // ... and name the file
        QVERIFY2(result.err.contains(QDir::toNativeSeparators(m_folder.path()).toUtf8()),
                 qPrintable(describe(result)));
    QVERIFY2(!result.err.contains("QFSFileEngine"), qPrintable(describe(result)));
}

void tst_Cli::exportToStdoutAndFile()
{
    const Result toStdout = run({"export", "json", "%DIR%/shop.seams"});
    QCOMPARE(toStdout.exitCode, 0);
    QCOMPARE(toStdout.out, sampleJson());
    QVERIFY(toStdout.err.isEmpty());
    const Result fromJson = run({"export", "json", "%DIR%/shop.json", "-o", "%DIR%/out.json"});
    QCOMPARE(fromJson.exitCode, 0);
    QVERIFY(fromJson.out.isEmpty());
    QCOMPARE(readFile(file(QStringLiteral("out.json"))), sampleJson());
}

void tst_Cli::importRefusesToOverwrite()
{
    const QString target = file(QStringLiteral("imported.seams"));
    QVERIFY(writeFile(target, "precious"));
    Result result = run({"import", "%DIR%/shop.json", "-o", target});
    QCOMPARE(result.exitCode, 3);
    QVERIFY2(result.err.contains("imported.seams already exists. Use --force to replace it."),
             result.err.constData());
    QCOMPARE(readFile(target), QByteArray("precious"));
    result = run({"import", "%DIR%/shop.json", "-o", target, "--force"});
    QCOMPARE(result.exitCode, 0);
    Board imported;
    StorageError error;
    const auto opened = ProjectFile::open(target, ProjectFile::Access::ReadOnly, &error);
    QVERIFY2(opened && opened->load(&imported, &error), qPrintable(error.message));
    Board sample;
    loadSample(&sample);
    QVERIFY(imported.hasSameContent(sample));
}

void tst_Cli::newBoards()
{
    Result result = run({"new", "--sample", "shop", "%DIR%/new-sample.seams"});
    QCOMPARE(result.exitCode, 0);
    result = run({"export", "json", "%DIR%/new-sample.seams"});
    QCOMPARE(result.out, sampleJson());

    result = run({"new", "--generate", "250", "--seed", "4", "--name", "Big \"one\"",
                  "%DIR%/generated.seams"});
    QCOMPARE(result.exitCode, 0);
    result = run({"info", "--json", "%DIR%/generated.seams"});
    QCOMPARE(result.exitCode, 0);
    const QJsonObject info = QJsonDocument::fromJson(result.out).object();
    QCOMPARE(info.value(QStringLiteral("notes")).toInt(), 250);
    QCOMPARE(info.value(QStringLiteral("name")).toString(), QStringLiteral("Big \"one\""));

    result = run({"new", "%DIR%/Empty Board.seams"});
    QCOMPARE(result.exitCode, 0);
    result = run({"info", "%DIR%/Empty Board.seams"});
    QVERIFY2(result.out.startsWith("Board: Empty Board\nNotes: 0\n"), result.out.constData());
    result = run({"new", "--force", "%DIR%/Empty Board.seams"});
    QCOMPARE(result.exitCode, 0);
}

void tst_Cli::infoAndCheckAsJson()
{
    Result result = run({"info", "--json", "%DIR%/shop.seams"});
    QCOMPARE(result.exitCode, 0);
    QJsonParseError parseError;
    const QJsonObject info = QJsonDocument::fromJson(result.out, &parseError).object();
    QCOMPARE(parseError.error, QJsonParseError::NoError);
    QCOMPARE(info.value(QStringLiteral("notes")).toInt(), 46);
    QCOMPARE(info.value(QStringLiteral("contexts")).toArray().size(), 5);
    QCOMPARE(info.value(QStringLiteral("kinds")).toObject().value(QStringLiteral("aggregate")),
             QJsonValue(11));

    result = run({"check", "--json", "--area", "model", "%DIR%/errors.seams"});
    QCOMPARE(result.exitCode, 1);
    const QJsonArray findings = QJsonDocument::fromJson(result.out).array();
    QStringList codes;
    for (const QJsonValue &value : findings) {
        const QJsonObject finding = value.toObject();
        QCOMPARE(finding.value(QStringLiteral("area")).toString(), QStringLiteral("model"));
        QVERIFY(!finding.value(QStringLiteral("items")).toArray().isEmpty());
        codes.append(finding.value(QStringLiteral("severity")).toString() + QLatin1Char(' ')
                     + finding.value(QStringLiteral("code")).toString());
    }
    // Errors first, then the sample's two open hotspots.
    QCOMPARE(codes,
             (QStringList {"error model.context-duplicate-name", "error model.field-unnamed",
                           "info model.hotspot", "info model.hotspot"}));
}

void tst_Cli::garbageArgumentsNeverCrash()
{
    // Seeded random argument lists after each verb: every run ends with a documented exit
    // code, never a crash or a hang.
    static const QStringList verbs = {"new", "info", "check", "export", "import", "help"};
    static const QStringList tokens = {"--force",
                                       "--sample",
                                       "shop",
                                       "--generate",
                                       "7",
                                       "--seed",
                                       "--json",
                                       "--area",
                                       "-o",
                                       "-",
                                       "--",
                                       "--wave",
                                       "json",
                                       "%DIR%/shop.seams",
                                       "%DIR%/shop.json",
                                       "%DIR%/damaged.seams",
                                       "%DIR%",
                                       "",
                                       "=",
                                       "--output=",
                                       "\u00e9\u6ce8\U0001F600",
                                       "-ooo",
                                       "--help",
                                       "a;b",
                                       "{}",
                                       "#",
                                       "'\"",
                                       QString(300, QLatin1Char('x')),
                                       "%DIR%/garbage-out.seams",
                                       "-1e9",
                                       "--name"};
    QRandomGenerator random(31337);
    for (int round = 0; round < 40; ++round) {
        QStringList arguments {verbs.at(random.bounded(int(verbs.size())))};
        const int count = random.bounded(1, 6);
        for (int i = 0; i < count; ++i)
            arguments.append(tokens.at(random.bounded(int(tokens.size()))));
        const Result result = run(arguments);
        QVERIFY2(
            result.status == QProcess::NormalExit && result.exitCode >= 0 && result.exitCode <= 3,
            qPrintable(arguments.join(QLatin1Char(' ')) + QLatin1Char('\n') + describe(result)));
        QFile::remove(file(QStringLiteral("garbage-out.seams")));
    }
}

QTEST_GUILESS_MAIN(tst_Cli)
#include "tst_cli.moc"
