import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Seams

// The current workshop phase and its countdown, on the board where everyone sees it.
Pane {
    id: timer

    required property WorkshopSession session
    property Theme theme

    padding: 8
    background: Rectangle {
        radius: 8
        color: timer.theme ? timer.theme.overlayBackground : "white"
        border.color: timer.session.timeUp ? (timer.theme ? timer.theme.danger : "red")
                                           : (timer.theme ? timer.theme.overlayBorder : "gray")
        border.width: timer.session.timeUp ? 2 : 1
    }

    RowLayout {
        spacing: 8
        ColumnLayout {
            spacing: 0
            Label {
                text: qsTr("Phase %1 of %2").arg(timer.session.phase + 1)
                                            .arg(timer.session.phaseNames.length)
                font.pixelSize: 11
                opacity: 0.7
            }
            Label {
                text: timer.session.phaseName
                font.bold: true
            }
        }
        Label {
            objectName: "remaining"
            text: timer.session.remainingText
            font.pixelSize: 26
            font.bold: true
            font.family: "monospace"
            color: timer.session.timeUp ? (timer.theme ? timer.theme.danger : "red")
                                        : (timer.theme ? timer.theme.text : "black")
        }
        ToolButton {
            text: timer.session.running ? "\u2016" : "\u25b6"
            onClicked: timer.session.toggle()
            ToolTip.visible: hovered
            ToolTip.text: timer.session.running ? qsTr("Pause the timer") : qsTr("Start the timer")
        }
        ToolButton {
            text: "\u25b6\u2223"
            enabled: timer.session.phase < timer.session.phaseNames.length - 1
            onClicked: timer.session.nextPhase()
            ToolTip.visible: hovered
            ToolTip.text: qsTr("Next phase")
        }
    }
}
