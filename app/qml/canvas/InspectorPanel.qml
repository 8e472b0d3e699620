import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Seams

// The selection's properties. Every field commits when editing finishes (one undo step).
ScrollView {
    id: panel

    required property CanvasController controller
    property Theme theme

    contentWidth: availableWidth
    clip: true

    Inspector {
        id: inspector
        controller: panel.controller
    }

    ColumnLayout {
        width: panel.availableWidth
        spacing: 8

        Item { implicitHeight: 4 }

        // Nothing (or several things) selected: how to get going.
        Label {
            visible: inspector.subject === "none" || inspector.subject === "notes"
                     || inspector.subject === "mixed"
            Layout.fillWidth: true
            Layout.margins: 12
            wrapMode: Text.Wrap
            opacity: 0.8
            text: inspector.subject === "none"
                  ? qsTr("Select a note, a context or an arrow to see its details here.\n\nPress E to write the first domain event, Enter for the next one. F1 lists every key.")
                  : qsTr("%n note(s) selected. Board \u203a Align and Distribute arrange them; B draws a context around them; L links them in order.", "", panel.controller.selection.noteCount)
        }

        NoteInspector {
            visible: inspector.subject === "note"
            inspector: inspector
            Layout.fillWidth: true
        }

        ContextInspector {
            visible: inspector.subject === "context"
            inspector: inspector
            Layout.fillWidth: true
        }

        // An arrow
        GridLayout {
            visible: inspector.subject === "link"
            columns: 2
            Layout.fillWidth: true
            Layout.margins: 12
            Label { text: qsTr("Arrow"); font.bold: true; Layout.columnSpan: 2 }
            Label { text: qsTr("From") }
            Label { text: inspector.linkSource; elide: Text.ElideRight; Layout.fillWidth: true }
            Label { text: qsTr("To") }
            Label { text: inspector.linkTarget; elide: Text.ElideRight; Layout.fillWidth: true }
            Label { text: qsTr("Label") }
            TextField {
                Layout.fillWidth: true
                text: inspector.linkLabel
                placeholderText: qsTr("e.g. triggers")
                onEditingFinished: inspector.setLinkLabel(text)
            }
            Button {
                text: qsTr("Delete Arrow")
                Layout.columnSpan: 2
                onClicked: panel.controller.editor.deleteSelection()
            }
        }

        // A relationship between two contexts
        GridLayout {
            visible: inspector.subject === "relationship"
            columns: 2
            Layout.fillWidth: true
            Layout.margins: 12
            Label { text: qsTr("Relationship"); font.bold: true; Layout.columnSpan: 2 }
            Label { text: qsTr("Upstream") }
            Label { text: inspector.upstreamName; elide: Text.ElideRight; Layout.fillWidth: true }
            Label { text: qsTr("Downstream") }
            Label { text: inspector.downstreamName; elide: Text.ElideRight; Layout.fillWidth: true }
            Label { text: qsTr("Pattern") }
            ComboBox {
                objectName: "patternBox"
                Layout.fillWidth: true
                model: inspector.patternNames
                currentIndex: inspector.pattern
                onActivated: (index) => inspector.setPattern(index)
            }
            Label { text: qsTr("Data sync") }
            ComboBox {
                objectName: "syncBox"
                Layout.fillWidth: true
                model: inspector.syncNames
                currentIndex: inspector.sync
                onActivated: (index) => inspector.setSync(index)
            }
            Label { text: qsTr("Notes") }
            TextField {
                Layout.fillWidth: true
                text: inspector.relationshipDescription
                onEditingFinished: inspector.setRelationshipDescription(text)
            }
            RowLayout {
                Layout.columnSpan: 2
                Button {
                    text: qsTr("Swap Direction")
                    onClicked: inspector.swapRelationship()
                }
                Button {
                    text: qsTr("Delete")
                    onClicked: panel.controller.editor.deleteSelection()
                }
            }
        }
    }
}
