import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import Seams

Dialog {
    id: dialog

    required property Preferences preferences

    title: qsTr("Preferences")
    modal: true
    padding: 16
    standardButtons: Dialog.Close
    anchors.centerIn: parent
    width: Math.min(600, parent ? parent.width - 40 : 600)

    component SectionLabel: Label {
        font.bold: true
        Layout.columnSpan: 2
        Layout.topMargin: 8
    }

    GridLayout {
        anchors.fill: parent
        columns: 2
        columnSpacing: 12
        rowSpacing: 8

        SectionLabel { text: qsTr("Appearance") }

        Label { text: qsTr("Language:") }
        ComboBox {
            id: languageBox
            Layout.fillWidth: true
            model: dialog.preferences.languages
            textRole: "name"
            valueRole: "code"
            Component.onCompleted: currentIndex = indexOfValue(dialog.preferences.language)
            onActivated: dialog.preferences.language = currentValue
        }

        Label { text: qsTr("Theme:") }
        ComboBox {
            Layout.fillWidth: true
            textRole: "text"
            valueRole: "value"
            model: [
                { value: "system", text: qsTr("Follow the system") },
                { value: "light", text: qsTr("Light") },
                { value: "dark", text: qsTr("Dark") }
            ]
            Component.onCompleted: currentIndex = indexOfValue(dialog.preferences.theme)
            onActivated: dialog.preferences.theme = currentValue
        }

        SectionLabel { text: qsTr("Untitled boards") }

        Label { text: qsTr("Kept in:") }
        RowLayout {
            Layout.fillWidth: true
            TextField {
                id: folderField
                Layout.fillWidth: true
                text: dialog.preferences.untitledFolder
                onEditingFinished: dialog.preferences.untitledFolder = text
            }
            Button {
                text: qsTr("Choose\u2026")
                onClicked: folderDialog.open()
            }
        }

        SectionLabel { text: qsTr("New boards start with") }

        Label { text: qsTr("Monolith upstream:") }
        TextField {
            Layout.fillWidth: true
            text: dialog.preferences.monolithUpstream
            placeholderText: "http://monolith:8080"
            onEditingFinished: dialog.preferences.monolithUpstream = text
        }

        Label { text: qsTr("JWT at the gateway:") }
        CheckBox {
            text: qsTr("Verify tokens (exp claim, key id in kid)")
            checked: dialog.preferences.jwtEnabled
            onToggled: dialog.preferences.jwtEnabled = checked
        }

        Label { text: qsTr("Rate limit:") }
        RowLayout {
            SpinBox {
                from: 0
                to: 1000000
                stepSize: 10
                editable: true
                value: dialog.preferences.rateLimitPerMinute
                onValueModified: dialog.preferences.rateLimitPerMinute = value
            }
            Label {
                text: qsTr("requests per minute (0: off)")
                opacity: 0.7
            }
        }

        Label { text: qsTr("Database engine:") }
        ComboBox {
            Layout.fillWidth: true
            textRole: "text"
            valueRole: "value"
            model: [
                { value: "postgres", text: "PostgreSQL" },
                { value: "mariadb", text: "MariaDB" },
                { value: "sqlite", text: "SQLite" }
            ]
            Component.onCompleted: currentIndex = indexOfValue(dialog.preferences.databaseEngine)
            onActivated: dialog.preferences.databaseEngine = currentValue
        }
    }

    FolderDialog {
        id: folderDialog
        title: qsTr("Folder for Untitled Boards")
        currentFolder: dialog.preferences.untitledFolderUrl
        onAccepted: dialog.preferences.setUntitledFolderUrl(selectedFolder)
    }
}
