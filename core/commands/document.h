#pragma once

#include "model/board.h"

#include <QObject>
#include <QPointer>
#include <QSet>
#include <QUndoStack>

#include <memory>

namespace Seams {

class ProjectFile;

/** An open board: the Board, the undo stack that edits it, and the project file every
 *  finished edit is committed to.
 *
 *  Every edit is one call here, which pushes typed undo commands; multi-item edits are
 *  macros. A gesture (a drag, a resize) is bracketed by beginInteraction() and
 *  endInteraction(): the moves inside merge into one undo step, notes dropped into a
 *  context join it when the gesture ends, and the file is written once, on drop. */
class Document : public QObject
{
    Q_OBJECT
    Q_PROPERTY(bool modified READ isModified NOTIFY modifiedChanged)
    Q_PROPERTY(QString filePath READ filePath NOTIFY filePathChanged)

public:
    /** A document over an empty board, or over the given board, with no file yet. */
    explicit Document(std::unique_ptr<Board> board = {}, QObject *parent = nullptr);
    ~Document() override;

    Board *board() const { return m_board.get(); }
    QUndoStack *undoStack() const { return m_undoStack; }

    /** True when there are edits since the board was opened or last saved. The edits are
     *  on disk already; "modified" tells the user what changed since their last save. */
    bool isModified() const { return !m_undoStack->isClean(); }
    /** Marks the current state as the saved one. */
    void markSaved();

    /** The project file this document commits to, or null for a document without one. */
    ProjectFile *projectFile() const { return m_file.get(); }
    /** Attaches the file every finished edit is committed to. The file must already hold
     *  this board (ProjectFile::writeAll() or load()). */
    void setProjectFile(std::unique_ptr<ProjectFile> file);
    QString filePath() const;
    /** Writes the pending edits now. Normally automatic after each finished edit. */
    bool commit();
    /** The message of the last failed commit, empty when the file is up to date. */
    QString commitError() const { return m_commitError; }

    // Gestures
    void beginInteraction(const QString &text);
    void endInteraction();
    bool isInteracting() const { return m_interactionDepth > 0; }

    // Notes
    /** Adds a note whose top-left corner is at `position`; it joins the context it lands in. */
    QUuid addNote(NoteKind kind, const QPointF &position, const QString &text = {});
    /** Adds prepared notes and the links between them in one step (paste, duplicate, import).
     *  Notes without an id get one; notes without a context join the one they land in. */
    QList<QUuid> insertNotes(QList<Note> notes, QList<Link> links, const QString &text);
    void removeNotes(const QList<QUuid> &ids);
    void moveNotes(const QList<QUuid> &ids, const QPointF &offset);
    /** Moves notes by a small step (arrow keys). Consecutive nudges of the same notes merge
     *  into one undo step, as long as no note changes context on the way. */
    void nudgeNotes(const QList<QUuid> &ids, const QPointF &offset);
    void setNoteGeometry(const QUuid &id, const QRectF &geometry);
    void setNoteText(const QUuid &id, const QString &text);
    void setNotesKind(const QList<QUuid> &ids, NoteKind kind);
    void setNotesContext(const QList<QUuid> &ids, const QUuid &contextId);
    void setNoteFields(const QUuid &id, const QList<Field> &fields);
    void setNoteHttp(const QUuid &id, const HttpOverride &http);
    /** Brings the notes to the front (above every other note) or sends them to the back,
     *  keeping their order among themselves. */
    void raiseNotes(const QList<QUuid> &ids);
    void lowerNotes(const QList<QUuid> &ids);

    // Bounded contexts
    /** Adds a frame; notes whose centre it contains (and no smaller frame does) join it. */
    QUuid addContext(const QString &name, const QRectF &geometry);
    void removeContexts(const QList<QUuid> &ids);
    /** Moves frames together with their member notes. */
    void moveContexts(const QList<QUuid> &ids, const QPointF &offset);
    /** Resizes a frame; notes inside join, members left outside leave. */
    void setContextGeometry(const QUuid &id, const QRectF &geometry);
    void renameContext(const QUuid &id, const QString &name);
    void setContextColor(const QUuid &id, const QColor &color);
    void setContextHandoff(const QUuid &id, const Handoff &handoff);

    // Links
    /** Adds an arrow; null when it would link a note to itself or repeat an existing arrow. */
    QUuid addLink(const QUuid &sourceId, const QUuid &targetId, const QString &label = {});
    void removeLinks(const QList<QUuid> &ids);
    void setLinkLabel(const QUuid &id, const QString &label);

    // Relationships
    /** Adds a relationship; null for a context related to itself or a repeated pair. */
    QUuid addRelationship(const QUuid &upstreamId, const QUuid &downstreamId,
                          RelationshipPattern pattern, DataSync sync = DataSync::None);
    void setRelationship(const Relationship &relationship);
    void removeRelationships(const QList<QUuid> &ids);

    // Board
    void setBoardName(const QString &name);
    void setBoardSettings(const BoardSettings &settings);

Q_SIGNALS:
    void modifiedChanged(bool modified);
    void filePathChanged();
    /** A finished edit could not be written to the file; `message` says why. The edit stays
     *  in memory and pending, and is written with the next successful commit. */
    void commitFailed(const QString &message);
    /** Pending edits were written after an earlier failure. */
    void commitRecovered();

private:
    void push(QUndoCommand *command);
    void beginMacro(const QString &text);
    void openInteractionMacro();
    void onIndexChanged();
    /** Pushes one context change for the notes whose innermost containing frame (ignoring
     *  `removedContexts`) differs from their stored context. */
    void updateMembership(QList<QUuid> noteIds, const QSet<QUuid> &removedContexts = {});
    /** Members of the frame and notes whose centre lies inside it. */
    QSet<QUuid> notesAffectedByFrame(const QUuid &contextId) const;
    QList<QUuid> existingNotes(const QList<QUuid> &ids) const;
    void restackNotes(const QList<QUuid> &ids, bool toFront);
    static QUuid newId() { return QUuid::createUuid(); }

    std::unique_ptr<Board> m_board;
    QUndoStack *m_undoStack;
    std::unique_ptr<ProjectFile> m_file;
    QString m_commitError;

    int m_interactionDepth = 0;
    bool m_interactionMacroOpen = false;
    QString m_interactionText;
    QSet<QUuid> m_interactionDroppedNotes;
    QSet<QUuid> m_interactionResizedContexts;
};

} // namespace Seams
