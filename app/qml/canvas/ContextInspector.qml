import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Seams

// One bounded context: name, colour, the engineering handoff (derived values show as
// placeholders; typing overrides them, clearing restores them) and its relationships.
ColumnLayout {
    id: section

    required property Inspector inspector
    readonly property var handoff: inspector.handoff
    readonly property var derived: inspector.derived

    spacing: 6

    GridLayout {
        columns: 2
        Layout.fillWidth: true
        Layout.leftMargin: 12
        Layout.rightMargin: 12
        columnSpacing: 8

        Label { text: qsTr("Bounded context"); font.bold: true; Layout.columnSpan: 2 }
        Label { text: qsTr("Name") }
        TextField {
            objectName: "contextNameField"
            Layout.fillWidth: true
            text: section.inspector.contextName
            onEditingFinished: section.inspector.setContextName(text)
        }
        Label { text: qsTr("Colour") }
        Flow {
            Layout.fillWidth: true
            spacing: 4
            Repeater {
                model: ["#4e79a7", "#59a14f", "#b07aa1", "#f28e2b", "#76b7b2", "#edc948",
                        "#e15759", "#9c755f"]
                delegate: Rectangle {
                    required property string modelData
                    width: 22
                    height: 22
                    radius: 4
                    color: modelData
                    border.width: Qt.colorEqual(section.inspector.contextColor, modelData) ? 3 : 1
                    border.color: Qt.colorEqual(section.inspector.contextColor, modelData)
                                  ? palette.highlight : Qt.darker(modelData, 1.3)
                    MouseArea {
                        anchors.fill: parent
                        onClicked: section.inspector.setContextColor(parent.modelData)
                    }
                }
            }
        }
        Label { text: qsTr("Notes") }
        Label { text: qsTr("%n note(s)", "", section.inspector.memberCount) }

        Label { text: qsTr("Handoff"); font.bold: true; Layout.columnSpan: 2; Layout.topMargin: 8 }
        Label { text: qsTr("Status") }
        ComboBox {
            objectName: "statusBox"
            Layout.fillWidth: true
            model: section.inspector.statusNames
            currentIndex: section.handoff.status !== undefined ? section.handoff.status : 0
            onActivated: (index) => section.inspector.setHandoffValue("status", index)
        }
        Label { text: qsTr("Wave") }
        SpinBox {
            objectName: "waveBox"
            from: 0
            to: 99
            value: section.handoff.wave !== undefined ? section.handoff.wave : 0
            textFromValue: (value) => value === 0 ? qsTr("not planned") : String(value)
            onValueModified: section.inspector.setHandoffValue("wave", value)
        }
        Label { text: qsTr("Team") }
        TextField {
            Layout.fillWidth: true
            text: section.handoff.team || ""
            placeholderText: qsTr("owning team")
            onEditingFinished: section.inspector.setHandoffValue("team", text)
        }
        Label { text: qsTr("Service") }
        TextField {
            objectName: "serviceField"
            Layout.fillWidth: true
            text: section.handoff.serviceName || ""
            placeholderText: section.derived.serviceName || ""
            onEditingFinished: section.inspector.setHandoffValue("serviceName", text)
        }
        Label { text: qsTr("Upstream") }
        TextField {
            Layout.fillWidth: true
            text: section.handoff.upstreamUrl || ""
            placeholderText: section.derived.upstreamUrl || ""
            onEditingFinished: section.inspector.setHandoffValue("upstreamUrl", text)
        }
        Label { text: qsTr("Routes") }
        TextField {
            Layout.fillWidth: true
            text: section.handoff.routePrefixes || ""
            placeholderText: section.derived.routePrefixes || ""
            onEditingFinished: section.inspector.setHandoffValue("routePrefixes", text)
        }
        Label { text: qsTr("Database") }
        TextField {
            Layout.fillWidth: true
            text: section.handoff.databaseName || ""
            placeholderText: section.derived.databaseName || ""
            onEditingFinished: section.inspector.setHandoffValue("databaseName", text)
        }
        Label { text: qsTr("Engine") }
        ComboBox {
            Layout.fillWidth: true
            model: [qsTr("Board default (%1)").arg(section.derived.databaseEngine || "")]
                   .concat(section.inspector.engineNames)
            currentIndex: section.handoff.databaseEngine !== undefined ? section.handoff.databaseEngine + 1 : 0
            onActivated: (index) => section.inspector.setHandoffValue("databaseEngine", index - 1)
        }
    }

    ColumnLayout {
        Layout.fillWidth: true
        Layout.leftMargin: 12
        Layout.rightMargin: 12
        spacing: 4

        Label { text: qsTr("Relationships"); font.bold: true; Layout.topMargin: 8 }
        Label {
            visible: section.inspector.contextRelationships.length === 0
            text: qsTr("None yet. Drag from the round handle of the title bar to another context, or add one here.")
            wrapMode: Text.Wrap
            opacity: 0.7
            Layout.fillWidth: true
        }
        Repeater {
            model: section.inspector.contextRelationships
            delegate: ItemDelegate {
                required property var modelData
                Layout.fillWidth: true
                text: (modelData.upstream ? qsTr("upstream of %1") : qsTr("downstream of %1"))
                      .arg(modelData.otherName) + "\n" + modelData.patternName
                      + (modelData.syncName.length > 0 ? " \u00b7 " + modelData.syncName : "")
                onClicked: section.inspector.selectRelationship(modelData.id)
            }
        }
        RowLayout {
            Layout.fillWidth: true
            ComboBox {
                id: otherBox
                Layout.fillWidth: true
                model: section.inspector.otherContexts
                textRole: "name"
                valueRole: "id"
            }
            Button {
                text: qsTr("Add")
                enabled: otherBox.currentIndex >= 0
                onClicked: section.inspector.addRelationship(otherBox.currentValue, true)
                ToolTip.visible: hovered
                ToolTip.text: qsTr("This context is upstream of the chosen one")
            }
        }
    }
}
