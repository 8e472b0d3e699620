// The seams executable: the window, or the command line when the first argument is a verb.

#include "canvas/canvasbenchmark.h"
#include "cli/cli.h"
#include "preferences.h"
#include "translator.h"
#include "workspace.h"

#include <QElapsedTimer>
#include <QGuiApplication>
#include <QIcon>
#include <QPalette>
#include <QQmlApplicationEngine>
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

/** The theme preference as a palette: "system" keeps the platform's, "light" and "dark"
 *  force Fusion's light palette or a dark one. */
void applyTheme(const QString &theme, const QPalette &systemPalette)
{
    if (theme == QLatin1String("dark")) {
        QPalette dark;
        const QColor window(0x2b, 0x2d, 0x31);
        const QColor base(0x1e, 0x1f, 0x22);
        const QColor text(0xe6, 0xe6, 0xe6);
        dark.setColor(QPalette::Window, window);
        dark.setColor(QPalette::WindowText, text);
        dark.setColor(QPalette::Base, base);
        dark.setColor(QPalette::AlternateBase, window);
        dark.setColor(QPalette::ToolTipBase, window);
        dark.setColor(QPalette::ToolTipText, text);
        dark.setColor(QPalette::PlaceholderText, QColor(0x8a, 0x8d, 0x93));
        dark.setColor(QPalette::Text, text);
        dark.setColor(QPalette::Button, QColor(0x37, 0x3a, 0x3f));
        dark.setColor(QPalette::ButtonText, text);
        dark.setColor(QPalette::BrightText, Qt::white);
        dark.setColor(QPalette::Highlight, QColor(0x3d, 0x8b, 0xe0));
        dark.setColor(QPalette::HighlightedText, Qt::white);
        dark.setColor(QPalette::Link, QColor(0x6c, 0xb4, 0xff));
        dark.setColor(QPalette::Mid, QColor(0x45, 0x48, 0x4e));
        dark.setColor(QPalette::Dark, QColor(0x18, 0x19, 0x1b));
        dark.setColor(QPalette::Light, QColor(0x4a, 0x4d, 0x53));
        dark.setColor(QPalette::Disabled, QPalette::Text, QColor(0x80, 0x80, 0x80));
        dark.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x80, 0x80, 0x80));
        dark.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x80, 0x80, 0x80));
        QGuiApplication::setPalette(dark);
    } else if (theme == QLatin1String("light")) {
        QGuiApplication::setPalette(QPalette(QColor(0xef, 0xef, 0xef)));
    } else {
        QGuiApplication::setPalette(systemPalette);
    }
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

    Seams::Preferences preferences;
    Seams::Translator translator;
    translator.load(preferences.language());
    const QPalette systemPalette = QGuiApplication::palette();
    applyTheme(preferences.theme(), systemPalette);
    QObject::connect(&preferences, &Seams::Preferences::themeChanged, &app,
                     [&] { applyTheme(preferences.theme(), systemPalette); });

    Seams::Workspace workspace(&preferences);

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
                                 {QStringLiteral("preferences"), QVariant::fromValue(&preferences)},
                                 {QStringLiteral("startupError"), startupError}});
    QObject::connect(&preferences, &Seams::Preferences::languageChanged, &engine, [&] {
        translator.load(preferences.language());
        engine.retranslate();
    });
    QObject::connect(
        &engine, &QQmlApplicationEngine::objectCreated, &app,
        [](QObject *object) {
            if (!object)
                QCoreApplication::exit(Seams::Cli::FileError);
        },
        Qt::QueuedConnection);
    Seams::CanvasBenchmark::installIfRequested(&engine, startup);
    engine.load(QUrl(QStringLiteral("qrc:/qt/qml/Seams/qml/Main.qml")));
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
