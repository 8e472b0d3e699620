import QtQuick

// The app's colours. "system" follows the desktop palette (light or dark); "light" and
// "dark" override it. Qt 6.4 has no colour-scheme API, so darkness is read off the palette.
QtObject {
    id: theme

    property string mode: "system"
    readonly property SystemPalette system: SystemPalette { colorGroup: SystemPalette.Active }
    readonly property bool dark: mode === "dark"
                                 || (mode === "system" && system.window.hslLightness < 0.5)

    // Controls (the window palette follows these)
    readonly property color window: mode === "system" ? system.window : (dark ? "#2b2d31" : "#eff0f1")
    readonly property color windowText: mode === "system" ? system.windowText : (dark ? "#e8eaed" : "#1f2328")
    readonly property color base: mode === "system" ? system.base : (dark ? "#1f2023" : "#ffffff")
    readonly property color alternateBase: mode === "system" ? system.alternateBase : (dark ? "#2a2c30" : "#f5f6f7")
    readonly property color text: mode === "system" ? system.text : windowText
    readonly property color button: mode === "system" ? system.button : (dark ? "#36393f" : "#e6e7e9")
    readonly property color buttonText: mode === "system" ? system.buttonText : windowText
    readonly property color highlight: mode === "system" ? system.highlight : (dark ? "#3d7bd9" : "#2f6fd6")
    readonly property color highlightedText: mode === "system" ? system.highlightedText : "#ffffff"
    readonly property color mid: dark ? "#4a4d55" : "#c4c7cc"

    // The board
    readonly property color canvas: dark ? "#18191c" : "#f7f7f5"
    // How strongly a frame tints the canvas under it (an opaque mix, see FrameDelegate).
    readonly property real frameTint: dark ? 0.16 : 0.12
    readonly property color gridDot: dark ? "#2c2e33" : "#dedfe0"
    readonly property color noteText: "#1b1b1b"
    readonly property color arrow: dark ? "#aab0bb" : "#4f5661"
    readonly property color relationship: dark ? "#b99be6" : "#6d4c9f"
    readonly property color selection: dark ? "#5aa9ff" : "#1e6fe5"
    readonly property color match: "#ffb300"
    readonly property color overlayBackground: dark ? Qt.rgba(0.13, 0.14, 0.16, 0.92) : Qt.rgba(1, 1, 1, 0.92)
    readonly property color overlayBorder: dark ? "#3b3e45" : "#d0d3d8"
    readonly property color danger: "#d93025"

    // The conventional sticky colours, in legend order (NoteKind); hotspots take white text.
    readonly property var kindColors: ["#ff9f40", "#5da9f6", "#ffe04d", "#c8a2e8",
                                       "#8bd36f", "#f49ac1", "#fff6b3", "#e84a4a"]
    function noteTextColor(kind) { return kind === 7 ? "#ffffff" : noteText }

    property real fontScale: 1.0
}
