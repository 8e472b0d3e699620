import QtQuick
import QtQuick.Controls
import Seams

// The workshop canvas. Board coordinates live in C++ (CanvasController): this item lays
// out one transformed "world" layer from the viewport, shows delegates only for the notes
// near the view (a recycled pool), draws the zoomed-out board and the arrows in one
// scene-graph node each, and forwards pointer and keyboard intent to the controller.
FocusScope {
    id: canvas
    objectName: "boardCanvas"

    required property CanvasController controller
    required property ContextsModel contexts
    property Theme theme: Theme {}
    property bool presenting: false
    // Off when the window's own colour is the canvas colour: one full-size layer less.
    property bool drawBackground: true

    readonly property Viewport viewport: controller.viewport
    readonly property real zoom: viewport.zoom
    readonly property bool detail: viewport.showsDetail

    signal helpRequested()
    signal searchRequested()

    clip: true
    focus: true
    activeFocusOnTab: true

    Component.onCompleted: keyTarget.forceActiveFocus()

    Binding { target: canvas.viewport; property: "width"; value: canvas.width }
    Binding { target: canvas.viewport; property: "height"; value: canvas.height }
    Binding { target: canvas.controller; property: "fontScale"; value: canvas.theme.fontScale }

    Rectangle {
        anchors.fill: parent
        visible: canvas.drawBackground
        color: canvas.theme.canvas
    }

    // Board coordinates: the frames (zoomed out, the overview paints them)...
    Item {
        id: world
        x: -canvas.viewport.originX * canvas.zoom
        y: -canvas.viewport.originY * canvas.zoom
        scale: canvas.zoom
        transformOrigin: Item.TopLeft
        visible: canvas.detail

        Repeater {
            model: canvas.contexts
            delegate: FrameDelegate {
                controller: canvas.controller
                theme: canvas.theme
                detail: canvas.detail
            }
        }
    }

    // ...zoomed out, the canvas, the frames and every note as a block, in one opaque node...
    OverviewItem {
        anchors.fill: parent
        controller: canvas.controller
        visible: !canvas.detail
        selectionColor: canvas.theme.selection
        matchColor: canvas.theme.match
        canvasColor: canvas.theme.canvas
        frameTint: canvas.theme.frameTint
    }

    // ...the arrows, under the notes so that a long arrow never hides a note's text...
    LinksItem {
        objectName: "links"
        anchors.fill: parent
        controller: canvas.controller
        color: canvas.theme.arrow
        relationshipColor: canvas.theme.relationship
        selectionColor: canvas.theme.selection
    }

    // ...the frames' title bars and grips...
    Item {
        x: world.x
        y: world.y
        scale: canvas.zoom
        transformOrigin: Item.TopLeft
        Repeater {
            model: canvas.contexts
            delegate: FrameDelegate {
                chrome: true
                controller: canvas.controller
                theme: canvas.theme
                detail: canvas.detail
            }
        }
    }

    // ...zoomed in, delegates for the notes near the view only (a recycled pool).
    Item {
        id: notesLayer
        x: world.x
        y: world.y
        scale: canvas.zoom
        transformOrigin: Item.TopLeft
        visible: canvas.detail
        Repeater {
            model: canvas.controller.visibleNotes
            delegate: NoteDelegate { theme: canvas.theme }
        }
    }

    // Far out, frame names as map labels (title bars get too small to read); at every zoom
    // the relationship labels. Both in view coordinates, at a constant size.
    Item {
        id: labels
        anchors.fill: parent

        Repeater {
            // Below 20% the title bars stop growing (see frameTitleHeight).
            model: canvas.zoom < 0.2 ? canvas.contexts : null
            delegate: Text {
                required property string name
                required property string statusName
                required property real frameX
                required property real frameY
                required property real frameWidth
                required property real frameHeight
                readonly property real screenWidth: frameWidth * canvas.zoom
                visible: screenWidth > 60
                x: (frameX - canvas.viewport.originX) * canvas.zoom
                y: (frameY - canvas.viewport.originY) * canvas.zoom
                width: screenWidth
                height: frameHeight * canvas.zoom
                horizontalAlignment: Text.AlignHCenter
                verticalAlignment: Text.AlignVCenter
                wrapMode: Text.WordWrap
                elide: Text.ElideRight
                maximumLineCount: 3
                textFormat: Text.PlainText
                text: name
                font.pixelSize: 20 * canvas.theme.fontScale
                font.bold: true
                color: canvas.theme.dark ? "#ffffff" : "#1f2328"
                style: Text.Outline
                styleColor: canvas.theme.canvas
            }
        }

        Repeater {
            model: canvas.controller.relationshipLabels
            delegate: Rectangle {
                required property var modelData
                x: (modelData.x - canvas.viewport.originX) * canvas.zoom - width / 2
                y: (modelData.y - canvas.viewport.originY) * canvas.zoom - height / 2
                width: modelData.width
                height: modelData.height
                radius: height / 2
                color: canvas.controller.selection.currentRelationship === modelData.id
                       ? canvas.theme.selection : canvas.theme.relationship
                Text {
                    id: relationshipText
                    anchors.centerIn: parent
                    text: parent.modelData.text
                    color: "white"
                    font.pixelSize: parent.modelData.pixelSize
                    font.bold: true
                }
            }
        }
    }

    // The drag overlay: the notes being moved, at the drag offset, above everything else.
    Item {
        id: dragOverlay
        visible: canvas.controller.moving && canvas.detail
        x: world.x + canvas.controller.moveOffset.x * canvas.zoom
        y: world.y + canvas.controller.moveOffset.y * canvas.zoom
        scale: canvas.zoom
        transformOrigin: Item.TopLeft
        Repeater {
            model: canvas.controller.ghostNotes
            delegate: NoteDelegate {
                theme: canvas.theme
                overlay: true
            }
        }
    }
    OverviewItem {
        anchors.fill: parent
        controller: canvas.controller
        movingOnly: true
        visible: canvas.controller.moving && !canvas.detail
    }

    // Grips, previews and the text editor, in board coordinates above the notes.
    SelectionChrome {
        x: world.x
        y: world.y
        scale: canvas.zoom
        transformOrigin: Item.TopLeft
        controller: canvas.controller
        theme: canvas.theme
        keyTarget: keyTarget
    }

    // Pointer input: every press, move and release goes to the gesture state machine.
    MouseArea {
        id: pointer
        anchors.fill: parent
        z: -1 // below the note editor, which takes its own clicks
        acceptedButtons: Qt.LeftButton | Qt.RightButton | Qt.MiddleButton
        hoverEnabled: true
        property string hoverType: "empty"

        cursorShape: {
            const mode = canvas.controller.gestures.mode
            if (mode === CanvasGestures.Panning || canvas.controller.gestures.panKeyHeld)
                return Qt.ClosedHandCursor
            if (mode === CanvasGestures.MovingItems)
                return Qt.SizeAllCursor
            if (mode === CanvasGestures.DrawingContext || mode === CanvasGestures.SelectingArea)
                return Qt.CrossCursor
            switch (hoverType) {
            case "noteResize":
            case "contextResize": return Qt.SizeFDiagCursor
            case "noteConnector":
            case "contextConnector": return Qt.CrossCursor
            case "note":
            case "context": return Qt.OpenHandCursor
            case "link":
            case "relationship": return Qt.PointingHandCursor
            default: return Qt.ArrowCursor
            }
        }

        onPressed: (mouse) => {
            keyTarget.forceActiveFocus()
            canvas.controller.gestures.press(mouse.x, mouse.y, mouse.button, mouse.modifiers)
            if (mouse.button === Qt.RightButton)
                contextMenu.openAt(mouse.x, mouse.y)
        }
        onPositionChanged: (mouse) => {
            if (pressedButtons === Qt.NoButton)
                hoverType = canvas.controller.hitTestAt(mouse.x, mouse.y).type
            else
                canvas.controller.gestures.move(mouse.x, mouse.y)
        }
        onReleased: (mouse) => canvas.controller.gestures.release(mouse.x, mouse.y)
        onDoubleClicked: (mouse) => {
            if (mouse.button === Qt.LeftButton)
                canvas.controller.gestures.doubleClick(mouse.x, mouse.y)
        }
        onCanceled: canvas.controller.gestures.cancel()

        onWheel: (wheel) => {
            if (wheel.modifiers & Qt.ControlModifier) {
                const steps = (wheel.angleDelta.y !== 0 ? wheel.angleDelta.y : wheel.pixelDelta.y * 4) / 120
                canvas.viewport.zoomAt(wheel.x, wheel.y, Math.pow(1.15, steps))
            } else if (wheel.pixelDelta.x !== 0 || wheel.pixelDelta.y !== 0) {
                canvas.viewport.panBy(wheel.pixelDelta.x, wheel.pixelDelta.y) // touchpad
            } else if (wheel.modifiers & Qt.ShiftModifier) {
                canvas.viewport.panBy(wheel.angleDelta.y / 2, wheel.angleDelta.x / 2)
            } else {
                canvas.viewport.panBy(wheel.angleDelta.x / 2, wheel.angleDelta.y / 2)
            }
        }
    }

    PinchHandler {
        id: pinch
        target: null
        property real lastScale: 1
        onActiveChanged: lastScale = 1
        onActiveScaleChanged: {
            canvas.viewport.zoomAt(centroid.position.x, centroid.position.y, activeScale / lastScale)
            lastScale = activeScale
        }
    }

    // Keyboard-first: one key per note kind, Enter to edit, arrows to nudge.
    CanvasKeys {
        id: keyTarget
        anchors.fill: parent
        focus: true
        controller: canvas.controller
        onHelpRequested: canvas.helpRequested()
        onRenameRequested: (id) => renameField.openFor(id)
    }

    // Renaming a frame in place, over its title bar.
    TextField {
        id: renameField
        property string contextId
        visible: contextId.length > 0
        z: 10
        width: 280
        function openFor(id) {
            contextId = id
            const rect = canvas.controller.contextRect(id)
            const p = canvas.viewport.mapFromBoard(rect.x, rect.y)
            x = Math.max(4, Math.min(canvas.width - width - 4, p.x))
            y = Math.max(4, Math.min(canvas.height - height - 4, p.y - height - 4))
            text = canvas.controller.contextName(id)
            selectAll()
            forceActiveFocus()
        }
        function finish(apply) {
            if (apply && contextId.length > 0)
                canvas.controller.editor.renameContext(contextId, text)
            contextId = ""
            keyTarget.forceActiveFocus()
        }
        onAccepted: finish(true)
        Keys.onEscapePressed: finish(false)
        onActiveFocusChanged: if (!activeFocus && contextId.length > 0) finish(true)
    }

    Connections {
        target: canvas.controller.gestures
        function onRenameContextRequested(id) { renameField.openFor(id) }
    }

    CanvasContextMenu {
        id: contextMenu
        objectName: "contextMenu"
        controller: canvas.controller
        onRenameRequested: (id) => renameField.openFor(id)
    }

    function focusBoard() { keyTarget.forceActiveFocus() }
    function renameContext(id) { renameField.openFor(id) }
}
