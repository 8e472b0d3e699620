import QtQuick
import QtQuick.Controls
import Seams

// The right-click menu: what it offers depends on what is under the pointer.
Menu {
    id: menu

    required property CanvasController controller
    property string hitType: "empty"
    property string hitId
    property point boardPoint

    signal renameRequested(string id)

    readonly property bool onNote: hitType === "note"
    readonly property bool onContext: hitType === "context"
    readonly property bool onArrow: hitType === "link" || hitType === "relationship"
    readonly property bool onEmpty: !onNote && !onContext && !onArrow
    readonly property int noteCount: controller.selection.noteCount

    function openAt(x, y) {
        const hit = controller.hitTestAt(x, y)
        hitType = hit.type
        hitId = hit.id
        boardPoint = controller.viewport.mapToBoard(x, y)
        popup()
    }

    MenuItem {
        text: qsTr("Edit Text")
        visible: menu.onNote
        height: visible ? implicitHeight : 0
        onTriggered: menu.controller.startEditing(menu.hitId)
    }
    Menu {
        title: qsTr("Change Kind")
        enabled: menu.onNote
        Repeater {
            model: NoteKinds.all
            delegate: MenuItem {
                required property var modelData
                text: modelData.name
                onTriggered: menu.controller.editor.setSelectionKind(modelData.kind)
            }
        }
    }
    MenuItem {
        text: qsTr("Rename Context")
        visible: menu.onContext
        height: visible ? implicitHeight : 0
        onTriggered: menu.renameRequested(menu.hitId)
    }
    MenuSeparator {}
    MenuItem {
        text: qsTr("Cut")
        enabled: menu.noteCount > 0
        onTriggered: menu.controller.editor.cut()
    }
    MenuItem {
        text: qsTr("Copy")
        enabled: menu.noteCount > 0
        onTriggered: menu.controller.editor.copy()
    }
    MenuItem {
        text: qsTr("Paste Here")
        onTriggered: menu.controller.editor.pasteAt(menu.boardPoint.x, menu.boardPoint.y)
    }
    MenuItem {
        text: qsTr("Duplicate")
        enabled: menu.noteCount > 0
        onTriggered: menu.controller.editor.duplicateSelection()
    }
    MenuItem {
        text: qsTr("Delete")
        enabled: !menu.controller.selection.empty
        onTriggered: menu.controller.editor.deleteSelection()
    }
    MenuSeparator {}
    MenuItem {
        text: qsTr("Link Selected Notes in Order")
        enabled: menu.noteCount > 1
        onTriggered: menu.controller.editor.linkSelection()
    }
    MenuItem {
        text: qsTr("Bring to Front")
        enabled: menu.noteCount > 0
        onTriggered: menu.controller.editor.raiseSelection()
    }
    MenuItem {
        text: qsTr("Send to Back")
        enabled: menu.noteCount > 0
        onTriggered: menu.controller.editor.lowerSelection()
    }
    MenuItem {
        text: menu.noteCount > 0 ? qsTr("New Context Around Selection") : qsTr("New Context Here")
        onTriggered: {
            const id = menu.noteCount > 0
                     ? menu.controller.editor.createContextAroundSelection()
                     : menu.controller.editor.createContext(Qt.rect(menu.boardPoint.x - 300,
                                                                    menu.boardPoint.y - 200, 600, 400))
            if (id.length > 0)
                menu.renameRequested(id)
        }
    }
    Menu {
        title: qsTr("New Note Here")
        Repeater {
            model: NoteKinds.all
            delegate: MenuItem {
                required property var modelData
                text: modelData.name + "  (" + modelData.key + ")"
                onTriggered: menu.controller.editor.createNote(modelData.kind, menu.boardPoint.x,
                                                               menu.boardPoint.y)
            }
        }
    }
}
