import QtQuick
import QtQuick.Controls
import Seams

// The context map in its own window (View > Context Map), following the board as it changes.
ApplicationWindow {
    id: mapWindow

    required property Workspace workspace

    title: qsTr("Context Map \u2014 %1").arg(workspace.boardName)
    width: 960
    height: 640

    ContextMapView {
        id: map
        anchors.fill: parent
        anchors.margins: 12
        workspace: mapWindow.workspace
    }

    Label {
        anchors.centerIn: parent
        width: parent.width * 0.8
        horizontalAlignment: Text.AlignHCenter
        wrapMode: Text.WordWrap
        visible: map.empty || map.errorString.length > 0
        text: map.errorString.length > 0
              ? qsTr("The context map cannot be drawn: %1").arg(map.errorString)
              : qsTr("No bounded contexts yet. Frame related notes in a context on the board and it appears here, with its relationships.")
    }
}
