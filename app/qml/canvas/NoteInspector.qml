import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Seams

// One note: text, kind, the context it belongs to, an HTTP override for commands and the
// fields of aggregates and events.
ColumnLayout {
    id: section

    required property Inspector inspector

    spacing: 6

    GridLayout {
        columns: 2
        Layout.fillWidth: true
        Layout.leftMargin: 12
        Layout.rightMargin: 12
        columnSpacing: 8

        Label { text: qsTr("Note"); font.bold: true; Layout.columnSpan: 2 }
        Label { text: qsTr("Kind") }
        ComboBox {
            objectName: "kindBox"
            Layout.fillWidth: true
            model: section.inspector.kindNames
            currentIndex: section.inspector.noteKind
            onActivated: (index) => section.inspector.setNoteKind(index)
        }
        Label { text: qsTr("Text"); Layout.alignment: Qt.AlignTop }
        TextArea {
            objectName: "noteTextArea"
            Layout.fillWidth: true
            Layout.minimumHeight: 60
            wrapMode: TextEdit.Wrap
            text: section.inspector.noteText
            onEditingFinished: section.inspector.setNoteText(text)
            background: Rectangle {
                color: palette.base
                border.color: parent.activeFocus ? palette.highlight : palette.mid
                radius: 2
            }
        }
        Label { text: qsTr("Context") }
        Label {
            text: section.inspector.noteContextName.length > 0 ? section.inspector.noteContextName
                                                               : qsTr("(outside every context)")
            opacity: section.inspector.noteContextName.length > 0 ? 1 : 0.6
            elide: Text.ElideRight
            Layout.fillWidth: true
        }
    }

    // Commands: the HTTP operation the contracts use, derived unless set here.
    GridLayout {
        visible: section.inspector.noteKind === 1
        columns: 2
        Layout.fillWidth: true
        Layout.leftMargin: 12
        Layout.rightMargin: 12
        Label { text: qsTr("HTTP operation"); font.bold: true; Layout.columnSpan: 2 }
        ComboBox {
            id: methodBox
            model: ["", "GET", "POST", "PUT", "PATCH", "DELETE"]
            currentIndex: Math.max(0, model.indexOf(section.inspector.httpMethod))
            displayText: currentIndex <= 0 ? qsTr("derived") : currentText
            onActivated: section.inspector.setHttp(currentText, pathField.text)
        }
        TextField {
            id: pathField
            Layout.fillWidth: true
            text: section.inspector.httpPath
            placeholderText: qsTr("derived, e.g. /api/orders")
            onEditingFinished: section.inspector.setHttp(methodBox.currentText, text)
        }
    }

    // Aggregates and events: fields (payload).
    ColumnLayout {
        visible: section.inspector.hasFields
        Layout.fillWidth: true
        Layout.leftMargin: 12
        Layout.rightMargin: 12
        spacing: 4

        RowLayout {
            Label {
                text: section.inspector.noteKind === 2 ? qsTr("Fields") : qsTr("Payload")
                font.bold: true
                Layout.fillWidth: true
            }
            Button {
                objectName: "addFieldButton"
                text: qsTr("Add Field")
                onClicked: section.inspector.fields.addField()
            }
        }

        Repeater {
            model: section.inspector.fields
            delegate: FieldEditor {
                inspector: section.inspector
                Layout.fillWidth: true
            }
        }
    }
}
