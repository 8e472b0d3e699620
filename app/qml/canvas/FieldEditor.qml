import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Seams

// One field: name, type, nullable, the referenced aggregate or the enum values.
Frame {
    id: editor

    required property int index
    required property string name
    required property int fieldType
    required property bool nullable
    required property string reference
    required property string referenceName
    required property string enumValues
    required property Inspector inspector

    readonly property FieldsModel fields: inspector.fields
    padding: 6

    ColumnLayout {
        anchors.fill: parent
        spacing: 4
        RowLayout {
            TextField {
                Layout.fillWidth: true
                text: editor.name
                placeholderText: qsTr("name")
                onEditingFinished: editor.fields.setName(editor.index, text)
            }
            ComboBox {
                Layout.preferredWidth: 118
                model: editor.inspector.fieldTypeNames
                currentIndex: editor.fieldType
                onActivated: (index) => editor.fields.setType(editor.index, index)
            }
        }
        RowLayout {
            CheckBox {
                text: qsTr("Nullable")
                checked: editor.nullable
                onToggled: editor.fields.setNullable(editor.index, checked)
            }
            Item { Layout.fillWidth: true }
            ToolButton {
                text: "\u2191"
                enabled: editor.index > 0
                onClicked: editor.fields.moveField(editor.index, editor.index - 1)
            }
            ToolButton {
                text: "\u2193"
                enabled: editor.index < editor.fields.count - 1
                onClicked: editor.fields.moveField(editor.index, editor.index + 1)
            }
            ToolButton {
                text: "\u2715"
                onClicked: editor.fields.removeField(editor.index)
            }
        }
        // Reference: pick the aggregate.
        ComboBox {
            visible: editor.fieldType === 10
            Layout.fillWidth: true
            model: editor.inspector.aggregates
            textRole: "text"
            valueRole: "noteId"
            displayText: editor.referenceName.length > 0 ? editor.referenceName
                                                         : qsTr("Choose an aggregate\u2026")
            onActivated: (index) => editor.fields.setReference(editor.index, currentValue)
        }
        // Enum: the allowed values.
        TextField {
            visible: editor.fieldType === 9
            Layout.fillWidth: true
            text: editor.enumValues
            placeholderText: qsTr("values, separated by commas")
            onEditingFinished: editor.fields.setEnumValues(editor.index, text)
        }
    }
}
