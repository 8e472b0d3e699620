#include "canvasgestures.h"

#include "canvascontroller.h"
#include "canvaseditor.h"
#include "canvasgeometry.h"
#include "selectionmodel.h"
#include "viewport.h"

namespace Seams {

namespace {

// A press moves less than this (pixels) before it counts as a drag.
constexpr qreal dragThreshold = 4;
constexpr QSizeF minimumNoteSize(40, 30);
constexpr QSizeF minimumContextSize(120, 80);

QString idString(const QUuid &id)
{
    return id.isNull() ? QString() : id.toString(QUuid::WithoutBraces);
}

} // namespace

CanvasGestures::CanvasGestures(CanvasController *controller)
    : QObject(controller)
    , m_controller(controller)
{ }

QString CanvasGestures::previewId() const
{
    return idString(m_previewId);
}

QString CanvasGestures::targetId() const
{
    return idString(m_targetId);
}

void CanvasGestures::setPanKeyHeld(bool held)
{
    if (held == m_panKeyHeld)
        return;
    m_panKeyHeld = held;
    Q_EMIT panKeyHeldChanged();
}

void CanvasGestures::setMode(Mode mode)
{
    if (mode == m_mode)
        return;
    m_mode = mode;
    Q_EMIT modeChanged();
}

void CanvasGestures::press(qreal viewX, qreal viewY, int button, int modifiers)
{
    if (m_mode != Idle || !m_controller->board())
        return;
    m_pressView = m_lastView = QPointF(viewX, viewY);
    m_pressBoard = m_controller->viewport()->mapToBoard(viewX, viewY);
    m_modifiers = modifiers;
    m_pending = Idle;
    m_previewId = QUuid();
    m_targetId = QUuid();

    if (button == Qt::MiddleButton || m_panKeyHeld) {
        m_pending = Panning;
        setMode(Pressed);
        return;
    }
    const CanvasHit hit = m_controller->hitTest(m_pressBoard);
    m_pressHitType = hit.type;
    m_pressId = hit.id;
    SelectionModel *selection = m_controller->selection();
    const bool toggle = modifiers & Qt::ControlModifier;
    const bool add = modifiers & Qt::ShiftModifier;

    if (button == Qt::RightButton) {
        // The context menu acts on what is under the pointer: make it the selection unless
        // it already belongs to it.
        if (hit.type == CanvasHit::Note && !selection->containsNote(hit.id))
            selection->selectNotes({hit.id});
        else if (hit.type == CanvasHit::Context && !selection->containsContext(hit.id))
            selection->selectContexts({hit.id});
        else if (hit.type == CanvasHit::Link)
            selection->selectLink(hit.id);
        else if (hit.type == CanvasHit::Relationship)
            selection->selectRelationship(hit.id);
        return;
    }
    if (button != Qt::LeftButton)
        return;

    m_controller->stopEditing();
    m_pressWasSelected = false;
    switch (hit.type) {
    case CanvasHit::NoteResize:
        m_pending = ResizingNote;
        m_previewId = hit.id;
        m_startRect = m_controller->noteIndex().rect(hit.id);
        break;
    case CanvasHit::ContextResize:
        m_pending = ResizingContext;
        m_previewId = hit.id;
        m_startRect = m_controller->board()->context(hit.id)->geometry;
        break;
    case CanvasHit::NoteConnector:
        m_pending = DrawingLink;
        m_previewId = hit.id;
        break;
    case CanvasHit::ContextConnector:
        m_pending = DrawingRelationship;
        m_previewId = hit.id;
        break;
    case CanvasHit::Note:
        if (modifiers & Qt::AltModifier) {
            m_pending = DrawingLink;
            m_previewId = hit.id;
            break;
        }
        m_pressWasSelected = selection->containsNote(hit.id);
        if (add)
            selection->selectNotes({hit.id}, SelectionModel::Mode::Add);
        else if (!toggle && !m_pressWasSelected)
            selection->selectNotes({hit.id});
        m_pending = MovingItems;
        break;
    case CanvasHit::Context:
        m_pressWasSelected = selection->containsContext(hit.id);
        if (add)
            selection->selectContexts({hit.id}, SelectionModel::Mode::Add);
        else if (!toggle && !m_pressWasSelected)
            selection->selectContexts({hit.id});
        m_pending = MovingItems;
        break;
    case CanvasHit::Link:
        selection->selectLink(hit.id);
        break;
    case CanvasHit::Relationship:
        selection->selectRelationship(hit.id);
        break;
    case CanvasHit::ContextBody:
    case CanvasHit::Empty:
        m_pending = (modifiers & Qt::AltModifier) ? DrawingContext
            : (add || toggle)                     ? SelectingArea
                                                  : Panning;
        break;
    }
    setMode(Pressed);
}

void CanvasGestures::begin()
{
    switch (m_pending) {
    case MovingItems:
        // A Ctrl press on an unselected item means "add it and drag the lot".
        if (m_modifiers & Qt::ControlModifier && !m_pressWasSelected) {
            if (m_pressHitType == CanvasHit::Note)
                m_controller->selection()->selectNotes({m_pressId}, SelectionModel::Mode::Add);
            else
                m_controller->selection()->selectContexts({m_pressId}, SelectionModel::Mode::Add);
        }
        startMoving();
        break;
    case ResizingNote:
    case ResizingContext:
        m_previewRect = m_startRect;
        break;
    default:
        break;
    }
    setMode(m_pending);
    Q_EMIT previewChanged();
}

void CanvasGestures::startMoving()
{
    const Board *board = m_controller->board();
    const SelectionModel *selection = m_controller->selection();
    // Frames drawn inside a moving frame travel with it, as Document::moveContexts does.
    QSet<QUuid> contexts;
    for (const QUuid &id : selection->contexts()) {
        const BoundedContext *moved = board->context(id);
        if (!moved)
            continue;
        for (const BoundedContext &context : board->contexts()) {
            if (context.id == id || moved->geometry.contains(context.geometry))
                contexts.insert(context.id);
        }
    }
    QSet<QUuid> notes(selection->notes().cbegin(), selection->notes().cend());
    for (const QUuid &id : std::as_const(contexts)) {
        for (const QUuid &member : board->memberIds(id))
            notes.insert(member);
    }
    m_controller->setMoving(notes, contexts);
}

void CanvasGestures::move(qreal viewX, qreal viewY)
{
    if (m_mode == Idle)
        return;
    const QPointF view(viewX, viewY);
    if (m_mode == Pressed) {
        if (m_pending == Idle || QLineF(view, m_pressView).length() < dragThreshold)
            return;
        begin();
    }
    const QPointF board = m_controller->viewport()->mapToBoard(viewX, viewY);
    switch (m_mode) {
    case Panning:
        m_controller->viewport()->panBy(view.x() - m_lastView.x(), view.y() - m_lastView.y());
        break;
    case MovingItems:
        m_controller->setMoveOffset(board - m_pressBoard);
        break;
    case ResizingNote:
    case ResizingContext:
        m_previewRect = resizedRect(board);
        Q_EMIT previewChanged();
        break;
    case SelectingArea:
    case DrawingContext:
        m_previewRect = QRectF(m_pressBoard, board).normalized();
        Q_EMIT previewChanged();
        break;
    case DrawingLink: {
        const QUuid target = m_controller->noteAt(board);
        m_targetId = target == m_previewId ? QUuid() : target;
        const QRectF source = m_controller->noteIndex().rect(m_previewId);
        m_previewLine = QLineF(CanvasGeometry::edgePoint(source, board), board);
        Q_EMIT previewChanged();
        break;
    }
    case DrawingRelationship: {
        const CanvasHit hit = m_controller->hitTest(board);
        QUuid target = hit.type == CanvasHit::Context || hit.type == CanvasHit::ContextBody
            ? hit.id
            : m_controller->board()->contextAt(board);
        m_targetId = target == m_previewId ? QUuid() : target;
        const BoundedContext *source = m_controller->board()->context(m_previewId);
        if (source)
            m_previewLine = QLineF(CanvasGeometry::edgePoint(source->geometry, board), board);
        Q_EMIT previewChanged();
        break;
    }
    default:
        break;
    }
    m_lastView = view;
}

QRectF CanvasGestures::resizedRect(const QPointF &boardPoint) const
{
    const QSizeF minimum = m_mode == ResizingNote ? minimumNoteSize : minimumContextSize;
    const QPointF corner = m_startRect.bottomRight() + (boardPoint - m_pressBoard);
    return QRectF(m_startRect.topLeft(),
                  QSizeF(std::max(minimum.width(), corner.x() - m_startRect.left()),
                         std::max(minimum.height(), corner.y() - m_startRect.top())));
}

void CanvasGestures::release(qreal viewX, qreal viewY)
{
    if (m_mode == Idle)
        return;
    if (m_mode == Pressed)
        clickSelect();
    else
        finish(m_controller->viewport()->mapToBoard(viewX, viewY));
    m_previewRect = QRectF();
    m_previewLine = QLineF();
    m_previewId = QUuid();
    m_targetId = QUuid();
    setMode(Idle);
    Q_EMIT previewChanged();
}

void CanvasGestures::clickSelect()
{
    SelectionModel *selection = m_controller->selection();
    const bool toggle = m_modifiers & Qt::ControlModifier;
    const bool add = m_modifiers & Qt::ShiftModifier;
    switch (m_pressHitType) {
    case CanvasHit::Note:
        if (toggle)
            selection->selectNotes({m_pressId}, SelectionModel::Mode::Toggle);
        else if (!add && m_pressWasSelected)
            selection->selectNotes({m_pressId}); // a click inside a group picks one
        break;
    case CanvasHit::Context:
        if (toggle)
            selection->selectContexts({m_pressId}, SelectionModel::Mode::Toggle);
        else if (!add && m_pressWasSelected)
            selection->selectContexts({m_pressId});
        break;
    case CanvasHit::Empty:
    case CanvasHit::ContextBody:
        if (!toggle && !add)
            selection->clear();
        break;
    default:
        break;
    }
}

void CanvasGestures::finish(const QPointF &boardPoint)
{
    CanvasEditor *editor = m_controller->editor();
    switch (m_mode) {
    case MovingItems: {
        const QPointF offset = m_controller->moveOffset();
        const QSet<QUuid> contexts = m_controller->movingContexts();
        const Board *board = m_controller->board();
        // Notes inside a moving frame travel with it; only the others move on their own.
        QList<QUuid> loose;
        for (const QUuid &id : m_controller->selection()->notes()) {
            const Note *note = board->note(id);
            if (note && !contexts.contains(note->contextId))
                loose.append(id);
        }
        editor->moveItems(loose, m_controller->selection()->contexts(), offset);
        m_controller->setMoving({}, {});
        break;
    }
    case ResizingNote:
        editor->resizeNote(previewId(), m_previewRect);
        break;
    case ResizingContext:
        editor->resizeContext(previewId(), m_previewRect);
        break;
    case SelectingArea: {
        const QList<QUuid> ids = m_controller->notesIn(m_previewRect);
        m_controller->selection()->selectNotes(ids,
                                               m_modifiers & Qt::ControlModifier
                                                   ? SelectionModel::Mode::Toggle
                                                   : SelectionModel::Mode::Add);
        break;
    }
    case DrawingLink:
        if (!m_targetId.isNull())
            editor->addLink(previewId(), targetId());
        break;
    case DrawingRelationship:
        if (!m_targetId.isNull())
            editor->addRelationship(previewId(), targetId());
        break;
    case DrawingContext:
        // Too small to be meant (or to hold a note): nothing.
        if (m_previewRect.width() >= minimumContextSize.width()
            && m_previewRect.height() >= minimumContextSize.height()) {
            const QString id = editor->createContext(m_previewRect);
            if (!id.isEmpty())
                Q_EMIT renameContextRequested(id);
        }
        break;
    default:
        break;
    }
    Q_UNUSED(boardPoint)
}

void CanvasGestures::doubleClick(qreal viewX, qreal viewY)
{
    // The release that follows belongs to the double-click, not to a click on empty space.
    cancel();
    const QPointF board = m_controller->viewport()->mapToBoard(viewX, viewY);
    const CanvasHit hit = m_controller->hitTest(board);
    switch (hit.type) {
    case CanvasHit::Note:
        m_controller->selection()->selectNotes({hit.id});
        m_controller->startEditing(idString(hit.id));
        break;
    case CanvasHit::Context:
        m_controller->selection()->selectContexts({hit.id});
        Q_EMIT renameContextRequested(idString(hit.id));
        break;
    case CanvasHit::Empty:
    case CanvasHit::ContextBody:
        m_controller->editor()->createNote(m_controller->editor()->currentKind(), board.x(),
                                           board.y());
        break;
    default:
        break;
    }
}

void CanvasGestures::cancel()
{
    if (m_mode == Idle)
        return;
    // A pan is put back too: a second finger turning a one-finger pan into a pinch cancels
    // it, and the pinch zooms around where the fingers are, not where the first one dragged.
    if (m_mode == Panning)
        m_controller->viewport()->panBy(m_pressView.x() - m_lastView.x(),
                                        m_pressView.y() - m_lastView.y());
    m_controller->setMoving({}, {});
    m_previewRect = QRectF();
    m_previewLine = QLineF();
    m_previewId = QUuid();
    m_targetId = QUuid();
    setMode(Idle);
    Q_EMIT previewChanged();
}

} // namespace Seams
