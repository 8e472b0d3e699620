#include "notelistmodel.h"

#include <algorithm>

namespace Seams {

NoteListModel::NoteListModel(QObject *parent)
    : QAbstractListModel(parent)
{
    m_refreshTimer.setSingleShot(true);
    m_refreshTimer.setInterval(0);
    connect(&m_refreshTimer, &QTimer::timeout, this, &NoteListModel::refresh);
}

void NoteListModel::setBoard(const Board *board)
{
    if (m_board)
        disconnect(m_board, nullptr, this, nullptr);
    m_board = board;
    if (board) {
        connect(board, &Board::noteAdded, this, &NoteListModel::scheduleRefresh);
        connect(board, &Board::noteRemoved, this, &NoteListModel::scheduleRefresh);
        connect(board, &Board::reset, this, &NoteListModel::scheduleRefresh);
        connect(board, &Board::noteChanged, this, [this](const QUuid &, NoteChanges changes) {
            if (changes & (NoteChange::Text | NoteChange::Kind | NoteChange::Geometry))
                scheduleRefresh();
        });
        connect(board, &Board::contextChanged, this, [this](const QUuid &, ContextChanges changes) {
            if (changes & ContextChange::Name && !m_ids.isEmpty())
                Q_EMIT dataChanged(index(0), index(count() - 1), {ContextNameRole});
        });
    }
    refresh();
}

void NoteListModel::setKindFilter(std::optional<NoteKind> kind)
{
    m_kind = kind;
    refresh();
}

void NoteListModel::setQuery(const QString &query)
{
    if (query == m_query)
        return;
    m_query = query;
    Q_EMIT queryChanged();
    refresh();
}

void NoteListModel::scheduleRefresh()
{
    // Nothing to keep up to date while the search box is empty.
    if (m_kind || !m_query.trimmed().isEmpty() || !m_ids.isEmpty())
        m_refreshTimer.start();
}

bool NoteListModel::accepts(const Note &note) const
{
    if (m_kind && note.kind != *m_kind)
        return false;
    const QString query = m_query.trimmed();
    if (query.isEmpty())
        return bool(m_kind);
    if (note.text.contains(query, Qt::CaseInsensitive))
        return true;
    return std::any_of(note.fields.cbegin(), note.fields.cend(), [&](const Field &field) {
        return field.name.contains(query, Qt::CaseInsensitive);
    });
}

void NoteListModel::refresh()
{
    m_refreshTimer.stop();
    QList<const Note *> notes;
    if (m_board) {
        for (const Note &note : m_board->notes()) {
            if (accepts(note))
                notes.append(&note);
        }
    }
    std::sort(notes.begin(), notes.end(), [](const Note *a, const Note *b) {
        const QPointF pa = a->geometry.topLeft();
        const QPointF pb = b->geometry.topLeft();
        if (pa.y() != pb.y())
            return pa.y() < pb.y();
        if (pa.x() != pb.x())
            return pa.x() < pb.x();
        return a->id < b->id;
    });
    QList<QUuid> ids;
    ids.reserve(notes.size());
    for (const Note *note : std::as_const(notes))
        ids.append(note->id);
    if (ids == m_ids) {
        if (!ids.isEmpty())
            Q_EMIT dataChanged(index(0), index(count() - 1));
        return;
    }
    const QUuid current = m_current >= 0 ? m_ids.value(m_current) : QUuid();
    const int oldCount = count();
    beginResetModel();
    m_ids = ids;
    endResetModel();
    // Keep the current entry when it is still listed, so Enter continues from there.
    const int restored = current.isNull() ? -1 : int(m_ids.indexOf(current));
    if (restored != m_current) {
        m_current = restored;
        Q_EMIT currentIndexChanged();
    }
    if (oldCount != count())
        Q_EMIT countChanged();
    Q_EMIT idsChanged();
}

void NoteListModel::setCurrentIndex(int index)
{
    index = index >= 0 && index < count() ? index : -1;
    if (index == m_current)
        return;
    m_current = index;
    Q_EMIT currentIndexChanged();
}

QString NoteListModel::step(int delta)
{
    if (m_refreshTimer.isActive())
        refresh();
    if (m_ids.isEmpty())
        return {};
    const int size = count();
    const int start = m_current < 0 ? (delta > 0 ? -1 : 0) : m_current;
    setCurrentIndex(((start + delta) % size + size) % size);
    return idAt(m_current);
}

QString NoteListModel::next()
{
    return step(1);
}

QString NoteListModel::previous()
{
    return step(-1);
}

QString NoteListModel::idAt(int row) const
{
    return row >= 0 && row < count() ? m_ids.at(row).toString(QUuid::WithoutBraces) : QString();
}

int NoteListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : count();
}

QVariant NoteListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)
        || !m_board)
        return {};
    const Note *note = m_board->note(m_ids.at(index.row()));
    if (!note)
        return {};
    switch (role) {
    case IdRole:
        return note->id.toString(QUuid::WithoutBraces);
    case Qt::DisplayRole:
    case TextRole:
        return note->text;
    case KindRole:
        return int(note->kind);
    case KindNameRole:
        return displayName(note->kind);
    case ColorRole:
        return noteKindColor(note->kind);
    case ContextNameRole: {
        const BoundedContext *context = m_board->context(note->contextId);
        return context ? context->name : QString();
    }
    }
    return {};
}

QHash<int, QByteArray> NoteListModel::roleNames() const
{
    return {{IdRole, "noteId"},         {TextRole, "text"},       {KindRole, "kind"},
            {KindNameRole, "kindName"}, {ColorRole, "noteColor"}, {ContextNameRole, "contextName"}};
}

} // namespace Seams
