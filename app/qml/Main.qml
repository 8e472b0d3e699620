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
    // Presentation mode: the board alone, full screen, with large fonts.
    property bool presenting: false

    width: 1280
    height: 800
    visible: true
    title: workspace.title
    // The board shows the window's colour: no extra full-size layer under the canvas.
    color: theme.canvas

    // Controls follow the theme (the system palette, or a light/dark override).
    palette.window: theme.window
    palette.windowText: theme.windowText
    palette.base: theme.base
    palette.alternateBase: theme.alternateBase
    palette.text: theme.text
    palette.button: theme.button
    palette.buttonText: theme.buttonText
    palette.highlight: theme.highlight
    palette.highlightedText: theme.highlightedText
    palette.mid: theme.mid
    palette.placeholderText: Qt.rgba(theme.text.r, theme.text.g, theme.text.b, 0.5)
    palette.toolTipBase: theme.base
    palette.toolTipText: theme.text

    Theme {
        id: theme
        objectName: "theme"
        fontScale: window.presenting ? 1.6 : 1.0
    }

    // The canvas's C++ side: the board view, the inspector and the menus talk to it.
    CanvasController {
        id: canvasController
        objectName: "canvasController"
        workspace: window.workspace
    }

    function setPresenting(on) {
        presenting = on
        visibility = on ? Window.FullScreen : Window.Windowed
        boardView.focusBoard()
    }

    function showError(message) {
        if (message.length > 0) {
            errorDialog.text = message
            errorDialog.open()
        }
    }

    Component.onCompleted: showError(startupError)

    menuBar: MenuBar {
        visible: !window.presenting
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
                onTriggered: {
                    exportLoader.active = true
                    exportLoader.item.open()
                }
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
                text: qsTr("Cu&t")
                shortcut: StandardKey.Cut
                enabled: canvasController.selection.noteCount > 0
                onTriggered: canvasController.editor.cut()
            }
            Action {
                text: qsTr("&Copy")
                shortcut: StandardKey.Copy
                enabled: canvasController.selection.noteCount > 0
                onTriggered: canvasController.editor.copy()
            }
            Action {
                text: qsTr("&Paste")
                shortcut: StandardKey.Paste
                onTriggered: canvasController.editor.paste()
            }
            Action {
                text: qsTr("D&uplicate")
                shortcut: "Ctrl+D"
                enabled: canvasController.selection.noteCount > 0
                onTriggered: canvasController.editor.duplicateSelection()
            }
            Action {
                // Del and Backspace are handled by the board, so text fields keep them.
                text: qsTr("&Delete")
                enabled: !canvasController.selection.empty
                onTriggered: canvasController.editor.deleteSelection()
            }
            Action {
                text: qsTr("Select &All")
                shortcut: StandardKey.SelectAll
                onTriggered: canvasController.editor.selectAll()
            }
            MenuSeparator {}
            Action {
                text: qsTr("&Find\u2026")
                shortcut: StandardKey.Find
                onTriggered: boardView.openSearch()
            }
            MenuSeparator {}
            Action {
                text: qsTr("Pre&ferences\u2026")
                shortcut: "Ctrl+,"
                onTriggered: preferencesDialog.open()
            }
        }
        CanvasViewMenu {
            controller: canvasController
            presenting: window.presenting
            sidePanelVisible: sidePanel.showPanel
            minimapVisible: boardView.showMinimap
            onPresentingToggled: window.setPresenting(!window.presenting)
            onSidePanelToggled: sidePanel.showPanel = !sidePanel.showPanel
            onMinimapToggled: boardView.showMinimap = !boardView.showMinimap

            MenuSeparator {}
            Action {
                text: qsTr("&Context Map")
                shortcut: "Ctrl+M"
                onTriggered: {
                    contextMapWindow.show()
                    contextMapWindow.raise()
                }
            }
        }
        CanvasBoardMenu {
            controller: canvasController
            onRenameContextRequested: (id) => boardView.renameContext(id)
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
                text: qsTr("&Keyboard Shortcuts")
                shortcut: "F1"
                onTriggered: shortcutsHelp.open()
            }
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

    RowLayout {
        anchors.fill: parent
        spacing: 0

        KindPalette {
            visible: !window.presenting
            controller: canvasController
            Layout.fillHeight: true
            Layout.preferredWidth: 176
        }

        // The views of the board: the workshop canvas first. More views (a context map, an
        // analysis) are added as further pages of this layout.
        StackLayout {
            id: views
            Layout.fillWidth: true
            Layout.fillHeight: true

            WorkshopCanvas {
                id: boardView
                controller: canvasController
                contexts: window.workspace.contexts
                theme: theme
                presenting: window.presenting
                onHelpRequested: shortcutsHelp.open()
                onPresentingToggled: window.setPresenting(!window.presenting)
            }
        }

        // The inspector and the workshop tools, beside the board.
        SidePanel {
            id: sidePanel
            property bool showPanel: true
            visible: showPanel && !window.presenting
            controller: canvasController
            workspace: window.workspace
            session: boardView.session
            theme: theme
            Layout.fillHeight: true
            Layout.preferredWidth: 330
        }
    }

    ShortcutsHelp {
        id: shortcutsHelp
        anchors.centerIn: parent
    }

    footer: ToolBar {
        visible: !window.presenting
        RowLayout {
            anchors.fill: parent
            anchors.leftMargin: 8
            anchors.rightMargin: 8
            Label {
                text: window.workspace.statusText
            }
            CanvasStatus {
                controller: canvasController
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

    // Created on first use: its controller renders the current export as soon as it exists,
    // which on a board of 10,000 notes cost seconds (and ~150 MB) before the first frame.
    Loader {
        id: exportLoader
        objectName: "exportLoader"
        // The dialog sizes and centres itself on its parent: the loader, as big as the window.
        anchors.fill: parent
        active: false
        sourceComponent: ExportDialog {
            workspace: window.workspace
        }
    }

    MessageDialog {
        id: errorDialog
        title: qsTr("Seams")
        buttons: MessageDialog.Ok
    }
}
