import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Seams

// The board with what a facilitator keeps on it: the phase timer, search, the minimap, zoom
// controls, and the legend when the palette is hidden by presentation mode.
Item {
    id: view

    required property CanvasController controller
    required property ContextsModel contexts
    property Theme theme: Theme {}
    property bool presenting: false
    property alias session: session
    property bool showMinimap: true

    signal helpRequested()
    signal presentingToggled()

    function focusBoard() { board.focusBoard() }
    function openSearch() { searchBar.open() }
    function renameContext(id) { board.renameContext(id) }

    WorkshopSession {
        id: session
        persistent: true // a restart mid-workshop finds the same phase and clock
    }

    BoardCanvas {
        id: board
        anchors.fill: parent
        controller: view.controller
        contexts: view.contexts
        theme: view.theme
        presenting: view.presenting
        drawBackground: false // the window is painted in the canvas colour
        onHelpRequested: view.helpRequested()
    }

    Shortcut {
        sequences: ["F11", "Ctrl+Shift+P"]
        onActivated: view.presentingToggled()
    }
    Shortcut {
        sequence: "Ctrl+="
        onActivated: view.controller.zoomIn()
    }
    Shortcut {
        sequence: "Esc"
        // Esc first leaves text editing and gestures; only then presentation mode.
        enabled: view.presenting && view.controller.editingNote.length === 0
                 && view.controller.gestures.mode === CanvasGestures.Idle
        onActivated: view.presentingToggled()
    }

    SearchBar {
        id: searchBar
        controller: view.controller
        theme: view.theme
        anchors.top: parent.top
        anchors.topMargin: 12
        anchors.horizontalCenter: parent.horizontalCenter
        onClosed: board.focusBoard()
    }

    PhaseTimer {
        session: session
        theme: view.theme
        scale: view.theme.fontScale
        transformOrigin: Item.TopRight
        anchors.top: parent.top
        anchors.right: parent.right
        anchors.margins: 12
    }

    Minimap {
        visible: view.showMinimap
        controller: view.controller
        theme: view.theme
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        anchors.margins: 12
        width: 200
        height: 126
    }

    ZoomControls {
        controller: view.controller
        theme: view.theme
        anchors.left: parent.left
        anchors.bottom: parent.bottom
        anchors.margins: 12
    }

    Legend {
        visible: view.presenting
        theme: view.theme
        scale: view.theme.fontScale
        transformOrigin: Item.BottomLeft
        anchors.left: parent.left
        anchors.bottom: parent.bottom
        anchors.leftMargin: 12
        anchors.bottomMargin: 64
    }
}
