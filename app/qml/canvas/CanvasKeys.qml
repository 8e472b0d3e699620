import QtQuick
import Seams

// The board's keys: a key per note kind (E C A P R X U H) adds a note right of the current
// one and starts editing it; Enter or F2 edits the selection; arrows nudge (Shift: 50,
// Alt: 1); Del deletes; L links the selection in order; B draws a frame around it; Esc
// cancels a gesture or clears the selection; Space held turns drags into pans.
Item {
    id: keys

    required property CanvasController controller

    signal helpRequested()
    signal renameRequested(string id)

    Keys.onPressed: (event) => {
        const editor = keys.controller.editor
        const plain = (event.modifiers & ~(Qt.KeypadModifier | Qt.ShiftModifier)) === Qt.NoModifier
        const step = (event.modifiers & Qt.ShiftModifier) ? 50 : (event.modifiers & Qt.AltModifier) ? 1 : 10
        switch (event.key) {
        case Qt.Key_Space:
            if (!event.isAutoRepeat)
                keys.controller.gestures.panKeyHeld = true
            event.accepted = true
            return
        case Qt.Key_Left: editor.nudgeSelection(-step, 0); event.accepted = true; return
        case Qt.Key_Right: editor.nudgeSelection(step, 0); event.accepted = true; return
        case Qt.Key_Up: editor.nudgeSelection(0, -step); event.accepted = true; return
        case Qt.Key_Down: editor.nudgeSelection(0, step); event.accepted = true; return
        case Qt.Key_Delete:
        case Qt.Key_Backspace:
            editor.deleteSelection(); event.accepted = true; return
        case Qt.Key_Return:
        case Qt.Key_Enter:
        case Qt.Key_F2:
            if (keys.controller.selection.currentNote.length > 0)
                keys.controller.startEditing(keys.controller.selection.currentNote)
            else if (keys.controller.selection.currentContext.length > 0)
                keys.renameRequested(keys.controller.selection.currentContext)
            event.accepted = true
            return
        case Qt.Key_Escape:
            if (keys.controller.gestures.mode !== CanvasGestures.Idle)
                keys.controller.gestures.cancel()
            else
                keys.controller.selection.clear()
            event.accepted = true
            return
        case Qt.Key_Question:
            keys.helpRequested(); event.accepted = true; return
        }
        if (!plain || event.text.length !== 1)
            return
        const kind = NoteKinds.kindForKey(event.text)
        if (kind >= 0) {
            editor.currentKind = kind
            editor.createNoteNextToCurrent(kind)
            event.accepted = true
        } else if (event.text.toUpperCase() === "L") {
            editor.linkSelection()
            event.accepted = true
        } else if (event.text.toUpperCase() === "B") {
            const id = editor.createContextAroundSelection()
            if (id.length > 0)
                keys.renameRequested(id)
            event.accepted = true
        }
    }
    Keys.onReleased: (event) => {
        if (event.key === Qt.Key_Space && !event.isAutoRepeat) {
            keys.controller.gestures.panKeyHeld = false
            event.accepted = true
        }
    }
    onActiveFocusChanged: if (!activeFocus) keys.controller.gestures.panKeyHeld = false
}
