#include "canvaseditor.h"

#include "canvasclipboard.h"
#include "canvascontroller.h"
#include "commands/document.h"
#include "selectionmodel.h"
#include "viewport.h"

#include <QClipboard>
#include <QGuiApplication>

#include <algorithm>

namespace Seams {

namespace {

constexpr qreal noteGap = 20;
constexpr qreal pasteStep = 24;
constexpr qreal contextPadding = 40;

std::optional<NoteKind> kindFromInt(int kind)
{
    const QList<NoteKind> kinds = allNoteKinds();
    if (kind < 0 || kind >= kinds.size())
        return std::nullopt;
    return kinds.at(kind);
}

} // namespace

CanvasEditor::CanvasEditor(CanvasController *controller)
    : QObject(controller)
    , m_controller(controller)
{ }

Document *CanvasEditor::document() const
{
    return m_controller->document();
}

void CanvasEditor::setMessage(const QString &message)
{
    if (m_message == message)
        return;
    m_message = message;
    Q_EMIT messageChanged();
}

void CanvasEditor::setCurrentKind(int kind)
{
    const std::optional<NoteKind> value = kindFromInt(kind);
    if (!value || *value == m_currentKind)
        return;
    m_currentKind = *value;
    Q_EMIT currentKindChanged();
}

void CanvasEditor::finishPendingEdits()
{
    m_pasteCount = 0;
}

QList<QUuid> CanvasEditor::selectedNotes() const
{
    return m_controller->selection()->notes();
}

// Notes

QString CanvasEditor::createNote(int kind, qreal boardX, qreal boardY)
{
    const std::optional<NoteKind> noteKind = kindFromInt(kind);
    if (!document() || !noteKind)
        return {};
    const QSizeF size = noteKindDefaultSize(*noteKind);
    const QUuid id = document()->addNote(
        *noteKind, QPointF(boardX - size.width() / 2, boardY - size.height() / 2));
    m_controller->selection()->selectNotes({id});
    const QString idString = id.toString(QUuid::WithoutBraces);
    m_controller->startEditing(idString);
    setMessage({});
    return idString;
}

QRectF CanvasEditor::freePlaceRightOf(const QRectF &rect, const QSizeF &size) const
{
    QRectF candidate(rect.right() + noteGap, rect.top(), size.width(), size.height());
    // Step over notes already standing in the timeline; give up after a long run of them.
    for (int attempt = 0; attempt < 200; ++attempt) {
        const QList<QUuid> blocking
            = m_controller->noteIndex().query(candidate.adjusted(1, 1, -1, -1));
        if (blocking.isEmpty())
            return candidate;
        qreal right = candidate.right();
        for (const QUuid &id : blocking)
            right = std::max(right, m_controller->noteIndex().rect(id).right());
        candidate.moveLeft(right + noteGap);
    }
    return candidate;
}

QString CanvasEditor::createNoteNextToCurrent(int kind)
{
    const std::optional<NoteKind> noteKind = kindFromInt(kind);
    Board *board = m_controller->board();
    if (!board || !noteKind)
        return {};
    const Note *current = board->note(m_controller->selection()->currentNote());
    const QSizeF size = noteKindDefaultSize(*noteKind);
    QPointF position;
    if (current) {
        position = freePlaceRightOf(current->geometry, size).topLeft();
    } else {
        const QPointF center = m_controller->viewport()->visibleRect().center();
        position = center - QPointF(size.width() / 2, size.height() / 2);
    }
    const QUuid id = document()->addNote(*noteKind, position);
    m_controller->selection()->selectNotes({id});
    const QString idString = id.toString(QUuid::WithoutBraces);
    m_controller->startEditing(idString);
    setMessage({});
    return idString;
}

QString CanvasEditor::createNextNote()
{
    const Board *board = m_controller->board();
    const Note *current = board ? board->note(m_controller->selection()->currentNote()) : nullptr;
    const int kind = current ? int(allNoteKinds().indexOf(current->kind)) : currentKind();
    return createNoteNextToCurrent(kind);
}

void CanvasEditor::setNoteText(const QString &id, const QString &text)
{
    if (document())
        document()->setNoteText(QUuid(id), text);
}

void CanvasEditor::setSelectionKind(int kind)
{
    const std::optional<NoteKind> noteKind = kindFromInt(kind);
    if (document() && noteKind)
        document()->setNotesKind(selectedNotes(), *noteKind);
}

void CanvasEditor::deleteSelection()
{
    Document *doc = document();
    if (!doc)
        return;
    const SelectionModel *selection = m_controller->selection();
    const QList<QUuid> notes = selection->notes();
    const QList<QUuid> contexts = selection->contexts();
    const QList<QUuid> links = selection->links();
    const QList<QUuid> relationships = selection->relationships();
    const int kinds = int(!notes.isEmpty()) + int(!contexts.isEmpty()) + int(!links.isEmpty())
        + int(!relationships.isEmpty());
    if (kinds == 0)
        return;
    m_controller->stopEditing();
    // Mixed selections are deleted as one undo step.
    if (kinds > 1)
        doc->undoStack()->beginMacro(tr("Delete selection"));
    doc->removeLinks(links);
    doc->removeRelationships(relationships);
    doc->removeNotes(notes);
    doc->removeContexts(contexts);
    if (kinds > 1)
        doc->undoStack()->endMacro();
}

QString CanvasEditor::insertFragment(NoteFragment fragment, const QString &text)
{
    const Board *board = m_controller->board();
    fragment.renew(*board);
    const QList<QUuid> ids = document()->insertNotes(fragment.notes, fragment.links, text);
    m_controller->selection()->selectNotes(ids);
    setMessage({});
    return ids.isEmpty() ? QString() : ids.last().toString(QUuid::WithoutBraces);
}

void CanvasEditor::duplicateSelection()
{
    const Board *board = m_controller->board();
    if (!board || selectedNotes().isEmpty())
        return;
    NoteFragment fragment = CanvasClipboard::fragment(*board, selectedNotes());
    fragment.translate({pasteStep, pasteStep});
    insertFragment(fragment, tr("Duplicate %n note(s)", "", int(fragment.notes.size())));
}

void CanvasEditor::selectAll()
{
    const Board *board = m_controller->board();
    if (!board)
        return;
    QList<QUuid> ids;
    for (const Note *note : board->sortedNotes())
        ids.append(note->id);
    m_controller->selection()->selectNotes(ids);
}

// Bounded contexts

QString CanvasEditor::createContextAroundSelection()
{
    const Board *board = m_controller->board();
    if (!board)
        return {};
    QRectF bounds;
    for (const QUuid &id : selectedNotes()) {
        if (const Note *note = board->note(id))
            bounds = bounds.isEmpty() ? note->geometry : bounds.united(note->geometry);
    }
    if (bounds.isEmpty()) {
        const QPointF center = m_controller->viewport()->visibleRect().center();
        bounds = QRectF(center - QPointF(300, 200), QSizeF(600, 400));
    } else {
        bounds.adjust(-contextPadding, -contextPadding, contextPadding, contextPadding);
    }
    return createContext(bounds);
}

QString CanvasEditor::createContext(const QRectF &rect)
{
    if (!document() || rect.normalized().isEmpty())
        return {};
    const int number = int(document()->board()->contexts().size()) + 1;
    const QUuid id = document()->addContext(tr("Context %1").arg(number), rect.normalized());
    m_controller->selection()->selectContexts({id});
    setMessage({});
    return id.toString(QUuid::WithoutBraces);
}

void CanvasEditor::renameContext(const QString &id, const QString &name)
{
    if (document() && !name.trimmed().isEmpty())
        document()->renameContext(QUuid(id), name.trimmed());
}

void CanvasEditor::setContextColor(const QString &id, const QColor &color)
{
    if (document())
        document()->setContextColor(QUuid(id), color);
}

// Arrows and relationships

QString CanvasEditor::addLink(const QString &sourceId, const QString &targetId)
{
    if (!document())
        return {};
    const QUuid id = document()->addLink(QUuid(sourceId), QUuid(targetId));
    return id.isNull() ? QString() : id.toString(QUuid::WithoutBraces);
}

int CanvasEditor::linkSelection()
{
    Document *doc = document();
    const QList<QUuid> ids = selectedNotes();
    if (!doc || ids.size() < 2)
        return 0;
    int added = 0;
    doc->undoStack()->beginMacro(tr("Add arrows"));
    for (qsizetype i = 1; i < ids.size(); ++i)
        added += doc->addLink(ids.at(i - 1), ids.at(i)).isNull() ? 0 : 1;
    doc->undoStack()->endMacro();
    return added;
}

void CanvasEditor::setLinkLabel(const QString &id, const QString &label)
{
    if (document())
        document()->setLinkLabel(QUuid(id), label);
}

QString CanvasEditor::addRelationship(const QString &upstreamId, const QString &downstreamId)
{
    if (!document())
        return {};
    const QUuid id = document()->addRelationship(QUuid(upstreamId), QUuid(downstreamId),
                                                 RelationshipPattern::CustomerSupplier);
    if (!id.isNull())
        m_controller->selection()->selectRelationship(id);
    return id.isNull() ? QString() : id.toString(QUuid::WithoutBraces);
}

// Clipboard

void CanvasEditor::copy()
{
    const Board *board = m_controller->board();
    if (!board || selectedNotes().isEmpty())
        return;
    const NoteFragment fragment = CanvasClipboard::fragment(*board, selectedNotes());
    QGuiApplication::clipboard()->setMimeData(CanvasClipboard::toMimeData(fragment).release());
    m_pasteCount = 0;
}

void CanvasEditor::cut()
{
    if (selectedNotes().isEmpty())
        return;
    copy();
    document()->removeNotes(selectedNotes());
}

void CanvasEditor::paste()
{
    pasteFragment(std::nullopt);
}

void CanvasEditor::pasteAt(qreal boardX, qreal boardY)
{
    pasteFragment(QPointF(boardX, boardY));
}

void CanvasEditor::pasteFragment(std::optional<QPointF> center)
{
    if (!document())
        return;
    const QMimeData *data = QGuiApplication::clipboard()->mimeData();
    if (!data)
        return;
    QString error;
    std::optional<NoteFragment> fragment
        = CanvasClipboard::fromMimeData(*data, m_currentKind, &error);
    if (!fragment) {
        setMessage(error);
        return;
    }
    const QRectF bounds = fragment->bounds();
    const QRectF visible = m_controller->viewport()->visibleRect();
    QPointF offset;
    if (center) {
        offset = *center - bounds.center();
    } else if (visible.contains(bounds)) {
        // Next to the originals, one step further with each paste.
        offset = QPointF(pasteStep, pasteStep) * ++m_pasteCount;
    } else {
        offset = visible.center() - bounds.center();
    }
    fragment->translate(offset);
    insertFragment(*fragment, tr("Paste %n note(s)", "", int(fragment->notes.size())));
}

} // namespace Seams
