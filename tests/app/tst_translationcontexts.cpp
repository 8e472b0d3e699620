// Every string the core and the CLI ask to translate must be in the catalogue under the
// context it is asked for: lupdate files a string under the context it reads at the call
// site, and a tr() that answers in another context silently stays English. This test
// installs a translator that records each lookup the German catalogue cannot answer, then
// drives the exporters, the checks, the storage errors and the type names over boards
// chosen to produce as many messages as possible.

#include "../core/testsupport.h"

#include "analysis/findings.h"
#include "export/exporter.h"
#include "model/board.h"
#include "storage/boardjson.h"
#include "storage/projectfile.h"

#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace Seams;

namespace {

/** Answers from a real catalogue and remembers what it could not answer. */
class RecordingTranslator : public QTranslator
{
public:
    bool loadCatalogue(const QString &path) { return m_catalogue.load(path); }
    bool isEmpty() const override { return false; }
    QString translate(const char *context, const char *source, const char *disambiguation,
                      int n) const override
    {
        const QString text = m_catalogue.translate(context, source, disambiguation, n);
        // Qt's own contexts are not ours to translate.
        if (text.isEmpty() && QByteArray(context).startsWith("Seams"))
            m_missing.insert(
                QStringLiteral("%1: %2").arg(QLatin1String(context), QString::fromUtf8(source)));
        return text;
    }
    QStringList missing() const
    {
        QStringList list(m_missing.cbegin(), m_missing.cend());
        list.sort();
        return list;
    }

private:
    QTranslator m_catalogue;
    mutable QSet<QString> m_missing;
};

QList<Board *> testBoards(QObject *parent)
{
    QList<Board *> boards;
    auto add = [&](auto load) {
        auto *board = new Board(parent);
        load(board);
        boards.append(board);
    };
    add([](Board *board) { TestSupport::loadSample(board); });
    add([](Board *board) { TestSupport::loadHostile(board); });
    add([](Board *board) { TestSupport::loadGenerated(board, 600); });
    for (const char *name : {"contracts/allkinds/board.json", "contracts/hostile/board.json",
                             "sql/hostile/board.json"}) {
        add([name](Board *board) {
            QString error;
            BoardJson::read(TestSupport::readFile(TestSupport::dataPath(QLatin1String(name))),
                            board, &error);
        });
    }
    return boards;
}

} // namespace

class tst_TranslationContexts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyCoreMessageIsInTheCatalogue();
};

void tst_TranslationContexts::everyCoreMessageIsInTheCatalogue()
{
    RecordingTranslator translator;
    QVERIFY(translator.loadCatalogue(QStringLiteral(":/i18n/seams_de.qm")));
    QVERIFY(QCoreApplication::installTranslator(&translator));

    // Names of every enum value.
    for (NoteKind kind : allNoteKinds())
        displayName(kind);
    for (const QString &key : allKeys<MigrationStatus>())
        displayName(*fromKey<MigrationStatus>(key));
    for (const QString &key : allKeys<RelationshipPattern>())
        displayName(*fromKey<RelationshipPattern>(key));
    for (const QString &key : allKeys<DataSync>())
        displayName(*fromKey<DataSync>(key));
    for (const QString &key : allKeys<FieldType>())
        displayName(*fromKey<FieldType>(key));
    for (const QString &key : allKeys<DatabaseEngine>())
        displayName(*fromKey<DatabaseEngine>(key));

    // Every check area and every exporter, with every option, over boards full of findings.
    QObject owner;
    const QList<Board *> boards = testBoards(&owner);
    QVERIFY(boards.size() >= 6);
    for (const Board *board : boards) {
        QVERIFY(!Checks::run(*board).isEmpty() || board == boards.constFirst());
        for (const QString &name : Exporters::names()) {
            for (const char *dialect : {"", "postgres", "mariadb", "sqlite"}) {
                std::unique_ptr<Exporter> exporter = Exporters::create(name);
                ExportOptions options;
                if (exporter->options().contains(QLatin1String("dialect")))
                    options.dialect = QLatin1String(dialect);
                else if (*dialect)
                    continue;
                exporter->setOptions(options);
                exporter->displayName();
                MemoryOutput output;
                exporter->write(*board, output);
            }
        }
    }
    // Refused options, files and documents.
    for (const QString &name : Exporters::names()) {
        std::unique_ptr<Exporter> exporter = Exporters::create(name);
        exporter->setOptions({std::nullopt, QStringLiteral("nowhere"), QStringLiteral("oracle"),
                              QStringLiteral("liquibase")});
        exporter->optionsError();
    }
    QTemporaryDir folder;
    const QByteArray garbage("SQLite format 3\0garbage", 23);
    for (const QByteArray &bytes : {QByteArray(), QByteArray("hello"), garbage}) {
        const QString path = folder.filePath(QStringLiteral("bad.seams"));
        TestSupport::writeFile(path, bytes);
        StorageError error;
        ProjectFile::open(path, ProjectFile::Access::ReadOnly, &error);
    }
    StorageError error;
    ProjectFile::open(folder.filePath(QStringLiteral("missing.seams")),
                      ProjectFile::Access::ReadOnly, &error);
    for (const char *json :
         {"{", "[]", R"({"format":"x"})", R"({"format":"seams-board","version":99})",
          R"({"format":"seams-board","version":1,"notes":[{"kind":"x"}]})"}) {
        Board board;
        QString message;
        BoardJson::read(QByteArray(json), &board, &message);
    }

    QCoreApplication::removeTranslator(&translator);
    const QStringList missing = translator.missing();
    QVERIFY2(missing.isEmpty(),
             qPrintable(QStringLiteral("%1 lookups miss the catalogue:\n%2")
                            .arg(missing.size())
                            .arg(missing.join(QLatin1Char('\n')))));
}

QTEST_GUILESS_MAIN(tst_TranslationContexts)
#include "tst_translationcontexts.moc"
