import QtQuick
import QtQuick.Controls
import Seams

// View: zoom, presentation mode, panels. (The theme is a preference: Edit > Preferences.)
Menu {
    id: menu

    required property CanvasController controller
    property bool presenting: false
    property bool sidePanelVisible: true
    property bool minimapVisible: true

    signal presentingToggled()
    signal sidePanelToggled()
    signal minimapToggled()

    title: qsTr("&View")

    Action {
        text: qsTr("Zoom &In")
        shortcut: StandardKey.ZoomIn
        onTriggered: menu.controller.zoomIn()
    }
    Action {
        text: qsTr("Zoom &Out")
        shortcut: StandardKey.ZoomOut
        onTriggered: menu.controller.zoomOut()
    }
    Action {
        text: qsTr("Zoom to &Fit")
        shortcut: "Ctrl+0"
        onTriggered: menu.controller.zoomToFit()
    }
    Action {
        text: qsTr("Actual &Size (100%)")
        shortcut: "Ctrl+1"
        onTriggered: menu.controller.zoomReset()
    }
    Action {
        text: qsTr("Zoom to &Selection")
        shortcut: "Ctrl+2"
        onTriggered: menu.controller.zoomToSelection()
    }
    MenuSeparator {}
    Action {
        // F11 and Ctrl+Shift+P are Shortcuts of the canvas: they must also work while the
        // menu bar is hidden by presentation mode.
        text: qsTr("&Presentation Mode (F11)")
        checkable: true
        checked: menu.presenting
        onTriggered: menu.presentingToggled()
    }
    Action {
        text: qsTr("Side &Panel")
        shortcut: "Ctrl+I"
        checkable: true
        checked: menu.sidePanelVisible
        onTriggered: menu.sidePanelToggled()
    }
    Action {
        text: qsTr("&Minimap")
        checkable: true
        checked: menu.minimapVisible
        onTriggered: menu.minimapToggled()
    }
}
