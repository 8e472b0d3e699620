import QtQuick
import Seams

// One note near the viewport. Delegates are recycled: the slot model hands this item to
// another note by changing its roles, so nothing here may keep per-note state.
Item {
    id: note

    required property bool active
    required property string noteId
    required property int kind
    required property color noteColor
    required property string text
    required property string subtitle
    required property real noteX
    required property real noteY
    required property real noteWidth
    required property real noteHeight
    required property int noteZ
    required property bool selected
    required property bool ghost
    required property bool matched

    property Theme theme
    // The drag overlay shows the moving copy; the board layer shows a faded ghost.
    property bool overlay: false

    visible: active
    x: noteX
    y: noteY
    z: noteZ
    width: noteWidth
    height: noteHeight
    opacity: ghost && !overlay ? 0.3 : 1

    Rectangle {
        // Match highlight (search), outside the selection outline.
        visible: note.matched
        anchors.fill: parent
        anchors.margins: -7
        radius: 6
        color: "transparent"
        border.color: note.theme ? note.theme.match : "orange"
        border.width: 4
    }

    // Square and opaque: drawn front to back without blending, which matters with llvmpipe.
    Rectangle {
        anchors.fill: parent
        antialiasing: false
        color: note.noteColor
        border.color: note.selected ? (note.theme ? note.theme.selection : "blue")
                                    : Qt.darker(note.noteColor, 1.18)
        border.width: note.selected ? 3 : 1
    }

    Text {
        id: label
        anchors.fill: parent
        anchors.margins: 8
        anchors.bottomMargin: note.subtitle.length > 0 ? 22 : 8
        text: note.text
        color: note.kind === 7 ? "#ffffff" : "#1b1b1b"
        font.pixelSize: 16
        fontSizeMode: Text.Fit
        minimumPixelSize: 9
        wrapMode: Text.WrapAtWordBoundaryOrAnywhere
        elide: Text.ElideRight
        horizontalAlignment: Text.AlignHCenter
        verticalAlignment: Text.AlignVCenter
    }

    Text {
        visible: note.subtitle.length > 0
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        anchors.margins: 6
        text: note.subtitle
        color: note.kind === 7 ? "#f3f3f3" : "#4a4a4a"
        font.pixelSize: 10
        elide: Text.ElideRight
        horizontalAlignment: Text.AlignHCenter
    }
}
