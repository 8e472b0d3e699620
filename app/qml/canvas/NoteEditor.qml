import QtQuick
import QtQuick.Controls
import Seams

// Edits a note's text in place, on top of the note (board coordinates). Enter commits and
// starts the next note to the right, Shift+Enter breaks the line, Esc commits and leaves.
TextArea {
    id: editor

    required property CanvasController controller
    property Theme theme
    // Where the canvas takes the keyboard back.
    property Item canvas

    readonly property string noteId: controller.editingNote
    readonly property rect noteRect: controller.editingRect
    property string originalText

    visible: noteId.length > 0
    x: noteRect.x
    y: noteRect.y
    width: noteRect.width
    height: noteRect.height
    z: 1000000000
    padding: 8
    wrapMode: TextEdit.Wrap
    horizontalAlignment: TextEdit.AlignHCenter
    verticalAlignment: TextEdit.AlignVCenter
    font.pixelSize: 16
    color: controller.noteKind(noteId) === 7 ? "#ffffff" : "#1b1b1b"
    selectByMouse: true
    placeholderText: qsTr("Type, Enter for the next note")
    placeholderTextColor: "#7a7a7a"
    background: Rectangle {
        radius: 3
        color: editor.noteId.length > 0 ? editor.controller.noteColor(editor.noteId) : "white"
        border.color: editor.theme ? editor.theme.selection : "blue"
        border.width: 3
    }

    onNoteIdChanged: {
        if (noteId.length > 0) {
            originalText = controller.noteText(noteId)
            text = originalText
            selectAll()
            forceActiveFocus()
        }
    }

    function commit() {
        if (noteId.length > 0 && text !== originalText) {
            originalText = text
            controller.editor.setNoteText(noteId, text)
        }
    }

    function leave() {
        commit()
        controller.stopEditing()
        if (canvas)
            canvas.forceActiveFocus()
    }

    onActiveFocusChanged: {
        if (!activeFocus && noteId.length > 0)
            commit()
    }

    Keys.onPressed: (event) => {
        if ((event.key === Qt.Key_Return || event.key === Qt.Key_Enter)
                && !(event.modifiers & Qt.ShiftModifier)) {
            commit()
            controller.editor.createNextNote()
            event.accepted = true
        } else if (event.key === Qt.Key_Escape) {
            leave()
            event.accepted = true
        } else if (event.key === Qt.Key_Tab) {
            leave()
            event.accepted = true
        }
    }
}
