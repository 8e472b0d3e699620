#pragma once

#include "model/board.h"

#include <QAbstractListModel>
#include <QPointer>

namespace Seams {

/** A list model over the ids of one kind of board item, kept in step with the board's
 *  fine-grained signals: one row inserted, removed or changed per signal. Subclasses say
 *  which ids belong and what each role returns. */
class ItemsModel : public QAbstractListModel
{
    Q_OBJECT

public:
    using QAbstractListModel::QAbstractListModel;

    /** Follows a board; null detaches. */
    void setBoard(Board *board);
    Board *board() const { return m_board; }

    int rowCount(const QModelIndex &parent = {}) const override;
    /** The row of an item, or -1. */
    int rowOf(const QUuid &id) const { return m_rows.value(id, -1); }

protected:
    QUuid idAt(const QModelIndex &index) const;

    /** Connects the subclass's signals to itemAdded()/itemRemoved()/itemChanged(). */
    virtual void connectBoard(Board *board) = 0;
    /** All ids, in the order rows should have. */
    virtual QList<QUuid> allIds() const = 0;

    void itemAdded(const QUuid &id);
    void itemRemoved(const QUuid &id);
    void itemChanged(const QUuid &id, const QList<int> &roles = {});
    void rebuild();

private:
    QPointer<Board> m_board;
    QList<QUuid> m_ids;
    QHash<QUuid, int> m_rows;
};

} // namespace Seams
