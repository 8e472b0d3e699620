#include "itemsmodel.h"

namespace Seams {

void ItemsModel::setBoard(Board *board)
{
    if (m_board == board)
        return;
    if (m_board)
        disconnect(m_board, nullptr, this, nullptr);
    m_board = board;
    if (board) {
        connectBoard(board);
        connect(board, &Board::reset, this, &ItemsModel::rebuild);
    }
    rebuild();
}

int ItemsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_ids.size());
}

QUuid ItemsModel::idAt(const QModelIndex &index) const
{
    return checkIndex(index, CheckIndexOption::IndexIsValid) ? m_ids.at(index.row()) : QUuid();
}

void ItemsModel::itemAdded(const QUuid &id)
{
    const int row = int(m_ids.size());
    beginInsertRows({}, row, row);
    m_ids.append(id);
    m_rows.insert(id, row);
    endInsertRows();
}

void ItemsModel::itemRemoved(const QUuid &id)
{
    const int row = m_rows.value(id, -1);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_ids.removeAt(row);
    m_rows.remove(id);
    for (int i = row; i < m_ids.size(); ++i)
        m_rows[m_ids.at(i)] = i;
    endRemoveRows();
}

void ItemsModel::itemChanged(const QUuid &id, const QList<int> &roles)
{
    const int row = m_rows.value(id, -1);
    if (row >= 0)
        Q_EMIT dataChanged(index(row), index(row), roles);
}

void ItemsModel::rebuild()
{
    beginResetModel();
    m_ids = m_board ? allIds() : QList<QUuid>();
    m_rows.clear();
    for (int i = 0; i < m_ids.size(); ++i)
        m_rows.insert(m_ids.at(i), i);
    endResetModel();
}

} // namespace Seams
