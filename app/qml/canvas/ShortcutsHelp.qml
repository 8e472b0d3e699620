import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Seams

// F1 or ?: every key the board understands.
Popup {
    id: help

    modal: true
    focus: true
    padding: 16
    width: Math.min(760, parent ? parent.width - 40 : 760)

    readonly property var sections: [
        { title: qsTr("Notes"), keys: [
            ["E C A P R X U H", qsTr("New domain event, command, aggregate, policy, read model, external system, actor (user), hotspot, right of the current note")],
            ["Enter / F2", qsTr("Edit the selected note")],
            [qsTr("Enter while editing"), qsTr("Next note of the same kind to the right")],
            [qsTr("Shift+Enter while editing"), qsTr("New line")],
            ["Esc", qsTr("Stop editing; clear the selection")],
            [qsTr("Double-click"), qsTr("New note (the palette's kind) or edit a note")],
            ["Del / Backspace", qsTr("Delete the selection")],
            ["Ctrl+D", qsTr("Duplicate")],
            ["Ctrl+C / Ctrl+X / Ctrl+V", qsTr("Copy, cut, paste (also between boards)")],
            ["Ctrl+A", qsTr("Select all notes")],
            [qsTr("Arrows (Shift, Alt)"), qsTr("Nudge by 10 (50, 1)")],
            ["L", qsTr("Link the selected notes in selection order")],
            [qsTr("Alt+drag from a note"), qsTr("Draw an arrow")],
            ["Ctrl+] / Ctrl+[", qsTr("Bring to front, send to back")]
        ]},
        { title: qsTr("Contexts"), keys: [
            ["B", qsTr("New bounded context around the selection")],
            [qsTr("Alt+drag on empty space"), qsTr("Draw a new bounded context")],
            [qsTr("Drag the title bar"), qsTr("Move the frame with its notes")],
            [qsTr("Double-click the title"), qsTr("Rename")],
            [qsTr("Drag the round handle"), qsTr("Draw a relationship to another context")]
        ]},
        { title: qsTr("Navigate"), keys: [
            [qsTr("Drag on empty space, Space+drag, wheel"), qsTr("Pan")],
            [qsTr("Shift/Ctrl+drag on empty space"), qsTr("Select an area")],
            [qsTr("Ctrl+wheel, pinch, Ctrl++ / Ctrl+-"), qsTr("Zoom (10% to 400%)")],
            ["Ctrl+0 / Ctrl+1 / Ctrl+2", qsTr("Zoom to fit, 100%, zoom to the selection")],
            ["Ctrl+F", qsTr("Find; Enter jumps to the next match")],
            ["F11 / Ctrl+Shift+P", qsTr("Presentation mode")],
            ["Ctrl+I", qsTr("Show or hide the side panel")],
            ["Ctrl+Z / Ctrl+Shift+Z", qsTr("Undo, redo")]
        ]}
    ]

    contentItem: ScrollView {
        implicitHeight: Math.min(column.implicitHeight, help.parent ? help.parent.height - 80 : 600)
        ColumnLayout {
            id: column
            width: help.availableWidth
            spacing: 6
            Label {
                text: qsTr("Keyboard shortcuts")
                font.bold: true
                font.pixelSize: 18
            }
            Repeater {
                model: help.sections
                delegate: ColumnLayout {
                    id: section
                    required property var modelData
                    spacing: 2
                    Layout.fillWidth: true
                    Label {
                        text: section.modelData.title
                        font.bold: true
                        Layout.topMargin: 8
                    }
                    Repeater {
                        model: section.modelData.keys
                        delegate: RowLayout {
                            id: entry
                            required property var modelData
                            Layout.fillWidth: true
                            Label {
                                text: entry.modelData[0]
                                font.family: "monospace"
                                Layout.preferredWidth: 250
                                wrapMode: Text.Wrap
                            }
                            Label {
                                text: entry.modelData[1]
                                Layout.fillWidth: true
                                wrapMode: Text.Wrap
                            }
                        }
                    }
                }
            }
        }
    }
}
