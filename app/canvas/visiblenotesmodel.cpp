#include "visiblenotesmodel.h"

#include "selectionmodel.h"
#include "spatialindex.h"

#include <algorithm>

namespace Seams {

namespace {

// Free slots are kept for reuse; beyond this many (and beyond the number in use) the tail of
// the pool is trimmed so that a moment zoomed out near the level of detail does not keep
// thousands of idle delegates alive.
constexpr int spareSlots = 256;

bool touches(const QRectF &a, const QRectF &b)
{
    return a.left() <= b.right() && b.left() <= a.right() && a.top() <= b.bottom()
        && b.top() <= a.bottom();
}

} // namespace

VisibleNotesModel::VisibleNotesModel(QObject *parent)
    : QAbstractListModel(parent)
{ }

void VisibleNotesModel::setSources(const Board *board, const SpatialIndex *index,
                                   const SelectionModel *selection)
{
    m_board = board;
    m_index = index;
    m_selection = selection;
    m_ghosts.clear();
    m_matches.clear();
    reload();
}

void VisibleNotesModel::reload()
{
    releaseAll();
    setArea(m_load, m_keep, m_enabled);
}

int VisibleNotesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_slots.size());
}

bool VisibleNotesModel::inLoadArea(const QRectF &rect) const
{
    return m_enabled && touches(rect, m_load);
}

void VisibleNotesModel::setArea(const QRectF &load, const QRectF &keep, bool enabled)
{
    m_load = load;
    m_keep = keep.united(load);
    m_enabled = enabled;
    if (!m_enabled || !m_board || !m_index) {
        releaseAll();
        return;
    }
    const int before = activeCount();
    // Collected first: release() erases from m_slotOf, and erasing from a QHash moves its
    // other entries.
    QList<int> leaving;
    for (auto it = m_slotOf.cbegin(); it != m_slotOf.cend(); ++it) {
        if (!touches(m_index->rect(it.key()), m_keep))
            leaving.append(it.value());
    }
    for (const int slot : std::as_const(leaving))
        release(slot);
    QList<QUuid> incoming;
    m_index->visit(m_load, [&](const QUuid &id) {
        if (!m_slotOf.contains(id))
            incoming.append(id);
    });
    assign(incoming);
    trim();
    if (before != activeCount())
        Q_EMIT activeCountChanged();
}

void VisibleNotesModel::assign(const QList<QUuid> &ids)
{
    qsizetype next = 0;
    while (next < ids.size() && !m_free.isEmpty()) {
        const int slot = m_free.takeLast();
        const QUuid &id = ids.at(next++);
        m_slots[slot] = id;
        m_slotOf.insert(id, slot);
        emitRow(slot);
    }
    if (next == ids.size())
        return;
    const int first = int(m_slots.size());
    beginInsertRows({}, first, first + int(ids.size() - next) - 1);
    for (; next < ids.size(); ++next) {
        m_slotOf.insert(ids.at(next), int(m_slots.size()));
        m_slots.append(ids.at(next));
    }
    endInsertRows();
}

void VisibleNotesModel::release(int slot)
{
    const QUuid id = m_slots.at(slot);
    if (id.isNull())
        return;
    m_slotOf.remove(id);
    m_slots[slot] = QUuid();
    m_free.append(slot);
    emitRow(slot, {ActiveRole});
}

void VisibleNotesModel::releaseAll()
{
    if (m_slotOf.isEmpty())
        return;
    // Free slots keep their row (and their delegate) for the next time the view fills up.
    for (int slot = 0; slot < m_slots.size(); ++slot) {
        if (!m_slots.at(slot).isNull())
            release(slot);
    }
    trim();
    Q_EMIT activeCountChanged();
}

void VisibleNotesModel::trim()
{
    const int used = activeCount();
    if (m_free.size() <= spareSlots || m_free.size() <= used)
        return;
    int last = int(m_slots.size());
    while (last > 0 && m_slots.at(last - 1).isNull() && last > used + spareSlots)
        --last;
    if (last == m_slots.size())
        return;
    beginRemoveRows({}, last, int(m_slots.size()) - 1);
    m_slots.resize(last);
    m_free.erase(
        std::remove_if(m_free.begin(), m_free.end(), [last](int slot) { return slot >= last; }),
        m_free.end());
    endRemoveRows();
}

void VisibleNotesModel::emitRow(int slot, const QList<int> &roles)
{
    const QModelIndex changed = index(slot);
    Q_EMIT dataChanged(changed, changed, roles);
}

void VisibleNotesModel::noteAdded(const QUuid &id)
{
    if (!m_index || m_slotOf.contains(id) || !inLoadArea(m_index->rect(id)))
        return;
    assign({id});
    Q_EMIT activeCountChanged();
}

void VisibleNotesModel::noteRemoved(const QUuid &id)
{
    const int slot = m_slotOf.value(id, -1);
    m_ghosts.remove(id);
    m_matches.remove(id);
    if (slot < 0)
        return;
    release(slot);
    Q_EMIT activeCountChanged();
}

void VisibleNotesModel::noteChanged(const QUuid &id, NoteChanges changes)
{
    const int slot = m_slotOf.value(id, -1);
    if (changes & NoteChange::Geometry && m_index) {
        const QRectF rect = m_index->rect(id);
        if (slot < 0) {
            noteAdded(id);
            return;
        }
        if (!touches(rect, m_keep)) {
            release(slot);
            Q_EMIT activeCountChanged();
            return;
        }
    }
    if (slot < 0)
        return;
    QList<int> roles;
    if (changes & NoteChange::Geometry)
        roles << XRole << YRole << WidthRole << HeightRole;
    if (changes & NoteChange::Text)
        roles << TextRole;
    if (changes & NoteChange::Kind)
        roles << KindRole << ColorRole << SubtitleRole;
    if (changes & (NoteChange::Fields | NoteChange::Http))
        roles << SubtitleRole;
    if (changes & NoteChange::Z)
        roles << ZRole;
    if (!roles.isEmpty())
        emitRow(slot, roles);
}

void VisibleNotesModel::refreshSelected(const QList<QUuid> &ids)
{
    for (const QUuid &id : ids) {
        const int slot = m_slotOf.value(id, -1);
        if (slot >= 0)
            emitRow(slot, {SelectedRole});
    }
}

void VisibleNotesModel::setGhosts(const QSet<QUuid> &ids)
{
    const QSet<QUuid> flipped = (m_ghosts - ids) + (ids - m_ghosts);
    m_ghosts = ids;
    for (const QUuid &id : flipped) {
        const int slot = m_slotOf.value(id, -1);
        if (slot >= 0)
            emitRow(slot, {GhostRole});
    }
}

void VisibleNotesModel::setMatches(const QSet<QUuid> &ids)
{
    const QSet<QUuid> flipped = (m_matches - ids) + (ids - m_matches);
    m_matches = ids;
    for (const QUuid &id : flipped) {
        const int slot = m_slotOf.value(id, -1);
        if (slot >= 0)
            emitRow(slot, {MatchRole});
    }
}

QString VisibleNotesModel::subtitle(const Note &note)
{
    switch (note.kind) {
    case NoteKind::Command:
        if (!note.http.isEmpty())
            return (note.http.method + QLatin1Char(' ') + note.http.path).trimmed();
        return {};
    case NoteKind::Aggregate:
    case NoteKind::DomainEvent: {
        if (note.fields.isEmpty())
            return {};
        QStringList names;
        for (const Field &field : note.fields)
            names.append(field.name);
        return names.join(QStringLiteral(", "));
    }
    default:
        return {};
    }
}

QVariant VisibleNotesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QUuid id = m_slots.at(index.row());
    if (role == ActiveRole)
        return !id.isNull();
    const Note *note = m_board && !id.isNull() ? m_board->note(id) : nullptr;
    if (!note) {
        // A free slot keeps harmless values so that its hidden delegate binds cleanly.
        switch (role) {
        case IdRole:
        case TextRole:
        case SubtitleRole:
            return QString();
        case ColorRole:
            return QColor(Qt::transparent);
        case SelectedRole:
        case GhostRole:
        case MatchRole:
            return false;
        case KindRole:
        case XRole:
        case YRole:
        case WidthRole:
        case HeightRole:
        case ZRole:
            return 0;
        default:
            return {};
        }
    }
    switch (role) {
    case IdRole:
        return note->id.toString(QUuid::WithoutBraces);
    case KindRole:
        return int(note->kind);
    case ColorRole:
        return noteKindColor(note->kind);
    case Qt::DisplayRole:
    case TextRole:
        return note->text;
    case SubtitleRole:
        return subtitle(*note);
    case XRole:
        return note->geometry.x();
    case YRole:
        return note->geometry.y();
    case WidthRole:
        return note->geometry.width();
    case HeightRole:
        return note->geometry.height();
    case ZRole:
        return note->z;
    case SelectedRole:
        return m_selection && m_selection->containsNote(id);
    case GhostRole:
        return m_ghosts.contains(id);
    case MatchRole:
        return m_matches.contains(id);
    }
    return {};
}

QHash<int, QByteArray> VisibleNotesModel::roleNames() const
{
    return {{ActiveRole, "active"},     {IdRole, "noteId"},    {KindRole, "kind"},
            {ColorRole, "noteColor"},   {TextRole, "text"},    {SubtitleRole, "subtitle"},
            {XRole, "noteX"},           {YRole, "noteY"},      {WidthRole, "noteWidth"},
            {HeightRole, "noteHeight"}, {ZRole, "noteZ"},      {SelectedRole, "selected"},
            {GhostRole, "ghost"},       {MatchRole, "matched"}};
}

} // namespace Seams
