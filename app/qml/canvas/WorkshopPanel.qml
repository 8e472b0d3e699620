import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Seams

// The facilitator's tools: the big-picture phases with their timer, and the hotspots to
// walk through (click one to jump to it).
ColumnLayout {
    id: panel

    required property CanvasController controller
    required property WorkshopSession session
    property Theme theme

    spacing: 6

    Label {
        text: qsTr("Big-picture phases")
        font.bold: true
        Layout.margins: 12
        Layout.bottomMargin: 0
    }
    Repeater {
        model: panel.session ? panel.session.phaseNames : []
        delegate: ItemDelegate {
            id: phaseEntry
            required property string modelData
            required property int index
            Layout.fillWidth: true
            highlighted: panel.session.phase === phaseEntry.index
            text: (phaseEntry.index + 1) + ". " + phaseEntry.modelData
            onClicked: panel.session.phase = phaseEntry.index
        }
    }
    Label {
        text: panel.session ? panel.session.phaseHint : ""
        wrapMode: Text.Wrap
        opacity: 0.8
        Layout.fillWidth: true
        Layout.leftMargin: 12
        Layout.rightMargin: 12
    }
    RowLayout {
        Layout.leftMargin: 12
        Layout.rightMargin: 12
        Label {
            text: panel.session ? panel.session.remainingText : ""
            font.pixelSize: 22
            font.family: "monospace"
        }
        Button {
            text: panel.session && panel.session.running ? qsTr("Pause") : qsTr("Start")
            onClicked: panel.session.toggle()
        }
        Button {
            text: qsTr("Reset")
            onClicked: panel.session.reset()
        }
        ToolButton {
            text: "\u22125"
            onClicked: panel.session.addMinutes(-5)
        }
        ToolButton {
            text: "+5"
            onClicked: panel.session.addMinutes(5)
        }
    }

    Label {
        text: qsTr("Hotspots (%1)").arg(panel.controller.hotspots.count)
        font.bold: true
        Layout.margins: 12
        Layout.bottomMargin: 0
    }
    ListView {
        id: hotspotList
        objectName: "hotspotList"
        Layout.fillWidth: true
        Layout.fillHeight: true
        clip: true
        model: panel.controller.hotspots
        currentIndex: panel.controller.hotspots.currentIndex
        delegate: ItemDelegate {
            id: hotspot
            required property string noteId
            required property var model
            required property string contextName
            required property int index
            width: hotspotList.width
            highlighted: ListView.isCurrentItem
            contentItem: ColumnLayout {
                spacing: 0
                Label {
                    text: hotspot.model.text.length > 0 ? hotspot.model.text : qsTr("(empty hotspot)")
                    elide: Text.ElideRight
                    Layout.fillWidth: true
                }
                Label {
                    text: hotspot.contextName
                    visible: text.length > 0
                    font.pixelSize: 11
                    opacity: 0.7
                }
            }
            onClicked: {
                panel.controller.hotspots.currentIndex = hotspot.index
                panel.controller.revealNote(hotspot.noteId)
            }
        }
        ScrollBar.vertical: ScrollBar {}
    }
}
