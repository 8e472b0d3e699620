import QtQuick
import QtQuick.Controls
import Seams

// The whole board in miniature with the viewport's rectangle; click or drag to move there.
Rectangle {
    id: minimap

    required property CanvasController controller
    property Theme theme

    readonly property Viewport viewport: controller.viewport

    radius: 6
    color: theme ? theme.base : "white"
    border.color: theme ? theme.overlayBorder : "gray"
    clip: true

    MinimapItem {
        id: map
        anchors.fill: parent
        anchors.margins: 4
        controller: minimap.controller
    }

    Rectangle {
        // The viewport, clamped to the minimap so it never disappears entirely.
        readonly property real viewLeft: map.x + map.mapOffset.x
                                     + (minimap.viewport.originX - map.boardRect.x) * map.mapScale
        readonly property real viewTop: map.y + map.mapOffset.y
                                    + (minimap.viewport.originY - map.boardRect.y) * map.mapScale
        x: Math.max(0, Math.min(minimap.width - 4, viewLeft))
        y: Math.max(0, Math.min(minimap.height - 4, viewTop))
        width: Math.max(4, Math.min(minimap.width - x, viewLeft + minimap.viewport.width
                                    / minimap.viewport.zoom * map.mapScale - x))
        height: Math.max(4, Math.min(minimap.height - y, viewTop + minimap.viewport.height
                                     / minimap.viewport.zoom * map.mapScale - y))
        color: "transparent"
        border.color: minimap.theme ? minimap.theme.selection : "blue"
        border.width: 2
    }

    MouseArea {
        anchors.fill: parent
        function moveTo(mouse) {
            const point = map.mapToBoard(mouse.x - map.x, mouse.y - map.y)
            minimap.viewport.centerOn(point.x, point.y)
        }
        onPressed: (mouse) => moveTo(mouse)
        onPositionChanged: (mouse) => moveTo(mouse)
    }
}
