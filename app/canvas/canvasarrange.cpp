// CanvasEditor's arranging edits: moving (arrow keys, drops), resizing, aligning,
// distributing and stacking notes. Each is one undo step.

#include "canvaseditor.h"

#include "canvascontroller.h"
#include "commands/document.h"
#include "selectionmodel.h"

#include <algorithm>

namespace Seams {

void CanvasEditor::nudgeSelection(qreal dx, qreal dy)
{
    Document *doc = document();
    if (!doc || (dx == 0 && dy == 0))
        return;
    const SelectionModel *selection = m_controller->selection();
    if (!selection->contexts().isEmpty()) {
        // Frames carry their notes; frames merge their nudges in MoveItems already.
        QList<QUuid> loose;
        for (const QUuid &id : selection->notes()) {
            const Note *note = doc->board()->note(id);
            if (note && !selection->containsContext(note->contextId))
                loose.append(id);
        }
        if (loose.isEmpty()) {
            doc->moveContexts(selection->contexts(), {dx, dy});
            return;
        }
        moveItems(loose, selection->contexts(), {dx, dy});
        return;
    }
    doc->nudgeNotes(selection->notes(), {dx, dy});
}

void CanvasEditor::moveItems(const QList<QUuid> &noteIds, const QList<QUuid> &contextIds,
                             const QPointF &offset)
{
    Document *doc = document();
    if (!doc || offset.isNull())
        return;
    const int count = int(noteIds.size() + contextIds.size());
    doc->beginInteraction(contextIds.isEmpty() ? tr("Move %n note(s)", "", count)
                                               : tr("Move %n item(s)", "", count));
    doc->moveContexts(contextIds, offset);
    doc->moveNotes(noteIds, offset);
    doc->endInteraction();
}

void CanvasEditor::resizeNote(const QString &id, const QRectF &rect)
{
    if (!document())
        return;
    // One step, and membership follows where the note's centre ends up.
    document()->beginInteraction(tr("Resize note"));
    document()->setNoteGeometry(QUuid(id), rect.normalized());
    const Note *note = document()->board()->note(QUuid(id));
    if (note) {
        const QUuid context = document()->board()->contextAt(note->geometry.center());
        if (context != note->contextId)
            document()->setNotesContext({note->id}, context);
    }
    document()->endInteraction();
}

void CanvasEditor::resizeContext(const QString &id, const QRectF &rect)
{
    if (document())
        document()->setContextGeometry(QUuid(id), rect);
}

void CanvasEditor::alignSelection(const QString &edge)
{
    Document *doc = document();
    const QList<QUuid> ids = selectedNotes();
    if (!doc || ids.size() < 2)
        return;
    const Board *board = doc->board();
    QRectF bounds;
    for (const QUuid &id : ids)
        bounds = bounds.isEmpty() ? board->note(id)->geometry
                                  : bounds.united(board->note(id)->geometry);
    doc->beginInteraction(tr("Align %n note(s)", "", int(ids.size())));
    for (const QUuid &id : ids) {
        const QRectF rect = board->note(id)->geometry;
        QPointF offset;
        if (edge == QLatin1String("left"))
            offset.setX(bounds.left() - rect.left());
        else if (edge == QLatin1String("right"))
            offset.setX(bounds.right() - rect.right());
        else if (edge == QLatin1String("hcenter"))
            offset.setX(bounds.center().x() - rect.center().x());
        else if (edge == QLatin1String("top"))
            offset.setY(bounds.top() - rect.top());
        else if (edge == QLatin1String("bottom"))
            offset.setY(bounds.bottom() - rect.bottom());
        else if (edge == QLatin1String("vcenter"))
            offset.setY(bounds.center().y() - rect.center().y());
        doc->moveNotes({id}, offset);
    }
    doc->endInteraction();
}

void CanvasEditor::distributeSelection(bool horizontally)
{
    Document *doc = document();
    QList<QUuid> ids = selectedNotes();
    if (!doc || ids.size() < 3)
        return;
    const Board *board = doc->board();
    auto start = [&](const QUuid &id) {
        const QRectF rect = board->note(id)->geometry;
        return horizontally ? rect.left() : rect.top();
    };
    auto length = [&](const QUuid &id) {
        const QRectF rect = board->note(id)->geometry;
        return horizontally ? rect.width() : rect.height();
    };
    std::sort(ids.begin(), ids.end(),
              [&](const QUuid &a, const QUuid &b) { return start(a) < start(b); });
    // Equal gaps between neighbours, the outermost two staying where they are.
    qreal total = 0;
    for (const QUuid &id : std::as_const(ids))
        total += length(id);
    const qreal span = start(ids.last()) + length(ids.last()) - start(ids.first());
    const qreal gap = (span - total) / (ids.size() - 1);
    doc->beginInteraction(tr("Distribute %n note(s)", "", int(ids.size())));
    qreal position = start(ids.first());
    for (const QUuid &id : std::as_const(ids)) {
        const qreal delta = position - start(id);
        if (delta != 0)
            doc->moveNotes({id}, horizontally ? QPointF(delta, 0) : QPointF(0, delta));
        position += length(id) + gap;
    }
    doc->endInteraction();
}

void CanvasEditor::raiseSelection()
{
    if (document())
        document()->raiseNotes(selectedNotes());
}

void CanvasEditor::lowerSelection()
{
    if (document())
        document()->lowerNotes(selectedNotes());
}

} // namespace Seams
