#pragma once

#include "commandids.h"
#include "model/board.h"

#include <QUndoCommand>

#include <utility>

namespace Seams {

/** The shape of every "change a property" command: it holds, for each affected item, the
 *  value to put in place. Redo and undo are the same swap: put the held value on the board
 *  and keep the one it replaced. After redo() the command therefore holds the old values,
 *  which is what makes merging trivial: a later command over the same items adds nothing
 *  to remember. */
template<typename Value>
class ChangeValue : public QUndoCommand
{
public:
    ChangeValue(Board *board, QList<QUuid> ids, QList<Value> values, const QString &text,
                QUndoCommand *parent = nullptr)
        : QUndoCommand(text, parent)
        , m_board(board)
        , m_ids(std::move(ids))
        , m_values(std::move(values))
    {
        Q_ASSERT(m_ids.size() == m_values.size());
    }

    /** Convenience for setting one value on many items. */
    ChangeValue(Board *board, QList<QUuid> ids, const Value &value, const QString &text,
                QUndoCommand *parent = nullptr)
        : ChangeValue(board, ids, QList<Value>(ids.size(), value), text, parent)
    { }

    void undo() override { swapValues(); }
    void redo() override { swapValues(); }

    const QList<QUuid> &ids() const { return m_ids; }

protected:
    virtual Value getValue(const QUuid &id) const = 0;
    virtual void setValue(const QUuid &id, const Value &value) const = 0;

    Board *board() const { return m_board; }

    /** Merges a later command over the same items; the net change may be nothing. */
    bool mergeSameItems(const QUndoCommand *other)
    {
        const auto *later = static_cast<const ChangeValue<Value> *>(other);
        if (later->m_ids != m_ids)
            return false;
        bool unchanged = true;
        for (qsizetype i = 0; i < m_ids.size() && unchanged; ++i)
            unchanged = getValue(m_ids.at(i)) == m_values.at(i);
        setObsolete(unchanged);
        return true;
    }

private:
    void swapValues()
    {
        for (qsizetype i = 0; i < m_ids.size(); ++i) {
            const QUuid &id = m_ids.at(i);
            setValue(id, std::exchange(m_values[i], getValue(id)));
        }
    }

    Board *m_board;
    QList<QUuid> m_ids;
    QList<Value> m_values;
};

} // namespace Seams
