#include "contextmapview.h"

#include "workspace.h"

#include "analysis/contextmap.h"
#include "model/board.h"

#include <QLoggingCategory>
#include <QPainter>
#include <QQuickWindow>

Q_LOGGING_CATEGORY(lcContextMap, "seams.contextmap")

namespace Seams {

ContextMapView::ContextMapView(QQuickItem *parent)
    : QQuickPaintedItem(parent)
{
    setAntialiasing(true);
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(debounceMilliseconds);
    connect(&m_debounce, &QTimer::timeout, this, &ContextMapView::renderIfShown);
    connect(this, &QQuickItem::windowChanged, this, &ContextMapView::trackWindow);
    trackWindow(window()); // a parent given to the constructor brought a window already
}

ContextMapView::~ContextMapView() = default;

void ContextMapView::setWorkspace(Workspace *workspace)
{
    if (m_workspace == workspace)
        return;
    if (m_workspace)
        m_workspace->disconnect(this);
    m_workspace = workspace;
    if (m_workspace)
        connect(m_workspace, &Workspace::documentChanged, this, &ContextMapView::attachBoard);
    attachBoard();
    Q_EMIT workspaceChanged();
}

void ContextMapView::attachBoard()
{
    if (m_board)
        m_board->disconnect(this);
    m_board = m_workspace && m_workspace->document() ? m_workspace->document()->board() : nullptr;
    if (m_board) {
        // Only what the map shows: contexts' names, colours and handoff, relationships, and
        // the board's name. Notes and frame geometry do not change it.
        const Board *board = m_board;
        connect(board, &Board::reset, this, &ContextMapView::boardChanged);
        connect(board, &Board::nameChanged, this, &ContextMapView::boardChanged);
        connect(board, &Board::contextAdded, this, &ContextMapView::boardChanged);
        connect(board, &Board::contextRemoved, this, &ContextMapView::boardChanged);
        connect(board, &Board::contextChanged, this, [this](const QUuid &, ContextChanges changes) {
            if (changes & ~ContextChanges(ContextChange::Geometry))
                boardChanged();
        });
        connect(board, &Board::relationshipAdded, this, &ContextMapView::boardChanged);
        connect(board, &Board::relationshipRemoved, this, &ContextMapView::boardChanged);
        connect(board, &Board::relationshipChanged, this, &ContextMapView::boardChanged);
    }
    // A new board is drawn at once; edits wait for the pause.
    m_stale = true;
    renderIfShown();
}

void ContextMapView::boardChanged()
{
    m_stale = true;
    m_debounce.start();
}

bool ContextMapView::isShown() const
{
    return window() && window()->isVisible();
}

void ContextMapView::renderIfShown()
{
    if (!m_stale || !isShown())
        return;
    m_stale = false;
    m_debounce.stop();
    m_svg.clear();
    m_errorString.clear();
    m_empty = !m_board || m_board->contexts().isEmpty();
    if (m_board && !m_empty) {
        m_svg = ContextMap::render(*m_board, "svg", &m_errorString);
        if (m_svg.isEmpty() && m_errorString.isEmpty())
            m_errorString = tr("Graphviz drew nothing.");
    }
    if (!m_errorString.isEmpty())
        qCWarning(lcContextMap) << "context map not drawn:" << m_errorString;
    m_renderer.load(m_svg);
    update();
    Q_EMIT rendered();
}

QSizeF ContextMapView::mapSize() const
{
    return m_renderer.isValid() ? QSizeF(m_renderer.defaultSize()) : QSizeF();
}

void ContextMapView::paint(QPainter *painter)
{
    if (!m_renderer.isValid())
        return;
    // Fit the whole map; a small map grows at most to twice its size, so that two contexts
    // do not fill a projector wall.
    const QSizeF natural = m_renderer.defaultSize();
    const QSizeF available = boundingRect().size();
    QSizeF size = natural.scaled(available, Qt::KeepAspectRatio);
    if (size.width() > 2 * natural.width())
        size = 2 * natural;
    const QRectF target(
        QPointF((available.width() - size.width()) / 2, (available.height() - size.height()) / 2),
        size);
    m_renderer.render(painter, target);
}

void ContextMapView::trackWindow(QQuickWindow *window)
{
    disconnect(m_windowConnection);
    if (window) {
        // A hidden window lays nothing out; the map catches up when it is shown.
        m_windowConnection
            = connect(window, &QWindow::visibleChanged, this, &ContextMapView::renderIfShown);
    }
    renderIfShown();
}

} // namespace Seams
