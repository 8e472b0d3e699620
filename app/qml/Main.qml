import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import Seams

ApplicationWindow {
    id: window

    required property Workspace workspace
    required property Preferences preferences
    property string startupError

    width: 1280
    height: 800
    visible: true
    title: workspace.title

    function showError(message) {
        if (message.length > 0) {
            errorDialog.text = message
            errorDialog.open()
        }
    }

    Component.onCompleted: showError(startupError)

    menuBar: MenuBar {
        Menu {
            title: qsTr("&File")
            Action {
                text: qsTr("&New Board")
                shortcut: StandardKey.New
                onTriggered: window.showError(window.workspace.newBoard())
            }
            Action {
                text: qsTr("&Open\u2026")
                shortcut: StandardKey.Open
                onTriggered: openDialog.open()
            }
            Menu {
                id: recentMenu
                title: qsTr("Open &Recent")
                enabled: window.workspace.recentFiles.length > 0
                Instantiator {
                    model: window.workspace.recentFiles
                    delegate: MenuItem {
                        required property string modelData
                        required property int index
                        text: (index < 9 ? "&" + (index + 1) + "  " : "") + modelData
                        onTriggered: window.showError(window.workspace.openFile(modelData))
                    }
                    onObjectAdded: (index, object) => recentMenu.insertItem(index, object)
                    onObjectRemoved: (index, object) => recentMenu.removeItem(object)
                }
                MenuSeparator {}
                Action {
                    text: qsTr("&Clear Recent Boards")
                    onTriggered: window.workspace.clearRecentFiles()
                }
            }
            MenuSeparator {}
            Action {
                text: qsTr("&Save")
                shortcut: StandardKey.Save
                onTriggered: window.workspace.untitled ? saveDialog.open() : window.workspace.save()
            }
            Action {
                text: qsTr("Save &As\u2026")
                shortcut: StandardKey.SaveAs
                onTriggered: saveDialog.open()
            }
            Action {
                text: qsTr("&Export\u2026")
                shortcut: "Ctrl+E"
                onTriggered: exportDialog.open()
            }
            MenuSeparator {}
            Action {
                text: qsTr("&Quit")
                shortcut: StandardKey.Quit
                onTriggered: Qt.quit()
            }
        }
        Menu {
            title: qsTr("&Edit")
            Action {
                text: window.workspace.undoText.length > 0
                      ? qsTr("&Undo %1").arg(window.workspace.undoText) : qsTr("&Undo")
                shortcut: StandardKey.Undo
                enabled: window.workspace.canUndo
                onTriggered: window.workspace.undo()
            }
            Action {
                text: window.workspace.redoText.length > 0
                      ? qsTr("&Redo %1").arg(window.workspace.redoText) : qsTr("&Redo")
                shortcut: StandardKey.Redo
                enabled: window.workspace.canRedo
                onTriggered: window.workspace.redo()
            }
            MenuSeparator {}
            Action {
                text: qsTr("Pre&ferences\u2026")
                shortcut: "Ctrl+,"
                onTriggered: preferencesDialog.open()
            }
        }
        Menu {
            title: qsTr("&View")
            Action {
                text: qsTr("&Context Map")
                shortcut: "Ctrl+M"
                onTriggered: {
                    contextMapWindow.show()
                    contextMapWindow.raise()
                }
            }
        }
        Menu {
            title: qsTr("&Analysis")
            Action {
                text: qsTr("Analyze &Dependencies\u2026")
                onTriggered: {
                    analysisLoader.active = true
                    analysisLoader.item.show()
                    analysisLoader.item.raise()
                }
            }
        }
        Menu {
            title: qsTr("&Help")
            Action {
                text: qsTr("&About Seams")
                onTriggered: aboutDialog.open()
            }
        }
    }

    ContextMapWindow {
        id: contextMapWindow
        workspace: window.workspace
    }

    Loader {
        id: analysisLoader
        active: false
        sourceComponent: AnalysisWindow {
            workspace: window.workspace
        }
    }

    PreferencesDialog {
        id: preferencesDialog
        preferences: window.preferences
    }

    AboutDialog {
        id: aboutDialog
    }

    BoardCanvas {
        anchors.fill: parent
        notes: window.workspace.notes
        contexts: window.workspace.contexts
    }

    footer: ToolBar {
        RowLayout {
            anchors.fill: parent
            anchors.leftMargin: 8
            anchors.rightMargin: 8
            Label {
                text: window.workspace.statusText
            }
            Item { Layout.fillWidth: true }
            Label {
                text: window.workspace.saveError.length > 0
                      ? qsTr("Not saved: %1").arg(window.workspace.saveError)
                      : (window.workspace.untitled ? qsTr("Untitled: kept in the app folder until you name it")
                                                   : qsTr("All edits saved to %1").arg(window.workspace.filePath))
                color: window.workspace.saveError.length > 0 ? "#c62828" : palette.windowText
                elide: Text.ElideMiddle
                Layout.maximumWidth: window.width * 0.6
            }
        }
    }

    FileDialog {
        id: openDialog
        title: qsTr("Open Board")
        nameFilters: [qsTr("Seams boards (*.seams)"), qsTr("All files (*)")]
        onAccepted: window.showError(window.workspace.openUrl(selectedFile))
    }

    FileDialog {
        id: saveDialog
        title: qsTr("Save Board As")
        fileMode: FileDialog.SaveFile
        defaultSuffix: "seams"
        nameFilters: [qsTr("Seams boards (*.seams)")]
        onAccepted: window.showError(window.workspace.saveAs(selectedFile))
    }

    ExportDialog {
        id: exportDialog
        workspace: window.workspace
    }

    MessageDialog {
        id: errorDialog
        title: qsTr("Seams")
        buttons: MessageDialog.Ok
    }
}
