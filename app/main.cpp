// The seams executable: the window, or the command line when the first argument is a verb.

#include "canvas/canvasbenchmark.h"
#include "cli/cli.h"
#include "translator.h"
#include "windowsession.h"

#include <QElapsedTimer>
#include <QGuiApplication>
#include <QIcon>
#include <QQmlExtensionPlugin>
#include <QQuickStyle>

#include <cstdio>

Q_IMPORT_QML_PLUGIN(SeamsPlugin)

namespace {

void setApplicationInfo()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Seams"));
    QCoreApplication::setApplicationName(QStringLiteral("seams"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SEAMS_VERSION));
}

bool hasDisplay()
{
#if defined(Q_OS_LINUX)
    return qEnvironmentVariableIsSet("QT_QPA_PLATFORM") || qEnvironmentVariableIsSet("DISPLAY")
        || qEnvironmentVariableIsSet("WAYLAND_DISPLAY");
#else
    return true;
#endif
}

int runWindow(int argc, char *argv[], const QElapsedTimer &startup)
{
    QGuiApplication app(argc, argv);
    setApplicationInfo();
    QGuiApplication::setApplicationDisplayName(QStringLiteral("Seams"));
    QGuiApplication::setDesktopFileName(QStringLiteral("org.seams.seams"));
    QGuiApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/org.seams.seams.svg")));
    QQuickStyle::setStyle(QStringLiteral("Fusion"));

    Seams::WindowSession session;
    if (!session.openStartupBoard(app.arguments())) {
        std::fprintf(stderr, "seams: %s\n", qPrintable(session.startupError()));
        return Seams::Cli::FileError;
    }
    const bool loaded = session.loadWindow([&startup](QQmlApplicationEngine &engine) {
        Seams::CanvasBenchmark::installIfRequested(&engine, startup);
    });
    if (!loaded)
        return Seams::Cli::FileError;
    return app.exec();
}

} // namespace

int main(int argc, char *argv[])
{
    QElapsedTimer startup; // the canvas benchmark reports the time to the first frame
    startup.start();
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));

    if (Seams::Cli::isCommandLine(arguments)) {
        QCoreApplication app(argc, argv);
        setApplicationInfo();
        // The command line speaks the language of the environment (LANG, LC_ALL, LANGUAGE).
        Seams::Translator translator;
        translator.load(QString());
        return Seams::Cli::run(app.arguments());
    }
    if (!hasDisplay()) {
        std::fputs("seams: no display found (DISPLAY and WAYLAND_DISPLAY are unset).\n"
                   "Every feature is available headless; run \"seams help\" for the verbs,\n"
                   "e.g. \"seams info FILE\" or \"seams export json FILE\".\n",
                   stderr);
        return Seams::Cli::UsageError;
    }
    return runWindow(argc, argv, startup);
}
