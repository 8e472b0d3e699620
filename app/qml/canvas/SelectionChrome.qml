import QtQuick
import Seams

// Above the notes, in board coordinates: the grips of the single selected note (resize
// corner, arrow handle), the previews of a resize, a rubber band, a frame being drawn or an
// arrow being drawn, and the in-place text editor.
Item {
    id: chrome

    required property CanvasController controller
    required property Theme theme
    // Where the keyboard goes back to when text editing ends.
    property Item keyTarget

    readonly property real pixel: 1 / chrome.controller.viewport.zoom
    readonly property CanvasGestures gestures: chrome.controller.gestures
    readonly property rect current: chrome.controller.currentNoteRect
    readonly property bool resizingNote: gestures.mode === CanvasGestures.ResizingNote

    // Resize preview of a note, and the grips of the single selected note.
    Rectangle {
        visible: chrome.resizingNote
        x: chrome.gestures.previewRect.x
        y: chrome.gestures.previewRect.y
        width: chrome.gestures.previewRect.width
        height: chrome.gestures.previewRect.height
        color: "transparent"
        border.color: chrome.theme.selection
        border.width: 2 * chrome.pixel
    }
    Item {
        visible: chrome.controller.viewport.showsDetail && chrome.current.width > 0
                 && !chrome.controller.moving && chrome.controller.editingNote.length === 0
        x: chrome.current.x
        y: chrome.current.y
        width: chrome.current.width
        height: chrome.current.height
        Rectangle {
            width: 14 * chrome.pixel
            height: width
            x: parent.width - width * 0.7
            y: parent.height - height * 0.7
            color: chrome.theme.selection
            border.color: "white"
            border.width: chrome.pixel
        }
        Rectangle {
            width: 16 * chrome.pixel
            height: width
            radius: width / 2
            x: parent.width + 18 * chrome.pixel - width / 2
            y: parent.height / 2 - height / 2
            color: chrome.theme.arrow
            border.color: "white"
            border.width: 2 * chrome.pixel
            Text {
                anchors.centerIn: parent
                text: "\u2192"
                color: "white"
                font.pixelSize: 12 * chrome.pixel
                font.bold: true
            }
        }
    }

    // Rubber band, or the frame being drawn.
    Rectangle {
        visible: chrome.gestures.mode === CanvasGestures.SelectingArea
                 || chrome.gestures.mode === CanvasGestures.DrawingContext
        x: chrome.gestures.previewRect.x
        y: chrome.gestures.previewRect.y
        width: chrome.gestures.previewRect.width
        height: chrome.gestures.previewRect.height
        color: Qt.rgba(chrome.theme.selection.r, chrome.theme.selection.g,
                       chrome.theme.selection.b, 0.12)
        border.color: chrome.theme.selection
        border.width: (chrome.gestures.mode === CanvasGestures.DrawingContext ? 2 : 1) * chrome.pixel
    }

    // The arrow or relationship being drawn.
    Rectangle {
        readonly property point from: chrome.gestures.previewFrom
        readonly property point to: chrome.gestures.previewTo
        readonly property bool drawing: chrome.gestures.mode === CanvasGestures.DrawingLink
                                        || chrome.gestures.mode === CanvasGestures.DrawingRelationship
        visible: drawing
        x: from.x
        y: from.y - height / 2
        width: Math.sqrt(Math.pow(to.x - from.x, 2) + Math.pow(to.y - from.y, 2))
        height: 2.5 * chrome.pixel
        transformOrigin: Item.Left
        rotation: Math.atan2(to.y - from.y, to.x - from.x) * 180 / Math.PI
        color: chrome.gestures.targetId.length > 0 ? chrome.theme.selection : chrome.theme.arrow
    }

    NoteEditor {
        id: noteEditor
        objectName: "noteEditor"
        controller: chrome.controller
        theme: chrome.theme
        canvas: chrome.keyTarget
    }
}
