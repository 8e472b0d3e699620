<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AnalysisWindow</name>
    <message numerus="yes">
        <location filename="../app/qml/AnalysisWindow.qml" line="+232"/>
        <source>%n module(s) without any dependency</source>
        <translation>
            <numerusform>%n module without any dependency</numerusform>
            <numerusform>%n modules without any dependency</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CanvasStatus</name>
    <message numerus="yes">
        <location filename="../app/qml/canvas/CanvasStatus.qml" line="+19"/>
        <source>%n note(s) selected</source>
        <translation>
            <numerusform>%n note selected</numerusform>
            <numerusform>%n notes selected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n context(s) selected</source>
        <translation>
            <numerusform>%n context selected</numerusform>
            <numerusform>%n contexts selected</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ContextInspector</name>
    <message numerus="yes">
        <location filename="../app/qml/canvas/ContextInspector.qml" line="+56"/>
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n note</numerusform>
            <numerusform>%n notes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InspectorPanel</name>
    <message numerus="yes">
        <location filename="../app/qml/canvas/InspectorPanel.qml" line="+37"/>
        <source>%n note(s) selected. Board › Align and Distribute arrange them; B draws a context around them; L links them in order.</source>
        <translation>
            <numerusform>%n note selected. Board › Align and Distribute arrange them; B draws a context around them; L links them in order.</numerusform>
            <numerusform>%n notes selected. Board › Align and Distribute arrange them; B draws a context around them; L links them in order.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Seams::AnalysisController</name>
    <message numerus="yes">
        <location filename="../app/analysiscontroller.cpp" line="+260"/>
        <source>Added %n context(s) below the board&apos;s content; Edit &gt; Undo removes them.</source>
        <translation>
            <numerusform>Added %n context below the board&apos;s content; Edit &gt; Undo removes them.</numerusform>
            <numerusform>Added %n contexts below the board&apos;s content; Edit &gt; Undo removes them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/analysisresults.cpp" line="+22"/>
        <source>… %n more</source>
        <translation>
            <numerusform>… %n more</numerusform>
            <numerusform>… %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+100"/>
        <source>%1 of %2 modules mapped by %n rule(s); %3 imports cross the workshop&apos;s boundaries; agreement with the suggestion (adjusted Rand) %4.</source>
        <translation>
            <numerusform>%1 of %2 modules mapped by %n rule; %3 imports cross the workshop&apos;s boundaries; agreement with the suggestion (adjusted Rand) %4.</numerusform>
            <numerusform>%1 of %2 modules mapped by %n rules; %3 imports cross the workshop&apos;s boundaries; agreement with the suggestion (adjusted Rand) %4.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Seams::CanvasEditor</name>
    <message numerus="yes">
        <location filename="../app/canvas/canvasarrange.cpp" line="+45"/>
        <source>Move %n note(s)</source>
        <translation>
            <numerusform>Move %n note</numerusform>
            <numerusform>Move %n notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Move %n item(s)</source>
        <translation>
            <numerusform>Move %n item</numerusform>
            <numerusform>Move %n items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+39"/>
        <source>Align %n note(s)</source>
        <translation>
            <numerusform>Align %n note</numerusform>
            <numerusform>Align %n notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+44"/>
        <source>Distribute %n note(s)</source>
        <translation>
            <numerusform>Distribute %n note</numerusform>
            <numerusform>Distribute %n notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/canvas/canvaseditor.cpp" line="+190"/>
        <source>Duplicate %n note(s)</source>
        <translation>
            <numerusform>Duplicate %n note</numerusform>
            <numerusform>Duplicate %n notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+155"/>
        <source>Paste %n note(s)</source>
        <translation>
            <numerusform>Paste %n note</numerusform>
            <numerusform>Paste %n notes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Seams::Cli</name>
    <message numerus="yes">
        <location filename="../app/cli/clianalyze.cpp" line="+154"/>
        <source>Added %n context(s) to %1.
</source>
        <translation>
            <numerusform>Added %n context to %1.
</numerusform>
            <numerusform>Added %n contexts to %1.
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/cliboard.cpp" line="+193"/>
        <source>Notes: %n
</source>
        <translation>
            <numerusform>Notes: %n
</numerusform>
            <numerusform>Notes: %n
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Bounded contexts: %n
</source>
        <translation>
            <numerusform>Bounded contexts: %n
</numerusform>
            <numerusform>Bounded contexts: %n
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n note</numerusform>
            <numerusform>%n notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>  (outside every context: %n note(s))
</source>
        <translation>
            <numerusform>  (outside every context: %n note)
</numerusform>
            <numerusform>  (outside every context: %n notes)
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+66"/>
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Seams::Commands</name>
    <message numerus="yes">
        <location filename="../core/commands/moveitems.cpp" line="+28"/>
        <source>Move %n note(s)</source>
        <translation>
            <numerusform>Move %n note</numerusform>
            <numerusform>Move %n notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Move %n item(s)</source>
        <translation>
            <numerusform>Move %n item</numerusform>
            <numerusform>Move %n items</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Seams::DatabaseRules</name>
    <message numerus="yes">
        <location filename="../core/analysis/databaserules.cpp" line="+38"/>
        <source> and %n more</source>
        <translation>
            <numerusform> and %n more</numerusform>
            <numerusform> and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Seams::Document</name>
    <message numerus="yes">
        <location filename="../core/commands/document.cpp" line="+186"/>
        <location line="+163"/>
        <source>Change context of %n note(s)</source>
        <translation>
            <numerusform>Change context of %n note</numerusform>
            <numerusform>Change context of %n notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-96"/>
        <source>Delete %n note(s)</source>
        <translation>
            <numerusform>Delete %n note</numerusform>
            <numerusform>Delete %n notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+34"/>
        <source>Move %n note(s)</source>
        <translation>
            <numerusform>Move %n note</numerusform>
            <numerusform>Move %n notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+48"/>
        <source>Make %n note(s) %1</source>
        <translation>
            <numerusform>Make %n note %1</numerusform>
            <numerusform>Make %n notes %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+50"/>
        <source>Bring %n note(s) to front</source>
        <translation>
            <numerusform>Bring %n note to front</numerusform>
            <numerusform>Bring %n notes to front</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Send %n note(s) to back</source>
        <translation>
            <numerusform>Send %n note to back</numerusform>
            <numerusform>Send %n notes to back</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+48"/>
        <source>Delete %n context(s)</source>
        <translation>
            <numerusform>Delete %n context</numerusform>
            <numerusform>Delete %n contexts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+106"/>
        <source>Delete %n arrow(s)</source>
        <translation>
            <numerusform>Delete %n arrow</numerusform>
            <numerusform>Delete %n arrows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+57"/>
        <source>Delete %n relationship(s)</source>
        <translation>
            <numerusform>Delete %n relationship</numerusform>
            <numerusform>Delete %n relationships</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Seams::ExportController</name>
    <message numerus="yes">
        <location filename="../app/exportcontroller.cpp" line="+157"/>
        <source>%1 is a binary file (%n byte(s)): save it to open it.</source>
        <translation>
            <numerusform>%1 is a binary file (%n byte): save it to open it.</numerusform>
            <numerusform>%1 is a binary file (%n bytes): save it to open it.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Seams::SuggestionApply</name>
    <message numerus="yes">
        <location filename="../core/analysis/suggestionapply.cpp" line="+101"/>
        <source>Create %n context(s) from analysis</source>
        <translation>
            <numerusform>Create %n context from analysis</numerusform>
            <numerusform>Create %n contexts from analysis</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Seams::Workspace</name>
    <message numerus="yes">
        <location filename="../app/workspace.cpp" line="+97"/>
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n note</numerusform>
            <numerusform>%n notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n context(s)</source>
        <translation>
            <numerusform>%n context</numerusform>
            <numerusform>%n contexts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n arrow(s)</source>
        <translation>
            <numerusform>%n arrow</numerusform>
            <numerusform>%n arrows</numerusform>
        </translation>
    </message>
</context>
</TS>
