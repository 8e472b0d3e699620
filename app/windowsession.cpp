#include "windowsession.h"

#include <QFileInfo>
#include <QGuiApplication>
#include <QSettings>

namespace Seams {

namespace {

const QString lastBoardKey = QStringLiteral("session/lastBoard");

/** A dark palette for Fusion, for the "dark" theme preference. */
QPalette darkPalette()
{
    QPalette dark;
    const QColor window(0x2b, 0x2d, 0x31);
    const QColor text(0xe6, 0xe6, 0xe6);
    const QColor disabled(0x80, 0x80, 0x80);
    dark.setColor(QPalette::Window, window);
    dark.setColor(QPalette::WindowText, text);
    dark.setColor(QPalette::Base, QColor(0x1e, 0x1f, 0x22));
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
    for (QPalette::ColorRole role : {QPalette::Text, QPalette::WindowText, QPalette::ButtonText})
        dark.setColor(QPalette::Disabled, role, disabled);
    return dark;
}

} // namespace

WindowSession::WindowSession(QObject *parent)
    : QObject(parent)
    , m_systemPalette(QGuiApplication::palette())
{
    applyLanguage();
    applyTheme();
    connect(&m_preferences, &Preferences::themeChanged, this, &WindowSession::applyTheme);
    connect(&m_preferences, &Preferences::languageChanged, this, [this] {
        applyLanguage();
        if (m_engine)
            m_engine->retranslate();
    });
    m_workspace = std::make_unique<Workspace>(&m_preferences);
    connect(m_workspace.get(), &Workspace::documentChanged, this,
            [this] { QSettings().setValue(lastBoardKey, m_workspace->filePath()); });
}

WindowSession::~WindowSession()
{
    // QML goes first: it binds to the workspace.
    m_engine.reset();
}

void WindowSession::applyLanguage()
{
    m_language = m_translator.load(m_preferences.language());
}

void WindowSession::applyTheme()
{
    const QString theme = m_preferences.theme();
    if (theme == QLatin1String("dark"))
        QGuiApplication::setPalette(darkPalette());
    else if (theme == QLatin1String("light"))
        QGuiApplication::setPalette(QPalette(QColor(0xef, 0xef, 0xef)));
    else
        QGuiApplication::setPalette(m_systemPalette);
}

bool WindowSession::openStartupBoard(const QStringList &arguments)
{
    if (arguments.size() > 1) {
        m_startupError = m_workspace->openFile(arguments.at(1));
    } else {
        QStringList candidates = {QSettings().value(lastBoardKey).toString()};
        candidates += m_workspace->recentFiles();
        for (const QString &path : std::as_const(candidates)) {
            if (!path.isEmpty() && QFileInfo::exists(path) && m_workspace->openFile(path).isEmpty())
                break;
        }
    }
    if (!m_workspace->document()) {
        const QString error = m_workspace->newBoard();
        if (!m_workspace->document()) {
            m_startupError = error;
            return false;
        }
    }
    return true;
}

bool WindowSession::loadWindow(const std::function<void(QQmlApplicationEngine &)> &beforeLoad)
{
    m_engine = std::make_unique<QQmlApplicationEngine>();
    m_engine->addImportPath(QStringLiteral("qrc:/qt/qml"));
    m_engine->setInitialProperties(
        {{QStringLiteral("workspace"), QVariant::fromValue(m_workspace.get())},
         {QStringLiteral("preferences"), QVariant::fromValue(&m_preferences)},
         {QStringLiteral("startupError"), m_startupError}});
    if (beforeLoad)
        beforeLoad(*m_engine);
    m_engine->load(QUrl(QStringLiteral("qrc:/qt/qml/Seams/qml/Main.qml")));
    return window() != nullptr;
}

QObject *WindowSession::window() const
{
    return m_engine && !m_engine->rootObjects().isEmpty() ? m_engine->rootObjects().constFirst()
                                                          : nullptr;
}

} // namespace Seams
