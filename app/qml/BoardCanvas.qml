import QtQuick
import QtQuick.Controls
import Seams

// A first view of the board: frames and notes drawn in place, pan by dragging, zoom with
// Ctrl+wheel. The workshop canvas (spatial index, recycled delegates, level of detail)
// replaces the per-note delegates here.
Flickable {
    id: canvas

    required property NotesModel notes
    required property ContextsModel contexts
    property real zoom: 1.0

    clip: true
    contentWidth: board.width * zoom
    contentHeight: board.height * zoom
    boundsBehavior: Flickable.StopAtBounds

    Rectangle {
        anchors.fill: parent
        parent: canvas
        z: -1
        color: palette.base
    }

    Item {
        id: board
        width: 6000
        height: 4000
        scale: canvas.zoom
        transformOrigin: Item.TopLeft

        Repeater {
            model: canvas.contexts
            delegate: Rectangle {
                required property string name
                required property color frameColor
                required property real frameX
                required property real frameY
                required property real frameWidth
                required property real frameHeight
                required property string statusName
                x: frameX
                y: frameY
                width: frameWidth
                height: frameHeight
                radius: 12
                color: Qt.rgba(frameColor.r, frameColor.g, frameColor.b, 0.12)
                border.color: frameColor
                border.width: 2
                Label {
                    x: 12
                    y: 8
                    text: parent.name + "  \u00b7  " + parent.statusName
                    font.pixelSize: 20
                    font.bold: true
                }
            }
        }

        Repeater {
            model: canvas.notes
            delegate: Rectangle {
                required property string text
                required property color noteColor
                required property real noteX
                required property real noteY
                required property real noteWidth
                required property real noteHeight
                required property int noteZ
                x: noteX
                y: noteY
                z: 1 + noteZ / 100000
                width: noteWidth
                height: noteHeight
                color: noteColor
                border.color: Qt.darker(noteColor, 1.3)
                Text {
                    anchors.fill: parent
                    anchors.margins: 8
                    text: parent.text
                    wrapMode: Text.Wrap
                    elide: Text.ElideRight
                    font.pixelSize: 15
                    color: "#1b1b1b"
                }
            }
        }
    }

    WheelHandler {
        acceptedModifiers: Qt.ControlModifier
        onWheel: (event) => {
            canvas.zoom = Math.max(0.1, Math.min(4.0, canvas.zoom * (event.angleDelta.y > 0 ? 1.1 : 1 / 1.1)))
        }
    }
}
