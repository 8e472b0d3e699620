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
        id: timer
        session: session
        theme: view.theme
        scale: view.theme.fontScale
        transformOrigin: Item.TopRight
        anchors.top: parent.top
        anchors.right: parent.right
        anchors.margins: 12
    }

    Minimap {
        id: minimap
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
        id: zoomControls
        controller: view.controller
        theme: view.theme
        anchors.left: parent.left
        anchors.bottom: parent.bottom
        anchors.margins: 12
    }

    Legend {
        id: legend
        visible: view.presenting
        theme: view.theme
        scale: view.theme.fontScale
        transformOrigin: Item.BottomLeft
        anchors.left: parent.left
        anchors.bottom: parent.bottom
        anchors.leftMargin: 12
        anchors.bottomMargin: 64
    }

    // What the overlays cover (scaled ones from their transform origin), so that zoom to fit
    // keeps the board clear of them. Hidden ones give empty rectangles, which are ignored.
    Binding {
        target: view.controller.viewport
        property: "overlays"
        value: [
            Qt.rect(timer.x + timer.width * (1 - timer.scale), timer.y,
                    timer.width * timer.scale, timer.height * timer.scale),
            minimap.visible ? Qt.rect(minimap.x, minimap.y, minimap.width, minimap.height)
                            : Qt.rect(0, 0, 0, 0),
            Qt.rect(zoomControls.x, zoomControls.y, zoomControls.width, zoomControls.height),
            legend.visible ? Qt.rect(legend.x, legend.y + legend.height * (1 - legend.scale),
                                     legend.width * legend.scale, legend.height * legend.scale)
                           : Qt.rect(0, 0, 0, 0)
        ]
    }
}
