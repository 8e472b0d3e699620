<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../app/qml/AboutDialog.qml" line="+9"/>
        <source>About Seams</source>
        <translation>Über Seams</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Seams %1</source>
        <translation>Seams %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Event-storming workshops and monolith-to-microservices migration planning.</source>
        <translation>Event-Storming-Workshops und Migrationsplanung vom Monolithen zu Microservices.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Built with</source>
        <translation>Erstellt mit</translation>
    </message>
</context>
<context>
    <name>AnalysisWindow</name>
    <message>
        <location filename="../app/qml/AnalysisWindow.qml" line="+16"/>
        <source>Dependency Analysis — Seams</source>
        <translation>Abhängigkeitsanalyse – Seams</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Open DOT File…</source>
        <translation>DOT-Datei öffnen…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Scan Source Folder…</source>
        <translation>Quellordner scannen…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Package depth</source>
        <translation>Pakettiefe</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>0: one module per file; N: one per package N levels deep (scans only)</source>
        <translation>0: ein Modul pro Datei; N: eines pro Paket in N Ebenen Tiefe (nur beim Scannen)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resolution</source>
        <translation>Auflösung</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Re-cluster</source>
        <translation>Neu clustern</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Create Contexts on Board</source>
        <translation>Kontexte auf dem Board anlegen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export JSON…</source>
        <translation>JSON exportieren…</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Open a DOT file (pydeps, jdeps, madge, dependency-cruiser) or scan a source folder.</source>
        <translation>Öffnen Sie eine DOT-Datei (pydeps, jdeps, madge, dependency-cruiser) oder scannen Sie einen Quellordner.</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Fit</source>
        <translation>Einpassen</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Candidates</source>
        <translation>Kandidaten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Coupling</source>
        <translation>Kopplung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Extraction Order</source>
        <translation>Reihenfolge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Imports</source>
        <translation>Importe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Workshop vs Code</source>
        <translation>Vergleich</translation>
    </message>
    <message numerus="yes">
        <location line="+49"/>
        <source>%n module(s) without any dependency</source>
        <translation>
            <numerusform>%n Modul ohne Abhängigkeiten</numerusform>
            <numerusform>%n Module ohne Abhängigkeiten</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 modules · %2 inside · %3 calls out · %4 called in · cost %5</source>
        <translation>%1 Module · %2 intern · %3 ausgehend · %4 eingehend · Kosten %5</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Seams: %1</source>
        <translation>Nahtstellen: %1</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Cheapest first. Cost = calls out + 2 × called in: what a service calls becomes an API call from it; what calls it must go through the gateway, changing every caller.</source>
        <translation>Günstigste zuerst. Kosten = ausgehend + 2 × eingehend: Was ein Service aufruft, wird zu einem API-Aufruf aus ihm heraus; was ihn aufruft, muss über das Gateway gehen, und jeder Aufrufer ändert sich.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>cost %1 (%2 out, %3 in, %4 modules)</source>
        <translation>Kosten %1 (%2 ausgehend, %3 eingehend, %4 Module)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Cross-module imports per module, most first: the migration guide&apos;s grep | uniq -c, for the whole code.</source>
        <translation>Modulübergreifende Importe pro Modul, die meisten zuerst: das grep | uniq -c aus dem Migrationsleitfaden, für den gesamten Code.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Open a Dependency Graph</source>
        <translation>Abhängigkeitsgraph öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Graphviz DOT files (*.dot *.gv)</source>
        <translation>Graphviz-DOT-Dateien (*.dot *.gv)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Scan a Source Folder (or a jdeps -dotoutput folder)</source>
        <translation>Quellordner scannen (oder einen Ordner von jdeps -dotoutput)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Export the Analysis as JSON</source>
        <translation>Analyse als JSON exportieren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>JSON files (*.json)</source>
        <translation>JSON-Dateien (*.json)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Exported.</source>
        <translation>Exportiert.</translation>
    </message>
</context>
<context>
    <name>CanvasBoardMenu</name>
    <message>
        <location filename="../app/qml/canvas/CanvasBoardMenu.qml" line="+14"/>
        <source>&amp;Board</source>
        <translation>B&amp;oard</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New &amp;Context Around Selection (B)</source>
        <translation>&amp;Kontext um Auswahl (B)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Link Selected Notes in Order (L)</source>
        <translation>Nacheinander ver&amp;binden (L)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Align</source>
        <translation>Aus&amp;richten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Left Edges</source>
        <translation>Linke Kanten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Horizontal Centres</source>
        <translation>Horizontale Mitte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Right Edges</source>
        <translation>Rechte Kanten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Top Edges</source>
        <translation>Obere Kanten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vertical Centres</source>
        <translation>Vertikale Mitte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bottom Edges</source>
        <translation>Untere Kanten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Distribute</source>
        <translation>Ver&amp;teilen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Horizontally</source>
        <translation>Horizontal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vertically</source>
        <translation>Vertikal</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bring to &amp;Front</source>
        <translation>In den &amp;Vordergrund</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Send to &amp;Back</source>
        <translation>In den &amp;Hintergrund</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Change &amp;Kind</source>
        <translation>&amp;Art ändern</translation>
    </message>
</context>
<context>
    <name>CanvasContextMenu</name>
    <message>
        <location filename="../app/qml/canvas/CanvasContextMenu.qml" line="+31"/>
        <source>Edit Text</source>
        <translation>Text bearbeiten</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Change Kind</source>
        <translation>Art ändern</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Rename Context</source>
        <translation>Kontext umbenennen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cut</source>
        <translation>Ausschneiden</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Paste Here</source>
        <translation>Hier einfügen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Duplicate</source>
        <translation>Duplizieren</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Link Selected Notes in Order</source>
        <translation>Nacheinander verbinden</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Bring to Front</source>
        <translation>In den Vordergrund</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Send to Back</source>
        <translation>In den Hintergrund</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New Context Around Selection</source>
        <translation>Neuer Kontext um die Auswahl</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New Context Here</source>
        <translation>Neuer Kontext hier</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>New Note Here</source>
        <translation>Neue Notiz hier</translation>
    </message>
</context>
<context>
    <name>CanvasStatus</name>
    <message numerus="yes">
        <location filename="../app/qml/canvas/CanvasStatus.qml" line="+19"/>
        <source>%n note(s) selected</source>
        <translation>
            <numerusform>%n Notiz ausgewählt</numerusform>
            <numerusform>%n Notizen ausgewählt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n context(s) selected</source>
        <translation>
            <numerusform>%n Kontext ausgewählt</numerusform>
            <numerusform>%n Kontexte ausgewählt</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>arrow selected</source>
        <translation>Pfeil ausgewählt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>relationship selected</source>
        <translation>Beziehung ausgewählt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Zoom %1%</source>
        <translation>Zoom %1 %</translation>
    </message>
</context>
<context>
    <name>CanvasViewMenu</name>
    <message>
        <location filename="../app/qml/canvas/CanvasViewMenu.qml" line="+18"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Zoom &amp;In</source>
        <translation>&amp;Vergrößern</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Zoom &amp;Out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Zoom to &amp;Fit</source>
        <translation>&amp;Einpassen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Actual &amp;Size (100%)</source>
        <translation>&amp;Originalgröße (100 %)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Zoom to &amp;Selection</source>
        <translation>Auf &amp;Auswahl zoomen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Presentation Mode (F11)</source>
        <translation>&amp;Präsentationsmodus (F11)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Side &amp;Panel</source>
        <translation>&amp;Seitenleiste</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Minimap</source>
        <translation>Ü&amp;bersichtskarte</translation>
    </message>
</context>
<context>
    <name>ContextInspector</name>
    <message>
        <location filename="../app/qml/canvas/ContextInspector.qml" line="+24"/>
        <source>Bounded context</source>
        <translation>Bounded Context</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Colour</source>
        <translation>Farbe</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n Notiz</numerusform>
            <numerusform>%n Notizen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Handoff</source>
        <translation>Übergabe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Wave</source>
        <translation>Welle</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>not planned</source>
        <translation>nicht geplant</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>owning team</source>
        <translation>verantwortliches Team</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Upstream</source>
        <translation>Upstream</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Routes</source>
        <translation>Routen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Engine</source>
        <translation>DBMS</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Board default (%1)</source>
        <translation>Board-Standard (%1)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Relationships</source>
        <translation>Beziehungen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>None yet. Drag from the round handle of the title bar to another context, or add one here.</source>
        <translation>Noch keine. Ziehen Sie vom runden Griff der Titelleiste zu einem anderen Kontext oder fügen Sie hier eine hinzu.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>upstream of %1</source>
        <translation>Upstream von %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>downstream of %1</source>
        <translation>Downstream von %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This context is upstream of the chosen one</source>
        <translation>Dieser Kontext ist Upstream des gewählten</translation>
    </message>
</context>
<context>
    <name>ContextMapWindow</name>
    <message>
        <location filename="../app/qml/ContextMapWindow.qml" line="+11"/>
        <source>Context Map — %1</source>
        <translation>Context Map – %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The context map cannot be drawn: %1</source>
        <translation>Die Context Map kann nicht gezeichnet werden: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No bounded contexts yet. Frame related notes in a context on the board and it appears here, with its relationships.</source>
        <translation>Noch keine Bounded Contexts. Fassen Sie zusammengehörige Notizen auf dem Board in einem Kontext zusammen; er erscheint dann hier mit seinen Beziehungen.</translation>
    </message>
</context>
<context>
    <name>CouplingHeatMap</name>
    <message>
        <location filename="../app/qml/CouplingHeatMap.qml" line="+24"/>
        <source>Dependencies of the row&apos;s candidate on the column&apos;s; darker is more (up to %1). High coupling between two candidates means they are costly to split apart.</source>
        <translation>Abhängigkeiten des Kandidaten der Zeile von dem der Spalte; je dunkler, desto mehr (bis %1). Starke Kopplung zwischen zwei Kandidaten bedeutet, dass ihre Trennung teuer ist.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No dependencies between candidates.</source>
        <translation>Keine Abhängigkeiten zwischen den Kandidaten.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../app/qml/ExportDialog.qml" line="+15"/>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+10"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>After wave</source>
        <translation>Nach Welle</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Wave</source>
        <translation>Welle</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Listen on</source>
        <translation>Lauscht auf</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>board setting (e.g. :8000)</source>
        <translation>Board-Einstellung (z. B. :8000)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Listen address</source>
        <translation>Lauschadresse</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Dialect</source>
        <translation>Dialekt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>board default</source>
        <translation>Board-Standard</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Layout</source>
        <translation>Layout</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>flyway (default)</source>
        <translation>flyway (Std.)</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Copied %1.</source>
        <translation>%1 kopiert.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Save to Folder…</source>
        <translation>In &amp;Ordner speichern…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Save…</source>
        <translation>&amp;Speichern…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Save Export</source>
        <translation>Export speichern</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Save Export to Folder</source>
        <translation>Export in Ordner speichern</translation>
    </message>
</context>
<context>
    <name>FieldEditor</name>
    <message>
        <location filename="../app/qml/canvas/FieldEditor.qml" line="+29"/>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Nullable</source>
        <translation>NULL erlaubt</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Choose an aggregate…</source>
        <translation>Aggregat wählen…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>values, separated by commas</source>
        <translation>Werte, durch Kommas getrennt</translation>
    </message>
</context>
<context>
    <name>FrameDelegate</name>
    <message>
        <location filename="../app/qml/canvas/FrameDelegate.qml" line="+97"/>
        <source>wave %1</source>
        <translation>Welle %1</translation>
    </message>
</context>
<context>
    <name>InspectorPanel</name>
    <message>
        <location filename="../app/qml/canvas/InspectorPanel.qml" line="+36"/>
        <source>Select a note, a context or an arrow to see its details here.

Press E to write the first domain event, Enter for the next one. F1 lists every key.</source>
        <translation>Wählen Sie eine Notiz, einen Kontext oder einen Pfeil aus, um hier die Details zu sehen.

Mit E schreiben Sie das erste Domain Event, mit Enter das nächste. F1 zeigt alle Tasten.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n note(s) selected. Board › Align and Distribute arrange them; B draws a context around them; L links them in order.</source>
        <translation>
            <numerusform>%n Notiz ausgewählt. Board › Ausrichten und Verteilen ordnen Notizen an; B legt einen Kontext um sie; L verbindet Notizen der Reihe nach.</numerusform>
            <numerusform>%n Notizen ausgewählt. Board › Ausrichten und Verteilen ordnen sie an; B legt einen Kontext um sie; L verbindet sie der Reihe nach.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Arrow</source>
        <translation>Pfeil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>To</source>
        <translation>Nach</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Label</source>
        <translation>Beschriftung</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>e.g. triggers</source>
        <translation>z. B. löst aus</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Delete Arrow</source>
        <translation>Pfeil löschen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Relationship</source>
        <translation>Beziehung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Upstream</source>
        <translation>Upstream</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Downstream</source>
        <translation>Downstream</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pattern</source>
        <translation>Muster</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Data sync</source>
        <translation>Datenabgleich</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Notes</source>
        <translation>Anmerkungen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Swap Direction</source>
        <translation>Richtung umkehren</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
</context>
<context>
    <name>KindPalette</name>
    <message>
        <location filename="../app/qml/canvas/KindPalette.qml" line="+23"/>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Add a %1 next to the current note (key %2)</source>
        <translation>Notiz der Art „%1“ neben der aktuellen einfügen (Taste %2)</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <location filename="../app/qml/Main.qml" line="+69"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;New Board</source>
        <translation>&amp;Neues Board</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Clear Recent Boards</source>
        <translation>Liste &amp;leeren</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save &amp;As…</source>
        <translation>Speichern &amp;unter…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Undo %1</source>
        <translation>&amp;Rückgängig: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Redo %1</source>
        <translation>&amp;Wiederholen: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cu&amp;t</source>
        <translation>&amp;Ausschneiden</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Paste</source>
        <translation>&amp;Einfügen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>D&amp;uplicate</source>
        <translation>&amp;Duplizieren</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Select &amp;All</source>
        <translation>Alles &amp;markieren</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Find…</source>
        <translation>&amp;Suchen…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Pre&amp;ferences…</source>
        <translation>Einstellu&amp;ngen…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Context Map</source>
        <translation>&amp;Context Map</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Analysis</source>
        <translation>A&amp;nalyse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Analyze &amp;Dependencies…</source>
        <translation>&amp;Abhängigkeiten analysieren…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;About Seams</source>
        <translation>Ü&amp;ber Seams</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Untitled: kept in the app folder until you name it</source>
        <translation>Unbenannt: liegt im App-Ordner, bis Sie ihm einen Namen geben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All edits saved to %1</source>
        <translation>Alle Änderungen gespeichert in %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Open Board</source>
        <translation>Board öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+9"/>
        <source>Seams boards (*.seams)</source>
        <translation>Seams-Boards (*.seams)</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Save Board As</source>
        <translation>Board speichern unter</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Seams</source>
        <translation>Seams</translation>
    </message>
</context>
<context>
    <name>NoteEditor</name>
    <message>
        <location filename="../app/qml/canvas/NoteEditor.qml" line="+32"/>
        <source>Type, Enter for the next note</source>
        <translation>Tippen, Enter</translation>
    </message>
</context>
<context>
    <name>NoteInspector</name>
    <message>
        <location filename="../app/qml/canvas/NoteInspector.qml" line="+22"/>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Context</source>
        <translation>Kontext</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(outside every context)</source>
        <translation>(außerhalb aller Kontexte)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>HTTP operation</source>
        <translation>HTTP-Operation</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>derived</source>
        <translation>abgeleitet</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>derived, e.g. /api/orders</source>
        <translation>abgeleitet, z. B. /api/orders</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Fields</source>
        <translation>Felder</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Payload</source>
        <translation>Payload</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add Field</source>
        <translation>Feld hinzufügen</translation>
    </message>
</context>
<context>
    <name>PhaseTimer</name>
    <message>
        <location filename="../app/qml/canvas/PhaseTimer.qml" line="+27"/>
        <source>Phase %1 of %2</source>
        <translation>Phase %1 von %2</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Pause the timer</source>
        <translation>Timer anhalten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Start the timer</source>
        <translation>Timer starten</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Next phase</source>
        <translation>Nächste Phase</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../app/qml/PreferencesDialog.qml" line="+12"/>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Appearance</source>
        <translation>Darstellung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Language:</source>
        <translation>Sprache:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Theme:</source>
        <translation>Farbschema:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Follow the system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Untitled boards</source>
        <translation>Unbenannte Boards</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kept in:</source>
        <translation>Gespeichert in:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New boards start with</source>
        <translation>Neue Boards beginnen mit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Monolith upstream:</source>
        <translation>Monolith-Upstream:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>JWT at the gateway:</source>
        <translation>JWT am Gateway:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Verify tokens (exp claim, key id in kid)</source>
        <translation>Tokens prüfen (exp-Claim, Schlüssel-ID in kid)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Rate limit:</source>
        <translation>Rate Limit:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>requests per minute (0: off)</source>
        <translation>Anfragen pro Minute (0: aus)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Database engine:</source>
        <translation>Datenbanksystem:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Folder for Untitled Boards</source>
        <translation>Ordner für unbenannte Boards</translation>
    </message>
</context>
<context>
    <name>Seams::AboutInfo</name>
    <message>
        <location filename="../app/aboutinfo.cpp" line="+16"/>
        <source>Seams is free software under the GNU General Public License, version 3 or later.</source>
        <translation>Seams ist freie Software unter der GNU General Public License, Version 3 oder neuer.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Application framework and user interface</source>
        <translation>Anwendungs-Framework und Benutzeroberfläche</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Public domain</source>
        <translation>Gemeinfrei</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The .seams project file</source>
        <translation>Die .seams-Projektdatei</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>DOT import, layout and the context map</source>
        <translation>DOT-Import, Layout und die Context Map</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every YAML file Seams writes</source>
        <translation>Jede YAML-Datei, die Seams schreibt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Service boundary suggestions</source>
        <translation>Vorschläge für Service-Grenzen</translation>
    </message>
</context>
<context>
    <name>Seams::Analysis</name>
    <message>
        <location filename="../core/analysis/graphlayout.cpp" line="+169"/>
        <location filename="../core/analysis/igraphutil.cpp" line="+68"/>
        <source>canceled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <location filename="../core/analysis/igraphutil.cpp" line="+1"/>
        <source>%1 failed: %2</source>
        <translation>%1 fehlgeschlagen: %2</translation>
    </message>
</context>
<context>
    <name>Seams::AnalysisController</name>
    <message>
        <location filename="../app/analysiscontroller.cpp" line="+100"/>
        <source>%1 modules (%2), %3 dependencies; %4 candidate services, modularity %5</source>
        <translation>%1 Module (%2), %3 Abhängigkeiten; %4 Service-Kandidaten, Modularität %5</translation>
    </message>
    <message>
        <location line="+155"/>
        <source>Nothing to apply: analyse a dependency graph first.</source>
        <translation>Nichts zu übernehmen: Analysieren Sie zuerst einen Abhängigkeitsgraphen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The suggestion has no candidate service to add.</source>
        <translation>Der Vorschlag enthält keinen Service-Kandidaten, der sich hinzufügen ließe.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Added %n context(s) below the board&apos;s content; Edit &gt; Undo removes them.</source>
        <translation>
            <numerusform>%n Kontext unter dem Inhalt des Boards hinzugefügt; Bearbeiten &gt; Rückgängig entfernt ihn.</numerusform>
            <numerusform>%n Kontexte unter dem Inhalt des Boards hinzugefügt; Bearbeiten &gt; Rückgängig entfernt sie.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>There is no open board.</source>
        <translation>Es ist kein Board geöffnet.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Nothing to export: analyse a dependency graph first.</source>
        <translation>Nichts zu exportieren: Analysieren Sie zuerst einen Abhängigkeitsgraphen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/analysisresults.cpp" line="+22"/>
        <source>… %n more</source>
        <translation>
            <numerusform>… %n weiteres</numerusform>
            <numerusform>… %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <location line="+87"/>
        <source>Analyse a dependency graph to compare it with the board.</source>
        <translation>Analysieren Sie einen Abhängigkeitsgraphen, um ihn mit dem Board zu vergleichen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No name rules yet. Map code to the board&apos;s contexts with lines such as &quot;app.orders.* = Order Context&quot;.</source>
        <translation>Noch keine Namensregeln. Ordnen Sie Code den Kontexten des Boards mit Zeilen wie „app.orders.* = Order Context“ zu.</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%1 of %2 modules mapped by %n rule(s); %3 imports cross the workshop&apos;s boundaries; agreement with the suggestion (adjusted Rand) %4.</source>
        <translation>
            <numerusform>%1 von %2 Modulen durch %n Regel zugeordnet; %3 Importe überschreiten die Grenzen aus dem Workshop; Übereinstimmung mit dem Vorschlag (adjustierter Rand-Index) %4.</numerusform>
            <numerusform>%1 von %2 Modulen durch %n Regeln zugeordnet; %3 Importe überschreiten die Grenzen aus dem Workshop; Übereinstimmung mit dem Vorschlag (adjustierter Rand-Index) %4.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1% of its %2 modules in one candidate; %3 unrelated piece(s); in %4</source>
        <translation>%1 % seiner %2 Module in einem Kandidaten; unverbundene Teile: %3; verteilt auf %4</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 imports from %2</source>
        <translation>%1 importiert aus %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Rules name this context, but the board has no context of that name.</source>
        <translation>Regeln nennen diesen Kontext, aber das Board hat keinen Kontext dieses Namens.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This rule matches no module.</source>
        <translation>Diese Regel trifft auf kein Modul zu.</translation>
    </message>
</context>
<context>
    <name>Seams::AsyncApiExporter</name>
    <message>
        <location filename="../core/export/asyncapiexporter.cpp" line="+176"/>
        <source>cannot write the event contract of %1: %2</source>
        <translation>Event-Vertrag von %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../core/export/asyncapiexporter.h" line="+19"/>
        <source>AsyncAPI 3.0 event contracts</source>
        <translation>AsyncAPI-3.0-Event-Verträge</translation>
    </message>
</context>
<context>
    <name>Seams::BoardJson</name>
    <message>
        <location filename="../core/storage/boardjsonreader.cpp" line="+44"/>
        <source>&quot;%1&quot; is missing</source>
        <translation>„%1“ fehlt</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>must be a string</source>
        <translation>muss eine Zeichenkette sein</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>must be a number</source>
        <translation>muss eine Zahl sein</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>must be a whole number from %1 to %2</source>
        <translation>muss eine ganze Zahl von %1 bis %2 sein</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>must be true or false</source>
        <translation>muss true oder false sein</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&quot;%1&quot; is not a valid id</source>
        <translation>„%1“ ist keine gültige ID</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>unknown value &quot;%1&quot; (expected one of: %2)</source>
        <translation>unbekannter Wert „%1“ (erwartet wird einer von: %2)</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+3"/>
        <source>must be a list of strings</source>
        <translation>muss eine Liste von Zeichenketten sein</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&quot;%1&quot; is not an ISO 8601 date and time</source>
        <translation>„%1“ ist kein Datum mit Uhrzeit nach ISO 8601</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>position or size out of range</source>
        <translation>Position oder Größe außerhalb des zulässigen Bereichs</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>must be an object</source>
        <translation>muss ein Objekt sein</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>must be a list</source>
        <translation>muss eine Liste sein</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>line %1, column %2: %3</source>
        <translation>Zeile %1, Spalte %2: %3</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&quot;%1&quot; is not a colour</source>
        <translation>„%1“ ist keine Farbe</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+37"/>
        <location line="+17"/>
        <location line="+20"/>
        <source>duplicate id</source>
        <translation>doppelte ID</translation>
    </message>
    <message>
        <location line="-59"/>
        <location line="+55"/>
        <location line="+2"/>
        <source>no context has this id</source>
        <translation>kein Kontext hat diese ID</translation>
    </message>
    <message>
        <location line="-22"/>
        <location line="+2"/>
        <source>no note has this id</source>
        <translation>keine Notiz hat diese ID</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>the document must be a JSON object</source>
        <translation>das Dokument muss ein JSON-Objekt sein</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>this is not a Seams board (expected &quot;seams-board&quot;)</source>
        <translation>dies ist kein Seams-Board (erwartet: „seams-board“)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>written by a newer version of Seams (format %1; this version reads up to %2)</source>
        <translation>mit einer neueren Version von Seams geschrieben (Format %1; diese Version liest bis %2)</translation>
    </message>
</context>
<context>
    <name>Seams::BoardSettings</name>
    <message>
        <location filename="../core/model/boardsettings.cpp" line="+35"/>
        <source>setting &quot;%1&quot; must be %2</source>
        <translation>Einstellung „%1“ muss %2 sein</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>a string</source>
        <translation>eine Zeichenkette</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>true or false</source>
        <translation>true oder false</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>a whole number of requests, 0 or more</source>
        <translation>eine ganze Zahl von Anfragen, 0 oder mehr</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>one of postgres, mariadb, sqlite</source>
        <translation>einer der Werte postgres, mariadb, sqlite</translation>
    </message>
</context>
<context>
    <name>Seams::CaddyExporter</name>
    <message>
        <location filename="../core/export/caddyexporter.cpp" line="+27"/>
        <source>NOT ENFORCED by stock Caddy (no such module in the standard build):</source>
        <translation>NICHT DURCHGESETZT vom Standard-Caddy (kein solches Modul im Standard-Build):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>  JWT verification: requests pass unverified; verify tokens in the services, or build Caddy with a JWT plugin.</source>
        <translation>  JWT-Prüfung: Anfragen gehen ungeprüft durch; prüfen Sie Tokens in den Services oder bauen Sie Caddy mit einem JWT-Plugin.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>  rate limiting (%1 requests per minute and client on this board): no 429 from Caddy; build Caddy with a rate-limit plugin or limit elsewhere.</source>
        <translation>  Rate Limiting (%1 Anfragen pro Minute und Client auf diesem Board): kein 429 von Caddy; bauen Sie Caddy mit einem Rate-Limit-Plugin oder begrenzen Sie an anderer Stelle.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>  (nothing: JWT and rate limiting are off on this board)</source>
        <translation>  (nichts: JWT und Rate Limiting sind auf diesem Board aus)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The admin endpoint is localhost:2019 unless SEAMS_CADDY_ADMIN says otherwise (&quot;off&quot; disables it).</source>
        <translation>Der Admin-Endpunkt ist localhost:2019, sofern SEAMS_CADDY_ADMIN nichts anderes angibt („off“ schaltet ihn ab).</translation>
    </message>
    <message>
        <location filename="../core/export/caddyexporter.h" line="+16"/>
        <source>Caddyfile</source>
        <translation>Caddyfile</translation>
    </message>
</context>
<context>
    <name>Seams::CanvasClipboard</name>
    <message>
        <location filename="../app/canvas/canvasclipboard.cpp" line="+116"/>
        <source>The copied notes cannot be pasted: %1</source>
        <translation>Die kopierten Notizen können nicht eingefügt werden: %1</translation>
    </message>
</context>
<context>
    <name>Seams::CanvasEditor</name>
    <message numerus="yes">
        <location filename="../app/canvas/canvasarrange.cpp" line="+45"/>
        <source>Move %n note(s)</source>
        <translation>
            <numerusform>%n Notiz verschieben</numerusform>
            <numerusform>%n Notizen verschieben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Move %n item(s)</source>
        <translation>
            <numerusform>%n Element verschieben</numerusform>
            <numerusform>%n Elemente verschieben</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Resize note</source>
        <translation>Notizgröße ändern</translation>
    </message>
    <message numerus="yes">
        <location line="+28"/>
        <source>Align %n note(s)</source>
        <translation>
            <numerusform>%n Notiz ausrichten</numerusform>
            <numerusform>%n Notizen ausrichten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+44"/>
        <source>Distribute %n note(s)</source>
        <translation>
            <numerusform>%n Notiz verteilen</numerusform>
            <numerusform>%n Notizen verteilen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/canvas/canvaseditor.cpp" line="+164"/>
        <source>Delete selection</source>
        <translation>Auswahl löschen</translation>
    </message>
    <message numerus="yes">
        <location line="+26"/>
        <source>Duplicate %n note(s)</source>
        <translation>
            <numerusform>%n Notiz duplizieren</numerusform>
            <numerusform>%n Notizen duplizieren</numerusform>
        </translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Context %1</source>
        <translation>Kontext %1</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Add arrows</source>
        <translation>Pfeile hinzufügen</translation>
    </message>
    <message numerus="yes">
        <location line="+80"/>
        <source>Paste %n note(s)</source>
        <translation>
            <numerusform>%n Notiz einfügen</numerusform>
            <numerusform>%n Notizen einfügen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Seams::Cli</name>
    <message>
        <location filename="../app/cli/cli.cpp" line="+29"/>
        <source>Create a board: empty, the sample shop, or generated</source>
        <translation>Board anlegen: leer, mit dem Beispiel-Shop oder generiert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show a board&apos;s name and counts per kind and context</source>
        <translation>Name eines Boards und Anzahlen je Art und Kontext anzeigen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Run the model checks; exit 1 when any error is found</source>
        <translation>Modellprüfungen ausführen; Exit-Code 1, sobald ein Fehler gefunden wird</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export the board (json, and the handoff formats)</source>
        <translation>Board exportieren (json und die Übergabeformate)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Create a board file from the JSON interchange form</source>
        <translation>Board-Datei aus dem JSON-Austauschformat anlegen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Suggest service boundaries from module dependencies</source>
        <translation>Service-Grenzen aus Modulabhängigkeiten vorschlagen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show help for a verb</source>
        <translation>Hilfe zu einem Verb anzeigen</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Usage: seams [FILE]            open a board in the window
       seams VERB [OPTIONS]    work on boards without a display

Verbs:
</source>
        <translation>Aufruf: seams [FILE]            Board im Fenster öffnen
        seams VERB [OPTIONS]    ohne Bildschirm mit Boards arbeiten

Verben:
</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>
Run &quot;seams help VERB&quot; for the options of a verb.
Exit codes: 0 success, 1 check failures, 2 usage errors, 3 file errors.
</source>
        <translation>
„seams help VERB“ zeigt die Optionen eines Verbs.
Exit-Codes: 0 Erfolg, 1 Prüfung fehlgeschlagen, 2 Aufruffehler, 3 Dateifehler.
</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>seams help: unknown verb &quot;%1&quot;

</source>
        <translation>seams help: unbekanntes Verb „%1“

</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>seams %1: %2 is missing. Run &quot;seams help %1&quot;.
</source>
        <translation>seams %1: %2 fehlt. Siehe „seams help %1“.
</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>seams %1: expected one %2, got %3 arguments. Run &quot;seams help %1&quot;.
</source>
        <translation>seams %1: ein %2 erwartet, aber %3 Argumente erhalten. Siehe „seams help %1“.
</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>seams %1: %2 is empty. Run &quot;seams help %1&quot;.
</source>
        <translation>seams %1: %2 ist leer. Siehe „seams help %1“.
</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>seams: %1: %2
</source>
        <translation>seams: %1: %2
</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>seams: cannot write %1: %2
</source>
        <translation>seams: %1 kann nicht geschrieben werden: %2
</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>seams: unknown verb or option &quot;%1&quot;

</source>
        <translation>seams: unbekanntes Verb oder unbekannte Option „%1“

</translation>
    </message>
    <message>
        <location filename="../app/cli/clianalyze.cpp" line="+35"/>
        <source>Modules: %1 (%2), %3 dependencies between them, %4 on outside modules
</source>
        <translation>Module: %1 (%2), %3 Abhängigkeiten untereinander, %4 zu externen Modulen
</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Candidate services: %1 at resolution %2 (modularity %3)
</source>
        <translation>Service-Kandidaten: %1 bei Auflösung %2 (Modularität %3)
</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>  #  candidate                        modules  inside  calls out  called in   cost
</source>
        <translation>  #  Kandidat                          Module  intern  ausgehend  eingehend Kosten
</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>       seams: %1
</source>
        <translation>       Nahtstellen: %1
</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>
Coupling: dependencies of the row&apos;s candidate on the column&apos;s%1
</source>
        <translation>
Kopplung: Abhängigkeiten des Kandidaten der Zeile von dem der Spalte%1
</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (first %1 candidates)</source>
        <translation> (die ersten %1 Kandidaten)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>
Extraction order, cheapest first (cost = calls out + 2 x called in):
</source>
        <translation>
Extraktionsreihenfolge, günstigste zuerst (Kosten = ausgehend + 2 x eingehend):
</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1. %2 (cost %3: %4 calls out become API calls, %5 calls in go through the gateway)
</source>
        <translation>%1. %2 (Kosten %3: %4 ausgehend -&gt; API-Aufrufe, %5 eingehend -&gt; über das Gateway)
</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>
Cross-module imports (count, module, packages it reaches into):
</source>
        <translation>
Modulübergreifende Importe (Anzahl, Modul, Pakete, auf die es zugreift):
</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>    ... %1 more (--json lists all)
</source>
        <translation>    ... %1 weitere (--json listet alle)
</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>
Workshop versus code: %1 modules mapped by name rules, %2 unmapped; agreement (adjusted Rand) %3
</source>
        <translation>
Workshop und Code im Vergleich: %1 Module per Namensregeln zugeordnet, %2 nicht zugeordnet; Übereinstimmung (adjustierter Rand-Index) %3
</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>  %1: %2 modules, %3% in one candidate, %4 unrelated piece(s)%5
</source>
        <translation>  %1: %2 Module, %3 % in einem Kandidaten, unverbundene Teile: %4%5
</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> - scattered</source>
        <translation> - verstreut</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>  Modules importing across the workshop&apos;s boundaries (%1 imports):
</source>
        <translation>  Module mit Importen über die Grenzen aus dem Workshop hinweg (%1 Importe):
</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>  Rules name &quot;%1&quot;, which is not a context on the board.
</source>
        <translation>  Regeln nennen „%1“, doch auf dem Board gibt es keinen solchen Kontext.
</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>  Rule &quot;%1&quot; matches no module.
</source>
        <translation>  Regel „%1“ trifft auf kein Modul zu.
</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>seams analyze: cannot write %1: %2
</source>
        <translation>seams analyze: %1 kann nicht geschrieben werden: %2
</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Added %n context(s) to %1.
</source>
        <translation>
            <numerusform>%n Kontext zu %1 hinzugefügt.
</numerusform>
            <numerusform>%n Kontexte zu %1 hinzugefügt.
</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Suggest service boundaries from the monolith&apos;s module dependencies: candidate contexts, their coupling, an extraction order and the cross-module import counts. INPUT is a DOT file (pydeps, jdeps -dotoutput, madge --dot, dependency-cruiser -T dot, or any DOT graph), a folder of jdeps DOT files, or a source folder (Python, Java, JavaScript/TypeScript, C/C++), which is scanned. Extraction order: cheapest first, cost = calls out + 2 x calls in. Exit codes: 0 success, 2 usage errors, 3 unreadable or malformed input or board. See docs/analysis.md.</source>
        <translation>Service-Grenzen aus den Modulabhängigkeiten des Monolithen vorschlagen: Kontext-Kandidaten, ihre Kopplung, eine Extraktionsreihenfolge und die Anzahl modulübergreifender Importe. INPUT ist eine DOT-Datei (pydeps, jdeps -dotoutput, madge --dot, dependency-cruiser -T dot oder ein beliebiger DOT-Graph), ein Ordner mit jdeps-DOT-Dateien oder ein Quellordner (Python, Java, JavaScript/TypeScript, C/C++), der gescannt wird. Extraktionsreihenfolge: günstigste zuerst, Kosten = ausgehend + 2 x eingehend. Exit-Codes: 0 Erfolg, 2 Aufruffehler, 3 Eingabe oder Board unlesbar oder fehlerhaft. Siehe docs/analysis.md.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Analyze dependencies.</source>
        <translation>Abhängigkeiten analysieren.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>DOT file or folder.</source>
        <translation>DOT-Datei oder Ordner.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>More (above 1) or fewer (below 1) candidate services (default 1).</source>
        <translation>Mehr (über 1) oder weniger (unter 1) Service-Kandidaten (Standard 1).</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>R</source>
        <translation>R</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Scan sources into packages at depth N instead of one module per file (default 0: files).</source>
        <translation>Quellen beim Scannen zu Paketen der Tiefe N zusammenfassen statt ein Modul pro Datei (Standard 0: Dateien).</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../app/cli/cliboard.cpp" line="+51"/>
        <location filename="../app/cli/cliexport.cpp" line="+87"/>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Seed of the randomised clustering (default 1).</source>
        <translation>Startwert des zufallsbasierten Clusterings (Standard 1).</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../app/cli/cliboard.cpp" line="+2"/>
        <source>SEED</source>
        <translation>SEED</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write JSON instead of a report.</source>
        <translation>JSON statt eines Berichts schreiben.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write to FILE instead of standard output.</source>
        <translation>Nach FILE statt in die Standardausgabe schreiben.</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../app/cli/cliboard.cpp" line="+8"/>
        <location line="+55"/>
        <location line="+40"/>
        <location line="+83"/>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add the candidates to BOARD as contexts with aggregate notes (one undoable step).</source>
        <translation>Die Kandidaten als Kontexte mit Aggregat-Notizen zu BOARD hinzufügen (in einem Schritt rückgängig zu machen).</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+4"/>
        <source>BOARD</source>
        <translation>BOARD</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Compare with BOARD&apos;s contexts, using its module name rules.</source>
        <translation>Mit den Kontexten von BOARD vergleichen, anhand seiner Namensregeln für Module.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A name rule &quot;PATTERN = CONTEXT&quot; for --compare, e.g. &quot;app.orders.* = Order Context&quot;; repeatable, used before the board&apos;s own rules.</source>
        <translation>Eine Namensregel „MUSTER = KONTEXT“ für --compare, z. B. „app.orders.* = Order Context“; wiederholbar, gilt vor den Regeln des Boards.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>RULE</source>
        <translation>RULE</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Skip folders with this name when scanning; repeatable.</source>
        <translation>Ordner mit diesem Namen beim Scannen überspringen; wiederholbar.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/cli/cliboard.cpp" line="-190"/>
        <location line="+6"/>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scan tests and vendored folders too.</source>
        <translation>Auch Tests und Vendor-Ordner scannen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>INPUT</source>
        <translation>INPUT</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>seams analyze: --resolution needs a number above 0 and up to 100, not &quot;%1&quot;.
</source>
        <translation>seams analyze: --resolution braucht eine Zahl über 0 und bis 100, nicht „%1“.
</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>seams analyze: --depth needs a whole number from 0 to 64, not &quot;%1&quot;.
</source>
        <translation>seams analyze: --depth braucht eine ganze Zahl von 0 bis 64, nicht „%1“.
</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>seams analyze: --seed needs a whole number, not &quot;%1&quot;.
</source>
        <translation>seams analyze: --seed braucht eine ganze Zahl, nicht „%1“.
</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>seams analyze: --rule needs --compare BOARD.
</source>
        <translation>seams analyze: --rule braucht --compare BOARD.
</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+5"/>
        <source>seams analyze: %1
</source>
        <translation>seams analyze: %1
</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>seams analyze: %1: %2
</source>
        <translation>seams analyze: %1: %2
</translation>
    </message>
    <message>
        <location filename="../app/cli/cliboard.cpp" line="-25"/>
        <source> Use --force to replace it.</source>
        <translation> Zum Ersetzen --force angeben.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Create a board file: empty, the sample shop from the migration guide, or a generated board for benchmarks.</source>
        <translation>Board-Datei anlegen: leer, mit dem Beispiel-Shop aus dem Migrationsleitfaden oder als generiertes Board für Benchmarks.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Create a board.</source>
        <translation>Board anlegen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The .seams file to create.</source>
        <translation>Die anzulegende .seams-Datei.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start from a sample board: shop.</source>
        <translation>Mit einem Beispiel-Board beginnen: shop.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Generate a synthetic board of N notes.</source>
        <translation>Ein synthetisches Board mit N Notizen generieren.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Seed of the generated board (default 1).</source>
        <translation>Startwert des generierten Boards (Standard 1).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The board&apos;s name.</source>
        <translation>Name des Boards.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+61"/>
        <source>Replace an existing file.</source>
        <translation>Eine vorhandene Datei ersetzen.</translation>
    </message>
    <message>
        <location line="-51"/>
        <source>seams new: --sample and --generate cannot be combined.
</source>
        <translation>seams new: --sample und --generate lassen sich nicht kombinieren.
</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>seams new: unknown sample &quot;%1&quot; (available: shop).
</source>
        <translation>seams new: unbekanntes Beispiel „%1“ (verfügbar: shop).
</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>seams new: the sample is broken: %1
</source>
        <translation>seams new: das Beispiel ist defekt: %1
</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>seams new: --generate needs a number of notes from 1 to 1000000, not &quot;%1&quot;.
</source>
        <translation>seams new: --generate braucht eine Anzahl Notizen von 1 bis 1000000, nicht „%1“.
</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>seams new: --seed needs a whole number, not &quot;%1&quot;.
</source>
        <translation>seams new: --seed braucht eine ganze Zahl, nicht „%1“.
</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Create a .seams board file from the JSON interchange form (see &quot;seams export json&quot;).</source>
        <translation>Eine .seams-Board-Datei aus dem JSON-Austauschformat anlegen (siehe „seams export json“).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import a board.</source>
        <translation>Board importieren.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The JSON board to read.</source>
        <translation>Das zu lesende JSON-Board.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The .seams file to create (required).</source>
        <translation>Die anzulegende .seams-Datei (erforderlich).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>IN.json</source>
        <translation>IN.json</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>seams import: -o FILE is required.
</source>
        <translation>seams import: -o FILE ist erforderlich.
</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>seams import: cannot read %1: %2
</source>
        <translation>seams import: %1 kann nicht gelesen werden: %2
</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>seams import: %1: %2
</source>
        <translation>seams import: %1: %2
</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Show a board&apos;s name and its counts per kind and per bounded context.</source>
        <translation>Name eines Boards und seine Anzahlen je Art und je Bounded Context anzeigen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Describe a board.</source>
        <translation>Board beschreiben.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+79"/>
        <location filename="../app/cli/cliexport.cpp" line="-6"/>
        <source>The board (.seams or .json).</source>
        <translation>Das Board (.seams oder .json).</translation>
    </message>
    <message>
        <location line="-78"/>
        <location line="+83"/>
        <source>Print JSON instead of text.</source>
        <translation>JSON statt Text ausgeben.</translation>
    </message>
    <message>
        <location line="-42"/>
        <source>Board: %1
</source>
        <translation>Board: %1
</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Notes: %n
</source>
        <translation>
            <numerusform>Notizen: %n
</numerusform>
            <numerusform>Notizen: %n
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Bounded contexts: %n
</source>
        <translation>
            <numerusform>Bounded Contexts: %n
</numerusform>
            <numerusform>Bounded Contexts: %n
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n Notiz</numerusform>
            <numerusform>%n Notizen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>wave %1</source>
        <translation>Welle %1</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>  (outside every context: %n note(s))
</source>
        <translation>
            <numerusform>  (außerhalb aller Kontexte: %n Notiz)
</numerusform>
            <numerusform>  (außerhalb aller Kontexte: %n Notizen)
</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arrows: %1
Relationships: %2
</source>
        <translation>Pfeile: %1
Beziehungen: %2
</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Run the model checks. Prints one line per finding; exits with 1 when any finding is an error.</source>
        <translation>Die Modellprüfungen ausführen. Gibt eine Zeile pro Befund aus; endet mit 1, wenn ein Befund ein Fehler ist.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check a board.</source>
        <translation>Board prüfen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Only this area (repeatable): %1.</source>
        <translation>Nur dieser Bereich (wiederholbar): %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>AREA</source>
        <translation>AREA</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>seams check: unknown area &quot;%1&quot; (areas: %2).
</source>
        <translation>seams check: unbekannter Bereich „%1“ (Bereiche: %2).
</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>%1: %2, %3
</source>
        <translation>%1: %2, %3
</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n Fehler</numerusform>
            <numerusform>%n Fehler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n Warnung</numerusform>
            <numerusform>%n Warnungen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/cliexport.cpp" line="-37"/>
        <location line="+10"/>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Export a board. Formats: %1. Folder-shaped formats need -o DIR; the others write to -o FILE or to standard output. The same board always gives the same bytes.</source>
        <translation>Ein Board exportieren. Formate: %1. Formate, die einen Ordner schreiben, brauchen -o DIR; die übrigen schreiben nach -o FILE oder in die Standardausgabe. Dasselbe Board ergibt immer dieselben Bytes.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export a board.</source>
        <translation>Board exportieren.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One of: %1.</source>
        <translation>Eines von: %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Output file or folder (&quot;-&quot; or absent: standard output, for single-file formats).</source>
        <translation>Ausgabedatei oder -ordner („-“ oder weggelassen: Standardausgabe, bei Formaten mit nur einer Datei).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>OUT</source>
        <translation>OUT</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export the state after migration wave N.</source>
        <translation>Den Stand nach Migrationswelle N exportieren.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Gateway listen address (default: the board&apos;s, :8000).</source>
        <translation>Lauschadresse des Gateways (Standard: die des Boards, :8000).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ADDR:PORT</source>
        <translation>ADDR:PORT</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SQL dialect: postgres, mariadb or sqlite.</source>
        <translation>SQL-Dialekt: postgres, mariadb oder sqlite.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>DIALECT</source>
        <translation>DIALECT</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Migration file layout: flyway or golang-migrate.</source>
        <translation>Layout der Migrationsdateien: flyway oder golang-migrate.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>LAYOUT</source>
        <translation>LAYOUT</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>seams export: expected FORMAT and FILE. Formats: %1. Run &quot;seams help export&quot;.
</source>
        <translation>seams export: FORMAT und FILE erwartet. Formate: %1. Siehe „seams help export“.
</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>seams export: unknown format &quot;%1&quot; (formats: %2).
</source>
        <translation>seams export: unbekanntes Format „%1“ (Formate: %2).
</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>seams export: format &quot;%1&quot; has no --%2 option.
</source>
        <translation>seams export: Format „%1“ hat keine Option --%2.
</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>seams export: --wave needs a wave number from 0 to 1000, not &quot;%1&quot;.
</source>
        <translation>seams export: --wave braucht eine Wellennummer von 0 bis 1000, nicht „%1“.
</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>seams export: %1: %2.
</source>
        <translation>seams export: %1: %2.
</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>seams export: format &quot;%1&quot; writes a folder; give it with -o DIR.
</source>
        <translation>seams export: Format „%1“ schreibt einen Ordner; geben Sie ihn mit -o DIR an.
</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>seams export: %1 is a folder; format &quot;%2&quot; writes one file.
</source>
        <translation>seams export: %1 ist ein Ordner; Format „%2“ schreibt eine einzelne Datei.
</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>seams export: %1 not written: fix the errors above first.
</source>
        <translation>seams export: %1 nicht geschrieben: Beheben Sie zuerst die obigen Fehler.
</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>seams export: %1: %2
</source>
        <translation>seams export: %1: %2
</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>seams export: %1
</source>
        <translation>seams export: %1
</translation>
    </message>
</context>
<context>
    <name>Seams::Commands</name>
    <message numerus="yes">
        <location filename="../core/commands/moveitems.cpp" line="+28"/>
        <source>Move %n note(s)</source>
        <translation>
            <numerusform>%n Notiz verschieben</numerusform>
            <numerusform>%n Notizen verschieben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Move %n item(s)</source>
        <translation>
            <numerusform>%n Element verschieben</numerusform>
            <numerusform>%n Elemente verschieben</numerusform>
        </translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Rename board</source>
        <translation>Board umbenennen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Change board settings</source>
        <translation>Board-Einstellungen ändern</translation>
    </message>
</context>
<context>
    <name>Seams::ContextMap</name>
    <message>
        <location filename="../core/analysis/contextmap.cpp" line="+35"/>
        <source>%1 · wave %2</source>
        <translation>%1 · Welle %2</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>(unnamed)</source>
        <translation>(unbenannt)</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Context map</source>
        <translation>Context Map</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: context map</source>
        <translation>%1: Context Map</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Monolith</source>
        <translation>Monolith</translation>
    </message>
</context>
<context>
    <name>Seams::ContextMapExporter</name>
    <message>
        <location filename="../core/export/contextmapexporter.cpp" line="+24"/>
        <source>Context map (Graphviz DOT)</source>
        <translation>Context Map (Graphviz DOT)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Context map (SVG)</source>
        <translation>Context Map (SVG)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Context map (PNG)</source>
        <translation>Context Map (PNG)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Graphviz could not draw the context map: %1</source>
        <translation>Graphviz konnte die Context Map nicht zeichnen: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no output</source>
        <translation>keine Ausgabe</translation>
    </message>
</context>
<context>
    <name>Seams::ContextMapView</name>
    <message>
        <location filename="../app/contextmapview.cpp" line="+91"/>
        <source>Graphviz drew nothing.</source>
        <translation>Graphviz hat nichts gezeichnet.</translation>
    </message>
</context>
<context>
    <name>Seams::ContractRules</name>
    <message>
        <location filename="../core/analysis/contractrules.cpp" line="+35"/>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 %2 in %3</source>
        <translation>%2 (%1) in %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 %2</source>
        <translation>%2 (%1)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The HTTP path %1 of %2 is not a clean URL path; the contract uses %3.</source>
        <translation>Der HTTP-Pfad %1 von %2 ist kein sauberer URL-Pfad; der Vertrag verwendet %3.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 has the path %2, outside the context&apos;s route prefixes (%3): the gateway will not route it to the service.</source>
        <translation>%1 hat den Pfad %2 außerhalb der Routenpräfixe des Kontexts (%3): Das Gateway leitet ihn nicht an den Service weiter.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1 has no HTTP shape: its text starts with no verb the conventions know (docs/http-conventions.md) and it has no method or path override.</source>
        <translation>%1 hat keine HTTP-Form: Der Text beginnt mit keinem Verb, das die Konventionen kennen (docs/http-conventions.md), und weder Methode noch Pfad sind überschrieben.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 overrides the HTTP method with %2; use GET, POST, PUT, PATCH or DELETE.</source>
        <translation>%1 überschreibt die HTTP-Methode mit %2; verwenden Sie GET, POST, PUT, PATCH oder DELETE.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 has no name to build a path from, so the contract leaves it out; give it a name or a path override.</source>
        <translation>%1 hat keinen Namen, aus dem sich ein Pfad bilden lässt, daher fehlt die Notiz im Vertrag; geben Sie ihr einen Namen oder einen eigenen Pfad.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>%1 operations are all %2 %3: %4. Rename one or give it an HTTP override.</source>
        <translation>%1 Operationen lauten alle %2 %3: %4. Benennen Sie eine davon um oder überschreiben Sie ihre HTTP-Operation.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Field %1 of %2 is called %3 in the contracts: JSON Schema tools take names starting with “$” for references.</source>
        <translation>Feld %1 von %2 heißt in den Verträgen %3: JSON-Schema-Werkzeuge halten Namen, die mit „$“ beginnen, für Referenzen.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 belongs to no bounded context, so no AsyncAPI document publishes it.</source>
        <translation>%1 gehört zu keinem Bounded Context, daher wird es in keinem AsyncAPI-Dokument veröffentlicht.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 belongs to no bounded context, so no OpenAPI document offers it.</source>
        <translation>%1 gehört zu keinem Bounded Context, daher wird es in keinem OpenAPI-Dokument angeboten.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 domain events would all publish on the channel %2: %3. Rename one.</source>
        <translation>%1 Domain Events würden alle auf dem Kanal %2 veröffentlichen: %3. Benennen Sie eines um.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 reacts to %2, but no relationship with events sync has %3 upstream of it; its AsyncAPI document leaves the event out until the context map says so.</source>
        <translation>%1 reagiert auf %2, aber keine Beziehung mit Datenabgleich über Events hat %3 als Upstream; das AsyncAPI-Dokument von %1 lässt das Event weg, bis die Context Map dies vorsieht.</translation>
    </message>
</context>
<context>
    <name>Seams::DatabaseRules</name>
    <message numerus="yes">
        <location filename="../core/analysis/databaserules.cpp" line="+38"/>
        <source> and %n more</source>
        <translation>
            <numerusform> und %n weiterer</numerusform>
            <numerusform> und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Aggregate %1 appears in %2: one context should own its data and the others refer to it by id, or their databases become one shared database.</source>
        <translation>Aggregat %1 kommt in %2 vor: Ein Kontext sollte die Daten besitzen und die anderen per ID darauf verweisen, sonst werden ihre Datenbanken zu einer gemeinsamen Datenbank.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Contexts %1 all use the database %2: each service needs its own database.</source>
        <translation>Die Kontexte %1 nutzen alle die Datenbank %2: Jeder Service braucht seine eigene Datenbank.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Field %1 of %2 in %3 refers to %4 in %5, but no relationship connects the two contexts: nothing says how that data is kept in sync.</source>
        <translation>Feld %1 von %2 in %3 verweist auf %4 in %5, aber keine Beziehung verbindet die beiden Kontexte: Nichts legt fest, wie diese Daten abgeglichen werden.</translation>
    </message>
</context>
<context>
    <name>Seams::Document</name>
    <message numerus="yes">
        <location filename="../core/commands/document.cpp" line="+186"/>
        <location line="+163"/>
        <source>Change context of %n note(s)</source>
        <translation>
            <numerusform>Kontext von %n Notiz ändern</numerusform>
            <numerusform>Kontext von %n Notizen ändern</numerusform>
        </translation>
    </message>
    <message>
        <location line="-152"/>
        <source>Add %1</source>
        <translation>%1 hinzufügen</translation>
    </message>
    <message numerus="yes">
        <location line="+56"/>
        <source>Delete %n note(s)</source>
        <translation>
            <numerusform>%n Notiz löschen</numerusform>
            <numerusform>%n Notizen löschen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+34"/>
        <source>Move %n note(s)</source>
        <translation>
            <numerusform>%n Notiz verschieben</numerusform>
            <numerusform>%n Notizen verschieben</numerusform>
        </translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Resize note</source>
        <translation>Notizgröße ändern</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Edit text</source>
        <translation>Text bearbeiten</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>Make %n note(s) %1</source>
        <translation>
            <numerusform>%n Notiz in %1 umwandeln</numerusform>
            <numerusform>%n Notizen in %1 umwandeln</numerusform>
        </translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Edit fields</source>
        <translation>Felder bearbeiten</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Change HTTP operation</source>
        <translation>HTTP-Operation ändern</translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>Bring %n note(s) to front</source>
        <translation>
            <numerusform>%n Notiz in den Vordergrund bringen</numerusform>
            <numerusform>%n Notizen in den Vordergrund bringen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Send %n note(s) to back</source>
        <translation>
            <numerusform>%n Notiz in den Hintergrund stellen</numerusform>
            <numerusform>%n Notizen in den Hintergrund stellen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Add context %1</source>
        <translation>Kontext %1 hinzufügen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add context</source>
        <translation>Kontext hinzufügen</translation>
    </message>
    <message numerus="yes">
        <location line="+24"/>
        <source>Delete %n context(s)</source>
        <translation>
            <numerusform>%n Kontext löschen</numerusform>
            <numerusform>%n Kontexte löschen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+45"/>
        <location line="+4"/>
        <source>Resize context</source>
        <translation>Kontextgröße ändern</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Rename context</source>
        <translation>Kontext umbenennen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Change context colour</source>
        <translation>Kontextfarbe ändern</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Change handoff settings</source>
        <translation>Übergabe-Einstellungen ändern</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Add arrow</source>
        <translation>Pfeil hinzufügen</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>Delete %n arrow(s)</source>
        <translation>
            <numerusform>%n Pfeil löschen</numerusform>
            <numerusform>%n Pfeile löschen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Change arrow label</source>
        <translation>Pfeilbeschriftung ändern</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Add relationship</source>
        <translation>Beziehung hinzufügen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Change relationship</source>
        <translation>Beziehung ändern</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>Delete %n relationship(s)</source>
        <translation>
            <numerusform>%n Beziehung löschen</numerusform>
            <numerusform>%n Beziehungen löschen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Seams::DotImport</name>
    <message>
        <location filename="../core/analysis/dotimport.cpp" line="+392"/>
        <source>%1 holds no .dot files</source>
        <translation>%1 enthält keine .dot-Dateien</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is too large to analyse (%2 MB; the limit is %3 MB)</source>
        <translation>%1 ist zu groß für die Analyse (%2 MB; die Grenze liegt bei %3 MB)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Reading the dependency graph</source>
        <translation>Abhängigkeitsgraph wird gelesen</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+26"/>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>canceled</source>
        <translation>abgebrochen</translation>
    </message>
</context>
<context>
    <name>Seams::ExportController</name>
    <message numerus="yes">
        <location filename="../app/exportcontroller.cpp" line="+157"/>
        <source>%1 is a binary file (%n byte(s)): save it to open it.</source>
        <translation>
            <numerusform>%1 ist eine Binärdatei (%n Byte): Speichern Sie sie, um sie zu öffnen.</numerusform>
            <numerusform>%1 ist eine Binärdatei (%n Bytes): Speichern Sie sie, um sie zu öffnen.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Fix the errors listed in the dialog first.</source>
        <translation>Beheben Sie zuerst die im Dialog aufgeführten Fehler.</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+7"/>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>Seams::Exporter</name>
    <message>
        <location filename="../core/export/exporter.cpp" line="+14"/>
        <source>cannot write: %1</source>
        <translation>Schreiben nicht möglich: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+52"/>
        <location line="+15"/>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>refusing to write outside %1: %2</source>
        <translation>Schreiben außerhalb von %1 verweigert: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>cannot create the folder of %1</source>
        <translation>Ordner für %1 kann nicht angelegt werden</translation>
    </message>
</context>
<context>
    <name>Seams::Gateway</name>
    <message>
        <location filename="../core/export/gatewayroutes.cpp" line="+99"/>
        <source>it is empty</source>
        <translation>leer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it contains a wildcard &quot;*&quot;: prefixes already match everything below them</source>
        <translation>enthält ein Jokerzeichen „*“: Präfixe erfassen bereits alles darunter</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>it contains a query or fragment (&quot;?&quot; or &quot;#&quot;): gateways route on the path</source>
        <translation>enthält eine Query oder ein Fragment („?“ oder „#“): Gateways routen anhand des Pfads</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>it contains white space</source>
        <translation>enthält Leerraum</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it does not start with &quot;/&quot;</source>
        <translation>beginnt nicht mit „/“</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it ends with &quot;/&quot;: write it without, it matches on segment boundaries</source>
        <translation>endet mit „/“: bitte ohne angeben, der Abgleich erfolgt an Segmentgrenzen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it is the API base path itself, which would leave nothing to the monolith</source>
        <translation>ist der API-Basispfad selbst, dem Monolithen bliebe nichts</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>it is not under the API base path %1</source>
        <translation>liegt nicht unter dem API-Basispfad %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>it has an empty segment (&quot;//&quot;)</source>
        <translation>hat ein leeres Segment („//“)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it has a &quot;.&quot; or &quot;..&quot; segment</source>
        <translation>hat ein Segment „.“ oder „..“</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>it contains &quot;%1&quot;; use letters, digits, &quot;-&quot;, &quot;.&quot;, &quot;_&quot; and &quot;~&quot; between slashes</source>
        <translation>enthält „%1“; zwischen den Schrägstrichen nur Buchstaben, Ziffern, „-“, „.“, „_“ und „~“ verwenden</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&quot;%1&quot; is not of the form http://host:port (no path, user or query)</source>
        <translation>„%1“ hat nicht die Form http://host:port (ohne Pfad, Benutzer oder Query)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;%1&quot; must use http or https</source>
        <translation>„%1“ muss http oder https verwenden</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&quot;%1&quot; has no valid port (1 to 65535)</source>
        <translation>„%1“ hat keinen gültigen Port (1 bis 65535)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>listen address &quot;%1&quot; is not of the form :PORT or HOST:PORT (port 1 to 65535)</source>
        <translation>Lauschadresse „%1“ hat nicht die Form :PORT oder HOST:PORT (Port 1 bis 65535)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>resolver &quot;%1&quot; is not an IPv4 address with an optional port</source>
        <translation>Resolver „%1“ ist keine IPv4-Adresse mit optionalem Port</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>API gateway for the board &quot;%1&quot;, generated by Seams.</source>
        <translation>API-Gateway für das Board „%1“, erzeugt von Seams.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Routes as they should be after migration wave %1.</source>
        <translation>Routen, wie sie nach Migrationswelle %1 sein sollen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Routes for the contexts being extracted or extracted.</source>
        <translation>Routen für die Kontexte, die extrahiert werden oder extrahiert sind.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>  %1 -&gt; %2 (%3, %4, wave %5): %6</source>
        <translation>  %1 -&gt; %2 (%3, %4, Welle %5): %6</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>  everything else under %1 -&gt; monolith (%2)</source>
        <translation>  alles andere unter %1 -&gt; Monolith (%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Prefixes match on segment boundaries, the longest first; paths reach the upstreams unchanged; other paths get 404.</source>
        <translation>Präfixe greifen an Segmentgrenzen, das längste zuerst; Pfade erreichen die Upstreams unverändert; andere Pfade erhalten 404.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The board setting %1 must be an absolute path of letters, digits and &quot;._/+-&quot;, not &quot;%2&quot;.</source>
        <translation>Die Board-Einstellung %1 muss ein absoluter Pfad aus Buchstaben, Ziffern und „._/+-“ sein, nicht „%2“.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The board setting %1 is invalid: %2.</source>
        <translation>Die Board-Einstellung %1 ist ungültig: %2.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The API base path &quot;%1&quot; is invalid: %2.</source>
        <translation>Der API-Basispfad „%1“ ist ungültig: %2.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The gateway cannot listen there: %1.</source>
        <translation>Das Gateway kann dort nicht lauschen: %1.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The monolith upstream is invalid: %1.</source>
        <translation>Der Monolith-Upstream ist ungültig: %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+5"/>
        <source>the monolith</source>
        <translation>Monolith</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Contexts %1 and %2 both get the service name &quot;%3&quot;.</source>
        <translation>Die Kontexte %1 und %2 erhalten beide den Service-Namen „%3“.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The upstream of context %1 is invalid: %2.</source>
        <translation>Der Upstream von Kontext %1 ist ungültig: %2.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The route prefix &quot;%1&quot; of context %2 is invalid: %3.</source>
        <translation>Das Routenpräfix „%1“ von Kontext %2 ist ungültig: %3.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Contexts %1 and %2 both claim the route prefix &quot;%3&quot;.</source>
        <translation>Die Kontexte %1 und %2 beanspruchen beide das Routenpräfix „%3“.</translation>
    </message>
</context>
<context>
    <name>Seams::GatewayRules</name>
    <message>
        <location filename="../core/analysis/gatewayrules.cpp" line="+41"/>
        <source>The API base path %1 is invalid: %2.</source>
        <translation>Der API-Basispfad %1 ist ungültig: %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The gateway&apos;s %1.</source>
        <translation>Gateway: %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The monolith upstream %1 is invalid: %2.</source>
        <translation>Der Monolith-Upstream %1 ist ungültig: %2.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The board setting %1 is invalid: %2.</source>
        <translation>Die Board-Einstellung %1 ist ungültig: %2.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The route prefix %1 of context %2 is invalid: %3.</source>
        <translation>Das Routenpräfix %1 von Kontext %2 ist ungültig: %3.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Context %1 lists the route prefix %2 twice; the second can never be reached.</source>
        <translation>Kontext %1 führt das Routenpräfix %2 zweimal auf; das zweite ist nie erreichbar.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Contexts %1 and %2 both claim the route prefix %3.</source>
        <translation>Die Kontexte %1 und %2 beanspruchen beide das Routenpräfix %3.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The route prefixes %1 of context %2 and %3 of context %4 differ only in case: where paths match case-insensitively one of them is unreachable.</source>
        <translation>Die Routenpräfixe %1 von Kontext %2 und %3 von Kontext %4 unterscheiden sich nur in der Groß-/Kleinschreibung: Wo Pfade ohne Rücksicht darauf verglichen werden, ist eines davon unerreichbar.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The upstream of context %1 is invalid: %2.</source>
        <translation>Der Upstream von Kontext %1 ist ungültig: %2.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The service name of context %1 becomes &quot;%2&quot;, the name of the monolith&apos;s fallback service.</source>
        <translation>Der Service-Name von Kontext %1 wird zu „%2“, dem Namen des Fallback-Service des Monolithen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The service names of contexts %1 and %2 both become &quot;%3&quot; in gateway configs.</source>
        <translation>Die Service-Namen der Kontexte %1 und %2 werden in Gateway-Konfigurationen beide zu „%3“.</translation>
    </message>
</context>
<context>
    <name>Seams::GraphLayouter</name>
    <message>
        <location filename="../core/analysis/graphlayout.cpp" line="-101"/>
        <source>Laying out the graph</source>
        <translation>Graph wird angeordnet</translation>
    </message>
</context>
<context>
    <name>Seams::Graphviz</name>
    <message>
        <location filename="../core/analysis/graphviz.cpp" line="+67"/>
        <source>not a DOT graph</source>
        <translation>kein DOT-Graph</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>contains a NUL byte: not a DOT text file</source>
        <translation>enthält ein NUL-Byte: keine DOT-Textdatei</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>more than one graph: only one is expected</source>
        <translation>mehr als ein Graph: erwartet wird genau einer</translation>
    </message>
</context>
<context>
    <name>Seams::HaproxyExporter</name>
    <message>
        <location filename="../core/export/haproxyexporter.cpp" line="+73"/>
        <source>HAProxy enforces all of it: routes, X-Trace-Id, JWT and rate limiting as the board says.</source>
        <translation>HAProxy setzt alles durch: Routen, X-Trace-Id, JWT und Rate Limiting, wie auf dem Board festgelegt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>JWT: HS256 tokens verified with the secret in the environment variable %1 (HAProxy refuses every request while it is unset or empty). Board setting %2 = a PEM public key path switches to RS256.</source>
        <translation>JWT: HS256-Tokens, geprüft mit dem Secret aus der Umgebungsvariable %1 (HAProxy weist jede Anfrage ab, solange sie nicht gesetzt oder leer ist). Board-Einstellung %2 = Pfad zu einem öffentlichen PEM-Schlüssel schaltet auf RS256 um.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>One secret for all clients: unlike Kong, the &quot;kid&quot; claim selects no key.</source>
        <translation>Ein Secret für alle Clients: Anders als bei Kong wählt der Claim „kid“ keinen Schlüssel aus.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>JWT: RS256 tokens verified with the public key %1 (it must exist when HAProxy starts).</source>
        <translation>JWT: RS256-Tokens, geprüft mit dem öffentlichen Schlüssel %1 (er muss beim Start von HAProxy vorhanden sein).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Servers are resolved at run time through %1 (board setting %2).</source>
        <translation>Server werden zur Laufzeit über %1 aufgelöst (Board-Einstellung %2).</translation>
    </message>
    <message>
        <location filename="../core/export/haproxyexporter.h" line="+17"/>
        <source>HAProxy configuration</source>
        <translation>HAProxy-Konfiguration</translation>
    </message>
</context>
<context>
    <name>Seams::JsonExporter</name>
    <message>
        <location filename="../core/export/jsonexporter.h" line="+14"/>
        <source>Board as JSON</source>
        <translation>Board als JSON</translation>
    </message>
</context>
<context>
    <name>Seams::KongExporter</name>
    <message>
        <location filename="../core/export/kongexporter.cpp" line="+96"/>
        <source>Kong listens where kong.conf says: proxy_listen = %1.</source>
        <translation>Kong lauscht dort, wo kong.conf es festlegt: proxy_listen = %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Routes use regex paths so that a prefix matches on segment boundaries only.</source>
        <translation>Routen verwenden Regex-Pfade, damit ein Präfix nur an Segmentgrenzen greift.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The jwt plugin needs consumers with jwt credentials whose key is the token&apos;s &quot;kid&quot; claim.</source>
        <translation>Das jwt-Plugin braucht Consumer mit jwt-Credentials, deren key dem Claim „kid“ des Tokens entspricht.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rate limiting is off on this board.</source>
        <translation>Rate Limiting ist auf diesem Board aus.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cannot write the Kong configuration: %1</source>
        <translation>Kong-Konfiguration kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <location filename="../core/export/kongexporter.h" line="+16"/>
        <source>Kong declarative config</source>
        <translation>Deklarative Kong-Konfiguration</translation>
    </message>
</context>
<context>
    <name>Seams::ModelRules</name>
    <message>
        <location filename="../core/analysis/modelrules.cpp" line="+30"/>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 %2 in %3</source>
        <translation>%1 %2 in %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>A bounded context has no name.</source>
        <translation>Ein Bounded Context hat keinen Namen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Two bounded contexts are both named %1.</source>
        <translation>Zwei Bounded Contexts heißen beide %1.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Context %1 is %2 but has no migration wave.</source>
        <translation>Kontext %1 hat den Status „%2“, aber keine Migrationswelle.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 has a field without a name.</source>
        <translation>%1 hat ein Feld ohne Namen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 has two fields named %2.</source>
        <translation>%1 hat zwei Felder namens %2.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Field %1 of %2 is an enumeration without values.</source>
        <translation>Feld %1 von %2 ist eine Aufzählung ohne Werte.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Field %1 of %2 refers to no aggregate.</source>
        <translation>Feld %1 von %2 verweist auf kein Aggregat.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 has fields, but only aggregates and domain events use them.</source>
        <translation>%1 hat Felder, aber nur Aggregate und Domain Events verwenden sie.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>A %1 note has no text.</source>
        <translation>Eine Notiz der Art „%1“ hat keinen Text.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 belongs to no bounded context.</source>
        <translation>%1 gehört zu keinem Bounded Context.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open hotspot: %1.</source>
        <translation>Offener Hotspot: %1.</translation>
    </message>
</context>
<context>
    <name>Seams::ModuleInput</name>
    <message>
        <location filename="../core/analysis/moduleinput.cpp" line="+37"/>
        <source>%1 does not exist</source>
        <translation>%1 existiert nicht</translation>
    </message>
</context>
<context>
    <name>Seams::ModuleRules</name>
    <message>
        <location filename="../core/analysis/modulerules.cpp" line="+51"/>
        <source>%1 must be a list of {&quot;pattern&quot;, &quot;context&quot;} objects</source>
        <translation>%1 muss eine Liste von {&quot;pattern&quot;, &quot;context&quot;}-Objekten sein</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1[%2]: &quot;pattern&quot; and &quot;context&quot; must be non-empty strings</source>
        <translation>%1[%2]: &quot;pattern&quot; und &quot;context&quot; müssen nicht leere Zeichenketten sein</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>&quot;%1&quot; is not a rule: write PATTERN = CONTEXT, e.g. app.orders.* = Order Context</source>
        <translation>„%1“ ist keine Regel: Schreiben Sie MUSTER = KONTEXT, z. B. app.orders.* = Order Context</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&quot;%1&quot; needs both a pattern and a context name</source>
        <translation>„%1“ braucht sowohl ein Muster als auch einen Kontextnamen</translation>
    </message>
</context>
<context>
    <name>Seams::NginxExporter</name>
    <message>
        <location filename="../core/export/nginxexporter.cpp" line="+32"/>
        <source>NOT ENFORCED by nginx:</source>
        <translation>NICHT DURCHGESETZT von nginx:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>  JWT verification: open source nginx cannot verify tokens (auth_jwt is NGINX Plus only); requests pass unverified, so verify them in the services or put a verifying gateway in front.</source>
        <translation>  JWT-Prüfung: Das Open-Source-nginx kann keine Tokens prüfen (auth_jwt gibt es nur in NGINX Plus); Anfragen gehen ungeprüft durch, prüfen Sie sie also in den Services oder schalten Sie ein prüfendes Gateway davor.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>  (nothing: JWT is off on this board)</source>
        <translation>  (nichts: JWT ist auf diesem Board aus)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Run without root: nginx -p DIR -c DIR/nginx.conf (pid and temp files go to DIR).</source>
        <translation>Ohne root ausführen: nginx -p DIR -c DIR/nginx.conf (PID- und temporäre Dateien landen in DIR).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Upstream names are resolved per request through the resolver %1 (board setting %2).</source>
        <translation>Upstream-Namen werden pro Anfrage über den Resolver %1 aufgelöst (Board-Einstellung %2).</translation>
    </message>
    <message>
        <location filename="../core/export/nginxexporter.h" line="+18"/>
        <source>nginx configuration</source>
        <translation>nginx-Konfiguration</translation>
    </message>
</context>
<context>
    <name>Seams::OpenApiExporter</name>
    <message>
        <location filename="../core/export/openapiexporter.cpp" line="+101"/>
        <source>cannot write the contract of %1: %2</source>
        <translation>Vertrag von %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../core/export/openapiexporter.h" line="+19"/>
        <source>OpenAPI 3.1 contracts</source>
        <translation>OpenAPI-3.1-Verträge</translation>
    </message>
</context>
<context>
    <name>Seams::Partition</name>
    <message>
        <location filename="../core/analysis/partition.cpp" line="+53"/>
        <source>Finding candidate services</source>
        <translation>Service-Kandidaten werden gesucht</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>canceled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>The clustering runs disagreed (weak structure): the best single run is used instead of their consensus.</source>
        <translation>Die Clustering-Läufe waren sich uneinig (schwache Struktur): Statt ihres Konsenses wird der beste Einzellauf verwendet.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%n module(s) left alone joined the group they depend on most.</source>
        <translation>Allein verbliebene Module (%n) wurden jeweils der Gruppe zugeordnet, von der sie am meisten abhängen.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>One group holds %1 of %2 connected modules and does not split further: its modules all depend on each other.</source>
        <translation>Eine Gruppe enthält %1 von %2 verbundenen Modulen und lässt sich nicht weiter aufteilen: Ihre Module hängen alle voneinander ab.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A group holding more than half of the connected modules was split at a higher resolution.</source>
        <translation>Eine Gruppe mit mehr als der Hälfte der verbundenen Module wurde mit höherer Auflösung aufgeteilt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%n module(s) without any dependency were put in one &quot;unconnected&quot; group.</source>
        <translation>Module ohne jede Abhängigkeit (%n) wurden in der Gruppe „unverbundene Module“ zusammengefasst.</translation>
    </message>
</context>
<context>
    <name>Seams::Preferences</name>
    <message>
        <location filename="../app/preferences.cpp" line="+123"/>
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
</context>
<context>
    <name>Seams::ProjectFile</name>
    <message>
        <location filename="../core/storage/projectfile.cpp" line="+333"/>
        <source>%1 cannot be opened: %2.</source>
        <translation>%1 kann nicht geöffnet werden: %2.</translation>
    </message>
    <message>
        <location line="-240"/>
        <location line="+251"/>
        <location line="+31"/>
        <source>%1 cannot be read: %2.</source>
        <translation>%1 kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <location line="-317"/>
        <location line="+66"/>
        <source>%1 is an SQLite database, but not a Seams board.</source>
        <translation>%1 ist eine SQLite-Datenbank, aber kein Seams-Board.</translation>
    </message>
    <message>
        <location line="-63"/>
        <source>%1 was saved by a newer version of Seams (file format %2; this version reads formats up to %3). Update Seams to open it.</source>
        <translation>%1 wurde mit einer neueren Version von Seams gespeichert (Dateiformat %2; diese Version liest Formate bis %3). Aktualisieren Sie Seams, um die Datei zu öffnen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is not a Seams board: it carries no format version.</source>
        <translation>%1 ist kein Seams-Board: Die Datei hat keine Formatversion.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1: no such file.</source>
        <translation>%1: Datei nicht gefunden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is a folder, not a board file.</source>
        <translation>%1 ist ein Ordner, keine Board-Datei.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 is empty; it is not a Seams board.</source>
        <translation>%1 ist leer und daher kein Seams-Board.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is not a Seams board: it is not an SQLite database.</source>
        <translation>%1 ist kein Seams-Board: Die Datei ist keine SQLite-Datenbank.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is damaged: the file is truncated (%2 bytes, shorter than the database header).</source>
        <translation>%1 ist beschädigt: Die Datei ist abgeschnitten (%2 Bytes, kürzer als der Datenbank-Header).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 is damaged: its header is corrupt.</source>
        <translation>%1 ist beschädigt: Der Header ist fehlerhaft.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 is damaged: the file is truncated (%2 of %3 bytes).</source>
        <translation>%1 ist beschädigt: Die Datei ist abgeschnitten (%2 von %3 Bytes).</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>its unfinished last change cannot be rolled back in a temporary copy</source>
        <translation>die unvollendete letzte Änderung lässt sich in einer temporären Kopie nicht zurückrollen</translation>
    </message>
    <message>
        <location line="+146"/>
        <source>%1 is damaged (%2).</source>
        <translation>%1 ist beschädigt (%2).</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>%1 could not be upgraded from file format %2: %3.</source>
        <translation>%1 konnte nicht von Dateiformat %2 aktualisiert werden: %3.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 already exists.</source>
        <translation>%1 existiert bereits.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is a folder.</source>
        <translation>%1 ist ein Ordner.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 cannot be written: %2.</source>
        <translation>%1 kann nicht geschrieben werden: %2.</translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+284"/>
        <source>the existing file cannot be replaced</source>
        <translation>die vorhandene Datei kann nicht ersetzt werden</translation>
    </message>
    <message>
        <location line="-282"/>
        <location line="+287"/>
        <source>the file cannot be moved into place</source>
        <translation>die Datei kann nicht an ihren Zielort verschoben werden</translation>
    </message>
    <message>
        <location line="-228"/>
        <source>the file was opened read-only</source>
        <translation>die Datei wurde schreibgeschützt geöffnet</translation>
    </message>
    <message>
        <location filename="../core/storage/projectfilereader.cpp" line="+34"/>
        <source>unexpected structure (%1)</source>
        <translation>unerwartete Struktur (%1)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 is damaged: table &quot;%2&quot;, row %3: %4.</source>
        <translation>%1 ist beschädigt: Tabelle „%2“, Zeile %3: %4.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is damaged: table &quot;%2&quot;: %3.</source>
        <translation>%1 ist beschädigt: Tabelle „%2“: %3.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>column &quot;%1&quot; is not text</source>
        <translation>Spalte „%1“ ist kein Text</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>column &quot;%1&quot; is not a valid id</source>
        <translation>Spalte „%1“ ist keine gültige ID</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>column &quot;%1&quot; is not a number</source>
        <translation>Spalte „%1“ ist keine Zahl</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>column &quot;%1&quot; is not a whole number</source>
        <translation>Spalte „%1“ ist keine ganze Zahl</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>column &quot;%1&quot; is not a time between the years 1 and 9999</source>
        <translation>Spalte „%1“ ist kein Zeitpunkt zwischen den Jahren 1 und 9999</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>position or size out of range</source>
        <translation>Position oder Größe außerhalb des zulässigen Bereichs</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>unknown %1 &quot;%2&quot;</source>
        <translation>unbekannter Wert „%2“ für %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>column &quot;%1&quot; is not a list of strings</source>
        <translation>Spalte „%1“ ist keine Liste von Zeichenketten</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>setting &quot;%1&quot; is not valid JSON</source>
        <translation>Einstellung „%1“ ist kein gültiges JSON</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 is damaged: %2.</source>
        <translation>%1 ist beschädigt: %2.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>column &quot;color&quot; is not a colour</source>
        <translation>Spalte „color“ ist keine Farbe</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>wave out of range</source>
        <translation>Welle außerhalb des zulässigen Bereichs</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+44"/>
        <location line="+26"/>
        <location line="+23"/>
        <source>duplicate id</source>
        <translation>doppelte ID</translation>
    </message>
    <message>
        <location line="-51"/>
        <location line="+49"/>
        <source>refers to a context that does not exist</source>
        <translation>verweist auf einen nicht vorhandenen Kontext</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>%1 is damaged: table &quot;fields&quot; has fields of a note that does not exist.</source>
        <translation>%1 ist beschädigt: Tabelle „fields“ enthält Felder einer nicht vorhandenen Notiz.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>refers to a note that does not exist</source>
        <translation>verweist auf eine nicht vorhandene Notiz</translation>
    </message>
</context>
<context>
    <name>Seams::SourceScanner</name>
    <message>
        <location filename="../core/analysis/sourcescanner.cpp" line="+54"/>
        <location line="+37"/>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="-26"/>
        <location line="+92"/>
        <source>canceled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>%1 is not a folder</source>
        <translation>%1 ist kein Ordner</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Listing source files</source>
        <translation>Quelldateien werden aufgelistet</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 holds no Python, Java, JavaScript/TypeScript or C/C++ source files (tests and vendored folders are skipped)</source>
        <translation>%1 enthält keine Quelldateien in Python, Java, JavaScript/TypeScript oder C/C++ (Tests und Vendor-Ordner werden übersprungen)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Reading source files</source>
        <translation>Quelldateien werden gelesen</translation>
    </message>
</context>
<context>
    <name>Seams::Sql</name>
    <message>
        <location filename="../core/export/sqlreadme.cpp" line="+31"/>
        <source>%1, wave %2</source>
        <translation>%1, Welle %2</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>1. `bootstrap.sql` creates what a migration cannot (it must run outside a transaction). Run it once, as an administrator:

       %1

</source>
        <translation>1. `bootstrap.sql` legt an, was eine Migration nicht anlegen kann (es muss außerhalb einer Transaktion laufen). Einmal als Administrator ausführen:

       %1

</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>2. `%1` creates the tables, with %2 or by hand:

       %3
       %4
</source>
        <translation>2. `%1` legt die Tabellen an, mit %2 oder von Hand:

       %3
       %4
</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Flyway</source>
        <translation>Flyway</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>golang-migrate</source>
        <translation>golang-migrate</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>
Timestamps are `datetime(6)` in UTC: connect with `SET time_zone = &apos;+00:00&apos;`. UUID columns need MariaDB 10.7 or later.
</source>
        <translation>
Zeitstempel sind `datetime(6)` in UTC: Verbinden Sie sich mit `SET time_zone = &apos;+00:00&apos;`. UUID-Spalten erfordern MariaDB 10.7 oder neuer.
</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>
SQLite enforces the foreign keys only on connections that run `PRAGMA foreign_keys = ON`. Tables are STRICT (SQLite 3.37 or later); timestamps are ISO 8601 text in UTC, decimals are text.
</source>
        <translation>
SQLite erzwingt die Fremdschlüssel nur auf Verbindungen, die `PRAGMA foreign_keys = ON` ausführen. Die Tabellen sind STRICT (SQLite 3.37 oder neuer); Zeitstempel sind ISO-8601-Text in UTC, Dezimalzahlen sind Text.
</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>
`gen_random_uuid()` needs PostgreSQL 13 or later.
</source>
        <translation>
`gen_random_uuid()` erfordert PostgreSQL 13 oder neuer.
</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 is upstream (%2)</source>
        <translation>%1 ist Upstream (%2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is downstream of this context (%2), so the data flows the other way</source>
        <translation>%1 ist Downstream dieses Kontexts (%2), die Daten fließen also in die andere Richtung</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>; no data sync is chosen yet</source>
        <translation>; noch kein Datenabgleich gewählt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>; kept in sync through a read replica of %1: read-only access during the transition</source>
        <translation>; abgeglichen über eine Read Replica von %1: Lesezugriff während des Übergangs</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the monolith&apos;s database</source>
        <translation>der Datenbank des Monolithen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>; kept in sync by events: %1 keeps its own copy of what it needs, updated from the events %2 publishes</source>
        <translation>; abgeglichen über Events: %1 hält eine eigene Kopie dessen, was benötigt wird, aktualisiert aus den Events, die %2 veröffentlicht</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>; looked up through %1&apos;s API when needed (fine for low-volume lookups, not for joins)</source>
        <translation>; bei Bedarf über die API von %1 abgefragt (gut für seltene Abfragen, nicht für Joins)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>None: every reference stays inside this database.
</source>
        <translation>Keine: Alle Verweise bleiben innerhalb dieser Datenbank.
</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Foreign keys cannot cross databases: these columns hold plain ids, and the other context&apos;s data reaches this one only as described.

</source>
        <translation>Fremdschlüssel können keine Datenbankgrenzen überschreiten: Diese Spalten enthalten einfache IDs, und die Daten des anderen Kontexts gelangen nur wie beschrieben hierher.

</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>- %1 refers to %2 (%3), an aggregate in no bounded context yet.
</source>
        <translation>- %1 verweist auf %2 (%3), ein Aggregat, das noch zu keinem Bounded Context gehört.
</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>still in the monolith&apos;s database</source>
        <translation>noch in der Datenbank des Monolithen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>- %1 refers to %2 (%3 of %4, %5)</source>
        <translation>- %1 verweist auf %2 (%3 von %4, %5)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>. **No relationship** connects %1 and %2 on the context map: decide how this data is kept in sync.
</source>
        <translation>. **Keine Beziehung** verbindet %1 und %2 auf der Context Map: Legen Sie fest, wie diese Daten abgeglichen werden.
</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>This context has no aggregates yet, so its database has no tables.
</source>
        <translation>Dieser Kontext hat noch keine Aggregate, daher hat seine Datenbank keine Tabellen.
</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>| Table | Aggregate | Columns |
|---|---|---|
</source>
        <translation>| Tabelle | Aggregat | Spalten |
|---|---|---|
</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>(outbox)</source>
        <translation>(Outbox)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>
Each aggregate table has a uuid primary key `id`, `created_at`, `updated_at` and `version`. Optimistic locking: update with `... SET version = version + 1 WHERE id = ? AND version = ?`; when no row changes, another writer was first and the API answers 409 Conflict.
</source>
        <translation>
Jede Aggregat-Tabelle hat einen uuid-Primärschlüssel `id`, `created_at`, `updated_at` und `version`. Optimistisches Sperren: Aktualisieren Sie mit `... SET version = version + 1 WHERE id = ? AND version = ?`; ändert sich keine Zeile, war ein anderer Schreiber schneller, und die API antwortet mit 409 Conflict.
</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Set `updated_at` in the same UPDATE; the database does not.
</source>
        <translation>Setzen Sie `updated_at` im selben UPDATE; die Datenbank tut es nicht.
</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>
Foreign keys inside this database, each with an index: %1.
</source>
        <translation>
Fremdschlüssel innerhalb dieser Datenbank, jeweils mit Index: %1.
</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This context publishes no domain events, so it has no outbox.
</source>
        <translation>Dieser Kontext veröffentlicht keine Domain Events, daher hat er keine Outbox.
</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write each domain event into `outbox` in the same transaction as the change it reports; a relay publishes the rows whose `published_at` is null, oldest first, then sets `published_at`. Events are therefore published after the write and at least once: consumers must tolerate duplicates.

Event types:

</source>
        <translation>Schreiben Sie jedes Domain Event in derselben Transaktion wie die Änderung, über die es berichtet, in `outbox`; ein Relay veröffentlicht die Zeilen, deren `published_at` null ist, die ältesten zuerst, und setzt dann `published_at`. Events werden daher nach dem Schreiben und mindestens einmal veröffentlicht: Konsumenten müssen Duplikate verkraften.

Event-Typen:

</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The %1 database of %2 (service %3%4; %5). Generated by Seams.

</source>
        <translation>Die %1-Datenbank von %2 (Service %3%4; %5). Erzeugt von Seams.

</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>, team %1</source>
        <translation>, Team %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>## Apply it

</source>
        <translation>## Anwenden

</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>
## Tables

</source>
        <translation>
## Tabellen

</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>
## References to other contexts

</source>
        <translation>
## Verweise auf andere Kontexte

</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>
## Outbox

</source>
        <translation>
## Outbox

</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>
## Warnings (`seams check`, area &quot;database&quot;)

</source>
        <translation>
## Warnungen (`seams check`, Bereich „database“)

</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>None.
</source>
        <translation>Keine.
</translation>
    </message>
    <message>
        <location filename="../core/export/sqlwriter.cpp" line="+210"/>
        <source>First migration, generated by Seams; Flyway runs it as V1.</source>
        <translation>Erste Migration, erzeugt von Seams; Flyway führt sie als V1 aus.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First migration, generated by Seams; golang-migrate runs it as version 1.</source>
        <translation>Erste Migration, erzeugt von Seams; golang-migrate führt sie als Version 1 aus.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>-- Foreign keys are enforced only on connections that run PRAGMA foreign_keys = ON.
</source>
        <translation>-- Fremdschlüssel werden nur auf Verbindungen erzwungen, die PRAGMA foreign_keys = ON ausführen.
</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>-- This context has no aggregates yet, so its database has no tables.
</source>
        <translation>-- Dieser Kontext hat noch keine Aggregate, daher hat seine Datenbank keine Tabellen.
</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Undoes 000001_init.up.sql, generated by Seams.</source>
        <translation>Macht 000001_init.up.sql rückgängig, erzeugt von Seams.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>-- Nothing to undo: the first migration creates no tables.
</source>
        <translation>-- Nichts rückgängig zu machen: Die erste Migration legt keine Tabellen an.
</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Bootstrap, generated by Seams: run it once, before the migrations and outside a transaction.</source>
        <translation>Bootstrap, erzeugt von Seams: einmal ausführen, vor den Migrationen und außerhalb einer Transaktion.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>-- As a superuser: psql -v ON_ERROR_STOP=1 -d postgres -f bootstrap.sql
-- CREATE DATABASE cannot run inside a transaction block; \gexec makes re-runs harmless.
-- The role has no password yet: set one with \password %1.

</source>
        <translation>-- Als Superuser: psql -v ON_ERROR_STOP=1 -d postgres -f bootstrap.sql
-- CREATE DATABASE kann nicht in einem Transaktionsblock laufen; \gexec macht wiederholte Läufe unschädlich.
-- Die Rolle hat noch kein Passwort: Setzen Sie eines mit \password %1.

</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>-- Database per service: no other role may connect.
</source>
        <translation>-- Datenbank pro Service: Keine andere Rolle darf sich verbinden.
</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>-- As an administrator: mariadb &lt; bootstrap.sql
-- The account stays locked until it has a password:
--   ALTER USER &apos;%1&apos;@&apos;%&apos; IDENTIFIED BY &apos;...&apos; ACCOUNT UNLOCK;

</source>
        <translation>-- Als Administrator: mariadb &lt; bootstrap.sql
-- Das Konto bleibt gesperrt, bis es ein Passwort hat:
--   ALTER USER &apos;%1&apos;@&apos;%&apos; IDENTIFIED BY &apos;...&apos; ACCOUNT UNLOCK;

</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>-- The database is one file: sqlite3 %1.sqlite3 &lt; bootstrap.sql
-- SQLite has no server and no roles; the journal mode is what cannot be changed inside a transaction.

</source>
        <translation>-- Die Datenbank ist eine einzige Datei: sqlite3 %1.sqlite3 &lt; bootstrap.sql
-- SQLite hat keinen Server und keine Rollen; hier ist es der Journal-Modus, der sich nicht innerhalb einer Transaktion ändern lässt.

</translation>
    </message>
</context>
<context>
    <name>Seams::Sql::Detail::Builder</name>
    <message>
        <location filename="../core/export/sqlcolumns.cpp" line="+57"/>
        <source>Amount of %1 in the currency&apos;s minor unit (cents).</source>
        <translation>Betrag von %1 in der kleinsten Einheit der Währung (Cent).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>ISO 4217 currency code of %1.</source>
        <translation>ISO-4217-Währungscode von %1.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Enumeration without values: no CHECK constraint.</source>
        <translation>Aufzählung ohne Werte: kein CHECK-Constraint.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 becomes column %2, which another field or a standard column already uses; it is named %3.</source>
        <translation>%1 wird zur Spalte %2, die bereits ein anderes Feld oder eine Standardspalte verwendet; sie heißt daher %3.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 becomes column %2 (%3).</source>
        <translation>%1 wird zur Spalte %2 (%3).</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../core/export/sqlschema.cpp" line="+137"/>
        <source>reserved word in %1</source>
        <translation>reserviertes Wort in %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../core/export/sqlschema.cpp" line="+1"/>
        <source>shortened to 63 bytes</source>
        <translation>auf 63 Bytes gekürzt</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Refers to an aggregate that is not on the board any more.</source>
        <translation>Verweist auf ein Aggregat, das nicht mehr auf dem Board ist.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Refers to %1 (%2.id in %3 of %4); no foreign key across databases.</source>
        <translation>Verweist auf %1 (%2.id in %3 von %4); kein Fremdschlüssel über Datenbankgrenzen hinweg.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Refers to %1 (%2.id; that aggregate is in no bounded context yet); no foreign key.</source>
        <translation>Verweist auf %1 (%2.id; dieses Aggregat gehört noch zu keinem Bounded Context); kein Fremdschlüssel.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Field %1 of %2 in %3</source>
        <translation>Feld %1 von %2 in %3</translation>
    </message>
    <message>
        <location filename="../core/export/sqlschema.cpp" line="-18"/>
        <source>Aggregates %1 and %2 of %3 both become table %4; the second one is named %5.</source>
        <translation>Die Aggregate %1 und %2 von %3 werden beide zur Tabelle %4; die Tabelle des zweiten heißt %5.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Aggregate %1 of %2 becomes table %3, the name of the outbox table; it is named %4.</source>
        <translation>Aggregat %1 von %2 wird zur Tabelle %3, dem Namen der Outbox-Tabelle; sie heißt daher %4.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Aggregate %1 of %2 becomes table %3 (%4).</source>
        <translation>Aggregat %1 von %2 wird zur Tabelle %3 (%4).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Aggregate %1 of %2.</source>
        <translation>Aggregat %1 von %2.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Optimistic locking: updates check and increment it; a stale version means 409 Conflict.</source>
        <translation>Optimistisches Sperren: Aktualisierungen prüfen und erhöhen sie; eine veraltete Version bedeutet 409 Conflict.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Domain events of %1, written in the same transaction as the change and published afterwards.</source>
        <translation>Domain Events von %1, in derselben Transaktion wie die Änderung geschrieben und danach veröffentlicht.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Null until the relay has published the event.</source>
        <translation>Null, bis das Relay das Event veröffentlicht hat.</translation>
    </message>
</context>
<context>
    <name>Seams::SqlExporter</name>
    <message>
        <location filename="../core/export/sqlexporter.cpp" line="+70"/>
        <source>unknown SQL dialect “%1” (dialects: %2)</source>
        <translation>unbekannter SQL-Dialekt „%1“ (Dialekte: %2)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>unknown migration layout “%1” (layouts: flyway, golang-migrate)</source>
        <translation>unbekanntes Migrationslayout „%1“ (Layouts: flyway, golang-migrate)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>contexts “%1” and “%2” would share the database %3; give one of them its own database name</source>
        <translation>die Kontexte „%1“ und „%2“ würden sich die Datenbank %3 teilen; geben Sie einem von beiden einen eigenen Datenbanknamen</translation>
    </message>
    <message>
        <location line="+30"/>
        <source># Databases of %1

</source>
        <translation># Datenbanken von %1

</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One database per service, as the migration plan has it: each folder holds `bootstrap.sql`, the migrations and a README. Generated by Seams.

</source>
        <translation>Eine Datenbank pro Service, wie im Migrationsplan vorgesehen: Jeder Ordner enthält `bootstrap.sql`, die Migrationen und eine README. Erzeugt von Seams.

</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No context is being extracted yet, so no service has its own database. Mark a context as extracting, or export with `--wave N` to include the contexts planned for waves up to N.
</source>
        <translation>Noch wird kein Kontext extrahiert, daher hat noch kein Service eine eigene Datenbank. Setzen Sie einen Kontext auf „Wird extrahiert“ oder exportieren Sie mit `--wave N`, um die Kontexte einzuschließen, die für Wellen bis N geplant sind.
</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>- `%1/`: %2 (%3, %4)
</source>
        <translation>- `%1/`: %2 (%3, %4)
</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>
Still in the monolith&apos;s database, so not here: %1.
</source>
        <translation>
Noch in der Datenbank des Monolithen und daher nicht hier: %1.
</translation>
    </message>
    <message>
        <location filename="../core/export/sqlexporter.h" line="+21"/>
        <source>Database schemas (SQL)</source>
        <translation>Datenbankschemas (SQL)</translation>
    </message>
</context>
<context>
    <name>Seams::Suggester</name>
    <message>
        <location filename="../core/analysis/suggestion.cpp" line="+113"/>
        <source>unconnected modules</source>
        <translation>unverbundene Module</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>candidate %1</source>
        <translation>Kandidat %1</translation>
    </message>
</context>
<context>
    <name>Seams::SuggestionApply</name>
    <message>
        <location filename="../core/analysis/suggestionapply.cpp" line="+60"/>
        <source>Suggested Context</source>
        <translation>Vorgeschlagener Kontext</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 Context</source>
        <translation>Kontext %1</translation>
    </message>
    <message numerus="yes">
        <location line="+40"/>
        <source>Create %n context(s) from analysis</source>
        <translation>
            <numerusform>%n Kontext aus der Analyse anlegen</numerusform>
            <numerusform>%n Kontexte aus der Analyse anlegen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Seams::TraefikExporter</name>
    <message>
        <location filename="../core/export/traefikexporter.cpp" line="+77"/>
        <source>NOT ENFORCED by Traefik OSS:</source>
        <translation>NICHT DURCHGESETZT von Traefik OSS:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>  JWT verification: no such middleware in Traefik OSS; requests pass unverified (use forwardAuth to a verifier, or verify in the services).</source>
        <translation>  JWT-Prüfung: Traefik OSS hat keine solche Middleware; Anfragen gehen ungeprüft durch (forwardAuth zu einem prüfenden Dienst verwenden oder in den Services prüfen).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>  X-Trace-Id generation: the headers middleware only sets fixed values, so a client&apos;s X-Trace-Id is passed on but none is generated or returned.</source>
        <translation>  Erzeugung von X-Trace-Id: Die headers-Middleware setzt nur feste Werte; eine X-Trace-Id des Clients wird also weitergereicht, aber keine erzeugt oder zurückgegeben.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This is the dynamic configuration for the file provider; the listen address belongs to the static configuration: entryPoints: web: address: &quot;%1&quot;.</source>
        <translation>Dies ist die dynamische Konfiguration für den File-Provider; die Lauschadresse gehört in die statische Konfiguration: entryPoints: web: address: &quot;%1&quot;.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Requests matching no router get Traefik&apos;s 404.</source>
        <translation>Anfragen, auf die kein Router passt, erhalten das 404 von Traefik.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cannot write the Traefik configuration: %1</source>
        <translation>Traefik-Konfiguration kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <location filename="../core/export/traefikexporter.h" line="+17"/>
        <source>Traefik dynamic configuration</source>
        <translation>Dynamische Traefik-Konfiguration</translation>
    </message>
</context>
<context>
    <name>Seams::Types</name>
    <message>
        <location filename="../core/model/types.cpp" line="+196"/>
        <source>Domain event</source>
        <translation>Domain Event</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Command</source>
        <translation>Command</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Aggregate</source>
        <translation>Aggregat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Policy</source>
        <translation>Policy</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read model</source>
        <translation>Read Model</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>External system</source>
        <translation>Externes System</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Actor</source>
        <translation>Akteur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hotspot</source>
        <translation>Hotspot</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>In the monolith</source>
        <translation>Nicht extrahiert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Extracting</source>
        <translation>Wird extrahiert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Extracted</source>
        <translation>Extrahiert</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>PostgreSQL</source>
        <translation>PostgreSQL</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>MariaDB</source>
        <translation>MariaDB</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SQLite</source>
        <translation>SQLite</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Customer/supplier</source>
        <translation>Customer/Supplier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Conformist</source>
        <translation>Conformist</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Anticorruption layer</source>
        <translation>Anticorruption Layer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open host service</source>
        <translation>Open Host Service</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Published language</source>
        <translation>Published Language</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shared kernel</source>
        <translation>Shared Kernel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Partnership</source>
        <translation>Partnership</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No data sync</source>
        <translation>Kein Datenabgleich</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read replica</source>
        <translation>Read Replica</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Events</source>
        <translation>Events</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>API calls</source>
        <translation>API-Aufrufe</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>String</source>
        <translation>Kurztext</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Integer</source>
        <translation>Ganzzahl</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Decimal</source>
        <translation>Dezimalzahl</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Money</source>
        <translation>Geldbetrag</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Boolean</source>
        <translation>Ja/Nein</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>UUID</source>
        <translation>UUID</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Timestamp</source>
        <translation>Zeitstempel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enumeration</source>
        <translation>Aufzählung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reference</source>
        <translation>Referenz</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>domain event</source>
        <comment>in a sentence</comment>
        <translation>Domain Event</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>command</source>
        <comment>in a sentence</comment>
        <translation>Command</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>aggregate</source>
        <comment>in a sentence</comment>
        <translation>Aggregat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>policy</source>
        <comment>in a sentence</comment>
        <translation>Policy</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>read model</source>
        <comment>in a sentence</comment>
        <translation>Read Model</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>external system</source>
        <comment>in a sentence</comment>
        <translation>externes System</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>actor</source>
        <comment>in a sentence</comment>
        <translation>Akteur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>hotspot</source>
        <comment>in a sentence</comment>
        <translation>Hotspot</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>in the monolith</source>
        <comment>in a sentence</comment>
        <translation>nicht extrahiert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>extracting</source>
        <comment>in a sentence</comment>
        <translation>wird extrahiert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>extracted</source>
        <comment>in a sentence</comment>
        <translation>extrahiert</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>customer/supplier</source>
        <comment>in a sentence</comment>
        <translation>Customer/Supplier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>conformist</source>
        <comment>in a sentence</comment>
        <translation>Conformist</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>anticorruption layer</source>
        <comment>in a sentence</comment>
        <translation>Anticorruption Layer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>open host service</source>
        <comment>in a sentence</comment>
        <translation>Open Host Service</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>published language</source>
        <comment>in a sentence</comment>
        <translation>Published Language</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>shared kernel</source>
        <comment>in a sentence</comment>
        <translation>Shared Kernel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>partnership</source>
        <comment>in a sentence</comment>
        <translation>Partnership</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>no data sync</source>
        <comment>in a sentence</comment>
        <translation>kein Datenabgleich</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>read replica</source>
        <comment>in a sentence</comment>
        <translation>Read Replica</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>events</source>
        <comment>in a sentence</comment>
        <translation>Events</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>API calls</source>
        <comment>in a sentence</comment>
        <translation>API-Aufrufe</translation>
    </message>
</context>
<context>
    <name>Seams::WorkshopSession</name>
    <message>
        <location filename="../app/canvas/workshopsession.cpp" line="+21"/>
        <source>Chaotic exploration</source>
        <translation>Chaotische Erkundung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Everyone writes domain events in the past tense. No discussion yet.</source>
        <translation>Alle schreiben Domain Events in der Vergangenheitsform. Noch keine Diskussion.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enforce the timeline</source>
        <translation>Zeitstrahl ordnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order the events left to right, merge duplicates, mark disagreements with hotspots.</source>
        <translation>Events von links nach rechts ordnen, Duplikate zusammenführen, Uneinigkeit mit Hotspots markieren.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>People and systems</source>
        <translation>Menschen und Systeme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add the actors and external systems that trigger or receive events.</source>
        <translation>Akteure und externe Systeme ergänzen, die Events auslösen oder empfangen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hotspots</source>
        <translation>Hotspots</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Walk the timeline; collect problems, questions and risks as hotspots.</source>
        <translation>Den Zeitstrahl abschreiten; Probleme, Fragen und Risiken als Hotspots sammeln.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bounded contexts</source>
        <translation>Bounded Contexts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Group the events into bounded contexts, draw frames and name them.</source>
        <translation>Events zu Bounded Contexts gruppieren, Rahmen ziehen und benennen.</translation>
    </message>
</context>
<context>
    <name>Seams::Workspace</name>
    <message>
        <location filename="../app/workspace.cpp" line="+44"/>
        <source>Untitled board</source>
        <translation>Unbenanntes Board</translation>
    </message>
    <message numerus="yes">
        <location line="+53"/>
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n Notiz</numerusform>
            <numerusform>%n Notizen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n context(s)</source>
        <translation>
            <numerusform>%n Kontext</numerusform>
            <numerusform>%n Kontexte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n arrow(s)</source>
        <translation>
            <numerusform>%n Pfeil</numerusform>
            <numerusform>%n Pfeile</numerusform>
        </translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Cannot create the folder for untitled boards: %1</source>
        <translation>Der Ordner für unbenannte Boards kann nicht angelegt werden: %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>There is no board to save.</source>
        <translation>Es gibt kein Board zum Speichern.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Could not save %1: %2</source>
        <translation>%1 konnte nicht gespeichert werden: %2</translation>
    </message>
</context>
<context>
    <name>SearchBar</name>
    <message>
        <location filename="../app/qml/canvas/SearchBar.qml" line="+48"/>
        <source>Find notes…</source>
        <translation>Notizen suchen…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No matches</source>
        <translation>Keine Treffer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
</context>
<context>
    <name>ShortcutsHelp</name>
    <message>
        <location filename="../app/qml/canvas/ShortcutsHelp.qml" line="+16"/>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New domain event, command, aggregate, policy, read model, external system, actor (user), hotspot, right of the current note</source>
        <translation>Neue Notiz rechts der aktuellen: Domain Event, Command, Aggregat, Policy, Read Model, externes System, Akteur (User), Hotspot</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit the selected note</source>
        <translation>Ausgewählte Notiz bearbeiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter while editing</source>
        <translation>Enter beim Bearbeiten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Next note of the same kind to the right</source>
        <translation>Nächste Notiz derselben Art rechts daneben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shift+Enter while editing</source>
        <translation>Shift+Enter beim Bearbeiten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New line</source>
        <translation>Neue Zeile</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop editing; clear the selection</source>
        <translation>Bearbeiten beenden; Auswahl aufheben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Double-click</source>
        <translation>Doppelklick</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New note (the palette&apos;s kind) or edit a note</source>
        <translation>Neue Notiz (Art aus der Palette) oder Notiz bearbeiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the selection</source>
        <translation>Auswahl löschen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duplicate</source>
        <translation>Duplizieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy, cut, paste (also between boards)</source>
        <translation>Kopieren, ausschneiden, einfügen (auch zwischen Boards)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select all notes</source>
        <translation>Alle Notizen auswählen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arrows (Shift, Alt)</source>
        <translation>Pfeiltasten (Shift, Alt)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Nudge by 10 (50, 1)</source>
        <translation>Um 10 verschieben (50, 1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Link the selected notes in selection order</source>
        <translation>Ausgewählte Notizen in Auswahlreihenfolge verbinden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alt+drag from a note</source>
        <translation>Alt+Ziehen von einer Notiz</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Draw an arrow</source>
        <translation>Pfeil zeichnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bring to front, send to back</source>
        <translation>In den Vordergrund, in den Hintergrund</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contexts</source>
        <translation>Kontexte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New bounded context around the selection</source>
        <translation>Neuer Bounded Context um die Auswahl</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alt+drag on empty space</source>
        <translation>Alt+Ziehen auf leerer Fläche</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Draw a new bounded context</source>
        <translation>Neuen Bounded Context zeichnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drag the title bar</source>
        <translation>Titelleiste ziehen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Move the frame with its notes</source>
        <translation>Rahmen samt Notizen verschieben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Double-click the title</source>
        <translation>Doppelklick auf den Titel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rename</source>
        <translation>Umbenennen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drag the round handle</source>
        <translation>Runden Griff ziehen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Draw a relationship to another context</source>
        <translation>Beziehung zu einem anderen Kontext zeichnen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Navigate</source>
        <translation>Navigieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drag on empty space, Space+drag, wheel</source>
        <translation>Ziehen auf leerer Fläche, Space+Ziehen, Mausrad</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pan</source>
        <translation>Ansicht verschieben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shift/Ctrl+drag on empty space</source>
        <translation>Shift/Ctrl+Ziehen auf leerer Fläche</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Select an area</source>
        <translation>Bereich auswählen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+wheel, pinch, Ctrl++ / Ctrl+-</source>
        <translation>Ctrl+Mausrad, Zwei-Finger-Zoom, Ctrl++ / Ctrl+-</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Zoom (10% to 400%)</source>
        <translation>Zoomen (10 % bis 400 %)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom to fit, 100%, zoom to the selection</source>
        <translation>Einpassen, 100 %, auf Auswahl zoomen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find; Enter jumps to the next match</source>
        <translation>Suchen; Enter springt zum nächsten Treffer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Presentation mode</source>
        <translation>Präsentationsmodus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show or hide the side panel</source>
        <translation>Seitenleiste ein- oder ausblenden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo, redo</source>
        <translation>Rückgängig, wiederholen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
</context>
<context>
    <name>SidePanel</name>
    <message>
        <location filename="../app/qml/canvas/SidePanel.qml" line="+25"/>
        <source>Inspector</source>
        <translation>Eigenschaften</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Workshop</source>
        <translation>Workshop</translation>
    </message>
</context>
<context>
    <name>WorkshopComparisonPane</name>
    <message>
        <location filename="../app/qml/WorkshopComparisonPane.qml" line="+22"/>
        <source>Name rules, one per line: PATTERN = CONTEXT. * matches anything, so app.orders.* = Order Context maps app.orders and everything below it. Saved on the board (undoable).</source>
        <translation>Namensregeln, eine pro Zeile: MUSTER = KONTEXT. * passt auf alles, also ordnet app.orders.* = Order Context app.orders und alles darunter zu. Wird auf dem Board gespeichert (rückgängig machbar).</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Save Rules</source>
        <translation>Regeln speichern</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rules saved on the board.</source>
        <translation>Regeln auf dem Board gespeichert.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Revert</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Workshop contexts in the code</source>
        <translation>Workshop-Kontexte im Code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Modules importing across the workshop&apos;s boundaries</source>
        <translation>Module, die über die Grenzen aus dem Workshop hinweg importieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rules</source>
        <translation>Regeln</translation>
    </message>
</context>
<context>
    <name>WorkshopPanel</name>
    <message>
        <location filename="../app/qml/canvas/WorkshopPanel.qml" line="+18"/>
        <source>Big-picture phases</source>
        <translation>Big-Picture-Phasen</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reset</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Hotspots (%1)</source>
        <translation>Hotspots (%1)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>(empty hotspot)</source>
        <translation>(leerer Hotspot)</translation>
    </message>
</context>
<context>
    <name>ZoomControls</name>
    <message>
        <location filename="../app/qml/canvas/ZoomControls.qml" line="+26"/>
        <source>Zoom out (Ctrl+-)</source>
        <translation>Verkleinern (Ctrl+-)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Actual size (Ctrl+1)</source>
        <translation>Originalgröße (Ctrl+1)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Zoom in (Ctrl++)</source>
        <translation>Vergrößern (Ctrl++)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fit</source>
        <translation>Einpassen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Zoom to fit (Ctrl+0)</source>
        <translation>Einpassen (Ctrl+0)</translation>
    </message>
</context>
</TS>
