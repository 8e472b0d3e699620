#pragma once

namespace Seams {

/** Merge ids of the commands that merge with their successor (QUndoCommand::id()). */
enum class CommandId {
    MoveNotes = 1,
    ResizeNote,
    ContextGeometry,
};

} // namespace Seams
