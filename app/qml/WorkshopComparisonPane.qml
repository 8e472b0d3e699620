import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Seams

// The workshop's contexts next to the code: name rules map modules to the board's contexts;
// the findings show imports that cross the drawn boundaries and contexts whose code is
// scattered over several suggested candidates.
ColumnLayout {
    id: pane

    required property AnalysisController analysis

    signal message(string text)

    spacing: 6

    Label {
        Layout.fillWidth: true
        Layout.margins: 8
        wrapMode: Text.Wrap
        text: qsTr("Name rules, one per line: PATTERN = CONTEXT. * matches anything, so app.orders.* = Order Context maps app.orders and everything below it. Saved on the board (undoable).")
    }
    ScrollView {
        Layout.fillWidth: true
        Layout.preferredHeight: 120
        Layout.leftMargin: 8
        Layout.rightMargin: 8
        TextArea {
            id: rules
            text: pane.analysis.rulesText
            font.family: "monospace"
            placeholderText: "app.orders.* = Order Context\napp.payments.* = Payment Context"
        }
    }
    RowLayout {
        Layout.leftMargin: 8
        Button {
            text: qsTr("Save Rules")
            onClicked: {
                const error = pane.analysis.saveRules(rules.text)
                pane.message(error.length > 0 ? error : qsTr("Rules saved on the board."))
            }
        }
        Button {
            text: qsTr("Revert")
            onClicked: rules.text = pane.analysis.rulesText
        }
    }
    Label {
        Layout.fillWidth: true
        Layout.margins: 8
        wrapMode: Text.Wrap
        font.bold: true
        text: pane.analysis.comparisonSummary
    }
    ListView {
        Layout.fillWidth: true
        Layout.fillHeight: true
        clip: true
        model: pane.analysis.findings
        ScrollBar.vertical: ScrollBar {}
        section.property: "kind"
        section.delegate: Label {
            required property string section
            padding: 6
            font.bold: true
            text: section === "context" ? qsTr("Workshop contexts in the code")
                  : section === "crossing" ? qsTr("Modules importing across the workshop's boundaries")
                  : qsTr("Rules")
        }
        delegate: ItemDelegate {
            id: finding
            required property string kind
            required property string title
            required property string detail
            required property var count
            required property bool warning
            width: ListView.view.width
            contentItem: ColumnLayout {
                spacing: 1
                Label {
                    text: (finding.warning ? "\u26a0 " : "") + finding.title
                          + (finding.kind === "crossing" ? "  (" + finding.count + ")" : "")
                    elide: Text.ElideMiddle
                    Layout.fillWidth: true
                    color: finding.warning ? "#8d4a00" : palette.windowText
                }
                Label {
                    text: finding.detail
                    font.pointSize: 9
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                }
            }
        }
    }
}
