#pragma once

#include "workspace.h"

#include <QByteArray>
#include <QPointer>
#include <QQmlEngine>
#include <QQuickPaintedItem>
#include <QSvgRenderer>
#include <QTimer>

namespace Seams {

class Board;

/** The context map of the open board, drawn from Graphviz's SVG (see ContextMap). It follows
 *  the board: edits to contexts, relationships and the board's settings re-render it after a
 *  short pause, so a burst of edits costs one layout; while the window is hidden nothing is
 *  laid out until it shows again. */
class ContextMapView : public QQuickPaintedItem
{
    Q_OBJECT
    QML_ELEMENT

    Q_PROPERTY(
        Seams::Workspace *workspace READ workspace WRITE setWorkspace NOTIFY workspaceChanged)
    /** True when the board has no bounded context to draw. */
    Q_PROPERTY(bool empty READ isEmpty NOTIFY rendered)
    /** Why the last layout failed; empty when it worked. */
    Q_PROPERTY(QString errorString READ errorString NOTIFY rendered)
    /** The map's own size in pixels, before it is fitted into the item. */
    Q_PROPERTY(QSizeF mapSize READ mapSize NOTIFY rendered)

public:
    explicit ContextMapView(QQuickItem *parent = nullptr);
    ~ContextMapView() override;

    Workspace *workspace() const { return m_workspace; }
    void setWorkspace(Workspace *workspace);
    bool isEmpty() const { return m_empty; }
    QString errorString() const { return m_errorString; }
    QSizeF mapSize() const;
    /** The SVG shown now. */
    QByteArray svg() const { return m_svg; }
    /** How long a change waits for more changes before the map is laid out again. */
    static constexpr int debounceMilliseconds = 150;

    void paint(QPainter *painter) override;

Q_SIGNALS:
    void workspaceChanged();
    /** A new layout is shown (or failed: see errorString). */
    void rendered();

private:
    void trackWindow(QQuickWindow *window);
    void attachBoard();
    void boardChanged();
    void renderIfShown();
    bool isShown() const;

    QPointer<Workspace> m_workspace;
    QPointer<Board> m_board;
    QTimer m_debounce;
    QSvgRenderer m_renderer;
    QByteArray m_svg;
    QString m_errorString;
    bool m_empty = true;
    bool m_stale = false;
    QMetaObject::Connection m_windowConnection;
};

} // namespace Seams
