import QtQuick
import Seams

// A bounded context: a tinted frame with a title bar above its top edge. The title bar keeps
// a constant size on screen, so frames stay named when zoomed far out.
//
// The canvas has two layers of these: the bodies under the notes (zoomed in only: zoomed out
// the overview image paints them), and the "chrome" (title bar, grips, the outline of a
// frame being dragged or resized) above the overview.
Item {
    id: frame

    property bool chrome: false
    property bool detail: true

    required property string contextId
    required property string name
    required property color frameColor
    required property real frameX
    required property real frameY
    required property real frameWidth
    required property real frameHeight
    required property string statusName
    required property int status
    required property int wave
    required property string serviceName

    required property CanvasController controller
    property Theme theme
    readonly property real zoom: controller.viewport.zoom
    readonly property real pixel: 1 / zoom
    readonly property bool selected: controller.selection.revision >= 0
                                     && controller.selection.isContextSelected(contextId)
    readonly property bool moving: controller.moving && controller.isContextMoving(contextId)
    readonly property bool resizing: controller.gestures.mode === CanvasGestures.ResizingContext
                                     && controller.gestures.previewId === contextId
    readonly property rect previewRect: controller.gestures.previewRect
    readonly property real titleHeight: controller.frameTitleHeight

    x: resizing ? previewRect.x : frameX + (moving ? controller.moveOffset.x : 0)
    y: resizing ? previewRect.y : frameY + (moving ? controller.moveOffset.y : 0)
    width: resizing ? previewRect.width : frameWidth
    height: resizing ? previewRect.height : frameHeight

    Rectangle {
        id: body
        anchors.fill: parent
        visible: frame.chrome ? !frame.detail && (frame.moving || frame.resizing) : frame.detail
        // An opaque tint of the canvas colour: no blending over large areas.
        color: frame.chrome ? "transparent"
                            : Qt.tint(frame.theme ? frame.theme.canvas : "white",
                                      Qt.rgba(frame.frameColor.r, frame.frameColor.g,
                                              frame.frameColor.b, frame.theme ? frame.theme.frameTint : 0.12))
        border.color: frame.selected ? (frame.theme ? frame.theme.selection : "blue") : frame.frameColor
        border.width: (frame.selected ? 3 : 2) * frame.pixel
    }

    Rectangle {
        id: titleBar
        visible: frame.chrome
        y: -height
        width: parent.width
        height: frame.titleHeight
        color: frame.selected ? (frame.theme ? frame.theme.selection : "blue") : frame.frameColor

        Row {
            id: titleRow
            anchors.fill: parent
            // The name stays readable when the frame's left edge is scrolled out of view.
            anchors.leftMargin: Math.max(frame.titleHeight * 0.3,
                                         Math.min(frame.controller.viewport.originX - frame.x
                                                  + frame.titleHeight * 0.3,
                                                  frame.width - nameText.implicitWidth
                                                  - frame.titleHeight * 0.6))
            anchors.rightMargin: frame.titleHeight * 0.3
            spacing: frame.titleHeight * 0.5
            Text {
                id: nameText
                anchors.verticalCenter: parent.verticalCenter
                width: Math.min(implicitWidth, titleRow.width)
                elide: Text.ElideRight
                color: "#ffffff"
                font.pixelSize: frame.titleHeight * 0.56
                font.bold: true
                textFormat: Text.PlainText
                text: frame.name
            }
            Text {
                anchors.verticalCenter: parent.verticalCenter
                width: Math.max(0, titleRow.width - nameText.width - titleRow.spacing)
                elide: Text.ElideRight
                color: "#ffffff"
                opacity: 0.85
                font.pixelSize: frame.titleHeight * 0.46
                textFormat: Text.PlainText
                text: frame.statusName
                      + (frame.wave > 0 ? "  \u00b7  " + qsTr("wave %1").arg(frame.wave) : "")
            }
        }
    }

    // Grips of a selected frame: resize at the corner, relationship handle right of the title.
    Rectangle {
        visible: frame.chrome && frame.selected
        width: 14 * frame.pixel
        height: width
        x: parent.width - width * 0.7
        y: parent.height - height * 0.7
        color: frame.theme ? frame.theme.selection : "blue"
        border.color: "white"
        border.width: frame.pixel
    }
    Rectangle {
        visible: frame.chrome && frame.selected
        width: 18 * frame.pixel
        height: width
        radius: width / 2
        x: parent.width + 18 * frame.pixel - width / 2
        y: -frame.titleHeight / 2 - height / 2
        color: frame.theme ? frame.theme.relationship : "purple"
        border.color: "white"
        border.width: 2 * frame.pixel
    }
}
