import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Seams

// The coupling matrix as a heat map: row candidate depends on column candidate this often.
// Numbers index the candidates (their names are in the tooltips and the legend).
Item {
    id: heatMap

    required property CouplingModel model
    required property AnalysisRowsModel candidates

    readonly property int cell: 34

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: 8

        Label {
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            text: heatMap.model.maximum > 0
                  ? qsTr("Dependencies of the row's candidate on the column's; darker is more (up to %1). High coupling between two candidates means they are costly to split apart.").arg(heatMap.model.maximum)
                  : qsTr("No dependencies between candidates.")
        }

        GridLayout {
            columns: 2
            rowSpacing: 0
            columnSpacing: 0
            Layout.fillWidth: true
            Layout.fillHeight: true

            Item { Layout.preferredWidth: heatMap.cell; Layout.preferredHeight: heatMap.cell }
            HorizontalHeaderView {
                syncView: table
                clip: true
                Layout.fillWidth: true
                delegate: Label {
                    required property int index
                    required property string display
                    text: index + 1
                    horizontalAlignment: Text.AlignHCenter
                    verticalAlignment: Text.AlignVCenter
                    ToolTip.visible: columnHover.hovered
                    ToolTip.text: display
                    HoverHandler { id: columnHover }
                }
            }
            VerticalHeaderView {
                syncView: table
                clip: true
                Layout.fillHeight: true
                delegate: Label {
                    required property int index
                    required property string display
                    text: index + 1
                    horizontalAlignment: Text.AlignHCenter
                    verticalAlignment: Text.AlignVCenter
                    ToolTip.visible: rowHover.hovered
                    ToolTip.text: display
                    HoverHandler { id: rowHover }
                }
            }
            TableView {
                id: table
                model: heatMap.model
                clip: true
                Layout.fillWidth: true
                Layout.fillHeight: true
                columnWidthProvider: () => heatMap.cell
                rowHeightProvider: () => heatMap.cell
                ScrollBar.horizontal: ScrollBar {}
                ScrollBar.vertical: ScrollBar {}
                delegate: Rectangle {
                    required property var value
                    required property real intensity
                    required property bool diagonal
                    implicitWidth: heatMap.cell
                    implicitHeight: heatMap.cell
                    border.color: "#ffffff"
                    color: diagonal ? "#e0e0e0" : Qt.rgba(0.80, 0.22, 0.10, 0.06 + 0.94 * intensity)
                    Label {
                        anchors.centerIn: parent
                        visible: !parent.diagonal && parent.value > 0
                        text: parent.value
                        font.pointSize: 8
                        color: parent.intensity > 0.55 ? "white" : "black"
                    }
                }
            }
        }
    }
}
