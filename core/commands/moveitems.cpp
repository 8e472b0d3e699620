#include "moveitems.h"

#include <QCoreApplication>

#include <utility>

namespace Seams {

MoveItems::MoveItems(Board *board, QList<QUuid> noteIds, QList<QUuid> contextIds, QPointF offset,
                     QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_board(board)
    , m_noteIds(std::move(noteIds))
    , m_contextIds(std::move(contextIds))
{
    for (const QUuid &id : std::as_const(m_noteIds)) {
        const QRectF rect = board->note(id)->geometry;
        m_oldNoteRects.append(rect);
        m_newNoteRects.append(rect.translated(offset));
    }
    for (const QUuid &id : std::as_const(m_contextIds)) {
        const QRectF rect = board->context(id)->geometry;
        m_oldContextRects.append(rect);
        m_newContextRects.append(rect.translated(offset));
    }
    const int count = int(m_noteIds.size() + m_contextIds.size());
    setText(m_contextIds.isEmpty()
                ? QCoreApplication::translate("Seams::Commands", "Move %n note(s)", "", count)
                : QCoreApplication::translate("Seams::Commands", "Move %n item(s)", "", count));
}

void MoveItems::redo()
{
    apply(m_newNoteRects, m_newContextRects);
}

void MoveItems::undo()
{
    apply(m_oldNoteRects, m_oldContextRects);
}

bool MoveItems::mergeWith(const QUndoCommand *other)
{
    const auto *later = static_cast<const MoveItems *>(other);
    if (later->m_noteIds != m_noteIds || later->m_contextIds != m_contextIds)
        return false;
    m_newNoteRects = later->m_newNoteRects;
    m_newContextRects = later->m_newContextRects;
    setObsolete(m_newNoteRects == m_oldNoteRects && m_newContextRects == m_oldContextRects);
    return true;
}

void MoveItems::apply(const QList<QRectF> &noteRects, const QList<QRectF> &contextRects)
{
    for (qsizetype i = 0; i < m_contextIds.size(); ++i)
        m_board->setContextGeometry(m_contextIds.at(i), contextRects.at(i));
    for (qsizetype i = 0; i < m_noteIds.size(); ++i)
        m_board->setNoteGeometry(m_noteIds.at(i), noteRects.at(i));
}

ChangeBoardName::ChangeBoardName(Board *board, const QString &name, QUndoCommand *parent)
    : QUndoCommand(QCoreApplication::translate("Seams::Commands", "Rename board"), parent)
    , m_board(board)
    , m_name(name)
{ }

void ChangeBoardName::swap()
{
    const QString previous = m_board->name();
    m_board->setName(std::exchange(m_name, previous));
}

ChangeBoardSettings::ChangeBoardSettings(Board *board, const BoardSettings &settings,
                                         QUndoCommand *parent)
    : QUndoCommand(QCoreApplication::translate("Seams::Commands", "Change board settings"), parent)
    , m_board(board)
    , m_settings(settings)
{ }

void ChangeBoardSettings::swap()
{
    const BoardSettings previous = m_board->settings();
    m_board->setSettings(std::exchange(m_settings, previous));
}

} // namespace Seams
