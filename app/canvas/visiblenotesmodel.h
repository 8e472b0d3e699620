#pragma once

#include "model/board.h"

#include <QAbstractListModel>
#include <QPointer>
#include <QQmlEngine>
#include <QSet>

namespace Seams {

class SpatialIndex;
class SelectionModel;

/** The notes near the viewport, as a pool of rows that QML delegates are bound to.
 *
 *  A row is a slot, not a note: when a note scrolls out of view its slot is handed to a note
 *  scrolling in, with one dataChanged() for that row. QML's Repeater therefore keeps its
 *  delegates and only rebinds them, which is the recycling the canvas needs to stay fluid
 *  while panning over 10,000 notes. Rows are only appended when more notes are near the view
 *  than ever before, and trailing free slots are trimmed when the pool grows far larger than
 *  what is in use. Slots without a note report active == false.
 *
 *  Notes are taken in when they enter the "load" rectangle and released when they leave the
 *  larger "keep" rectangle, so panning back and forth near an edge does not churn. */
class VisibleNotesModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Owned by the CanvasController")

    Q_PROPERTY(int activeCount READ activeCount NOTIFY activeCountChanged)

public:
    enum Role {
        ActiveRole = Qt::UserRole + 1,
        IdRole,
        KindRole,
        ColorRole,
        TextRole,
        SubtitleRole,
        XRole,
        YRole,
        WidthRole,
        HeightRole,
        ZRole,
        SelectedRole,
        GhostRole,
        MatchRole,
    };
    Q_ENUM(Role)

    explicit VisibleNotesModel(QObject *parent = nullptr);

    /** The board and the index the slots are filled from. Null board: every slot is freed. */
    void setSources(const Board *board, const SpatialIndex *index, const SelectionModel *selection);

    /** Sets the area to show and refills slots. A disabled model (zoomed out past the level
     *  of detail) frees every slot. */
    void setArea(const QRectF &load, const QRectF &keep, bool enabled);
    /** Frees every slot and fills them again (after a reset of the board). */
    void reload();

    /** Follows one note's change; cheap enough to call for every note of a large move. */
    void noteAdded(const QUuid &id);
    void noteRemoved(const QUuid &id);
    void noteChanged(const QUuid &id, NoteChanges changes);
    /** The notes whose selection, ghost (being dragged) or search-match state flipped. */
    void refreshSelected(const QList<QUuid> &ids);
    void setGhosts(const QSet<QUuid> &ids);
    void setMatches(const QSet<QUuid> &ids);

    int activeCount() const { return int(m_slotOf.size()); }
    /** The slot showing a note, or -1. */
    int rowOf(const QUuid &id) const { return m_slotOf.value(id, -1); }
    QUuid noteAt(int row) const { return m_slots.value(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    void activeCountChanged();

private:
    void assign(const QList<QUuid> &ids);
    void release(int slot);
    void releaseAll();
    void trim();
    void emitRow(int slot, const QList<int> &roles = {});
    bool inLoadArea(const QRectF &rect) const;
    static QString subtitle(const Note &note);

    QPointer<const Board> m_board;
    const SpatialIndex *m_index = nullptr;
    const SelectionModel *m_selection = nullptr;
    QRectF m_load;
    QRectF m_keep;
    bool m_enabled = false;
    QList<QUuid> m_slots;
    QHash<QUuid, int> m_slotOf;
    QList<int> m_free;
    QSet<QUuid> m_ghosts;
    QSet<QUuid> m_matches;
};

} // namespace Seams
