#pragma once

#include "preferences.h"
#include "translator.h"
#include "workspace.h"

#include <QObject>
#include <QPalette>
#include <QQmlApplicationEngine>

#include <functional>
#include <memory>

namespace Seams {

/** The window side of the seams executable, built in the order it needs: preferences,
 *  translations and theme, the workspace on the startup board, then the QML engine on
 *  Main.qml, wired explicitly (no context properties, no globals). main() runs it; the GUI
 *  tests build the very same window through it. Needs a QGuiApplication. */
class WindowSession : public QObject
{
    Q_OBJECT

public:
    explicit WindowSession(QObject *parent = nullptr);
    ~WindowSession() override;

    /** Opens the board named in `arguments` (arguments[1]); without one, the board of the
     *  last session (untitled boards included, so a crash never hides the morning's work),
     *  then the most recent file, then a new untitled board. False only when not even a new
     *  board could be created; the reason is in startupError(). */
    bool openStartupBoard(const QStringList &arguments);
    /** Why the requested board did not open (shown by the window once it is up). */
    QString startupError() const { return m_startupError; }

    /** Loads Main.qml. `beforeLoad` may hook into the engine first (the canvas benchmark). */
    bool loadWindow(const std::function<void(QQmlApplicationEngine &)> &beforeLoad = {});

    Preferences *preferences() { return &m_preferences; }
    Workspace *workspace() { return m_workspace.get(); }
    QQmlApplicationEngine *engine() const { return m_engine.get(); }
    /** The ApplicationWindow, once loaded. */
    QObject *window() const;
    /** The language whose translations are installed ("en" for the source strings). */
    QString language() const { return m_language; }

private:
    void applyTheme();
    void applyLanguage();

    Preferences m_preferences;
    Translator m_translator;
    QString m_language;
    QPalette m_systemPalette;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<QQmlApplicationEngine> m_engine;
    QString m_startupError;
};

} // namespace Seams
