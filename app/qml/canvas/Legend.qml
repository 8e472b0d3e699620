import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Seams

// The colours of the eight kinds, for the board on its own (presentation mode).
Pane {
    id: legend

    property Theme theme

    padding: 8
    background: Rectangle {
        radius: 6
        color: legend.theme ? legend.theme.overlayBackground : "white"
        border.color: legend.theme ? legend.theme.overlayBorder : "gray"
    }

    GridLayout {
        columns: 2
        rowSpacing: 4
        columnSpacing: 8
        Repeater {
            model: NoteKinds.all
            delegate: RowLayout {
                required property var modelData
                spacing: 6
                Rectangle {
                    implicitWidth: 18
                    implicitHeight: 13
                    radius: 2
                    color: modelData.color
                    border.color: Qt.darker(modelData.color, 1.3)
                }
                Label {
                    text: modelData.name
                    Layout.preferredWidth: 110
                }
            }
        }
    }
}
