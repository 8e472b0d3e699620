import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import Seams

// File > Export: one dialog over every exporter of the registry. Pick a format and the
// options it declares, read every file it writes, see the findings of its checks (errors
// block saving), copy or save.
Dialog {
    id: dialog

    required property Workspace workspace

    title: qsTr("Export")
    modal: true
    standardButtons: Dialog.Close
    width: Math.min(parent ? parent.width * 0.9 : 1000, 1100)
    height: Math.min(parent ? parent.height * 0.9 : 700, 800)
    anchors.centerIn: parent

    onOpened: {
        controller.refresh()
        formatBox.forceActiveFocus()
    }

    ExportController {
        id: controller
        workspace: dialog.workspace
    }

    function showResult(message) {
        status.text = message.length > 0 ? message : qsTr("Saved.")
        status.color = message.length > 0 ? "#c62828" : palette.windowText
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 8

        GridLayout {
            columns: 4
            columnSpacing: 12
            Layout.fillWidth: true

            Label { text: qsTr("Format") }
            ComboBox {
                id: formatBox
                Layout.fillWidth: true
                Layout.columnSpan: 3
                model: controller.formats
                textRole: "displayName"
                valueRole: "name"
                Component.onCompleted: currentIndex = indexOfValue(controller.format)
                onActivated: controller.format = currentValue
                Accessible.name: qsTr("Format")
            }

            CheckBox {
                id: waveCheck
                visible: controller.optionNames.indexOf("wave") >= 0
                text: qsTr("After wave")
                checked: controller.wave >= 0
                onToggled: controller.wave = checked ? waveBox.value : -1
            }
            SpinBox {
                id: waveBox
                visible: waveCheck.visible
                enabled: waveCheck.checked
                from: 0
                to: 1000
                value: Math.max(controller.wave, 1)
                editable: true
                onValueModified: controller.wave = value
                Accessible.name: qsTr("Wave")
            }
            Label {
                visible: controller.optionNames.indexOf("listen") >= 0
                text: qsTr("Listen on")
            }
            TextField {
                visible: controller.optionNames.indexOf("listen") >= 0
                Layout.fillWidth: true
                placeholderText: qsTr("board setting (e.g. :8000)")
                text: controller.listen
                onEditingFinished: controller.listen = text
                Accessible.name: qsTr("Listen address")
            }

            Label {
                visible: controller.optionNames.indexOf("dialect") >= 0
                text: qsTr("Dialect")
            }
            ComboBox {
                visible: controller.optionNames.indexOf("dialect") >= 0
                model: ["", "postgres", "mariadb", "sqlite"]
                displayText: currentText.length > 0 ? currentText : qsTr("board default")
                onActivated: controller.dialect = currentText
            }
            Label {
                visible: controller.optionNames.indexOf("layout") >= 0
                text: qsTr("Layout")
            }
            ComboBox {
                visible: controller.optionNames.indexOf("layout") >= 0
                model: ["", "flyway", "golang-migrate"]
                displayText: currentText.length > 0 ? currentText : qsTr("flyway (default)")
                onActivated: controller.layout = currentText
            }
        }

        ListView {
            id: findingsView
            Layout.fillWidth: true
            Layout.preferredHeight: Math.min(contentHeight, 120)
            visible: count > 0
            clip: true
            model: controller.findings
            delegate: Label {
                required property var modelData
                width: findingsView.width
                wrapMode: Text.Wrap
                text: "%1: %2 [%3]".arg(modelData.severity).arg(modelData.message).arg(modelData.code)
                color: modelData.severity === "error" ? "#c62828"
                     : modelData.severity === "warning" ? "#ef6c00" : palette.windowText
            }
        }

        Label {
            Layout.fillWidth: true
            visible: controller.errorString.length > 0
            wrapMode: Text.Wrap
            color: "#c62828"
            text: controller.errorString
        }

        SplitView {
            Layout.fillWidth: true
            Layout.fillHeight: true

            ListView {
                id: fileList
                SplitView.preferredWidth: 220
                clip: true
                model: controller.files
                currentIndex: controller.currentFile
                keyNavigationEnabled: true
                delegate: ItemDelegate {
                    required property string modelData
                    required property int index
                    width: fileList.width
                    text: modelData
                    highlighted: ListView.isCurrentItem
                    onClicked: controller.currentFile = index
                }
            }

            ScrollView {
                SplitView.fillWidth: true
                TextArea {
                    id: preview
                    readOnly: true
                    selectByMouse: true
                    wrapMode: TextEdit.NoWrap
                    font.family: "monospace"
                    textFormat: TextEdit.PlainText
                    text: controller.currentText
                    Accessible.name: qsTr("Preview")
                }
            }
        }

        RowLayout {
            Layout.fillWidth: true
            Label {
                id: status
                Layout.fillWidth: true
                elide: Text.ElideRight
            }
            Button {
                text: qsTr("&Copy")
                enabled: controller.currentText.length > 0
                onClicked: {
                    controller.copyCurrentFile()
                    status.text = qsTr("Copied %1.").arg(controller.files[controller.currentFile])
                    status.color = palette.windowText
                }
            }
            Button {
                text: controller.writesFolder ? qsTr("&Save to Folder\u2026") : qsTr("&Save\u2026")
                enabled: !controller.blocked
                onClicked: controller.writesFolder ? folderDialog.open() : fileDialog.open()
            }
        }
    }

    FileDialog {
        id: fileDialog
        title: qsTr("Save Export")
        fileMode: FileDialog.SaveFile
        selectedFile: controller.defaultFileName
        onAccepted: dialog.showResult(controller.save(selectedFile))
    }

    FolderDialog {
        id: folderDialog
        title: qsTr("Save Export to Folder")
        onAccepted: dialog.showResult(controller.save(selectedFolder))
    }
}
