import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import Seams

// The Analysis view: the monolith's module graph with suggested service boundaries, their
// coupling, an extraction order, and how the workshop's contexts compare with the code.
ApplicationWindow {
    id: root

    required property Workspace workspace

    width: 1280
    height: 820
    title: qsTr("Dependency Analysis \u2014 Seams")

    AnalysisController {
        id: analysis
        workspace: root.workspace
    }

    function say(message) {
        statusLabel.text = message
    }

    header: ToolBar {
        RowLayout {
            anchors.fill: parent
            anchors.leftMargin: 8
            anchors.rightMargin: 8
            spacing: 8
            Button {
                text: qsTr("Open DOT File\u2026")
                enabled: !analysis.busy
                onClicked: dotDialog.open()
            }
            Button {
                text: qsTr("Scan Source Folder\u2026")
                enabled: !analysis.busy
                onClicked: folderDialog.open()
            }
            Label { text: qsTr("Package depth") }
            SpinBox {
                from: 0
                to: 12
                value: analysis.depth
                onValueModified: analysis.depth = value
                ToolTip.visible: hovered
                ToolTip.text: qsTr("0: one module per file; N: one per package N levels deep (scans only)")
            }
            Label { text: qsTr("Resolution") }
            Slider {
                id: resolutionSlider
                from: 0.2
                to: 4
                stepSize: 0.1
                value: analysis.resolution
                onMoved: analysis.resolution = value
                Layout.preferredWidth: 140
            }
            Label { text: analysis.resolution.toFixed(1) }
            Button {
                text: qsTr("Re-cluster")
                enabled: analysis.hasResult && !analysis.busy
                onClicked: analysis.recluster()
            }
            Item { Layout.fillWidth: true }
            Button {
                text: qsTr("Create Contexts on Board")
                enabled: analysis.hasResult && !analysis.busy
                onClicked: root.say(analysis.applyToBoard())
            }
            Button {
                text: qsTr("Export JSON\u2026")
                enabled: analysis.hasResult
                onClicked: jsonDialog.open()
            }
        }
    }

    footer: ToolBar {
        RowLayout {
            anchors.fill: parent
            anchors.leftMargin: 8
            anchors.rightMargin: 8
            ProgressBar {
                visible: analysis.busy
                indeterminate: analysis.progress < 0
                from: 0
                to: 100
                value: Math.max(analysis.progress, 0)
                Layout.preferredWidth: 200
            }
            Label {
                visible: analysis.busy
                text: analysis.step
            }
            Button {
                visible: analysis.busy
                text: qsTr("Cancel")
                onClicked: analysis.cancel()
            }
            Label {
                id: statusLabel
                visible: !analysis.busy
                Layout.fillWidth: true
                elide: Text.ElideRight
                color: analysis.errorString.length > 0 ? "#c62828" : palette.windowText
                text: analysis.errorString.length > 0 ? analysis.errorString
                      : (analysis.hasResult ? analysis.summary
                                            : qsTr("Open a DOT file (pydeps, jdeps, madge, dependency-cruiser) or scan a source folder."))
            }
        }
    }

    SplitView {
        anchors.fill: parent

        Item {
            SplitView.fillWidth: true
            SplitView.minimumWidth: 300

            ModuleGraphView {
                id: graphView
                anchors.fill: parent
                controller: analysis

                DragHandler {
                    target: null
                    property point last
                    onActiveChanged: last = centroid.position
                    onCentroidChanged: {
                        if (active) {
                            graphView.panBy(Qt.point(centroid.position.x - last.x, centroid.position.y - last.y))
                            last = centroid.position
                        }
                    }
                }
                WheelHandler {
                    target: null
                    onWheel: (event) => graphView.zoomAt(point.position, Math.pow(1.0015, event.angleDelta.y))
                }
                TapHandler {
                    onTapped: (eventPoint) => {
                        const candidate = graphView.candidateAt(eventPoint.position)
                        graphView.highlighted = candidate === graphView.highlighted ? -1 : candidate
                        if (candidate >= 0)
                            candidateList.currentIndex = candidate
                    }
                }
            }
            Label {
                anchors.left: parent.left
                anchors.bottom: parent.bottom
                anchors.margins: 8
                text: graphView.hoveredModule
                background: Rectangle { color: "#eeffffff" }
                visible: text.length > 0
            }
            Button {
                anchors.right: parent.right
                anchors.top: parent.top
                anchors.margins: 8
                text: qsTr("Fit")
                onClicked: graphView.fit()
            }
        }

        ColumnLayout {
            SplitView.preferredWidth: 520
            SplitView.minimumWidth: 320
            spacing: 0

            TabBar {
                id: tabs
                objectName: "analysisTabs"
                Layout.fillWidth: true
                TabButton { text: qsTr("Candidates") }
                TabButton { text: qsTr("Coupling") }
                TabButton { text: qsTr("Extraction Order") }
                TabButton { text: qsTr("Imports") }
                TabButton { text: qsTr("Workshop vs Code") }
            }

            StackLayout {
                currentIndex: tabs.currentIndex
                Layout.fillWidth: true
                Layout.fillHeight: true

                ListView {
                    id: candidateList
                    clip: true
                    model: analysis.candidates
                    ScrollBar.vertical: ScrollBar {}
                    delegate: ItemDelegate {
                        id: candidateDelegate
                        required property int index
                        required property string name
                        required property int modules
                        required property var internal
                        required property var outgoing
                        required property var incoming
                        required property var cost
                        required property color color
                        required property string topModules
                        required property string boundary
                        required property bool unconnected
                        width: ListView.view.width
                        highlighted: graphView.highlighted === candidateDelegate.index
                        onClicked: graphView.highlighted = candidateDelegate.highlighted ? -1 : candidateDelegate.index
                        contentItem: RowLayout {
                            spacing: 8
                            Rectangle {
                                color: candidateDelegate.color
                                Layout.preferredWidth: 14
                                Layout.preferredHeight: 14
                                Layout.alignment: Qt.AlignTop
                                radius: 7
                            }
                            ColumnLayout {
                                Layout.fillWidth: true
                                spacing: 2
                                Label {
                                    text: candidateDelegate.name
                                    font.bold: true
                                    elide: Text.ElideMiddle
                                    Layout.fillWidth: true
                                }
                                Label {
                                    text: candidateDelegate.unconnected
                                          ? qsTr("%n module(s) without any dependency", "", candidateDelegate.modules)
                                          : qsTr("%1 modules \u00b7 %2 inside \u00b7 %3 calls out \u00b7 %4 called in \u00b7 cost %5")
                                            .arg(candidateDelegate.modules).arg(candidateDelegate.internal)
                                            .arg(candidateDelegate.outgoing).arg(candidateDelegate.incoming)
                                            .arg(candidateDelegate.cost)
                                    font.pointSize: 9
                                }
                                Label {
                                    text: candidateDelegate.topModules
                                    font.pointSize: 9
                                    elide: Text.ElideRight
                                    Layout.fillWidth: true
                                    opacity: 0.8
                                }
                                Label {
                                    visible: candidateDelegate.boundary.length > 0
                                    text: qsTr("Seams: %1").arg(candidateDelegate.boundary)
                                    font.pointSize: 9
                                    wrapMode: Text.Wrap
                                    Layout.fillWidth: true
                                    color: "#8d4a00"
                                }
                            }
                        }
                    }
                }

                CouplingHeatMap {
                    model: analysis.coupling
                    candidates: analysis.candidates
                }

                ListView {
                    clip: true
                    model: analysis.order
                    ScrollBar.vertical: ScrollBar {}
                    header: Label {
                        width: ListView.view.width
                        padding: 8
                        wrapMode: Text.Wrap
                        text: qsTr("Cheapest first. Cost = calls out + 2 \u00d7 called in: what a service calls becomes an API call from it; what calls it must go through the gateway, changing every caller.")
                    }
                    delegate: ItemDelegate {
                        id: orderDelegate
                        required property int rank
                        required property int index
                        required property string name
                        required property var cost
                        required property var outgoing
                        required property var incoming
                        required property int modules
                        required property color color
                        width: ListView.view.width
                        onClicked: graphView.highlighted = orderDelegate.index
                        contentItem: RowLayout {
                            Label { text: orderDelegate.rank + "."; Layout.preferredWidth: 28 }
                            Rectangle { color: orderDelegate.color; width: 12; height: 12; radius: 6 }
                            Label { text: orderDelegate.name; elide: Text.ElideMiddle; Layout.fillWidth: true }
                            Label {
                                text: qsTr("cost %1 (%2 out, %3 in, %4 modules)").arg(orderDelegate.cost)
                                      .arg(orderDelegate.outgoing).arg(orderDelegate.incoming).arg(orderDelegate.modules)
                                font.pointSize: 9
                            }
                        }
                    }
                }

                ListView {
                    clip: true
                    model: analysis.crossImports
                    ScrollBar.vertical: ScrollBar {}
                    header: Label {
                        width: ListView.view.width
                        padding: 8
                        wrapMode: Text.Wrap
                        text: qsTr("Cross-module imports per module, most first: the migration guide's grep | uniq -c, for the whole code.")
                    }
                    delegate: ItemDelegate {
                        id: importDelegate
                        required property var count
                        required property string module
                        required property string packages
                        width: ListView.view.width
                        contentItem: RowLayout {
                            Label { text: importDelegate.count; horizontalAlignment: Text.AlignRight; Layout.preferredWidth: 48 }
                            Label { text: importDelegate.module; elide: Text.ElideMiddle; Layout.fillWidth: true }
                            Label { text: importDelegate.packages; elide: Text.ElideRight; Layout.maximumWidth: 200; font.pointSize: 9 }
                        }
                    }
                }

                WorkshopComparisonPane {
                    analysis: analysis
                    onMessage: (text) => root.say(text)
                }
            }
        }
    }

    FileDialog {
        id: dotDialog
        title: qsTr("Open a Dependency Graph")
        nameFilters: [qsTr("Graphviz DOT files (*.dot *.gv)"), qsTr("All files (*)")]
        onAccepted: analysis.analyze(selectedFile)
    }

    FolderDialog {
        id: folderDialog
        title: qsTr("Scan a Source Folder (or a jdeps -dotoutput folder)")
        onAccepted: analysis.analyze(selectedFolder)
    }

    FileDialog {
        id: jsonDialog
        title: qsTr("Export the Analysis as JSON")
        fileMode: FileDialog.SaveFile
        defaultSuffix: "json"
        nameFilters: [qsTr("JSON files (*.json)")]
        onAccepted: {
            const error = analysis.exportJson(selectedFile)
            root.say(error.length > 0 ? error : qsTr("Exported."))
        }
    }
}
