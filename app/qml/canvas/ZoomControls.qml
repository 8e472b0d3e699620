import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Seams

// Zoom out / percentage (click: 100%) / zoom in / fit, bottom left of the board.
Pane {
    id: controls

    required property CanvasController controller
    property Theme theme

    padding: 2
    background: Rectangle {
        radius: 6
        color: controls.theme ? controls.theme.overlayBackground : "white"
        border.color: controls.theme ? controls.theme.overlayBorder : "gray"
    }

    RowLayout {
        spacing: 0
        ToolButton {
            text: "\u2212"
            onClicked: controls.controller.zoomOut()
            ToolTip.visible: hovered
            ToolTip.text: qsTr("Zoom out (Ctrl+-)")
        }
        ToolButton {
            text: Math.round(controls.controller.viewport.zoom * 100) + "%"
            Layout.preferredWidth: 56
            onClicked: controls.controller.zoomReset()
            ToolTip.visible: hovered
            ToolTip.text: qsTr("Actual size (Ctrl+1)")
        }
        ToolButton {
            text: "+"
            onClicked: controls.controller.zoomIn()
            ToolTip.visible: hovered
            ToolTip.text: qsTr("Zoom in (Ctrl++)")
        }
        ToolButton {
            text: qsTr("Fit")
            onClicked: controls.controller.zoomToFit()
            ToolTip.visible: hovered
            ToolTip.text: qsTr("Zoom to fit (Ctrl+0)")
        }
    }
}
