#include "canvascontroller.h"

#include "canvaseditor.h"
#include "canvasgestures.h"
#include "commands/document.h"
#include "notelistmodel.h"
#include "selectionmodel.h"
#include "viewport.h"
#include "visiblenotesmodel.h"
#include "workspace.h"

#include <QSortFilterProxyModel>
#include <QTimer>

#include <algorithm>

namespace Seams {

namespace {

/** The visible notes being dragged, for the overlay layer that moves them. */
class GhostNotesModel : public QSortFilterProxyModel
{
public:
    explicit GhostNotesModel(QObject *parent)
        : QSortFilterProxyModel(parent)
    {
        setFilterRole(VisibleNotesModel::GhostRole);
        setDynamicSortFilter(true);
    }

protected:
    bool filterAcceptsRow(int row, const QModelIndex &parent) const override
    {
        const QModelIndex index = sourceModel()->index(row, 0, parent);
        return index.data(VisibleNotesModel::GhostRole).toBool()
            && index.data(VisibleNotesModel::ActiveRole).toBool();
    }
};

} // namespace

CanvasController::CanvasController(QObject *parent)
    : QObject(parent)
    , m_viewport(new Viewport(this))
    , m_selection(new SelectionModel(this))
    , m_visibleNotes(new VisibleNotesModel(this))
    , m_ghostNotes(new GhostNotesModel(this))
    , m_editor(new CanvasEditor(this))
    , m_gestures(new CanvasGestures(this))
    , m_search(new NoteListModel(this))
    , m_hotspots(new NoteListModel(this))
    , m_boundsTimer(new QTimer(this))
{
    // Bounds are recomputed once per event-loop pass, not once per note of a big undo.
    m_boundsTimer->setSingleShot(true);
    m_boundsTimer->setInterval(0);
    connect(m_boundsTimer, &QTimer::timeout, this, &CanvasController::boardBoundsChanged);
    connect(m_viewport, &Viewport::changed, this, [this] {
        const qreal height = frameTitleHeight();
        if (height != m_frameTitleHeight) {
            m_frameTitleHeight = height;
            Q_EMIT frameTitleHeightChanged();
        }
        m_viewIsFitted = m_fitZoom > 0 && m_viewport->zoom() == m_fitZoom
            && m_viewport->origin() == m_fitOrigin;
        // Labels keep their size on screen, so a zoom (not a pan) places them again.
        if (m_viewport->zoom() != m_labelZoom) {
            m_labelZoom = m_viewport->zoom();
            if (board() && !board()->relationships().isEmpty())
                Q_EMIT relationshipLabelsChanged();
        }
    });
    connect(m_selection, &SelectionModel::changed, this, &CanvasController::updateTrackedRects);
    static_cast<GhostNotesModel *>(m_ghostNotes)->setSourceModel(m_visibleNotes);
    m_hotspots->setKindFilter(NoteKind::Hotspot);
    connect(m_viewport, &Viewport::changed, this, &CanvasController::updateVisibleArea);
    // A fitted view stays fitted when the canvas changes size or its overlays change
    // (presentation mode, the side panel, a maximised window); any other view keeps its place.
    for (auto signal : {&Viewport::sizeChanged, &Viewport::overlaysChanged}) {
        connect(m_viewport, signal, this, [this] {
            if (m_viewIsFitted && board())
                zoomToFit();
        });
    }
    connect(m_selection, &SelectionModel::notesToggled, m_visibleNotes,
            &VisibleNotesModel::refreshSelected);
    connect(m_search, &NoteListModel::idsChanged, this, [this] {
        m_visibleNotes->setMatches(m_search->idSet());
        Q_EMIT matchesChanged();
    });
}

CanvasController::~CanvasController()
{
    // The models hold a pointer to the index; detach them before it goes.
    m_visibleNotes->setSources(nullptr, nullptr, nullptr);
}

void CanvasController::setWorkspace(Workspace *workspace)
{
    if (m_workspace == workspace)
        return;
    if (m_workspace)
        disconnect(m_workspace, nullptr, this, nullptr);
    m_workspace = workspace;
    if (workspace)
        connect(workspace, &Workspace::documentChanged, this, &CanvasController::attachDocument);
    attachDocument();
    Q_EMIT workspaceChanged();
}

Workspace *CanvasController::workspace() const
{
    return m_workspace;
}

Document *CanvasController::document() const
{
    return m_document;
}

Board *CanvasController::board() const
{
    return m_document ? m_document->board() : nullptr;
}

QAbstractItemModel *CanvasController::ghostNotes() const
{
    return m_ghostNotes;
}

void CanvasController::attachDocument()
{
    Document *document = m_workspace ? m_workspace->document() : nullptr;
    if (document == m_document)
        return;
    if (Board *previous = board())
        disconnect(previous, nullptr, this, nullptr);
    m_gestures->cancel();
    m_editor->finishPendingEdits();
    m_document = document;
    m_selection->clear();
    stopEditing();
    setMoving({}, {});

    if (Board *current = board()) {
        connect(current, &Board::noteAdded, this, &CanvasController::onNoteAdded);
        connect(current, &Board::noteRemoved, this, &CanvasController::onNoteRemoved);
        connect(current, &Board::noteChanged, this, &CanvasController::onNoteChanged);
        connect(current, &Board::reset, this, [this] {
            m_selection->clear();
            stopEditing();
            rebuildIndex();
            Q_EMIT boardChanged();
            Q_EMIT relationshipLabelsChanged();
        });
        for (auto signal : {&Board::contextAdded, &Board::contextRemoved})
            connect(current, signal, this, &CanvasController::scheduleBoundsChanged);
        connect(current, &Board::contextChanged, this, [this](const QUuid &, ContextChanges c) {
            if (c & ContextChange::Geometry)
                scheduleBoundsChanged();
        });
        for (auto signal : {&Board::relationshipAdded, &Board::relationshipRemoved,
                            &Board::relationshipChanged, &Board::contextRemoved})
            connect(current, signal, this, &CanvasController::relationshipLabelsChanged);
        connect(current, &Board::contextChanged, this, [this](const QUuid &, ContextChanges c) {
            if (c & ContextChange::Geometry && !board()->relationships().isEmpty())
                Q_EMIT relationshipLabelsChanged();
        });
        connect(current, &Board::contextRemoved, m_selection, &SelectionModel::removeContext);
        connect(current, &Board::linkRemoved, m_selection, &SelectionModel::removeLink);
        connect(current, &Board::relationshipRemoved, m_selection,
                &SelectionModel::removeRelationship);
    }
    m_search->setBoard(board());
    m_hotspots->setBoard(board());
    rebuildIndex();
    Q_EMIT boardChanged();
    Q_EMIT relationshipLabelsChanged();
    // A freshly opened board starts with everything in view.
    QTimer::singleShot(0, this, [this] {
        if (m_viewport->width() > 0)
            zoomToFit();
    });
}

void CanvasController::setFontScale(qreal scale)
{
    if (qFuzzyCompare(scale, m_fontScale) || scale <= 0)
        return;
    m_fontScale = scale;
    Q_EMIT fontScaleChanged();
    Q_EMIT relationshipLabelsChanged();
}

void CanvasController::rebuildIndex()
{
    m_noteIndex.clear();
    if (const Board *current = board()) {
        for (const Note &note : current->notes())
            m_noteIndex.insert(note.id, note.geometry);
    }
    m_visibleNotes->setSources(board(), &m_noteIndex, m_selection);
    updateVisibleArea();
    Q_EMIT boardBoundsChanged();
}

void CanvasController::updateVisibleArea()
{
    const QRectF visible = m_viewport->visibleRect();
    // Load what is (almost) on screen; keep what left it by less than a margin, so a pan
    // that wiggles around an edge does not hand slots back and forth.
    const qreal loadMargin = 40 / m_viewport->zoom();
    const qreal keepMargin = loadMargin + std::max<qreal>(200, 0.15 * visible.width());
    const QRectF load = visible.adjusted(-loadMargin, -loadMargin, loadMargin, loadMargin);
    const QRectF keep = visible.adjusted(-keepMargin, -keepMargin, keepMargin, keepMargin);
    m_visibleNotes->setArea(load, keep, m_viewport->showsDetail() && m_viewport->width() > 0);
}

void CanvasController::onNoteAdded(const QUuid &id)
{
    if (const Note *note = board()->note(id))
        m_noteIndex.insert(id, note->geometry);
    m_visibleNotes->noteAdded(id);
    scheduleBoundsChanged();
}

void CanvasController::onNoteRemoved(const QUuid &id)
{
    m_noteIndex.remove(id);
    m_visibleNotes->noteRemoved(id);
    m_selection->removeNotes({id});
    if (m_editingNote == id)
        stopEditing();
    if (m_movingNotes.contains(id))
        m_gestures->cancel();
    scheduleBoundsChanged();
}

void CanvasController::onNoteChanged(const QUuid &id, NoteChanges flags)
{
    if (flags & NoteChange::Geometry) {
        if (const Note *note = board()->note(id))
            m_noteIndex.insert(id, note->geometry);
        scheduleBoundsChanged();
        if (id == m_editingNote || id == m_selection->currentNote())
            updateTrackedRects();
    }
    m_visibleNotes->noteChanged(id, flags);
}

QRectF CanvasController::boardBounds() const
{
    QRectF bounds = m_noteIndex.bounds();
    if (const Board *current = board()) {
        for (const BoundedContext &context : current->contexts()) {
            const QRectF frame = context.geometry.adjusted(0, -frameTitleHeight(), 0, 0);
            bounds = bounds.isEmpty() ? frame : bounds.united(frame);
        }
    }
    return bounds;
}

void CanvasController::zoomToFit()
{
    const QRectF bounds = boardBounds();
    if (bounds.isEmpty())
        m_viewport->setView(1.0, QPointF(-m_viewport->width() / 2, -m_viewport->height() / 2));
    else
        m_viewport->fitRect(bounds);
    m_fitZoom = m_viewport->zoom();
    m_fitOrigin = m_viewport->origin();
    m_viewIsFitted = true;
}

void CanvasController::zoomToSelection()
{
    const Board *current = board();
    if (!current)
        return;
    QRectF bounds;
    for (const QUuid &id : m_selection->notes()) {
        if (const Note *note = current->note(id))
            bounds = bounds.isEmpty() ? note->geometry : bounds.united(note->geometry);
    }
    for (const QUuid &id : m_selection->contexts()) {
        if (const BoundedContext *context = current->context(id))
            bounds = bounds.isEmpty() ? context->geometry : bounds.united(context->geometry);
    }
    if (bounds.isEmpty())
        zoomToFit();
    else
        m_viewport->fitRect(bounds);
}

void CanvasController::zoomIn()
{
    m_viewport->setZoom(m_viewport->zoom() * 1.25);
}

void CanvasController::zoomOut()
{
    m_viewport->setZoom(m_viewport->zoom() / 1.25);
}

void CanvasController::zoomReset()
{
    m_viewport->setZoom(1.0);
}

void CanvasController::revealNote(const QString &id)
{
    const Note *note = board() ? board()->note(QUuid(id)) : nullptr;
    if (!note)
        return;
    m_selection->selectNotes({note->id});
    if (!m_viewport->showsDetail()) {
        m_viewport->setZoom(1.0);
        m_viewport->centerOn(note->geometry.center().x(), note->geometry.center().y());
    } else {
        m_viewport->ensureVisible(note->geometry);
    }
}

void CanvasController::startEditing(const QString &id)
{
    const QUuid noteId(id);
    if (!board() || !board()->containsNote(noteId) || noteId == m_editingNote)
        return;
    m_editingNote = noteId;
    updateTrackedRects();
    const QRectF rect = board()->note(noteId)->geometry;
    if (!m_viewport->showsDetail()) {
        // Text is edited at a readable size.
        m_viewport->setZoom(1.0);
        m_viewport->centerOn(rect.center().x(), rect.center().y());
    } else {
        m_viewport->ensureVisible(rect);
    }
    Q_EMIT editingNoteChanged();
}

void CanvasController::stopEditing()
{
    if (m_editingNote.isNull())
        return;
    m_editingNote = QUuid();
    updateTrackedRects();
    Q_EMIT editingNoteChanged();
}

void CanvasController::updateTrackedRects()
{
    const Board *current = board();
    const Note *editing = current ? current->note(m_editingNote) : nullptr;
    const QRectF editingRect = editing ? editing->geometry : QRectF();
    if (editingRect != m_editingRect) {
        m_editingRect = editingRect;
        Q_EMIT editingRectChanged();
    }
    const Note *selected = current && m_selection->noteCount() == 1
        ? current->note(m_selection->currentNote())
        : nullptr;
    const QRectF selectedRect = selected ? selected->geometry : QRectF();
    if (selectedRect != m_currentNoteRect) {
        m_currentNoteRect = selectedRect;
        Q_EMIT currentNoteRectChanged();
    }
}

void CanvasController::scheduleBoundsChanged()
{
    m_boundsTimer->start();
}

QString CanvasController::editingNoteString() const
{
    return m_editingNote.isNull() ? QString() : m_editingNote.toString(QUuid::WithoutBraces);
}

bool CanvasController::isContextMoving(const QString &id) const
{
    return m_movingContexts.contains(QUuid(id));
}

void CanvasController::setMoving(const QSet<QUuid> &notes, const QSet<QUuid> &contexts)
{
    if (notes == m_movingNotes && contexts == m_movingContexts)
        return;
    m_movingNotes = notes;
    m_movingContexts = contexts;
    m_visibleNotes->setGhosts(notes);
    setMoveOffset({});
    Q_EMIT movingChanged();
}

void CanvasController::setMoveOffset(const QPointF &offset)
{
    if (offset == m_moveOffset)
        return;
    m_moveOffset = offset;
    Q_EMIT moveOffsetChanged();
}

} // namespace Seams
