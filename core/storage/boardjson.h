#pragma once

#include <QByteArray>
#include <QString>

namespace Seams {

class Board;

/** The JSON interchange form of a board, for version control and diffs (`seams export json`,
 *  `seams import`). Documented in docs/json-format.md with a JSON Schema beside it.
 *
 *  The output is deterministic: object keys sorted, arrays sorted by id, numbers in their
 *  shortest round-trip form, timestamps as ISO 8601 UTC, two-space-free 4-space indentation
 *  and a final newline. Reading it back and writing again gives the same bytes. */
namespace BoardJson {

/** The format version written in "version"; readers refuse larger ones. */
constexpr int formatVersion = 1;

QByteArray write(const Board &board);

/** Replaces `board` with the board in `json`. On failure `board` is untouched and
 *  `errorMessage` names the place ("line 3, column 7: ..." or "notes[4].kind: ..."). */
bool read(const QByteArray &json, Board *board, QString *errorMessage);

} // namespace BoardJson
} // namespace Seams
