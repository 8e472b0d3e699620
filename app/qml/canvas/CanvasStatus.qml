import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Seams

// The canvas's part of the status bar: selection, zoom and the last edit problem.
RowLayout {
    id: status

    required property CanvasController controller
    readonly property SelectionModel selection: controller.selection

    spacing: 16

    Label {
        text: {
            const parts = []
            if (status.selection.noteCount > 0)
                parts.push(qsTr("%n note(s) selected", "", status.selection.noteCount))
            if (status.selection.contextCount > 0)
                parts.push(qsTr("%n context(s) selected", "", status.selection.contextCount))
            if (status.selection.linkCount > 0)
                parts.push(qsTr("arrow selected"))
            if (status.selection.relationshipCount > 0)
                parts.push(qsTr("relationship selected"))
            return parts.join(", ")
        }
    }
    Label {
        text: qsTr("Zoom %1%").arg(Math.round(status.controller.viewport.zoom * 100))
    }
    Label {
        visible: status.controller.editor.message.length > 0
        text: status.controller.editor.message
        color: "#c62828"
        elide: Text.ElideRight
        Layout.maximumWidth: 400
    }
}
