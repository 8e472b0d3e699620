import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Seams

// The note palette, which is also the legend: each kind's colour, name and key. A click adds
// a note of that kind next to the current one (like its key) and makes it the kind that a
// double-click on the board creates.
Pane {
    id: kindPalette

    required property CanvasController controller
    property Theme theme
    property bool compact: false

    padding: 6

    ColumnLayout {
        anchors.fill: parent
        spacing: 4

        Label {
            text: qsTr("Notes")
            font.bold: true
            visible: !kindPalette.compact
        }

        Repeater {
            model: NoteKinds.all
            delegate: ItemDelegate {
                id: entry
                required property var modelData
                objectName: "paletteKind" + modelData.kind
                Layout.fillWidth: true
                padding: 4
                highlighted: kindPalette.controller.editor.currentKind === modelData.kind
                ToolTip.visible: hovered
                ToolTip.delay: 600
                ToolTip.text: qsTr("Add a %1 next to the current note (key %2)")
                              .arg(modelData.name.toLowerCase()).arg(modelData.key)
                onClicked: {
                    kindPalette.controller.editor.currentKind = modelData.kind
                    kindPalette.controller.editor.createNoteNextToCurrent(modelData.kind)
                }
                contentItem: RowLayout {
                    spacing: 8
                    Rectangle {
                        implicitWidth: 22
                        implicitHeight: 16
                        radius: 2
                        color: entry.modelData.color
                        border.color: Qt.darker(entry.modelData.color, 1.3)
                    }
                    Label {
                        text: entry.modelData.name
                        visible: !kindPalette.compact
                        Layout.fillWidth: true
                        elide: Text.ElideRight
                    }
                    Label {
                        text: entry.modelData.key
                        opacity: 0.6
                        font.family: "monospace"
                    }
                }
            }
        }

        Item { Layout.fillHeight: true }
    }
}
