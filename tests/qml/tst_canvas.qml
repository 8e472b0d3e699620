import QtQuick
import QtTest
import Seams
import SeamsTest

// The canvas as a facilitator uses it: real mouse and key events on the real QML, a real
// Workspace underneath (a fresh copy of the sample board for every test).
Item {
    id: root
    width: 1200
    height: 800

    CanvasController {
        id: controller
        workspace: TestSupport.workspace
    }

    KindPalette {
        id: palette
        controller: controller
        width: 180
        height: parent.height
    }

    WorkshopCanvas {
        id: view
        x: palette.width
        width: parent.width - palette.width
        height: parent.height
        controller: controller
        contexts: TestSupport.workspace.contexts
    }

    SignalSpy {
        id: presentingSpy
        target: view
        signalName: "presentingToggled"
    }

    SignalSpy {
        id: helpSpy
        target: view
        signalName: "helpRequested"
    }

    TestCase {
        id: test
        name: "Canvas"
        when: windowShown

        readonly property var viewport: controller.viewport

        function init() {
            verify(TestSupport.reset())
            wait(0) // the zoom-to-fit of a freshly opened board
            viewport.zoom = 1.0
            viewport.centerOn(600, 300)
            view.focusBoard()
        }

        // A board point in the coordinates of `view`.
        function at(x, y) { return viewport.mapFromBoard(x, y) }
        function centerOf(id) {
            const r = TestSupport.noteRect(id)
            return at(r.x + r.width / 2, r.y + r.height / 2)
        }
        // Centres the view on a board rectangle, away from the minimap and the other overlays.
        function show(r) { viewport.centerOn(r.x + r.width / 2, r.y + r.height / 2) }
        function drag(from, to) {
            mousePress(view, from.x, from.y)
            for (let step = 1; step <= 8; ++step)
                mouseMove(view, from.x + (to.x - from.x) * step / 8, from.y + (to.y - from.y) * step / 8)
            mouseRelease(view, to.x, to.y)
        }
        function select(text) {
            const id = TestSupport.noteId(text)
            show(TestSupport.noteRect(id))
            const p = centerOf(id)
            mouseClick(view, p.x, p.y)
            compare(controller.selection.currentNote, id)
            return id
        }
        function typeText(text) {
            for (let i = 0; i < text.length; ++i)
                keyClick(text[i])
        }
        function editor() { return findChild(view, "noteEditor") }
        // Compares two JSON forms of the board, reporting the first line that differs.
        function sameJson(actual, expected) {
            const a = actual.split("\n")
            const e = expected.split("\n")
            for (let i = 0; i < Math.max(a.length, e.length); ++i) {
                if (a[i] !== e[i])
                    fail("board differs at line " + (i + 1) + ": " + a.slice(Math.max(0, i - 6), i + 3).join("|")
                         + " -- expected: " + e.slice(Math.max(0, i - 6), i + 3).join("|"))
            }
        }

        function test_keyboardCreatesEachKind_data() {
            return [
                { tag: "E domain event", key: Qt.Key_E, kind: 0 },
                { tag: "C command", key: Qt.Key_C, kind: 1 },
                { tag: "A aggregate", key: Qt.Key_A, kind: 2 },
                { tag: "P policy", key: Qt.Key_P, kind: 3 },
                { tag: "R read model", key: Qt.Key_R, kind: 4 },
                { tag: "X external system", key: Qt.Key_X, kind: 5 },
                { tag: "U actor", key: Qt.Key_U, kind: 6 },
                { tag: "H hotspot", key: Qt.Key_H, kind: 7 }
            ]
        }
        function test_keyboardCreatesEachKind(data) {
            const current = select("Ship Order")
            const before = TestSupport.noteCount()
            keyClick(data.key)
            compare(TestSupport.noteCount(), before + 1)
            const id = controller.selection.currentNote
            verify(id !== current)
            compare(TestSupport.noteKind(id), data.kind)
            // To the right of the current note, past "Order Shipped", and being edited.
            const r = TestSupport.noteRect(id)
            compare(r.y, TestSupport.noteRect(current).y)
            verify(r.x > TestSupport.noteRect(TestSupport.noteId("Order Shipped")).x)
            compare(controller.editingNote, id)
            tryCompare(editor(), "activeFocus", true)
            typeText("Hi")
            keyClick(Qt.Key_Escape)
            compare(TestSupport.noteText(id), "Hi")
            compare(controller.editingNote, "")
        }

        function test_paletteCreatesEachKind_data() {
            const rows = []
            for (let kind = 0; kind < 8; ++kind)
                rows.push({ tag: NoteKinds.name(kind), kind: kind })
            return rows
        }
        function test_paletteCreatesEachKind(data) {
            const button = findChild(palette, "paletteKind" + data.kind)
            verify(button)
            const before = TestSupport.noteCount()
            mouseClick(button)
            compare(TestSupport.noteCount(), before + 1)
            compare(TestSupport.noteKind(controller.selection.currentNote), data.kind)
            compare(controller.editor.currentKind, data.kind)
            // The palette's kind is what a double-click on empty space creates.
            const p = at(-400, 900)
            mouseDoubleClickSequence(view, p.x, p.y)
            compare(TestSupport.noteKind(controller.selection.currentNote), data.kind)
        }

        function test_enterTypesATimeline() {
            verify(TestSupport.reset("empty"))
            wait(0)
            view.focusBoard()
            keyClick(Qt.Key_E)
            typeText("Order Placed")
            keyClick(Qt.Key_Return)
            typeText("Paid")
            keyClick(Qt.Key_Return)
            typeText("Shipped")
            keyClick(Qt.Key_Escape)
            compare(TestSupport.noteCount(), 3)
            const a = TestSupport.noteId("Order Placed")
            const b = TestSupport.noteId("Paid")
            const c = TestSupport.noteId("Shipped")
            verify(a.length > 0 && b.length > 0 && c.length > 0)
            compare(TestSupport.noteRect(b).x, TestSupport.noteRect(a).x + 160)
            compare(TestSupport.noteRect(c).x, TestSupport.noteRect(b).x + 160)
            compare(TestSupport.noteKind(c), 0)
        }

        function test_editTextInPlace() {
            const id = TestSupport.noteId("Cancel Order")
            const p = centerOf(id)
            mouseDoubleClickSequence(view, p.x, p.y)
            compare(controller.editingNote, id)
            tryCompare(editor(), "activeFocus", true)
            keyClick(Qt.Key_A, Qt.ControlModifier)
            typeText("Cancel")
            keyClick(Qt.Key_Return, Qt.ShiftModifier) // a new line, not a new note
            typeText("the order")
            keyClick(Qt.Key_Escape)
            compare(TestSupport.noteText(id), "Cancel\nthe order")
            TestSupport.workspace.undo()
            compare(TestSupport.noteText(id), "Cancel Order")
        }

        function test_dragIsOneUndoStep() {
            const id = TestSupport.noteId("Cancel Order")
            const before = TestSupport.noteRect(id)
            const steps = TestSupport.undoIndex()
            const p = centerOf(id)
            drag(p, Qt.point(p.x + 40, p.y + 120))
            compare(TestSupport.noteRect(id).x, before.x + 40)
            compare(TestSupport.noteRect(id).y, before.y + 120)
            compare(TestSupport.undoIndex(), steps + 1)
            TestSupport.workspace.undo()
            compare(TestSupport.noteRect(id), before)
            TestSupport.workspace.redo()
            compare(TestSupport.noteRect(id).y, before.y + 120)
        }

        function test_resizeIsOneUndoStep() {
            const id = select("Order History")
            const before = TestSupport.noteRect(id)
            const steps = TestSupport.undoIndex()
            const grip = at(before.x + before.width - 2, before.y + before.height - 2)
            drag(grip, Qt.point(grip.x + 60, grip.y + 30))
            compare(TestSupport.noteRect(id).width, before.width + 60)
            compare(TestSupport.noteRect(id).height, before.height + 30)
            compare(TestSupport.undoIndex(), steps + 1)
            TestSupport.workspace.undo()
            compare(TestSupport.noteRect(id), before)
        }

        function test_membershipOnDrop() {
            const id = TestSupport.noteId("Order History")
            compare(TestSupport.noteContext(id), "Order Context")
            const payment = TestSupport.contextRect(TestSupport.contextId("Payment Context"))
            viewport.zoom = 0.5
            viewport.centerOn(1200, 300)
            drag(centerOf(id), at(payment.x + 300, payment.y + 450))
            compare(TestSupport.noteContext(id), "Payment Context")
            TestSupport.workspace.undo()
            compare(TestSupport.noteContext(id), "Order Context")
        }

        function test_movingAFrameMovesItsNotes() {
            const frame = TestSupport.contextId("User Context")
            const rect = TestSupport.contextRect(frame)
            const member = TestSupport.noteId("User Profile")
            const memberBefore = TestSupport.noteRect(member)
            viewport.zoom = 0.5
            viewport.centerOn(1500, 800)
            const title = at(rect.x + rect.width / 2, rect.y - controller.frameTitleHeight / 2)
            const steps = TestSupport.undoIndex()
            drag(title, Qt.point(title.x + 50, title.y + 100))
            compare(TestSupport.contextRect(frame).x, rect.x + 100)
            compare(TestSupport.contextRect(frame).y, rect.y + 200)
            compare(TestSupport.noteRect(member).x, memberBefore.x + 100)
            compare(TestSupport.noteRect(member).y, memberBefore.y + 200)
            compare(TestSupport.noteContext(member), "User Context")
            compare(TestSupport.undoIndex(), steps + 1)
        }

        function test_arrowsFollowNotes() {
            const command = TestSupport.noteId("Place Order")
            const event = TestSupport.noteId("Order Placed")
            const links = findChild(view, "links")
            verify(links)
            const before = links.arrowsAt(event)
            verify(before.length >= 1)
            const p = centerOf(event)
            mousePress(view, p.x, p.y)
            for (let step = 1; step <= 6; ++step)
                mouseMove(view, p.x, p.y + step * 30)
            // Mid-drag: the board has not changed, the arrow already points at the new place.
            compare(TestSupport.noteRect(event).y, 60)
            const during = links.arrowsAt(event)
            const arrow = during.find(a => a.x1 < TestSupport.noteRect(event).x)
            verify(arrow !== undefined)
            verify(arrow.y2 > 110 + 100, "the arrow's head moved down with the note")
            // ... and it is drawn there: arrow-coloured pixels around its middle.
            const image = grabImage(view)
            const mid = at((arrow.x1 + arrow.x2) / 2, (arrow.y1 + arrow.y2) / 2)
            let found = false
            for (let dx = -3; dx <= 3 && !found; ++dx)
                for (let dy = -3; dy <= 3 && !found; ++dy) {
                    const c = image.pixel(Math.round(mid.x) + dx, Math.round(mid.y) + dy)
                    found = c.r < 0.5 && c.g < 0.5 && c.b < 0.5
                }
            verify(found, "an arrow is drawn between the command and the dragged event")
            mouseRelease(view, p.x, p.y + 180)
            const after = links.arrowsAt(event)
            compare(after.length, before.length)
            compare(TestSupport.noteRect(event).y, 240)
            compare(TestSupport.noteRect(command).y, 60)
        }

        function test_dragWhenZoomedOut() {
            // Below the level of detail the dragged note is drawn by the overview's overlay.
            const id = TestSupport.noteId("Order History")
            viewport.zoom = 0.3
            show(TestSupport.noteRect(id))
            const from = centerOf(id)
            const to = Qt.point(from.x + 90, from.y + 120)
            mousePress(view, from.x, from.y)
            for (let step = 1; step <= 6; ++step)
                mouseMove(view, from.x + 15 * step, from.y + 20 * step)
            verify(controller.moving)
            tryVerify(() => {
                const c = grabImage(view).pixel(to.x, to.y)
                return Math.abs(c.r - 0x8b / 255) < 0.08 && Math.abs(c.g - 0xd3 / 255) < 0.08
                    && Math.abs(c.b - 0x6f / 255) < 0.08
            }, 2000, "the read model's green is drawn where the note is dragged to")
            mouseRelease(view, to.x, to.y)
            const r = TestSupport.noteRect(id)
            fuzzyCompare(r.x, 580 + 90 / 0.3, 0.5)
            fuzzyCompare(r.y, 380 + 120 / 0.3, 0.5)
        }

        function test_searchHighlightsAndJumps() {
            view.openSearch()
            typeText("refund")
            compare(controller.search.count, 3)
            keyClick(Qt.Key_Return)
            const first = controller.search.idAt(0)
            compare(controller.selection.currentNote, first)
            const r = TestSupport.noteRect(first)
            verify(viewport.visibleRect.x <= r.x && r.x + r.width <= viewport.visibleRect.x + viewport.visibleRect.width)
            // The matches in view are flagged for their highlight.
            const model = controller.visibleNotes
            let matched = 0
            for (let row = 0; row < model.rowCount(); ++row) {
                const index = model.index(row, 0)
                if (model.data(index, VisibleNotesModel.ActiveRole) && model.data(index, VisibleNotesModel.MatchRole))
                    ++matched
            }
            verify(matched >= 1)
            keyClick(Qt.Key_Return)
            compare(controller.selection.currentNote, controller.search.idAt(1))
            keyClick(Qt.Key_Escape)
            compare(controller.search.count, 0)
        }

        function test_copyPaste() {
            const a = select("Capture Payment")
            const b = TestSupport.noteId("Payment Captured")
            const p = centerOf(b)
            mouseClick(view, p.x, p.y, Qt.LeftButton, Qt.ControlModifier)
            compare(controller.selection.noteCount, 2)
            controller.editor.copy()
            compare(TestSupport.clipboardText(), "Capture Payment\nPayment Captured")
            const notes = TestSupport.noteCount()
            const arrows = TestSupport.linkCount()
            controller.editor.paste()
            compare(TestSupport.noteCount(), notes + 2)
            compare(TestSupport.linkCount(), arrows + 1)
            compare(controller.selection.noteCount, 2)
            verify(controller.selection.currentNote !== a && controller.selection.currentNote !== b)
            TestSupport.workspace.undo()
            compare(TestSupport.noteCount(), notes)
        }

        function test_keyboardEditsAndUndoRedoOfAllOfIt() {
            const original = TestSupport.boardJson()
            const steps = TestSupport.undoIndex()
            // Create and type, move by drag, resize, nudge with arrows, delete, duplicate.
            select("Order History")
            keyClick(Qt.Key_R)
            typeText("Stock Levels")
            keyClick(Qt.Key_Escape)
            const created = controller.selection.currentNote
            const p = centerOf(created)
            drag(p, Qt.point(p.x + 20, p.y + 160))
            const r = TestSupport.noteRect(created)
            show(r)
            const grip = at(r.x + r.width - 2, r.y + r.height - 2)
            drag(grip, Qt.point(grip.x + 30, grip.y + 10))
            compare(TestSupport.noteRect(created).width, 170)
            keyClick(Qt.Key_Right)
            keyClick(Qt.Key_Right)
            keyClick(Qt.Key_Right, Qt.ShiftModifier)
            select("Cancel Order")
            keyClick(Qt.Key_Delete)
            select("Ship Order")
            controller.editor.duplicateSelection()
            const edited = TestSupport.boardJson()
            verify(edited !== original)
            // create, text, move, resize, nudges (one step), delete, duplicate
            compare(TestSupport.undoIndex(), steps + 7)
            while (TestSupport.undoIndex() > steps)
                TestSupport.workspace.undo()
            sameJson(TestSupport.boardJson(), original)
            for (let i = 0; i < 7; ++i)
                TestSupport.workspace.redo()
            // Redo stamps the notes it changes again: all but updated_at is the same.
            sameJson(TestSupport.boardJson().replace(/"updated_at": "[^"]*"/g, ""),
                     edited.replace(/"updated_at": "[^"]*"/g, ""))
        }

        function test_contextMenu() {
            const id = TestSupport.noteId("Cancel Order")
            show(TestSupport.noteRect(id))
            const p = centerOf(id)
            mouseClick(view, p.x, p.y, Qt.RightButton)
            const menu = findChild(view, "contextMenu")
            verify(menu)
            tryCompare(menu, "opened", true)
            compare(menu.hitType, "note")
            compare(menu.hitId, id)
            compare(controller.selection.currentNote, id)
            let deleteItem = null
            for (let i = 0; i < menu.count; ++i) {
                const item = menu.itemAt(i)
                if (item && item.text === "Delete")
                    deleteItem = item
            }
            verify(deleteItem)
            const notes = TestSupport.noteCount()
            deleteItem.triggered()
            compare(TestSupport.noteCount(), notes - 1)
            menu.close()
            tryCompare(menu, "visible", false)
            // On empty space it offers to paste and to create there.
            const empty = at(1220, 600) // between the frames
            mouseClick(view, empty.x, empty.y, Qt.RightButton)
            tryCompare(menu, "opened", true)
            compare(menu.hitType, "empty")
            fuzzyCompare(menu.boardPoint.x, 1220, 0.5)
            menu.close()
            tryCompare(menu, "visible", false)
        }

        function test_helpKey() {
            helpSpy.clear()
            keyClick(Qt.Key_Question, Qt.ShiftModifier)
            compare(helpSpy.count, 1)
        }

        function test_presentationKeys() {
            presentingSpy.clear()
            keyClick(Qt.Key_F11)
            compare(presentingSpy.count, 1)
            keyClick(Qt.Key_P, Qt.ControlModifier | Qt.ShiftModifier)
            compare(presentingSpy.count, 2)
        }

        function test_relationshipLabels() {
            const labels = controller.relationshipLabels
            verify(labels.length > 0)
            compare(labels.length, TestSupport.relationshipCount())
            verify(labels.some(label => label.text === "C/S \u00b7 events"))
        }

        function test_wheelPansAndZooms() {
            const origin = Qt.point(viewport.originX, viewport.originY)
            mouseWheel(view, 300, 300, 0, -120)
            verify(viewport.originY > origin.y)
            const anchor = viewport.mapToBoard(300, 300)
            mouseWheel(view, 300, 300, 0, 120, Qt.NoButton, Qt.ControlModifier)
            verify(viewport.zoom > 1.0)
            const still = viewport.mapToBoard(300, 300)
            fuzzyCompare(still.x, anchor.x, 0.001)
            fuzzyCompare(still.y, anchor.y, 0.001)
            for (let i = 0; i < 40; ++i)
                mouseWheel(view, 300, 300, 0, -120, Qt.NoButton, Qt.ControlModifier)
            compare(viewport.zoom, 0.1)
            verify(!viewport.showsDetail)
        }

        function test_pinchZoomsAroundTheFingers() {
            // Two fingers spreading from 100 to 300 px apart, centred on (400, 300).
            const anchor = viewport.mapToBoard(400, 300)
            const touch = touchEvent(view)
            touch.press(0, view, 350, 300).press(1, view, 450, 300).commit()
            for (let step = 1; step <= 10; ++step) {
                touch.move(0, view, 350 - 10 * step, 300).move(1, view, 450 + 10 * step, 300).commit()
                wait(10) // a delivery per step, mostly: queued touch moves are merged
            }
            touch.release(0, view, 250, 300).release(1, view, 550, 300).commit()
            // The handler takes over once the fingers have moved past the drag threshold and
            // scales from there (300 / 180 px when every step is delivered on its own; less
            // when a loaded machine merges steps), so never the full 3x.
            verify(viewport.zoom > 1.05, "zoom after the spread: " + viewport.zoom)
            verify(viewport.zoom <= 3.0 + 1e-6, "zoom after the spread: " + viewport.zoom)
            const still = viewport.mapToBoard(400, 300)
            fuzzyCompare(still.x, anchor.x, 1)
            fuzzyCompare(still.y, anchor.y, 1)
            compare(TestSupport.undoIndex(), 0) // zooming is not an edit
        }
    }
}
