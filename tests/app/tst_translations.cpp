// The French and German translations: complete (lupdate finds nothing unfinished or
// obsolete), with every plural form, and actually used: the window built in French or German
// shows translated menus, whether the language comes from the preferences or from the
// system, and the command line speaks the environment's language.

#include "windowsession.h"

#include <QCoreApplication>
#include <QDir>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

using namespace Seams;

namespace {

/** The titles of the window's menus (MenuBar menus and submenus). */
QStringList menuTitles(QObject *window)
{
    QStringList titles;
    for (QObject *object : window->findChildren<QObject *>()) {
        if (object->inherits("QQuickMenu"))
            titles.append(object->property("title").toString());
    }
    return titles;
}

/** What the embedded catalogue of `language` makes of a source string. */
QString catalogueText(const QString &language, const char *context, const char *source)
{
    QTranslator translator;
    if (!translator.load(QStringLiteral(":/i18n/seams_%1.qm").arg(language)))
        return {};
    return translator.translate(context, source);
}

struct Catalogue
{
    int unfinished = 0;
    int obsolete = 0;
    int plurals = 0;
    QStringList pluralProblems;
};

Catalogue readCatalogue(const QString &path)
{
    Catalogue catalogue;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return catalogue;
    QXmlStreamReader xml(&file);
    QString source;
    bool numerus = false;
    QStringList forms;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == QLatin1String("message")) {
            numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
            forms.clear();
        } else if (xml.isStartElement() && xml.name() == QLatin1String("source")) {
            source = xml.readElementText();
        } else if (xml.isStartElement() && xml.name() == QLatin1String("translation")) {
            const QStringView type = xml.attributes().value(QLatin1String("type"));
            catalogue.unfinished += type == QLatin1String("unfinished");
            catalogue.obsolete
                += type == QLatin1String("vanished") || type == QLatin1String("obsolete");
        } else if (xml.isStartElement() && xml.name() == QLatin1String("numerusform")) {
            forms.append(xml.readElementText());
        } else if (xml.isEndElement() && xml.name() == QLatin1String("message") && numerus) {
            ++catalogue.plurals;
            // French and German (and English) have two forms: singular and plural.
            const bool complete = forms.size() == 2 && !forms.at(0).trimmed().isEmpty()
                && forms.at(1).contains(QLatin1String("%n"));
            if (!complete)
                catalogue.pluralProblems.append(source);
        }
    }
    return catalogue;
}

} // namespace

class tst_Translations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void noUnfinishedOrObsoleteMessages_data();
    void noUnfinishedOrObsoleteMessages();
    void everyPluralHasAllForms_data();
    void everyPluralHasAllForms();
    void windowInPreferredLanguage_data();
    void windowInPreferredLanguage();
    void windowFollowsSystemLanguage_data();
    void windowFollowsSystemLanguage();
    void windowInSystemLanguage();
    void commandLineInEnvironmentLanguage_data();
    void commandLineInEnvironmentLanguage();
    void englishPlurals();
};

void tst_Translations::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void tst_Translations::noUnfinishedOrObsoleteMessages_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("French") << "fr";
    QTest::newRow("German") << "de";
}

void tst_Translations::noUnfinishedOrObsoleteMessages()
{
    QFETCH(QString, language);
    // lupdate over today's sources, into a copy: what it marks is what a translator must do.
    QTemporaryDir folder;
    QVERIFY(folder.isValid());
    const QString copy = folder.filePath(QStringLiteral("seams_%1.ts").arg(language));
    QVERIFY(QFile::copy(QStringLiteral(SEAMS_SOURCE_DIR "/translations/seams_%1.ts").arg(language),
                        copy));
    QProcess lupdate;
    lupdate.setProcessChannelMode(QProcess::MergedChannels);
    lupdate.start(QStringLiteral(SEAMS_LUPDATE),
                  {QStringLiteral("-locations"), QStringLiteral("none"),
                   QStringLiteral("-extensions"), QStringLiteral("cpp,h,qml"),
                   QStringLiteral(SEAMS_SOURCE_DIR "/core"),
                   QStringLiteral(SEAMS_SOURCE_DIR "/app"), QStringLiteral("-ts"), copy});
    QVERIFY(lupdate.waitForFinished(120'000));
    QVERIFY2(lupdate.exitCode() == 0, lupdate.readAll().constData());
    const Catalogue catalogue = readCatalogue(copy);
    QVERIFY2(catalogue.unfinished == 0,
             qPrintable(QStringLiteral("%1 unfinished messages in seams_%2.ts: run the "
                                       "update_translations target and translate them")
                            .arg(catalogue.unfinished)
                            .arg(language)));
    QCOMPARE(catalogue.obsolete, 0);
}

void tst_Translations::everyPluralHasAllForms_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("French") << "fr";
    QTest::newRow("German") << "de";
    QTest::newRow("English") << "en";
}

void tst_Translations::everyPluralHasAllForms()
{
    QFETCH(QString, language);
    const Catalogue catalogue
        = readCatalogue(QStringLiteral(SEAMS_SOURCE_DIR "/translations/seams_%1.ts").arg(language));
    QVERIFY(catalogue.plurals > 20);
    QVERIFY2(catalogue.pluralProblems.isEmpty(),
             qPrintable(catalogue.pluralProblems.join(QLatin1Char('\n'))));
}

void tst_Translations::windowInPreferredLanguage_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("French") << "fr";
    QTest::newRow("German") << "de";
}

void tst_Translations::windowInPreferredLanguage()
{
    QFETCH(QString, language);
    const QString file = catalogueText(language, "Main", "&File");
    const QString help = catalogueText(language, "Main", "&Help");
    QVERIFY2(!file.isEmpty() && file != QLatin1String("&File"), qPrintable(file));

    WindowSession session;
    session.preferences()->setLanguage(language);
    QCOMPARE(session.language(), language);
    QVERIFY(session.openStartupBoard({QStringLiteral("seams")}));
    QVERIFY(session.loadWindow());
    const QStringList titles = menuTitles(session.window());
    QVERIFY(titles.size() >= 5);
    QVERIFY2(titles.contains(file) && titles.contains(help),
             qPrintable(titles.join(QLatin1String(", "))));
    QVERIFY(!titles.contains(QLatin1String("&File")));

    // Switching back to English retranslates the live window.
    session.preferences()->setLanguage(QStringLiteral("en"));
    QTRY_VERIFY(menuTitles(session.window()).contains(QLatin1String("&File")));
    session.preferences()->setLanguage(QString());
}

void tst_Translations::windowFollowsSystemLanguage_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("locale");
    QTest::newRow("French desktop") << "fr"
                                    << "fr_FR.UTF-8";
    QTest::newRow("German desktop") << "de"
                                    << "de_DE.UTF-8";
}

void tst_Translations::windowFollowsSystemLanguage()
{
    QFETCH(QString, language);
    QFETCH(QString, locale);
    // The system locale is read once per process: run windowInSystemLanguage() in a child
    // started with the desktop's locale.
    QProcess child;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("LC_ALL"), locale);
    environment.insert(QStringLiteral("LANGUAGE"), language);
    environment.insert(QStringLiteral("SEAMS_EXPECTED_LANGUAGE"), language);
    child.setProcessEnvironment(environment);
    child.setProcessChannelMode(QProcess::MergedChannels);
    child.start(QCoreApplication::applicationFilePath(),
                {QStringLiteral("windowInSystemLanguage")});
    QVERIFY(child.waitForFinished(60'000));
    const QByteArray output = child.readAll();
    QVERIFY2(child.exitCode() == 0, output.constData());
    QVERIFY2(output.contains("PASS   : tst_Translations::windowInSystemLanguage()"),
             output.constData());
}

void tst_Translations::windowInSystemLanguage()
{
    const QString language = qEnvironmentVariable("SEAMS_EXPECTED_LANGUAGE");
    if (language.isEmpty())
        QSKIP("runs in a child process started by windowFollowsSystemLanguage()");
    WindowSession session;
    session.preferences()->setLanguage(QString()); // follow the system
    QCOMPARE(session.language(), language);
    QVERIFY(session.openStartupBoard({QStringLiteral("seams")}));
    QVERIFY(session.loadWindow());
    const QString edit = catalogueText(language, "Main", "&Edit");
    QVERIFY(!edit.isEmpty() && edit != QLatin1String("&Edit"));
    QVERIFY2(menuTitles(session.window()).contains(edit),
             qPrintable(menuTitles(session.window()).join(QLatin1String(", "))));
}

void tst_Translations::commandLineInEnvironmentLanguage_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("locale");
    QTest::newRow("French") << "fr"
                            << "fr_FR.UTF-8";
    QTest::newRow("German") << "de"
                            << "de_DE.UTF-8";
}

void tst_Translations::commandLineInEnvironmentLanguage()
{
    QFETCH(QString, language);
    QFETCH(QString, locale);
    QTemporaryDir folder;
    const QString board = folder.filePath(QStringLiteral("shop.seams"));
    QProcess seams;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("LC_ALL"), locale);
    environment.insert(QStringLiteral("LANGUAGE"), language);
    seams.setProcessEnvironment(environment);
    seams.start(QStringLiteral(SEAMS_BINARY),
                {QStringLiteral("new"), QStringLiteral("--sample"), QStringLiteral("shop"), board});
    QVERIFY(seams.waitForFinished(30'000));
    QCOMPARE(seams.exitCode(), 0);
    seams.start(QStringLiteral(SEAMS_BINARY), {QStringLiteral("info"), board});
    QVERIFY(seams.waitForFinished(30'000));
    const QString output = QString::fromUtf8(seams.readAllStandardOutput());
    // The plural "%n note(s)" (French says "13 notes" too) and the names of the kinds come
    // out of the catalogue.
    QTranslator translator;
    QVERIFY(translator.load(QStringLiteral(":/i18n/seams_%1.qm").arg(language)));
    QString notes = translator.translate("Seams::Cli", "%n note(s)", nullptr, 13);
    notes.replace(QLatin1String("%n"), QLatin1String("13"));
    QVERIFY2(!notes.isEmpty() && !notes.contains(QLatin1String("(s)")) && output.contains(notes),
             qPrintable(notes + QLatin1Char('\n') + output));
    const QString aggregate = translator.translate("Seams::Types", "Aggregate");
    QVERIFY(!aggregate.isEmpty() && aggregate != QLatin1String("Aggregate"));
    QVERIFY2(output.contains(aggregate), qPrintable(aggregate + QLatin1Char('\n') + output));
    QVERIFY(!output.contains(QLatin1String("Domain event")));
}

void tst_Translations::englishPlurals()
{
    QTranslator translator;
    QVERIFY(translator.load(QStringLiteral(":/i18n/seams_en.qm")));
    QCOMPARE(translator.translate("Seams::Cli", "%n note(s)", nullptr, 1),
             QStringLiteral("%n note"));
    QCOMPARE(translator.translate("Seams::Cli", "%n note(s)", nullptr, 2),
             QStringLiteral("%n notes"));
}

QTEST_MAIN(tst_Translations)
#include "tst_translations.moc"
