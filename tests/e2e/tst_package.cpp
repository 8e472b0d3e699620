// Builds the .deb with CPack, unpacks it with dpkg -x into a temporary root, and checks
// that what a user would install works: the binary runs headless from the unpacked tree, and
// the desktop entry, MIME type and AppStream metainfo pass their validators.

#include <QDir>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

class tst_Package : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void control();
    void contents_data();
    void contents();
    void runsHeadless();
    void validators_data();
    void validators();

private:
    struct Result
    {
        int exitCode = -1;
        QByteArray output;
    };
    Result run(const QString &program, const QStringList &arguments,
               const QString &workingDirectory = {});

    QTemporaryDir m_root;
    QString m_deb;
};

tst_Package::Result tst_Package::run(const QString &program, const QStringList &arguments,
                                     const QString &workingDirectory)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    if (!workingDirectory.isEmpty())
        process.setWorkingDirectory(workingDirectory);
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C"));
    process.setProcessEnvironment(environment);
    process.start(program, arguments);
    if (!process.waitForFinished(240'000))
        return {};
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            process.readAll()};
}

void tst_Package::initTestCase()
{
    for (const char *tool : {"cpack", "dpkg-deb", "desktop-file-validate", "appstreamcli"}) {
        if (QStandardPaths::findExecutable(QString::fromLatin1(tool)).isEmpty())
            QFAIL(qPrintable(QStringLiteral("%1 is not installed (./build.sh installs it)")
                                 .arg(QLatin1String(tool))));
    }
    QVERIFY(m_root.isValid());
    const QString packages = m_root.filePath(QStringLiteral("packages"));
    QVERIFY(QDir().mkpath(packages));
    const Result cpack = run(
        QStringLiteral("cpack"),
        {QStringLiteral("-G"), QStringLiteral("DEB"), QStringLiteral("--config"),
         QStringLiteral(SEAMS_BUILD_DIR "/CPackConfig.cmake"), QStringLiteral("-B"), packages});
    QVERIFY2(cpack.exitCode == 0, cpack.output.constData());
    const QStringList debs = QDir(packages).entryList({QStringLiteral("seams_*.deb")});
    QCOMPARE(debs.size(), 1);
    m_deb = QDir(packages).filePath(debs.first());
    const Result unpack
        = run(QStringLiteral("dpkg-deb"),
              {QStringLiteral("-x"), m_deb, m_root.filePath(QStringLiteral("root"))});
    QVERIFY2(unpack.exitCode == 0, unpack.output.constData());
}

void tst_Package::control()
{
    const Result info = run(QStringLiteral("dpkg-deb"), {QStringLiteral("-f"), m_deb});
    QCOMPARE(info.exitCode, 0);
    const QString control = QString::fromUtf8(info.output);
    QVERIFY2(control.contains(QStringLiteral("Package: seams")), qPrintable(control));
    QVERIFY(control.contains(QStringLiteral("Version: " SEAMS_VERSION_STRING)));
    // Runtime dependencies are declared so that `apt install ./seams_*.deb` pulls them in.
    for (const char *dependency :
         {"libqt6core6", "libqt6gui6", "libqt6qml6", "libsqlite3-0", "qml6-module-qtquick-controls",
          "qml6-module-qtquick-dialogs", "qt6-qpa-plugins"}) {
        QVERIFY2(control.contains(QLatin1String(dependency)),
                 qPrintable(QStringLiteral("missing dependency %1 in:\n%2")
                                .arg(QLatin1String(dependency), control)));
    }
}

void tst_Package::contents_data()
{
    QTest::addColumn<QString>("path");
    QTest::newRow("binary") << "usr/bin/seams";
    QTest::newRow("desktop entry") << "usr/share/applications/org.seams.seams.desktop";
    QTest::newRow("metainfo") << "usr/share/metainfo/org.seams.seams.metainfo.xml";
    QTest::newRow("mime type") << "usr/share/mime/packages/org.seams.seams.xml";
    QTest::newRow("scalable icon") << "usr/share/icons/hicolor/scalable/apps/org.seams.seams.svg";
    QTest::newRow("48 px icon") << "usr/share/icons/hicolor/48x48/apps/org.seams.seams.png";
    QTest::newRow("256 px icon") << "usr/share/icons/hicolor/256x256/apps/org.seams.seams.png";
    QTest::newRow("man page") << "usr/share/man/man1/seams.1";
}

void tst_Package::contents()
{
    QFETCH(QString, path);
    const QFileInfo file(m_root.filePath(QStringLiteral("root/") + path));
    QVERIFY2(file.exists(), qPrintable(path));
    QVERIFY(file.size() > 0);
}

void tst_Package::runsHeadless()
{
    const QString binary = m_root.filePath(QStringLiteral("root/usr/bin/seams"));
    const Result version = run(binary, {QStringLiteral("--version")});
    QCOMPARE(version.exitCode, 0);
    QCOMPARE(version.output.trimmed(), QByteArray("seams " SEAMS_VERSION_STRING));

    const QString board = m_root.filePath(QStringLiteral("shop.seams"));
    const Result created = run(
        binary, {QStringLiteral("new"), QStringLiteral("--sample"), QStringLiteral("shop"), board});
    QVERIFY2(created.exitCode == 0, created.output.constData());
    const QString json = m_root.filePath(QStringLiteral("shop.json"));
    const Result exported = run(
        binary,
        {QStringLiteral("export"), QStringLiteral("json"), board, QStringLiteral("-o"), json});
    QVERIFY2(exported.exitCode == 0, exported.output.constData());
    QFile written(json);
    QFile sample(QStringLiteral(SEAMS_SOURCE_DIR "/resources/samples/shop.json"));
    QVERIFY(written.open(QIODevice::ReadOnly) && sample.open(QIODevice::ReadOnly));
    QCOMPARE(written.readAll(), sample.readAll());

    // The man page is real roff generated from the help text of every verb.
    QFile manpage(m_root.filePath(QStringLiteral("root/usr/share/man/man1/seams.1")));
    QVERIFY(manpage.open(QIODevice::ReadOnly));
    const QByteArray roff = manpage.readAll();
    QVERIFY(roff.startsWith(".TH SEAMS 1"));
    for (const char *verb : {"new", "info", "check", "export", "import"})
        QVERIFY2(roff.contains(QByteArray(".SH \"SEAMS ") + verb + '"'), verb);
}

void tst_Package::validators_data()
{
    QTest::addColumn<QString>("program");
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("file");
    QTest::newRow("desktop-file-validate") << "desktop-file-validate" << QStringList {}
                                           << "usr/share/applications/org.seams.seams.desktop";
    QTest::newRow("appstreamcli --pedantic")
        << "appstreamcli"
        << QStringList {QStringLiteral("validate"), QStringLiteral("--pedantic"),
                        QStringLiteral("--no-net")}
        << "usr/share/metainfo/org.seams.seams.metainfo.xml";
}

void tst_Package::validators()
{
    QFETCH(QString, program);
    QFETCH(QStringList, arguments);
    QFETCH(QString, file);
    const Result result
        = run(program, arguments << m_root.filePath(QStringLiteral("root/") + file));
    QVERIFY2(result.exitCode == 0, result.output.constData());
    // Clean means clean: no hints, no pedantic notes either.
    QVERIFY2(!result.output.contains("hint") && !result.output.contains("P: "),
             result.output.constData());
}

QTEST_GUILESS_MAIN(tst_Package)
#include "tst_package.moc"
