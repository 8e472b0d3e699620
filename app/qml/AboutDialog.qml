import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Seams

Dialog {
    id: dialog

    title: qsTr("About Seams")
    modal: true
    padding: 16
    standardButtons: Dialog.Close
    anchors.centerIn: parent
    width: Math.min(560, parent ? parent.width - 40 : 560)

    ColumnLayout {
        anchors.fill: parent
        spacing: 12

        RowLayout {
            spacing: 16
            Image {
                source: "qrc:/icons/org.seams.seams.svg"
                sourceSize: Qt.size(72, 72)
                Layout.alignment: Qt.AlignTop
            }
            ColumnLayout {
                Label {
                    text: qsTr("Seams %1").arg(AboutInfo.version)
                    font.pixelSize: 22
                    font.bold: true
                }
                Label {
                    text: qsTr("Event-storming workshops and monolith-to-microservices migration planning.")
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                }
                Label {
                    text: AboutInfo.licence
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                }
            }
        }

        Label {
            text: qsTr("Built with")
            font.bold: true
        }

        GridLayout {
            columns: 3
            columnSpacing: 16
            rowSpacing: 4
            Repeater {
                model: AboutInfo.libraries
                delegate: Label {
                    required property var modelData
                    required property int index
                    text: modelData.name + " " + modelData.version
                    Layout.row: index
                    Layout.column: 0
                }
            }
            Repeater {
                model: AboutInfo.libraries
                delegate: Label {
                    required property var modelData
                    required property int index
                    text: modelData.licence
                    opacity: 0.7
                    Layout.row: index
                    Layout.column: 1
                }
            }
            Repeater {
                model: AboutInfo.libraries
                delegate: Label {
                    required property var modelData
                    required property int index
                    text: modelData.purpose
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                    Layout.row: index
                    Layout.column: 2
                }
            }
        }
    }
}
