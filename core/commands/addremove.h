#pragma once

#include "model/board.h"

#include <QUndoCommand>

namespace Seams {

/** How AddRemove reaches the board for each kind of item. */
template<typename Item>
struct BoardItems;

template<>
struct BoardItems<Note>
{
    static void insert(Board *board, const Note &item) { board->insertNote(item); }
    static Note take(Board *board, const QUuid &id) { return board->takeNote(id); }
};

template<>
struct BoardItems<BoundedContext>
{
    static void insert(Board *board, const BoundedContext &item) { board->insertContext(item); }
    static BoundedContext take(Board *board, const QUuid &id) { return board->takeContext(id); }
};

template<>
struct BoardItems<Link>
{
    static void insert(Board *board, const Link &item) { board->insertLink(item); }
    static Link take(Board *board, const QUuid &id) { return board->takeLink(id); }
};

template<>
struct BoardItems<Relationship>
{
    static void insert(Board *board, const Relationship &item) { board->insertRelationship(item); }
    static Relationship take(Board *board, const QUuid &id) { return board->takeRelationship(id); }
};

/** Adds items to the board, or removes them. The command owns the items while they are
 *  off the board, so undoing a removal restores them exactly, ids included. Dependent
 *  items (the links of a removed note, ...) are the Document's business: it removes them
 *  first, in the same macro. */
template<typename Item>
class AddRemove : public QUndoCommand
{
public:
    enum class Operation { Add, Remove };

    /** For Operation::Add, `items` are the new items; for Remove, the command reads the
     *  items from the board when it first runs, so only their ids matter. */
    AddRemove(Board *board, Operation operation, QList<Item> items, const QString &text,
              QUndoCommand *parent = nullptr)
        : QUndoCommand(text, parent)
        , m_board(board)
        , m_operation(operation)
        , m_items(std::move(items))
    { }

    void redo() override { m_operation == Operation::Add ? insertItems() : takeItems(); }
    void undo() override { m_operation == Operation::Add ? takeItems() : insertItems(); }

private:
    void insertItems()
    {
        for (const Item &item : std::as_const(m_items))
            BoardItems<Item>::insert(m_board, item);
    }

    void takeItems()
    {
        // Reverse order, so that undo re-inserts in the original order.
        for (qsizetype i = m_items.size() - 1; i >= 0; --i)
            m_items[i] = BoardItems<Item>::take(m_board, m_items.at(i).id);
    }

    Board *m_board;
    Operation m_operation;
    QList<Item> m_items;
};

using AddRemoveNotes = AddRemove<Note>;
using AddRemoveContexts = AddRemove<BoundedContext>;
using AddRemoveLinks = AddRemove<Link>;
using AddRemoveRelationships = AddRemove<Relationship>;

} // namespace Seams
