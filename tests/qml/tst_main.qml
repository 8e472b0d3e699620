import QtQuick
import QtTest
import Seams
import SeamsTest

// The whole window: it builds with the canvas, and the dialogs made on first use open.
Item {
    id: root

    Component {
        id: mainComponent
        Main {
            workspace: TestSupport.workspace
            preferences: TestSupport.preferences
        }
    }

    TestCase {
        name: "Main"
        when: windowShown

        function test_windowAndExportDialog() {
            verify(TestSupport.reset())
            const window = createTemporaryObject(mainComponent, root)
            verify(window)
            tryCompare(window, "visible", true)
            const controller = findChild(window, "canvasController")
            verify(controller)
            compare(controller.workspace, TestSupport.workspace)
            const loader = findChild(window, "exportLoader")
            verify(loader)
            compare(loader.item, null) // not made until asked for
            loader.active = true
            loader.item.open()
            tryCompare(loader.item, "opened", true)
            verify(loader.item.width > 300)
            loader.item.close()
        }
    }
}
