#pragma once

#include "boardsettings.h"
#include "boundedcontext.h"
#include "link.h"
#include "note.h"
#include "relationship.h"

#include <QHash>
#include <QObject>
#include <QSet>

#include <functional>

namespace Seams {

/** What changed on a note, a context or a relationship, so that listeners (the canvas, the
 *  project file) touch only what they must. */
enum class NoteChange {
    Text = 0x1,
    Kind = 0x2,
    Geometry = 0x4,
    Context = 0x8,
    Fields = 0x10,
    Http = 0x20,
    Z = 0x40,
};
Q_DECLARE_FLAGS(NoteChanges, NoteChange)

enum class ContextChange {
    Name = 0x1,
    Geometry = 0x2,
    Color = 0x4,
    Handoff = 0x8,
};
Q_DECLARE_FLAGS(ContextChanges, ContextChange)

/** The whole event-storming board: notes, bounded contexts, links, relationships and the
 *  board's settings.
 *
 *  The board is the single source of truth and the single emitter of change signals: one
 *  signal per item changed, carrying the item's id and what changed, which is fine-grained
 *  enough for a canvas of 10,000 notes. Editing happens through the Document's undo
 *  commands; the setters here are what those commands call. Setters do not check that the
 *  id exists beyond an assertion: commands are built from live ids. */
class Board : public QObject
{
    Q_OBJECT

public:
    explicit Board(QObject *parent = nullptr);
    ~Board() override;

    /** Makes this board an exact copy of another (ids included), emitting reset(). */
    void assign(const Board &other);
    /** True when both boards hold the same content; updatedAt stamps are ignored. */
    bool hasSameContent(const Board &other) const;

    QString name() const { return m_name; }
    void setName(const QString &name);

    const BoardSettings &settings() const { return m_settings; }
    void setSettings(const BoardSettings &settings);

    /** The clock that stamps createdAt/updatedAt; tests and generators install their own. */
    void setClock(std::function<qint64()> clock);
    qint64 now() const;

    // Notes
    const QHash<QUuid, Note> &notes() const { return m_notes; }
    const Note *note(const QUuid &id) const;
    bool containsNote(const QUuid &id) const { return m_notes.contains(id); }
    /** Notes ordered by id: a stable order for files and exports. */
    QList<const Note *> sortedNotes() const;
    /** Notes of a context (null id: outside every context) in timeline order: left to right,
     *  then top to bottom, then by id. */
    QList<const Note *> notesInContext(const QUuid &contextId) const;
    /** Notes of one kind in timeline order. */
    QList<const Note *> notesOfKind(NoteKind kind) const;
    int noteCount() const { return int(m_notes.size()); }
    int maxZ() const;

    void insertNote(const Note &note);
    Note takeNote(const QUuid &id);
    void setNoteText(const QUuid &id, const QString &text);
    void setNoteKind(const QUuid &id, NoteKind kind);
    void setNoteGeometry(const QUuid &id, const QRectF &geometry);
    void setNoteZ(const QUuid &id, int z);
    void setNoteContext(const QUuid &id, const QUuid &contextId);
    void setNoteFields(const QUuid &id, const QList<Field> &fields);
    void setNoteHttp(const QUuid &id, const HttpOverride &http);

    // Bounded contexts
    const QHash<QUuid, BoundedContext> &contexts() const { return m_contexts; }
    const BoundedContext *context(const QUuid &id) const;
    /** Contexts ordered by name (case-insensitive), then id. */
    QList<const BoundedContext *> sortedContexts() const;
    /** The smallest context frame containing the point, or null; frames in `excluded` are
     *  ignored (as if already removed). */
    QUuid contextAt(const QPointF &point, const QSet<QUuid> &excluded = {}) const;
    /** Ids of the notes that belong to the context. */
    QList<QUuid> memberIds(const QUuid &contextId) const;

    /** Inserts the context; its colour is kept as storedColor(), like setContextColor(). */
    void insertContext(const BoundedContext &context);
    BoundedContext takeContext(const QUuid &id);
    void setContextName(const QUuid &id, const QString &name);
    void setContextGeometry(const QUuid &id, const QRectF &geometry);
    void setContextColor(const QUuid &id, const QColor &color);
    void setContextHandoff(const QUuid &id, const Handoff &handoff);

    // Links
    const QHash<QUuid, Link> &links() const { return m_links; }
    const Link *link(const QUuid &id) const;
    QList<const Link *> sortedLinks() const;
    /** Links that start or end at the note. */
    QList<QUuid> linksOf(const QUuid &noteId) const;
    void insertLink(const Link &link);
    Link takeLink(const QUuid &id);
    void setLink(const Link &link);

    // Relationships
    const QHash<QUuid, Relationship> &relationships() const { return m_relationships; }
    const Relationship *relationship(const QUuid &id) const;
    QList<const Relationship *> sortedRelationships() const;
    /** Relationships that involve the context on either side. */
    QList<QUuid> relationshipsOf(const QUuid &contextId) const;
    void insertRelationship(const Relationship &relationship);
    Relationship takeRelationship(const QUuid &id);
    void setRelationship(const Relationship &relationship);

Q_SIGNALS:
    void nameChanged();
    void settingsChanged();
    /** Everything was replaced; listeners rebuild. */
    void reset();

    void noteAdded(const QUuid &id);
    void noteRemoved(const QUuid &id);
    void noteChanged(const QUuid &id, Seams::NoteChanges changes);

    void contextAdded(const QUuid &id);
    void contextRemoved(const QUuid &id);
    void contextChanged(const QUuid &id, Seams::ContextChanges changes);

    void linkAdded(const QUuid &id);
    void linkRemoved(const QUuid &id);
    void linkChanged(const QUuid &id);

    void relationshipAdded(const QUuid &id);
    void relationshipRemoved(const QUuid &id);
    void relationshipChanged(const QUuid &id);

private:
    template<typename Value>
    void updateNote(const QUuid &id, Value Note::*member, const Value &value, NoteChange change);
    template<typename Value>
    void updateContext(const QUuid &id, Value BoundedContext::*member, const Value &value,
                       ContextChange change);

    QString m_name;
    BoardSettings m_settings;
    QHash<QUuid, Note> m_notes;
    QHash<QUuid, BoundedContext> m_contexts;
    QHash<QUuid, Link> m_links;
    QHash<QUuid, Relationship> m_relationships;
    std::function<qint64()> m_clock;
};

} // namespace Seams

Q_DECLARE_OPERATORS_FOR_FLAGS(Seams::NoteChanges)
Q_DECLARE_OPERATORS_FOR_FLAGS(Seams::ContextChanges)
