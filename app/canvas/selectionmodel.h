#pragma once

#include <QObject>
#include <QQmlEngine>
#include <QSet>
#include <QUuid>

namespace Seams {

/** What is selected on the canvas: notes (in the order they were selected, the last one
 *  being current), bounded-context frames, arrows and relationships.
 *
 *  Ids are QUuids in C++ and strings in QML. The selection holds ids only; ids that leave
 *  the board are dropped by the CanvasController. */
class SelectionModel : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Owned by the CanvasController")

    Q_PROPERTY(int noteCount READ noteCount NOTIFY changed)
    Q_PROPERTY(int contextCount READ contextCount NOTIFY changed)
    Q_PROPERTY(int linkCount READ linkCount NOTIFY changed)
    Q_PROPERTY(int relationshipCount READ relationshipCount NOTIFY changed)
    Q_PROPERTY(bool empty READ isEmpty NOTIFY changed)
    /** Increases with every change, for QML bindings that call the is...Selected() helpers. */
    Q_PROPERTY(int revision READ revision NOTIFY changed)
    Q_PROPERTY(QString currentNote READ currentNoteString NOTIFY changed)
    Q_PROPERTY(QString currentContext READ currentContextString NOTIFY changed)
    Q_PROPERTY(QString currentLink READ currentLinkString NOTIFY changed)
    Q_PROPERTY(QString currentRelationship READ currentRelationshipString NOTIFY changed)

public:
    enum class Mode {
        Replace, ///< the new items are the whole selection
        Add, ///< added to the selection (Shift)
        Toggle, ///< selected ones leave, others join (Ctrl)
    };
    Q_ENUM(Mode)

    explicit SelectionModel(QObject *parent = nullptr);

    const QList<QUuid> &notes() const { return m_notes; }
    const QList<QUuid> &contexts() const { return m_contexts; }
    const QList<QUuid> &links() const { return m_links; }
    const QList<QUuid> &relationships() const { return m_relationships; }
    int noteCount() const { return int(m_notes.size()); }
    int contextCount() const { return int(m_contexts.size()); }
    int linkCount() const { return int(m_links.size()); }
    int relationshipCount() const { return int(m_relationships.size()); }
    bool isEmpty() const;
    int revision() const { return m_revision; }
    bool containsNote(const QUuid &id) const { return m_noteSet.contains(id); }
    bool containsContext(const QUuid &id) const { return m_contexts.contains(id); }
    bool containsLink(const QUuid &id) const { return m_links.contains(id); }
    /** The last note selected, or null. */
    QUuid currentNote() const { return m_notes.isEmpty() ? QUuid() : m_notes.last(); }
    QUuid currentContext() const { return m_contexts.isEmpty() ? QUuid() : m_contexts.last(); }
    QUuid currentLink() const { return m_links.isEmpty() ? QUuid() : m_links.last(); }
    QUuid currentRelationship() const
    {
        return m_relationships.isEmpty() ? QUuid() : m_relationships.last();
    }

    /** Selects notes; Replace also drops selected frames, arrows and relationships. */
    void selectNotes(const QList<QUuid> &ids, Mode mode = Mode::Replace);
    /** Selects frames; Replace also drops selected notes, arrows and relationships. */
    void selectContexts(const QList<QUuid> &ids, Mode mode = Mode::Replace);
    /** Selects one arrow (or relationship) alone. */
    void selectLink(const QUuid &id);
    void selectRelationship(const QUuid &id);
    /** Forgets ids that no longer exist (deleted or undone). */
    void removeNotes(const QList<QUuid> &ids);
    void removeContext(const QUuid &id);
    void removeLink(const QUuid &id);
    void removeRelationship(const QUuid &id);
    Q_INVOKABLE void clear();

    Q_INVOKABLE bool isNoteSelected(const QString &id) const;
    Q_INVOKABLE bool isContextSelected(const QString &id) const;
    Q_INVOKABLE bool isLinkSelected(const QString &id) const;

Q_SIGNALS:
    void changed();
    /** The selection state of these notes flipped (for per-note highlights). */
    void notesToggled(const QList<QUuid> &ids);

private:
    QString currentNoteString() const;
    QString currentContextString() const;
    QString currentLinkString() const;
    QString currentRelationshipString() const;
    /** Replaces the note list, emitting notesToggled for the difference. Returns true when
     *  the list (or its order) changed. */
    bool setNotes(const QList<QUuid> &notes);

    QList<QUuid> m_notes;
    QSet<QUuid> m_noteSet;
    QList<QUuid> m_contexts;
    QList<QUuid> m_links;
    QList<QUuid> m_relationships;
    int m_revision = 0;
};

} // namespace Seams
