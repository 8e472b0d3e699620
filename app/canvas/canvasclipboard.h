#pragma once

#include "model/board.h"

#include <QMimeData>

#include <memory>
#include <optional>

namespace Seams {

/** Notes and the arrows between them, cut out of a board: what copy, paste and duplicate
 *  move around. */
struct NoteFragment
{
    QList<Note> notes;
    QList<Link> links;

    /** The union of the notes' rectangles. */
    QRectF bounds() const;
    /** Gives every note and arrow a new id, keeping arrows and field references that point
     *  inside the fragment connected; references to aggregates outside the fragment are
     *  kept when `board` has that aggregate and dropped otherwise. */
    void renew(const Board &board);
    void translate(const QPointF &offset);
};

/** The system clipboard form of a fragment, so notes can be copied between two running
 *  boards (and into any text editor).
 *
 *  The fragment travels as the JSON interchange form of a small board under its own MIME
 *  type, with the notes' text as text/plain beside it. Pasting plain text from elsewhere
 *  turns each non-empty line into a note. */
namespace CanvasClipboard {

/** The MIME type of a fragment: the BoardJson form of a board holding only the notes. */
inline constexpr char mimeType[] = "application/x-seams-fragment+json";

/** A fragment of the given notes (and the arrows among them) of the board. */
NoteFragment fragment(const Board &board, const QList<QUuid> &noteIds);

std::unique_ptr<QMimeData> toMimeData(const NoteFragment &fragment);

/** Reads a fragment back: the Seams form when present, else plain text (one note of
 *  `textKind` per line, laid out in rows). nullopt when there is nothing to paste; a damaged
 *  Seams fragment sets `error` and returns nullopt. */
std::optional<NoteFragment> fromMimeData(const QMimeData &data, NoteKind textKind, QString *error);

} // namespace CanvasClipboard
} // namespace Seams
