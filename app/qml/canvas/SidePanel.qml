import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Seams

// Beside the board: the inspector of the selection, and the workshop tools (phases,
// hotspots).
Pane {
    id: panel

    required property CanvasController controller
    required property Workspace workspace
    property Theme theme
    property WorkshopSession session

    padding: 0

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        TabBar {
            id: tabs
            Layout.fillWidth: true
            TabButton { text: qsTr("Inspector") }
            TabButton { text: qsTr("Workshop") }
        }

        StackLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            currentIndex: tabs.currentIndex

            InspectorPanel {
                controller: panel.controller
                theme: panel.theme
            }
            WorkshopPanel {
                controller: panel.controller
                session: panel.session
                theme: panel.theme
            }
        }
    }
}
