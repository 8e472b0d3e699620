// The seams executable: the window, or the command line when the first argument is a verb.

#include "cli/cli.h"
#include "workspace.h"

#include <QDir>
#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQmlExtensionPlugin>
#include <QQuickStyle>
#include <QStandardPaths>

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

int runWindow(int argc, char *argv[])
{
    QGuiApplication app(argc, argv);
    setApplicationInfo();
    QGuiApplication::setApplicationDisplayName(QStringLiteral("Seams"));
    QGuiApplication::setDesktopFileName(QStringLiteral("org.seams.seams"));
    QQuickStyle::setStyle(QStringLiteral("Fusion"));

    const QString dataFolder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    Seams::Workspace workspace(QDir(dataFolder).filePath(QStringLiteral("untitled")));

    QString startupError;
    const QStringList arguments = app.arguments();
    if (arguments.size() > 1)
        startupError = workspace.openFile(arguments.at(1));
    else if (!workspace.recentFiles().isEmpty())
        startupError = workspace.openFile(workspace.recentFiles().first());
    if (!workspace.document()) {
        const QString fallbackError = workspace.newBoard();
        if (!workspace.document()) {
            std::fprintf(stderr, "seams: %s\n", qPrintable(fallbackError));
            return Seams::Cli::FileError;
        }
    }

    QQmlApplicationEngine engine;
    engine.addImportPath(QStringLiteral("qrc:/qt/qml"));
    engine.setInitialProperties({{QStringLiteral("workspace"), QVariant::fromValue(&workspace)},
                                 {QStringLiteral("startupError"), startupError}});
    QObject::connect(
        &engine, &QQmlApplicationEngine::objectCreated, &app,
        [](QObject *object) {
            if (!object)
                QCoreApplication::exit(Seams::Cli::FileError);
        },
        Qt::QueuedConnection);
    engine.load(QUrl(QStringLiteral("qrc:/qt/qml/Seams/qml/Main.qml")));
    return app.exec();
}

} // namespace

int main(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));

    if (Seams::Cli::isCommandLine(arguments)) {
        QCoreApplication app(argc, argv);
        setApplicationInfo();
        return Seams::Cli::run(app.arguments());
    }
    if (!hasDisplay()) {
        std::fputs("seams: no display found (DISPLAY and WAYLAND_DISPLAY are unset).\n"
                   "Every feature is available headless; run \"seams help\" for the verbs,\n"
                   "e.g. \"seams info FILE\" or \"seams export json FILE\".\n",
                   stderr);
        return Seams::Cli::UsageError;
    }
    return runWindow(argc, argv);
}
