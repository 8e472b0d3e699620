#pragma once

#include "commandids.h"
#include "model/board.h"

#include <QUndoCommand>

namespace Seams {

/** Moves notes and context frames by one offset. Successive moves of the same items merge,
 *  so a drag (pushed move by move inside the Document's interaction macro) or a run of
 *  arrow-key nudges is one undo step. */
class MoveItems : public QUndoCommand
{
public:
    MoveItems(Board *board, QList<QUuid> noteIds, QList<QUuid> contextIds, QPointF offset,
              QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;
    int id() const override { return int(CommandId::MoveNotes); }
    bool mergeWith(const QUndoCommand *other) override;

private:
    void apply(const QList<QRectF> &noteRects, const QList<QRectF> &contextRects);

    Board *m_board;
    QList<QUuid> m_noteIds;
    QList<QUuid> m_contextIds;
    // Absolute geometries rather than an offset, so undo restores the exact coordinates
    // however many floating-point moves were merged.
    QList<QRectF> m_oldNoteRects, m_newNoteRects;
    QList<QRectF> m_oldContextRects, m_newContextRects;
};

/** Changes the board's name or its settings. */
class ChangeBoardName : public QUndoCommand
{
public:
    ChangeBoardName(Board *board, const QString &name, QUndoCommand *parent = nullptr);
    void redo() override { swap(); }
    void undo() override { swap(); }

private:
    void swap();
    Board *m_board;
    QString m_name;
};

class ChangeBoardSettings : public QUndoCommand
{
public:
    ChangeBoardSettings(Board *board, const BoardSettings &settings,
                        QUndoCommand *parent = nullptr);
    void redo() override { swap(); }
    void undo() override { swap(); }

private:
    void swap();
    Board *m_board;
    BoardSettings m_settings;
};

} // namespace Seams
