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
                width: relationshipText.implicitWidth + 10
                height: relationshipText.implicitHeight + 4
                radius: height / 2
                color: canvas.controller.selection.currentRelationship === modelData.id
                       ? canvas.theme.selection : canvas.theme.relationship
                Text {
                    id: relationshipText
                    anchors.centerIn: parent
                    text: parent.modelData.text
                    color: "white"
                    font.pixelSize: 11 * canvas.theme.fontScale
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
    Item {
        id: chrome
        x: world.x
        y: world.y
        scale: canvas.zoom
        transformOrigin: Item.TopLeft

        readonly property real pixel: 1 / canvas.zoom
        readonly property CanvasGestures gestures: canvas.controller.gestures
        readonly property rect current: canvas.controller.currentNoteRect
        readonly property bool resizingNote: gestures.mode === CanvasGestures.ResizingNote

        // Resize preview of a note, and the grips of the single selected note.
        Rectangle {
            visible: chrome.resizingNote
            x: chrome.gestures.previewRect.x
            y: chrome.gestures.previewRect.y
            width: chrome.gestures.previewRect.width
            height: chrome.gestures.previewRect.height
            color: "transparent"
            border.color: canvas.theme.selection
            border.width: 2 * chrome.pixel
        }
        Item {
            visible: canvas.detail && chrome.current.width > 0 && !canvas.controller.moving
                     && canvas.controller.editingNote.length === 0
            x: chrome.current.x
            y: chrome.current.y
            width: chrome.current.width
            height: chrome.current.height
            Rectangle {
                width: 14 * chrome.pixel
                height: width
                x: parent.width - width * 0.7
                y: parent.height - height * 0.7
                color: canvas.theme.selection
                border.color: "white"
                border.width: chrome.pixel
            }
            Rectangle {
                width: 16 * chrome.pixel
                height: width
                radius: width / 2
                x: parent.width + 18 * chrome.pixel - width / 2
                y: parent.height / 2 - height / 2
                color: canvas.theme.arrow
                border.color: "white"
                border.width: 2 * chrome.pixel
                Text {
                    anchors.centerIn: parent
                    text: "\u2192"
                    color: "white"
                    font.pixelSize: 12 * chrome.pixel
                    font.bold: true
                }
            }
        }

        // Rubber band, or the frame being drawn.
        Rectangle {
            visible: chrome.gestures.mode === CanvasGestures.SelectingArea
                     || chrome.gestures.mode === CanvasGestures.DrawingContext
            x: chrome.gestures.previewRect.x
            y: chrome.gestures.previewRect.y
            width: chrome.gestures.previewRect.width
            height: chrome.gestures.previewRect.height
            color: Qt.rgba(canvas.theme.selection.r, canvas.theme.selection.g,
                           canvas.theme.selection.b, 0.12)
            border.color: canvas.theme.selection
            border.width: (chrome.gestures.mode === CanvasGestures.DrawingContext ? 2 : 1) * chrome.pixel
        }

        // The arrow or relationship being drawn.
        Rectangle {
            readonly property point from: chrome.gestures.previewFrom
            readonly property point to: chrome.gestures.previewTo
            readonly property bool drawing: chrome.gestures.mode === CanvasGestures.DrawingLink
                                            || chrome.gestures.mode === CanvasGestures.DrawingRelationship
            visible: drawing
            x: from.x
            y: from.y - height / 2
            width: Math.sqrt(Math.pow(to.x - from.x, 2) + Math.pow(to.y - from.y, 2))
            height: 2.5 * chrome.pixel
            transformOrigin: Item.Left
            rotation: Math.atan2(to.y - from.y, to.x - from.x) * 180 / Math.PI
            color: chrome.gestures.targetId.length > 0 ? canvas.theme.selection : canvas.theme.arrow
        }

        NoteEditor {
            id: noteEditor
            objectName: "noteEditor"
            controller: canvas.controller
            theme: canvas.theme
            canvas: keyTarget
        }
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
    Item {
        id: keyTarget
        anchors.fill: parent
        focus: true

        Keys.onPressed: (event) => {
            const editor = canvas.controller.editor
            const plain = (event.modifiers & ~(Qt.KeypadModifier | Qt.ShiftModifier)) === Qt.NoModifier
            const step = (event.modifiers & Qt.ShiftModifier) ? 50 : (event.modifiers & Qt.AltModifier) ? 1 : 10
            switch (event.key) {
            case Qt.Key_Space:
                if (!event.isAutoRepeat)
                    canvas.controller.gestures.panKeyHeld = true
                event.accepted = true
                return
            case Qt.Key_Left: editor.nudgeSelection(-step, 0); event.accepted = true; return
            case Qt.Key_Right: editor.nudgeSelection(step, 0); event.accepted = true; return
            case Qt.Key_Up: editor.nudgeSelection(0, -step); event.accepted = true; return
            case Qt.Key_Down: editor.nudgeSelection(0, step); event.accepted = true; return
            case Qt.Key_Delete:
            case Qt.Key_Backspace:
                editor.deleteSelection(); event.accepted = true; return
            case Qt.Key_Return:
            case Qt.Key_Enter:
            case Qt.Key_F2:
                if (canvas.controller.selection.currentNote.length > 0)
                    canvas.controller.startEditing(canvas.controller.selection.currentNote)
                else if (canvas.controller.selection.currentContext.length > 0)
                    renameField.openFor(canvas.controller.selection.currentContext)
                event.accepted = true
                return
            case Qt.Key_Escape:
                if (canvas.controller.gestures.mode !== CanvasGestures.Idle)
                    canvas.controller.gestures.cancel()
                else
                    canvas.controller.selection.clear()
                event.accepted = true
                return
            case Qt.Key_Question:
                canvas.helpRequested(); event.accepted = true; return
            }
            if (!plain || event.text.length !== 1)
                return
            const kind = NoteKinds.kindForKey(event.text)
            if (kind >= 0) {
                editor.currentKind = kind
                editor.createNoteNextToCurrent(kind)
                event.accepted = true
            } else if (event.text.toUpperCase() === "L") {
                editor.linkSelection()
                event.accepted = true
            } else if (event.text.toUpperCase() === "B") {
                const id = editor.createContextAroundSelection()
                if (id.length > 0)
                    renameField.openFor(id)
                event.accepted = true
            }
        }
        Keys.onReleased: (event) => {
            if (event.key === Qt.Key_Space && !event.isAutoRepeat) {
                canvas.controller.gestures.panKeyHeld = false
                event.accepted = true
            }
        }
        onActiveFocusChanged: if (!activeFocus) canvas.controller.gestures.panKeyHeld = false
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
