// The SQL export: golden files per dialect for the sample and the hostile-names board
// (regenerate with SEAMS_UPDATE_GOLDEN=1), options, which contexts get a database, and the
// command line. The real databases run these files in tests/e2e.

#include "export/exporter.h"
#include "export/sqlexporter.h"
#include "model/board.h"
#include "relationshiplookup.h"
#include "storage/boardjson.h"

#include <QDir>
#include <QDirIterator>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Seams;

namespace {

const QString goldenRoot = QStringLiteral(SEAMS_TEST_DATA_DIR "/sql");

QString sampleBoard()
{
    return QStringLiteral(SEAMS_TEST_DATA_DIR "/../../resources/samples/shop.json");
}

QString hostileBoard()
{
    return goldenRoot + QStringLiteral("/hostile/board.json");
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool load(const QString &path, Board *board)
{
    QString error;
    const bool ok = BoardJson::read(readAll(path), board, &error);
    if (!ok)
        qWarning("%s: %s", qPrintable(path), qPrintable(error));
    return ok;
}

/** Exports into memory; empty with a warning on failure. */
QMap<QString, QByteArray> exportSql(const Board &board, const ExportOptions &options,
                                    QString *error = nullptr)
{
    SqlExporter exporter;
    exporter.setOptions(options);
    MemoryOutput output;
    if (!exporter.write(board, output)) {
        if (error)
            *error = exporter.errorString();
        return {};
    }
    return output.files();
}

QMap<QString, QByteArray> filesUnder(const QString &folder)
{
    QMap<QString, QByteArray> files;
    QDirIterator it(folder, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        files.insert(QDir(folder).relativeFilePath(path), readAll(path));
    }
    return files;
}

int run(const QStringList &arguments, QByteArray *errors = nullptr)
{
    QProcess process;
    process.start(QStringLiteral(SEAMS_BINARY), arguments);
    process.waitForFinished(60000);
    if (errors)
        *errors = process.readAllStandardError();
    return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
}

} // namespace

class tst_SqlExporter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void golden_data();
    void golden();
    void identifiersAreSafe_data();
    void identifiersAreSafe();
    void deterministic();
    void badOptions_data();
    void badOptions();
    void contextsWithDatabase();
    void sharedDatabaseRefused();
    void nothingExtracted();
    void readmeRepeatsWarnings();
    void commandLine();
};

void tst_SqlExporter::golden_data()
{
    QTest::addColumn<QString>("board");
    QTest::addColumn<QString>("dialect");
    QTest::addColumn<QString>("layout");
    // Each dialect once per board, both layouts covered for each board.
    QTest::newRow("shop-postgres") << sampleBoard() << "postgres"
                                   << "flyway";
    QTest::newRow("shop-mariadb") << sampleBoard() << "mariadb"
                                  << "golang-migrate";
    QTest::newRow("shop-sqlite") << sampleBoard() << "sqlite"
                                 << "flyway";
    QTest::newRow("hostile-postgres") << hostileBoard() << "postgres"
                                      << "golang-migrate";
    QTest::newRow("hostile-mariadb") << hostileBoard() << "mariadb"
                                     << "flyway";
    QTest::newRow("hostile-sqlite") << hostileBoard() << "sqlite"
                                    << "golang-migrate";
    // Without --dialect every context keeps its own engine (Group Context is MariaDB).
    QTest::newRow("hostile-engines") << hostileBoard() << ""
                                     << "flyway";
}

void tst_SqlExporter::golden()
{
    QFETCH(QString, board);
    QFETCH(QString, dialect);
    QFETCH(QString, layout);
    Board loaded;
    QVERIFY(load(board, &loaded));
    ExportOptions options;
    options.dialect = dialect;
    options.layout = layout;
    const QMap<QString, QByteArray> files = exportSql(loaded, options);
    QVERIFY(!files.isEmpty());

    const QString folder = goldenRoot + QLatin1Char('/') + QTest::currentDataTag();
    if (qEnvironmentVariableIntValue("SEAMS_UPDATE_GOLDEN")) {
        QDir(folder).removeRecursively();
        for (auto it = files.cbegin(); it != files.cend(); ++it) {
            const QString path = folder + QLatin1Char('/') + it.key();
            QVERIFY(QDir().mkpath(QFileInfo(path).absolutePath()));
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(it.value());
        }
        QSKIP("golden files rewritten");
    }
    const QMap<QString, QByteArray> expected = filesUnder(folder);
    QCOMPARE(files.keys(), expected.keys());
    for (auto it = files.cbegin(); it != files.cend(); ++it)
        QVERIFY2(it.value() == expected.value(it.key()), qPrintable(it.key() + " differs"));
}

void tst_SqlExporter::identifiersAreSafe_data()
{
    QTest::addColumn<QString>("dialect");
    QTest::newRow("postgres") << "postgres";
    QTest::newRow("mariadb") << "mariadb";
    QTest::newRow("sqlite") << "sqlite";
}

void tst_SqlExporter::identifiersAreSafe()
{
    // Every name the hostile board leads to is a plain, unquoted identifier within 63 bytes.
    QFETCH(QString, dialect);
    Board board;
    QVERIFY(load(hostileBoard(), &board));
    ExportOptions options;
    options.dialect = dialect;
    options.layout = QStringLiteral("golang-migrate");
    const QMap<QString, QByteArray> files = exportSql(board, options);
    static const QRegularExpression strings(QStringLiteral("'(?:[^']|'')*'"));
    static const QRegularExpression comments(QStringLiteral("--[^\\n]*"));
    static const QRegularExpression named(QStringLiteral(
        R"(\b(?:CREATE TABLE|CONSTRAINT|CREATE INDEX|REFERENCES|ON|ALTER TABLE IF EXISTS|)"
        R"(ALTER TABLE|DROP FOREIGN KEY IF EXISTS|DROP TABLE IF EXISTS) ([^\s;(,]+))"));
    static const QRegularExpression safe(QStringLiteral("^[a-z_][a-z0-9_]{0,62}$"));
    int checked = 0;
    for (auto it = files.cbegin(); it != files.cend(); ++it) {
        QVERIFY2(safe.match(it.key().section(QLatin1Char('/'), 0, 0)).hasMatch()
                     || it.key() == QLatin1String("README.md"),
                 qPrintable(it.key()));
        if (!it.key().contains(QLatin1String("/migrations/")))
            continue;
        QString sql = QString::fromUtf8(it.value());
        sql.replace(strings, QStringLiteral("''"));
        sql.replace(comments, QString());
        for (const QRegularExpressionMatch &match : named.globalMatch(sql)) {
            const QString name = match.captured(1);
            if (name == name.toUpper()) // a keyword: COMMENT ON TABLE, ON UPDATE, ...
                continue;
            QVERIFY2(safe.match(name).hasMatch(), qPrintable(it.key() + ": " + name));
            ++checked;
        }
    }
    QVERIFY(checked >= 40);
}

void tst_SqlExporter::deterministic()
{
    Board board;
    QVERIFY(load(hostileBoard(), &board));
    ExportOptions options;
    options.dialect = QStringLiteral("postgres");
    const QMap<QString, QByteArray> first = exportSql(board, options);
    Board copy;
    QString error;
    QVERIFY(BoardJson::read(BoardJson::write(board), &copy, &error));
    QCOMPARE(exportSql(copy, options), first);
    QCOMPARE(exportSql(board, options), first);
}

void tst_SqlExporter::badOptions_data()
{
    QTest::addColumn<QString>("dialect");
    QTest::addColumn<QString>("layout");
    QTest::addColumn<QString>("message");
    QTest::newRow("dialect") << "oracle"
                             << ""
                             << "unknown SQL dialect \u201coracle\u201d";
    QTest::newRow("dialect, case") << "Postgres"
                                   << ""
                                   << "dialects: postgres, mariadb, sqlite";
    QTest::newRow("layout") << ""
                            << "liquibase"
                            << "unknown migration layout \u201cliquibase\u201d";
}

void tst_SqlExporter::badOptions()
{
    QFETCH(QString, dialect);
    QFETCH(QString, layout);
    QFETCH(QString, message);
    Board board;
    QVERIFY(load(sampleBoard(), &board));
    ExportOptions options;
    options.dialect = dialect;
    options.layout = layout;
    QString error;
    QVERIFY(exportSql(board, options, &error).isEmpty());
    QVERIFY2(error.contains(message), qPrintable(error));
}

void tst_SqlExporter::contextsWithDatabase()
{
    Board board;
    QVERIFY(load(sampleBoard(), &board));
    auto names = [&](std::optional<int> wave) {
        QStringList result;
        for (const BoundedContext *context : SqlExporter::contextsWithDatabase(board, wave))
            result.append(context->name);
        return result;
    };
    const QStringList extracting = {"Order Context", "Payment Context"};
    QCOMPARE(names(std::nullopt), extracting);
    // A context still in the monolith but planned for wave 3 joins from --wave 3 on.
    BoundedContext catalog = *board.context(QUuid("7502cf69-b20a-586f-9fcc-207d4ae4b160"));
    catalog.handoff.wave = 3;
    board.setContextHandoff(catalog.id, catalog.handoff);
    QCOMPARE(names(2), extracting);
    QCOMPARE(names(3), QStringList({"Catalog Context", "Order Context", "Payment Context"}));
    ExportOptions options;
    options.wave = 3;
    QVERIFY(exportSql(board, options).contains("catalog_db/migrations/V1__init.sql"));
}

void tst_SqlExporter::sharedDatabaseRefused()
{
    Board board;
    QVERIFY(load(sampleBoard(), &board));
    BoundedContext payment = *board.context(QUuid("3cc0a8ca-4a10-5832-a8d4-a152d8e5b0da"));
    payment.handoff.databaseName = QStringLiteral("Orders DB");
    board.setContextHandoff(payment.id, payment.handoff);
    QString error;
    QVERIFY(exportSql(board, {}, &error).isEmpty());
    QVERIFY2(error.contains("\u201cOrder Context\u201d and \u201cPayment Context\u201d would share "
                            "the database orders_db"),
             qPrintable(error));
}

void tst_SqlExporter::nothingExtracted()
{
    Board board;
    QVERIFY(load(sampleBoard(), &board));
    for (const BoundedContext *context : board.sortedContexts()) {
        Handoff handoff = context->handoff;
        handoff.status = MigrationStatus::Monolith;
        board.setContextHandoff(context->id, handoff);
    }
    const QMap<QString, QByteArray> files = exportSql(board, {});
    QCOMPARE(files.keys(), QStringList {"README.md"});
    QVERIFY(files.value("README.md").contains("--wave N"));
}

void tst_SqlExporter::readmeRepeatsWarnings()
{
    Board board;
    QVERIFY(load(sampleBoard(), &board));
    // The sample is clean; without User -> Order, Order's reference to User is a warning.
    QVERIFY(
        removeRelationship(board, QStringLiteral("User Context"), QStringLiteral("Order Context")));
    const QMap<QString, QByteArray> files = exportSql(board, {});
    const QByteArray orders = files.value("orders_db/README.md");
    QVERIFY(orders.contains("`database.reference-without-relationship`"));
    QVERIFY(orders.contains("**No relationship** connects Order Context and User Context"));
    QVERIFY(orders.contains("kept in sync through a read replica of the monolith's database"));
    // The warning is about Order and User, so the payments README does not carry it.
    const QByteArray payments = files.value("payments_db/README.md");
    QVERIFY(!payments.contains("reference-without-relationship"));
    QVERIFY(payments.contains("kept in sync by events"));
}

void tst_SqlExporter::commandLine()
{
    QTemporaryDir folder;
    const QString output = folder.filePath("out");
    QByteArray errors;
    QCOMPARE(run({"export", "sql", hostileBoard(), "-o", output, "--dialect", "sqlite", "--layout",
                  "golang-migrate"},
                 &errors),
             0);
    Board board;
    QVERIFY(load(hostileBoard(), &board));
    ExportOptions options;
    options.dialect = QStringLiteral("sqlite");
    options.layout = QStringLiteral("golang-migrate");
    QCOMPARE(filesUnder(output), exportSql(board, options));

    QCOMPARE(run({"export", "sql", sampleBoard()}, &errors), 2); // a folder needs -o
    QVERIFY(errors.contains("-o DIR"));
    QCOMPARE(run({"export", "sql", sampleBoard(), "-o", output, "--listen", ":80"}, &errors), 2);
    // An unknown option value is a usage error, found before the board is read.
    QCOMPARE(run({"export", "sql", sampleBoard(), "-o", folder.filePath("x"), "--dialect", "db2"},
                 &errors),
             2);
    QVERIFY(errors.contains("unknown SQL dialect"));
    QVERIFY(!QFileInfo::exists(folder.filePath("x")));
}

QTEST_GUILESS_MAIN(tst_SqlExporter)
#include "tst_sqlexporter.moc"
