import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Seams

// Ctrl+F: matches are highlighted on the board; Enter jumps to the next, Shift+Enter to the
// previous, Esc closes and clears the highlights.
Pane {
    id: bar

    required property CanvasController controller
    property Theme theme
    readonly property NoteListModel search: controller.search

    signal closed()

    function open() {
        visible = true
        field.forceActiveFocus()
        field.selectAll()
    }
    function close() {
        visible = false
        search.query = ""
        closed()
    }
    function jump(forward) {
        const id = forward ? search.next() : search.previous()
        if (id.length > 0)
            controller.revealNote(id)
    }

    visible: false
    padding: 6
    z: 20
    background: Rectangle {
        radius: 6
        color: bar.theme ? bar.theme.overlayBackground : "white"
        border.color: bar.theme ? bar.theme.overlayBorder : "gray"
    }

    RowLayout {
        spacing: 6
        TextField {
            id: field
            objectName: "searchField"
            Layout.preferredWidth: 260
            placeholderText: qsTr("Find notes\u2026")
            text: bar.search.query
            onTextEdited: bar.search.query = text
            Keys.onReturnPressed: (event) => bar.jump(!(event.modifiers & Qt.ShiftModifier))
            Keys.onEnterPressed: (event) => bar.jump(!(event.modifiers & Qt.ShiftModifier))
            Keys.onEscapePressed: bar.close()
        }
        Label {
            text: bar.search.query.length === 0 ? ""
                  : bar.search.count === 0 ? qsTr("No matches")
                  : qsTr("%1 of %2").arg(bar.search.currentIndex + 1).arg(bar.search.count)
            Layout.preferredWidth: 80
        }
        ToolButton {
            text: "\u2191"
            enabled: bar.search.count > 0
            onClicked: bar.jump(false)
        }
        ToolButton {
            text: "\u2193"
            enabled: bar.search.count > 0
            onClicked: bar.jump(true)
        }
        ToolButton {
            text: "\u2715"
            onClicked: bar.close()
        }
    }
}
