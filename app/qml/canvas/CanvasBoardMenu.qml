import QtQuick
import QtQuick.Controls
import Seams

// Board: arranging notes, frames and arrows.
Menu {
    id: menu

    required property CanvasController controller
    readonly property int noteCount: controller.selection.noteCount

    signal renameContextRequested(string id)

    title: qsTr("&Board")

    Action {
        text: qsTr("New &Context Around Selection (B)")
        onTriggered: {
            const id = menu.controller.editor.createContextAroundSelection()
            if (id.length > 0)
                menu.renameContextRequested(id)
        }
    }
    Action {
        text: qsTr("&Link Selected Notes in Order (L)")
        enabled: menu.noteCount > 1
        onTriggered: menu.controller.editor.linkSelection()
    }
    MenuSeparator {}
    Menu {
        title: qsTr("&Align")
        enabled: menu.noteCount > 1
        Action { text: qsTr("Left Edges"); onTriggered: menu.controller.editor.alignSelection("left") }
        Action { text: qsTr("Horizontal Centres"); onTriggered: menu.controller.editor.alignSelection("hcenter") }
        Action { text: qsTr("Right Edges"); onTriggered: menu.controller.editor.alignSelection("right") }
        MenuSeparator {}
        Action { text: qsTr("Top Edges"); onTriggered: menu.controller.editor.alignSelection("top") }
        Action { text: qsTr("Vertical Centres"); onTriggered: menu.controller.editor.alignSelection("vcenter") }
        Action { text: qsTr("Bottom Edges"); onTriggered: menu.controller.editor.alignSelection("bottom") }
    }
    Menu {
        title: qsTr("&Distribute")
        enabled: menu.noteCount > 2
        Action { text: qsTr("Horizontally"); onTriggered: menu.controller.editor.distributeSelection(true) }
        Action { text: qsTr("Vertically"); onTriggered: menu.controller.editor.distributeSelection(false) }
    }
    Action {
        text: qsTr("Bring to &Front")
        shortcut: "Ctrl+]"
        enabled: menu.noteCount > 0
        onTriggered: menu.controller.editor.raiseSelection()
    }
    Action {
        text: qsTr("Send to &Back")
        shortcut: "Ctrl+["
        enabled: menu.noteCount > 0
        onTriggered: menu.controller.editor.lowerSelection()
    }
    MenuSeparator {}
    Menu {
        title: qsTr("Change &Kind")
        enabled: menu.noteCount > 0
        Repeater {
            model: NoteKinds.all
            delegate: MenuItem {
                required property var modelData
                text: modelData.name
                onTriggered: menu.controller.editor.setSelectionKind(modelData.kind)
            }
        }
    }
}
