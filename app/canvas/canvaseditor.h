#pragma once

#include "model/types.h"

#include <QColor>
#include <QObject>
#include <QQmlEngine>
#include <QRectF>
#include <QUuid>

#include <optional>

namespace Seams {

class CanvasController;
class Document;
struct NoteFragment;

/** Every edit the canvas offers, as one Q_INVOKABLE each: QML forwards the user's intent
 *  here and this class turns it into Document calls (which push the undo commands).
 *
 *  Most edits act on the selection. Ids cross into QML as strings and kinds as the int of
 *  NoteKind. */
class CanvasEditor : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Owned by the CanvasController")

    /** The kind a double-click or a plain-text paste creates (the palette's choice). */
    Q_PROPERTY(int currentKind READ currentKind WRITE setCurrentKind NOTIFY currentKindChanged)
    /** The last error of an edit the user asked for (a damaged clipboard), for the status
     *  bar; cleared by the next successful edit. */
    Q_PROPERTY(QString message READ message NOTIFY messageChanged)

public:
    explicit CanvasEditor(CanvasController *controller);

    int currentKind() const { return int(m_currentKind); }
    void setCurrentKind(int kind);
    QString message() const { return m_message; }

    /** Ends what is still open (a run of arrow-key nudges) before the board changes hands. */
    void finishPendingEdits();

    // Notes
    /** Adds a note centred on a board point, selects it and starts editing its text. */
    Q_INVOKABLE QString createNote(int kind, qreal boardX, qreal boardY);
    /** The keyboard's way: a note of `kind` to the right of the current note (at the first
     *  free place), or in the middle of the view when nothing is selected. */
    Q_INVOKABLE QString createNoteNextToCurrent(int kind);
    /** Enter while editing: the next note of the same kind to the right of the current one. */
    Q_INVOKABLE QString createNextNote();
    Q_INVOKABLE void setNoteText(const QString &id, const QString &text);
    Q_INVOKABLE void setSelectionKind(int kind);
    Q_INVOKABLE void deleteSelection();
    Q_INVOKABLE void duplicateSelection();
    Q_INVOKABLE void selectAll();
    /** Arrow keys: moves the selected notes and frames; a run of nudges is one undo step. */
    Q_INVOKABLE void nudgeSelection(qreal dx, qreal dy);
    /** The drop of a drag: moves the selected notes and frames (with their notes) by the
     *  offset as one undo step; dropped notes join the frame they land in. */
    void moveItems(const QList<QUuid> &noteIds, const QList<QUuid> &contextIds,
                   const QPointF &offset);
    Q_INVOKABLE void resizeNote(const QString &id, const QRectF &rect);
    Q_INVOKABLE void resizeContext(const QString &id, const QRectF &rect);
    /** Lines the selected notes up on one edge: "left", "right", "top", "bottom",
     *  "hcenter" or "vcenter". */
    Q_INVOKABLE void alignSelection(const QString &edge);
    /** Spaces the selected notes evenly between the outermost two. */
    Q_INVOKABLE void distributeSelection(bool horizontally);
    Q_INVOKABLE void raiseSelection();
    Q_INVOKABLE void lowerSelection();

    // Bounded contexts
    /** A frame around the selected notes (or in the middle of the view), selected. */
    Q_INVOKABLE QString createContextAroundSelection();
    Q_INVOKABLE QString createContext(const QRectF &rect);
    Q_INVOKABLE void renameContext(const QString &id, const QString &name);
    Q_INVOKABLE void setContextColor(const QString &id, const QColor &color);

    // Arrows and relationships
    Q_INVOKABLE QString addLink(const QString &sourceId, const QString &targetId);
    /** Links the selected notes in the order they were selected (L). */
    Q_INVOKABLE int linkSelection();
    Q_INVOKABLE void setLinkLabel(const QString &id, const QString &label);
    Q_INVOKABLE QString addRelationship(const QString &upstreamId, const QString &downstreamId);

    // Clipboard
    Q_INVOKABLE void copy();
    Q_INVOKABLE void cut();
    /** Pastes what the clipboard holds next to the copied notes, or in the middle of the
     *  view when those are not visible. */
    Q_INVOKABLE void paste();
    /** Pastes centred on a board point (the context menu). */
    Q_INVOKABLE void pasteAt(qreal boardX, qreal boardY);

Q_SIGNALS:
    void currentKindChanged();
    void messageChanged();

private:
    Document *document() const;
    void setMessage(const QString &message);
    QRectF freePlaceRightOf(const QRectF &rect, const QSizeF &size) const;
    QString insertFragment(NoteFragment fragment, const QString &text);
    void pasteFragment(std::optional<QPointF> center);
    QList<QUuid> selectedNotes() const;

    CanvasController *m_controller;
    NoteKind m_currentKind = NoteKind::DomainEvent;
    QString m_message;
    int m_pasteCount = 0;
};

} // namespace Seams
