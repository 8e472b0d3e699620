<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../app/qml/AboutDialog.qml" line="+9"/>
        <source>About Seams</source>
        <translation>À propos de Seams</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Seams %1</source>
        <translation>Seams %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Event-storming workshops and monolith-to-microservices migration planning.</source>
        <translation>Ateliers Event Storming et planification de la migration d&apos;un monolithe vers des microservices.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Built with</source>
        <translation>Réalisé avec</translation>
    </message>
</context>
<context>
    <name>AnalysisWindow</name>
    <message>
        <location filename="../app/qml/AnalysisWindow.qml" line="+16"/>
        <source>Dependency Analysis — Seams</source>
        <translation>Analyse des dépendances — Seams</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Open DOT File…</source>
        <translation>Ouvrir un fichier DOT…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Scan Source Folder…</source>
        <translation>Scanner des sources…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Package depth</source>
        <translation>Profondeur</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>0: one module per file; N: one per package N levels deep (scans only)</source>
        <translation>0&#xa0;: un module par fichier&#xa0;; N&#xa0;: un par paquet, à N niveaux de profondeur (scan de sources uniquement)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resolution</source>
        <translation>Résolution</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Re-cluster</source>
        <translation>Repartitionner</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Create Contexts on Board</source>
        <translation>Créer les contextes</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export JSON…</source>
        <translation>Exporter en JSON…</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Open a DOT file (pydeps, jdeps, madge, dependency-cruiser) or scan a source folder.</source>
        <translation>Ouvrez un fichier DOT (pydeps, jdeps, madge, dependency-cruiser) ou scannez un dossier de sources.</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Fit</source>
        <translation>Ajuster</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Candidates</source>
        <translation>Candidats</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Coupling</source>
        <translation>Couplage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Extraction Order</source>
        <translation>Extraction</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Imports</source>
        <translation>Imports</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Workshop vs Code</source>
        <translation>Atelier vs code</translation>
    </message>
    <message numerus="yes">
        <location line="+49"/>
        <source>%n module(s) without any dependency</source>
        <translation>
            <numerusform>%n module sans aucune dépendance</numerusform>
            <numerusform>%n modules sans aucune dépendance</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 modules · %2 inside · %3 calls out · %4 called in · cost %5</source>
        <translation>%1 modules · %2 internes · %3 appels sortants · %4 appels entrants · coût %5</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Seams: %1</source>
        <translation>Coutures&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Cheapest first. Cost = calls out + 2 × called in: what a service calls becomes an API call from it; what calls it must go through the gateway, changing every caller.</source>
        <translation>Les moins coûteux d&apos;abord. Coût = appels sortants + 2 × appels entrants&#xa0;: ce qu&apos;un service appelle devient un appel d&apos;API de sa part&#xa0;; ce qui l&apos;appelle doit passer par la passerelle, ce qui change chaque appelant.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>cost %1 (%2 out, %3 in, %4 modules)</source>
        <translation>coût %1 (%2 sortants, %3 entrants, %4 modules)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Cross-module imports per module, most first: the migration guide&apos;s grep | uniq -c, for the whole code.</source>
        <translation>Imports entre modules, par module, les plus nombreux d&apos;abord&#xa0;: le grep | uniq -c du guide de migration, sur tout le code.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Open a Dependency Graph</source>
        <translation>Ouvrir un graphe de dépendances</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Graphviz DOT files (*.dot *.gv)</source>
        <translation>Fichiers DOT Graphviz (*.dot *.gv)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Scan a Source Folder (or a jdeps -dotoutput folder)</source>
        <translation>Scanner un dossier de sources (ou un dossier jdeps -dotoutput)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Export the Analysis as JSON</source>
        <translation>Exporter l&apos;analyse en JSON</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>JSON files (*.json)</source>
        <translation>Fichiers JSON (*.json)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Exported.</source>
        <translation>Analyse exportée.</translation>
    </message>
</context>
<context>
    <name>CanvasBoardMenu</name>
    <message>
        <location filename="../app/qml/canvas/CanvasBoardMenu.qml" line="+14"/>
        <source>&amp;Board</source>
        <translation>&amp;Tableau</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New &amp;Context Around Selection (B)</source>
        <translation>&amp;Encadrer la sélection (B)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Link Selected Notes in Order (L)</source>
        <translation>Re&amp;lier dans l&apos;ordre (L)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Align</source>
        <translation>&amp;Aligner</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Left Edges</source>
        <translation>Bords gauches</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Horizontal Centres</source>
        <translation>Centres horizontaux</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Right Edges</source>
        <translation>Bords droits</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Top Edges</source>
        <translation>Bords supérieurs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vertical Centres</source>
        <translation>Centres verticaux</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bottom Edges</source>
        <translation>Bords inférieurs</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Distribute</source>
        <translation>&amp;Distribuer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Horizontally</source>
        <translation>Horizontalement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vertically</source>
        <translation>Verticalement</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bring to &amp;Front</source>
        <translation>Mettre au &amp;premier plan</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Send to &amp;Back</source>
        <translation>Mettre à l&apos;a&amp;rrière-plan</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Change &amp;Kind</source>
        <translation>Changer le &amp;type</translation>
    </message>
</context>
<context>
    <name>CanvasContextMenu</name>
    <message>
        <location filename="../app/qml/canvas/CanvasContextMenu.qml" line="+31"/>
        <source>Edit Text</source>
        <translation>Modifier le texte</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Change Kind</source>
        <translation>Changer le type</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Rename Context</source>
        <translation>Renommer le contexte</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cut</source>
        <translation>Couper</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Paste Here</source>
        <translation>Coller ici</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Duplicate</source>
        <translation>Dupliquer</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Link Selected Notes in Order</source>
        <translation>Relier dans l&apos;ordre</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Bring to Front</source>
        <translation>Mettre au premier plan</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Send to Back</source>
        <translation>Mettre à l&apos;arrière-plan</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New Context Around Selection</source>
        <translation>Encadrer la sélection</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New Context Here</source>
        <translation>Nouveau contexte ici</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>New Note Here</source>
        <translation>Nouvelle note ici</translation>
    </message>
</context>
<context>
    <name>CanvasStatus</name>
    <message numerus="yes">
        <location filename="../app/qml/canvas/CanvasStatus.qml" line="+19"/>
        <source>%n note(s) selected</source>
        <translation>
            <numerusform>%n note sélectionnée</numerusform>
            <numerusform>%n notes sélectionnées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n context(s) selected</source>
        <translation>
            <numerusform>%n contexte sélectionné</numerusform>
            <numerusform>%n contextes sélectionnés</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>arrow selected</source>
        <translation>flèche sélectionnée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>relationship selected</source>
        <translation>relation sélectionnée</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Zoom %1%</source>
        <translation>Zoom %1&#xa0;%</translation>
    </message>
</context>
<context>
    <name>CanvasViewMenu</name>
    <message>
        <location filename="../app/qml/canvas/CanvasViewMenu.qml" line="+18"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Zoom &amp;In</source>
        <translation>Zoom a&amp;vant</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Zoom &amp;Out</source>
        <translation>Zoom a&amp;rrière</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Zoom to &amp;Fit</source>
        <translation>&amp;Ajuster à la fenêtre</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Actual &amp;Size (100%)</source>
        <translation>&amp;Taille réelle (100&#xa0;%)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Zoom to &amp;Selection</source>
        <translation>Zoom sur la &amp;sélection</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Presentation Mode (F11)</source>
        <translation>Mode &amp;présentation (F11)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Side &amp;Panel</source>
        <translation>Panneau &amp;latéral</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Minimap</source>
        <translation>&amp;Minicarte</translation>
    </message>
</context>
<context>
    <name>ContextInspector</name>
    <message>
        <location filename="../app/qml/canvas/ContextInspector.qml" line="+24"/>
        <source>Bounded context</source>
        <translation>Contexte borné</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Colour</source>
        <translation>Couleur</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n note</numerusform>
            <numerusform>%n notes</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Handoff</source>
        <translation>Passation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Wave</source>
        <translation>Vague</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>not planned</source>
        <translation>non planifiée</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Team</source>
        <translation>Équipe</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>owning team</source>
        <translation>équipe responsable</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Upstream</source>
        <translation>URL amont</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Routes</source>
        <translation>Routes</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Database</source>
        <translation>Base de données</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Engine</source>
        <translation>Moteur</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Board default (%1)</source>
        <translation>Par défaut (%1)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Relationships</source>
        <translation>Relations</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>None yet. Drag from the round handle of the title bar to another context, or add one here.</source>
        <translation>Aucune pour l&apos;instant. Faites glisser la poignée ronde de la barre de titre vers un autre contexte, ou ajoutez-en une ici.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>upstream of %1</source>
        <translation>en amont de %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>downstream of %1</source>
        <translation>en aval de %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This context is upstream of the chosen one</source>
        <translation>Ce contexte est en amont du contexte choisi</translation>
    </message>
</context>
<context>
    <name>ContextMapWindow</name>
    <message>
        <location filename="../app/qml/ContextMapWindow.qml" line="+11"/>
        <source>Context Map — %1</source>
        <translation>Carte des contextes — %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The context map cannot be drawn: %1</source>
        <translation>Impossible de dessiner la carte des contextes&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No bounded contexts yet. Frame related notes in a context on the board and it appears here, with its relationships.</source>
        <translation>Aucun contexte borné pour l&apos;instant. Encadrez des notes liées par un contexte sur le tableau&#xa0;: il apparaîtra ici, avec ses relations.</translation>
    </message>
</context>
<context>
    <name>CouplingHeatMap</name>
    <message>
        <location filename="../app/qml/CouplingHeatMap.qml" line="+24"/>
        <source>Dependencies of the row&apos;s candidate on the column&apos;s; darker is more (up to %1). High coupling between two candidates means they are costly to split apart.</source>
        <translation>Dépendances du candidat de la ligne envers celui de la colonne&#xa0;; plus c&apos;est foncé, plus elles sont nombreuses (jusqu&apos;à %1). Un fort couplage entre deux candidats les rend coûteux à séparer.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No dependencies between candidates.</source>
        <translation>Aucune dépendance entre les candidats.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../app/qml/ExportDialog.qml" line="+15"/>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
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
        <translation>Après la vague</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Wave</source>
        <translation>Vague</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Listen on</source>
        <translation>Écouter sur</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>board setting (e.g. :8000)</source>
        <translation>paramètre du tableau (p.&#xa0;ex. :8000)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Listen address</source>
        <translation>Adresse d&apos;écoute</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Dialect</source>
        <translation>Dialecte</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>board default</source>
        <translation>par défaut</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Layout</source>
        <translation>Structure</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>flyway (default)</source>
        <translation>flyway (défaut)</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Copied %1.</source>
        <translation>%1 copié dans le presse-papiers.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Save to Folder…</source>
        <translation>&amp;Enregistrer dans un dossier…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Save…</source>
        <translation>&amp;Enregistrer…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Save Export</source>
        <translation>Enregistrer l&apos;export</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Save Export to Folder</source>
        <translation>Enregistrer l&apos;export dans un dossier</translation>
    </message>
</context>
<context>
    <name>FieldEditor</name>
    <message>
        <location filename="../app/qml/canvas/FieldEditor.qml" line="+29"/>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Nullable</source>
        <translation>Facultatif</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Choose an aggregate…</source>
        <translation>Choisir un agrégat…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>values, separated by commas</source>
        <translation>valeurs, séparées par des virgules</translation>
    </message>
</context>
<context>
    <name>FrameDelegate</name>
    <message>
        <location filename="../app/qml/canvas/FrameDelegate.qml" line="+97"/>
        <source>wave %1</source>
        <translation>vague %1</translation>
    </message>
</context>
<context>
    <name>InspectorPanel</name>
    <message>
        <location filename="../app/qml/canvas/InspectorPanel.qml" line="+36"/>
        <source>Select a note, a context or an arrow to see its details here.

Press E to write the first domain event, Enter for the next one. F1 lists every key.</source>
        <translation>Sélectionnez une note, un contexte ou une flèche pour en voir le détail ici.

Appuyez sur E pour écrire le premier événement métier, puis sur Enter pour le suivant. F1 liste toutes les touches.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n note(s) selected. Board › Align and Distribute arrange them; B draws a context around them; L links them in order.</source>
        <translation>
            <numerusform>%n note sélectionnée. Tableau › Aligner et Distribuer la placent&#xa0;; B trace un contexte autour&#xa0;; L relie les notes dans l&apos;ordre.</numerusform>
            <numerusform>%n notes sélectionnées. Tableau › Aligner et Distribuer les placent&#xa0;; B trace un contexte autour&#xa0;; L les relie dans l&apos;ordre.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Arrow</source>
        <translation>Flèche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>To</source>
        <translation>Vers</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Label</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>e.g. triggers</source>
        <translation>p.&#xa0;ex. déclenche</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Delete Arrow</source>
        <translation>Supprimer la flèche</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Relationship</source>
        <translation>Relation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Upstream</source>
        <translation>Amont</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Downstream</source>
        <translation>Aval</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pattern</source>
        <translation>Patron</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Data sync</source>
        <translation>Synchronisation</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Notes</source>
        <translation>Remarques</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Swap Direction</source>
        <translation>Inverser le sens</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
</context>
<context>
    <name>KindPalette</name>
    <message>
        <location filename="../app/qml/canvas/KindPalette.qml" line="+23"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Add a %1 next to the current note (key %2)</source>
        <translation>Ajouter «&#xa0;%1&#xa0;» à côté de la note courante (touche %2)</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <location filename="../app/qml/Main.qml" line="+69"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;New Board</source>
        <translation>&amp;Nouveau tableau</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open &amp;Recent</source>
        <translation>Ouvrir un tableau &amp;récent</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Clear Recent Boards</source>
        <translation>&amp;Vider la liste</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save &amp;As…</source>
        <translation>Enregistrer &amp;sous…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Export…</source>
        <translation>E&amp;xporter…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Undo %1</source>
        <translation>&amp;Annuler&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Redo %1</source>
        <translation>&amp;Rétablir&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cu&amp;t</source>
        <translation>Co&amp;uper</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Paste</source>
        <translation>C&amp;oller</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>D&amp;uplicate</source>
        <translation>&amp;Dupliquer</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Select &amp;All</source>
        <translation>&amp;Tout sélectionner</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Find…</source>
        <translation>Rec&amp;hercher…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Pre&amp;ferences…</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Context Map</source>
        <translation>&amp;Carte des contextes</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Analysis</source>
        <translation>A&amp;nalyse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Analyze &amp;Dependencies…</source>
        <translation>Analyser les &amp;dépendances…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;About Seams</source>
        <translation>À &amp;propos de Seams</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>Not saved: %1</source>
        <translation>Non enregistré&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Untitled: kept in the app folder until you name it</source>
        <translation>Sans titre&#xa0;: conservé dans le dossier de l&apos;application jusqu&apos;à ce que vous le nommiez</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All edits saved to %1</source>
        <translation>Toutes les modifications sont enregistrées dans %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Open Board</source>
        <translation>Ouvrir un tableau</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+9"/>
        <source>Seams boards (*.seams)</source>
        <translation>Tableaux Seams (*.seams)</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Save Board As</source>
        <translation>Enregistrer le tableau sous</translation>
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
        <translation>Saisissez le texte, Enter pour la note suivante</translation>
    </message>
</context>
<context>
    <name>NoteInspector</name>
    <message>
        <location filename="../app/qml/canvas/NoteInspector.qml" line="+22"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Context</source>
        <translation>Contexte</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(outside every context)</source>
        <translation>(hors de tout contexte)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>HTTP operation</source>
        <translation>Opération HTTP</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>derived</source>
        <translation>déduite</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>derived, e.g. /api/orders</source>
        <translation>déduit, p.&#xa0;ex. /api/orders</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Fields</source>
        <translation>Champs</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Payload</source>
        <translation>Charge utile</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add Field</source>
        <translation>Ajouter un champ</translation>
    </message>
</context>
<context>
    <name>PhaseTimer</name>
    <message>
        <location filename="../app/qml/canvas/PhaseTimer.qml" line="+27"/>
        <source>Phase %1 of %2</source>
        <translation>Phase %1 sur %2</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Pause the timer</source>
        <translation>Mettre le minuteur en pause</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Start the timer</source>
        <translation>Démarrer le minuteur</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Next phase</source>
        <translation>Phase suivante</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../app/qml/PreferencesDialog.qml" line="+12"/>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Appearance</source>
        <translation>Apparence</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Language:</source>
        <translation>Langue&#xa0;:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Theme:</source>
        <translation>Thème&#xa0;:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Follow the system</source>
        <translation>Suivre le système</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Untitled boards</source>
        <translation>Tableaux sans titre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kept in:</source>
        <translation>Conservés dans&#xa0;:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New boards start with</source>
        <translation>Valeurs initiales des nouveaux tableaux</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Monolith upstream:</source>
        <translation>URL amont du monolithe&#xa0;:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>JWT at the gateway:</source>
        <translation>JWT sur la passerelle&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Verify tokens (exp claim, key id in kid)</source>
        <translation>Vérifier les jetons (claim exp, identifiant de clé dans kid)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Rate limit:</source>
        <translation>Limite de débit&#xa0;:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>requests per minute (0: off)</source>
        <translation>requêtes par minute (0&#xa0;: désactivée)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Database engine:</source>
        <translation>Moteur de base de données&#xa0;:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Folder for Untitled Boards</source>
        <translation>Dossier des tableaux sans titre</translation>
    </message>
</context>
<context>
    <name>Seams::AboutInfo</name>
    <message>
        <location filename="../app/aboutinfo.cpp" line="+16"/>
        <source>Seams is free software under the GNU General Public License, version 3 or later.</source>
        <translation>Seams est un logiciel libre distribué sous la licence publique générale GNU, version 3 ou ultérieure.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Application framework and user interface</source>
        <translation>Framework d&apos;application et interface utilisateur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Public domain</source>
        <translation>Domaine public</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The .seams project file</source>
        <translation>Le fichier de projet .seams</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>DOT import, layout and the context map</source>
        <translation>Import DOT, disposition des graphes et carte des contextes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every YAML file Seams writes</source>
        <translation>Tous les fichiers YAML écrits par Seams</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Service boundary suggestions</source>
        <translation>Suggestions de frontières entre services</translation>
    </message>
</context>
<context>
    <name>Seams::Analysis</name>
    <message>
        <location filename="../core/analysis/graphlayout.cpp" line="+169"/>
        <location filename="../core/analysis/igraphutil.cpp" line="+68"/>
        <source>canceled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <location filename="../core/analysis/igraphutil.cpp" line="+1"/>
        <source>%1 failed: %2</source>
        <translation>échec de %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>Seams::AnalysisController</name>
    <message>
        <location filename="../app/analysiscontroller.cpp" line="+100"/>
        <source>%1 modules (%2), %3 dependencies; %4 candidate services, modularity %5</source>
        <translation>%1 modules (%2), %3 dépendances&#xa0;; %4 services candidats, modularité %5</translation>
    </message>
    <message>
        <location line="+155"/>
        <source>Nothing to apply: analyse a dependency graph first.</source>
        <translation>Rien à appliquer&#xa0;: analysez d&apos;abord un graphe de dépendances.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The suggestion has no candidate service to add.</source>
        <translation>La suggestion ne contient aucun service candidat à ajouter.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Added %n context(s) below the board&apos;s content; Edit &gt; Undo removes them.</source>
        <translation>
            <numerusform>%n contexte ajouté sous le contenu du tableau&#xa0;; Édition &gt; Annuler le retire.</numerusform>
            <numerusform>%n contextes ajoutés sous le contenu du tableau&#xa0;; Édition &gt; Annuler les retire.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>There is no open board.</source>
        <translation>Aucun tableau n&apos;est ouvert.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Line %1: %2</source>
        <translation>Ligne %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Nothing to export: analyse a dependency graph first.</source>
        <translation>Rien à exporter&#xa0;: analysez d&apos;abord un graphe de dépendances.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/analysisresults.cpp" line="+22"/>
        <source>… %n more</source>
        <translation>
            <numerusform>… et %n autre</numerusform>
            <numerusform>… et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <location line="+87"/>
        <source>Analyse a dependency graph to compare it with the board.</source>
        <translation>Analysez un graphe de dépendances pour le comparer au tableau.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No name rules yet. Map code to the board&apos;s contexts with lines such as &quot;app.orders.* = Order Context&quot;.</source>
        <translation>Aucune règle de nom pour l&apos;instant. Associez le code aux contextes du tableau avec des lignes comme «&#xa0;app.orders.* = Order Context&#xa0;».</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%1 of %2 modules mapped by %n rule(s); %3 imports cross the workshop&apos;s boundaries; agreement with the suggestion (adjusted Rand) %4.</source>
        <translation>
            <numerusform>%1 modules sur %2 associés par %n règle&#xa0;; imports qui franchissent les frontières de l&apos;atelier&#xa0;: %3&#xa0;; accord avec la suggestion (indice de Rand ajusté)&#xa0;: %4.</numerusform>
            <numerusform>%1 modules sur %2 associés par %n règles&#xa0;; imports qui franchissent les frontières de l&apos;atelier&#xa0;: %3&#xa0;; accord avec la suggestion (indice de Rand ajusté)&#xa0;: %4.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1% of its %2 modules in one candidate; %3 unrelated piece(s); in %4</source>
        <translation>%1&#xa0;% de ses %2 modules dans un seul candidat&#xa0;; fragments sans lien&#xa0;: %3&#xa0;; présent dans %4</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 imports from %2</source>
        <translation>%1 importe depuis %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Rules name this context, but the board has no context of that name.</source>
        <translation>Des règles nomment ce contexte, mais le tableau n&apos;a aucun contexte de ce nom.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This rule matches no module.</source>
        <translation>Cette règle ne correspond à aucun module.</translation>
    </message>
</context>
<context>
    <name>Seams::AsyncApiExporter</name>
    <message>
        <location filename="../core/export/asyncapiexporter.cpp" line="+176"/>
        <source>cannot write the event contract of %1: %2</source>
        <translation>impossible d&apos;écrire le contrat d&apos;événements de %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../core/export/asyncapiexporter.h" line="+19"/>
        <source>AsyncAPI 3.0 event contracts</source>
        <translation>Contrats d&apos;événements AsyncAPI 3.0</translation>
    </message>
</context>
<context>
    <name>Seams::BoardJson</name>
    <message>
        <location filename="../core/storage/boardjsonreader.cpp" line="+44"/>
        <source>&quot;%1&quot; is missing</source>
        <translation>«&#xa0;%1&#xa0;» est manquant</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>must be a string</source>
        <translation>doit être une chaîne</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>must be a number</source>
        <translation>doit être un nombre</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>must be a whole number from %1 to %2</source>
        <translation>doit être un nombre entier de %1 à %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>must be true or false</source>
        <translation>doit valoir true ou false</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&quot;%1&quot; is not a valid id</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un identifiant valide</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>unknown value &quot;%1&quot; (expected one of: %2)</source>
        <translation>valeur inconnue «&#xa0;%1&#xa0;» (valeurs attendues&#xa0;: %2)</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+3"/>
        <source>must be a list of strings</source>
        <translation>doit être une liste de chaînes</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&quot;%1&quot; is not an ISO 8601 date and time</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une date et heure ISO 8601</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>position or size out of range</source>
        <translation>position ou taille hors limites</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>must be an object</source>
        <translation>doit être un objet</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>must be a list</source>
        <translation>doit être une liste</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>line %1, column %2: %3</source>
        <translation>ligne %1, colonne %2&#xa0;: %3</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&quot;%1&quot; is not a colour</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une couleur</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+37"/>
        <location line="+17"/>
        <location line="+20"/>
        <source>duplicate id</source>
        <translation>identifiant en double</translation>
    </message>
    <message>
        <location line="-59"/>
        <location line="+55"/>
        <location line="+2"/>
        <source>no context has this id</source>
        <translation>aucun contexte n&apos;a cet identifiant</translation>
    </message>
    <message>
        <location line="-22"/>
        <location line="+2"/>
        <source>no note has this id</source>
        <translation>aucune note n&apos;a cet identifiant</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>the document must be a JSON object</source>
        <translation>le document doit être un objet JSON</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>this is not a Seams board (expected &quot;seams-board&quot;)</source>
        <translation>ce n&apos;est pas un tableau Seams («&#xa0;seams-board&#xa0;» attendu)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>written by a newer version of Seams (format %1; this version reads up to %2)</source>
        <translation>écrit par une version plus récente de Seams (format %1&#xa0;; cette version lit jusqu&apos;au format %2)</translation>
    </message>
</context>
<context>
    <name>Seams::BoardSettings</name>
    <message>
        <location filename="../core/model/boardsettings.cpp" line="+35"/>
        <source>setting &quot;%1&quot; must be %2</source>
        <translation>le paramètre «&#xa0;%1&#xa0;» doit être %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>a string</source>
        <translation>une chaîne</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>true or false</source>
        <translation>true ou false</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>a whole number of requests, 0 or more</source>
        <translation>un nombre entier de requêtes, 0 ou plus</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>one of postgres, mariadb, sqlite</source>
        <translation>l&apos;une des valeurs postgres, mariadb, sqlite</translation>
    </message>
</context>
<context>
    <name>Seams::CaddyExporter</name>
    <message>
        <location filename="../core/export/caddyexporter.cpp" line="+27"/>
        <source>NOT ENFORCED by stock Caddy (no such module in the standard build):</source>
        <translation>NON APPLIQUÉ par Caddy standard (aucun module de ce type dans la version standard)&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>  JWT verification: requests pass unverified; verify tokens in the services, or build Caddy with a JWT plugin.</source>
        <translation>  Vérification JWT&#xa0;: les requêtes passent sans vérification&#xa0;; vérifiez les jetons dans les services, ou compilez Caddy avec un plugin JWT.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>  rate limiting (%1 requests per minute and client on this board): no 429 from Caddy; build Caddy with a rate-limit plugin or limit elsewhere.</source>
        <translation>  Limitation de débit (%1 requêtes par minute et par client sur ce tableau)&#xa0;: Caddy ne renvoie jamais 429&#xa0;; compilez Caddy avec un plugin de limitation de débit, ou limitez ailleurs.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>  (nothing: JWT and rate limiting are off on this board)</source>
        <translation>  (rien&#xa0;: JWT et limitation de débit sont désactivés sur ce tableau)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The admin endpoint is localhost:2019 unless SEAMS_CADDY_ADMIN says otherwise (&quot;off&quot; disables it).</source>
        <translation>Le point d&apos;accès d&apos;administration est localhost:2019, sauf si SEAMS_CADDY_ADMIN indique autre chose («&#xa0;off&#xa0;» le désactive).</translation>
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
        <translation>Impossible de coller les notes copiées&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Seams::CanvasEditor</name>
    <message numerus="yes">
        <location filename="../app/canvas/canvasarrange.cpp" line="+45"/>
        <source>Move %n note(s)</source>
        <translation>
            <numerusform>Déplacer %n note</numerusform>
            <numerusform>Déplacer %n notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Move %n item(s)</source>
        <translation>
            <numerusform>Déplacer %n élément</numerusform>
            <numerusform>Déplacer %n éléments</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Resize note</source>
        <translation>Redimensionner la note</translation>
    </message>
    <message numerus="yes">
        <location line="+28"/>
        <source>Align %n note(s)</source>
        <translation>
            <numerusform>Aligner %n note</numerusform>
            <numerusform>Aligner %n notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+44"/>
        <source>Distribute %n note(s)</source>
        <translation>
            <numerusform>Distribuer %n note</numerusform>
            <numerusform>Distribuer %n notes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/canvas/canvaseditor.cpp" line="+164"/>
        <source>Delete selection</source>
        <translation>Supprimer la sélection</translation>
    </message>
    <message numerus="yes">
        <location line="+26"/>
        <source>Duplicate %n note(s)</source>
        <translation>
            <numerusform>Dupliquer %n note</numerusform>
            <numerusform>Dupliquer %n notes</numerusform>
        </translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Context %1</source>
        <translation>Contexte %1</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Add arrows</source>
        <translation>Ajouter des flèches</translation>
    </message>
    <message numerus="yes">
        <location line="+80"/>
        <source>Paste %n note(s)</source>
        <translation>
            <numerusform>Coller %n note</numerusform>
            <numerusform>Coller %n notes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Seams::Cli</name>
    <message>
        <location filename="../app/cli/cli.cpp" line="+29"/>
        <source>Create a board: empty, the sample shop, or generated</source>
        <translation>Créer un tableau&#xa0;: vide, la boutique d&apos;exemple ou généré</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show a board&apos;s name and counts per kind and context</source>
        <translation>Afficher le nom d&apos;un tableau et ses décomptes par type et par contexte</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Run the model checks; exit 1 when any error is found</source>
        <translation>Lancer les vérifications du modèle&#xa0;; code de sortie 1 en cas d&apos;erreur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export the board (json, and the handoff formats)</source>
        <translation>Exporter le tableau (json et les formats de passation)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Create a board file from the JSON interchange form</source>
        <translation>Créer un fichier de tableau depuis la forme d&apos;échange JSON</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Suggest service boundaries from module dependencies</source>
        <translation>Suggérer des frontières de services d&apos;après les dépendances des modules</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show help for a verb</source>
        <translation>Afficher l&apos;aide d&apos;une sous-commande</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Usage: seams [FILE]            open a board in the window
       seams VERB [OPTIONS]    work on boards without a display

Verbs:
</source>
        <translation>Utilisation&#xa0;: seams [FILE]            ouvre un tableau dans la fenêtre
              seams VERB [OPTIONS]    travaille sur des tableaux sans affichage

Sous-commandes (VERB)&#xa0;:
</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>
Run &quot;seams help VERB&quot; for the options of a verb.
Exit codes: 0 success, 1 check failures, 2 usage errors, 3 file errors.
</source>
        <translation>
Lancez «&#xa0;seams help VERB&#xa0;» pour les options d&apos;une sous-commande.
Codes de sortie&#xa0;: 0 succès, 1 échec des vérifications, 2 erreur d&apos;utilisation, 3 erreur de fichier.
</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>seams help: unknown verb &quot;%1&quot;

</source>
        <translation>seams help: sous-commande inconnue «&#xa0;%1&#xa0;»

</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Show this help.</source>
        <translation>Afficher cette aide.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>seams %1: %2 is missing. Run &quot;seams help %1&quot;.
</source>
        <translation>seams %1: %2 manquant. Lancez «&#xa0;seams help %1&#xa0;».
</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>seams %1: expected one %2, got %3 arguments. Run &quot;seams help %1&quot;.
</source>
        <translation>seams %1: un seul %2 attendu, %3 arguments reçus. Lancez «&#xa0;seams help %1&#xa0;».
</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>seams %1: %2 is empty. Run &quot;seams help %1&quot;.
</source>
        <translation>seams %1: %2 est vide. Lancez «&#xa0;seams help %1&#xa0;».
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
        <translation>seams: impossible d&apos;écrire %1&#xa0;: %2
</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>seams: unknown verb or option &quot;%1&quot;

</source>
        <translation>seams: sous-commande ou option inconnue «&#xa0;%1&#xa0;»

</translation>
    </message>
    <message>
        <location filename="../app/cli/clianalyze.cpp" line="+35"/>
        <source>Modules: %1 (%2), %3 dependencies between them, %4 on outside modules
</source>
        <translation>Modules&#xa0;: %1 (%2), %3 dépendances entre eux, %4 vers des modules extérieurs
</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Candidate services: %1 at resolution %2 (modularity %3)
</source>
        <translation>Services candidats&#xa0;: %1 à la résolution %2 (modularité %3)
</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>  #  candidate                        modules  inside  calls out  called in   cost
</source>
        <translation>  #  candidat                         modules intern.   sortants   entrants   coût
</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>       seams: %1
</source>
        <translation>       coutures&#xa0;: %1
</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>
Coupling: dependencies of the row&apos;s candidate on the column&apos;s%1
</source>
        <translation>
Couplage&#xa0;: dépendances du candidat de la ligne envers celui de la colonne%1
</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (first %1 candidates)</source>
        <translation> (%1 premiers candidats)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>
Extraction order, cheapest first (cost = calls out + 2 x called in):
</source>
        <translation>
Ordre d&apos;extraction, les moins coûteux d&apos;abord (coût = appels sortants + 2 x appels entrants)&#xa0;:
</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1. %2 (cost %3: %4 calls out become API calls, %5 calls in go through the gateway)
</source>
        <translation>%1. %2 (coût %3&#xa0;: appels sortants devenant des appels d&apos;API&#xa0;: %4&#xa0;; appels entrants passant par la passerelle&#xa0;: %5)
</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>
Cross-module imports (count, module, packages it reaches into):
</source>
        <translation>
Imports entre modules (nombre, module, paquets qu&apos;il atteint)&#xa0;:
</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>    ... %1 more (--json lists all)
</source>
        <translation>    ... %1 de plus (--json les liste tous)
</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>
Workshop versus code: %1 modules mapped by name rules, %2 unmapped; agreement (adjusted Rand) %3
</source>
        <translation>
Atelier et code&#xa0;: %1 modules associés par les règles de nom, %2 non associés&#xa0;; accord (indice de Rand ajusté)&#xa0;: %3
</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>  %1: %2 modules, %3% in one candidate, %4 unrelated piece(s)%5
</source>
        <translation>  %1&#xa0;: %2 modules, %3&#xa0;% dans un seul candidat, fragments sans lien&#xa0;: %4%5
</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> - scattered</source>
        <translation> (dispersé)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>  Modules importing across the workshop&apos;s boundaries (%1 imports):
</source>
        <translation>  Modules qui importent par-delà les frontières de l&apos;atelier (%1 imports)&#xa0;:
</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>  Rules name &quot;%1&quot;, which is not a context on the board.
</source>
        <translation>  Des règles nomment «&#xa0;%1&#xa0;», qui n&apos;est pas un contexte du tableau.
</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>  Rule &quot;%1&quot; matches no module.
</source>
        <translation>  La règle «&#xa0;%1&#xa0;» ne correspond à aucun module.
</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>seams analyze: cannot write %1: %2
</source>
        <translation>seams analyze: impossible d&apos;écrire %1&#xa0;: %2
</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Added %n context(s) to %1.
</source>
        <translation>
            <numerusform>%n contexte ajouté à %1.
</numerusform>
            <numerusform>%n contextes ajoutés à %1.
</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Suggest service boundaries from the monolith&apos;s module dependencies: candidate contexts, their coupling, an extraction order and the cross-module import counts. INPUT is a DOT file (pydeps, jdeps -dotoutput, madge --dot, dependency-cruiser -T dot, or any DOT graph), a folder of jdeps DOT files, or a source folder (Python, Java, JavaScript/TypeScript, C/C++), which is scanned. Extraction order: cheapest first, cost = calls out + 2 x calls in. Exit codes: 0 success, 2 usage errors, 3 unreadable or malformed input or board. See docs/analysis.md.</source>
        <translation>Suggérer des frontières de services d&apos;après les dépendances entre modules du monolithe&#xa0;: contextes candidats, leur couplage, un ordre d&apos;extraction et le nombre d&apos;imports entre modules. INPUT est un fichier DOT (pydeps, jdeps -dotoutput, madge --dot, dependency-cruiser -T dot, ou tout graphe DOT), un dossier de fichiers DOT de jdeps, ou un dossier de sources (Python, Java, JavaScript/TypeScript, C/C++), qui est alors scanné. Ordre d&apos;extraction&#xa0;: les moins coûteux d&apos;abord, coût = appels sortants + 2 x appels entrants. Codes de sortie&#xa0;: 0 succès, 2 erreur d&apos;utilisation, 3 entrée ou tableau illisible ou mal formé. Voir docs/analysis.md.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Analyze dependencies.</source>
        <translation>Analyser les dépendances.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>DOT file or folder.</source>
        <translation>Fichier DOT ou dossier.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>More (above 1) or fewer (below 1) candidate services (default 1).</source>
        <translation>Plus (au-dessus de 1) ou moins (en dessous de 1) de services candidats (1 par défaut).</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>R</source>
        <translation>R</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Scan sources into packages at depth N instead of one module per file (default 0: files).</source>
        <translation>Regrouper les sources scannées en paquets de profondeur N au lieu d&apos;un module par fichier (0 par défaut&#xa0;: fichiers).</translation>
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
        <translation>Graine du partitionnement aléatoire (1 par défaut).</translation>
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
        <translation>Écrire du JSON au lieu d&apos;un rapport.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write to FILE instead of standard output.</source>
        <translation>Écrire dans FILE au lieu de la sortie standard.</translation>
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
        <translation>Ajouter les candidats à BOARD sous forme de contextes avec des notes d&apos;agrégats (une seule étape annulable).</translation>
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
        <translation>Comparer avec les contextes de BOARD, selon ses règles de noms de modules.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A name rule &quot;PATTERN = CONTEXT&quot; for --compare, e.g. &quot;app.orders.* = Order Context&quot;; repeatable, used before the board&apos;s own rules.</source>
        <translation>Une règle de nom «&#xa0;MOTIF = CONTEXTE&#xa0;» pour --compare, comme «&#xa0;app.orders.* = Order Context&#xa0;»&#xa0;; répétable, appliquée avant les règles du tableau.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>RULE</source>
        <translation>RULE</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Skip folders with this name when scanning; repeatable.</source>
        <translation>Ignorer les dossiers de ce nom lors du scan&#xa0;; répétable.</translation>
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
        <translation>Scanner aussi les tests et le code tiers embarqué (vendor).</translation>
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
        <translation>seams analyze: --resolution attend un nombre supérieur à 0 et au plus égal à 100, pas «&#xa0;%1&#xa0;».
</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>seams analyze: --depth needs a whole number from 0 to 64, not &quot;%1&quot;.
</source>
        <translation>seams analyze: --depth attend un nombre entier de 0 à 64, pas «&#xa0;%1&#xa0;».
</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>seams analyze: --seed needs a whole number, not &quot;%1&quot;.
</source>
        <translation>seams analyze: --seed attend un nombre entier, pas «&#xa0;%1&#xa0;».
</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>seams analyze: --rule needs --compare BOARD.
</source>
        <translation>seams analyze: --rule nécessite --compare BOARD.
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
        <translation> Utilisez --force pour le remplacer.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Create a board file: empty, the sample shop from the migration guide, or a generated board for benchmarks.</source>
        <translation>Créer un fichier de tableau&#xa0;: vide, la boutique d&apos;exemple du guide de migration, ou un tableau généré pour les bancs d&apos;essai.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Create a board.</source>
        <translation>Créer un tableau.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The .seams file to create.</source>
        <translation>Le fichier .seams à créer.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start from a sample board: shop.</source>
        <translation>Partir d&apos;un tableau d&apos;exemple&#xa0;: shop.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Generate a synthetic board of N notes.</source>
        <translation>Générer un tableau synthétique de N notes.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Seed of the generated board (default 1).</source>
        <translation>Graine du tableau généré (1 par défaut).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The board&apos;s name.</source>
        <translation>Le nom du tableau.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+61"/>
        <source>Replace an existing file.</source>
        <translation>Remplacer un fichier existant.</translation>
    </message>
    <message>
        <location line="-51"/>
        <source>seams new: --sample and --generate cannot be combined.
</source>
        <translation>seams new: --sample et --generate ne peuvent pas être combinés.
</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>seams new: unknown sample &quot;%1&quot; (available: shop).
</source>
        <translation>seams new: exemple inconnu «&#xa0;%1&#xa0;» (disponible&#xa0;: shop).
</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>seams new: the sample is broken: %1
</source>
        <translation>seams new: l&apos;exemple est défectueux&#xa0;: %1
</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>seams new: --generate needs a number of notes from 1 to 1000000, not &quot;%1&quot;.
</source>
        <translation>seams new: --generate attend un nombre de notes de 1 à 1000000, pas «&#xa0;%1&#xa0;».
</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>seams new: --seed needs a whole number, not &quot;%1&quot;.
</source>
        <translation>seams new: --seed attend un nombre entier, pas «&#xa0;%1&#xa0;».
</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Create a .seams board file from the JSON interchange form (see &quot;seams export json&quot;).</source>
        <translation>Créer un fichier de tableau .seams depuis la forme d&apos;échange JSON (voir «&#xa0;seams export json&#xa0;»).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import a board.</source>
        <translation>Importer un tableau.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The JSON board to read.</source>
        <translation>Le tableau JSON à lire.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The .seams file to create (required).</source>
        <translation>Le fichier .seams à créer (obligatoire).</translation>
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
        <translation>seams import: -o FILE est obligatoire.
</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>seams import: cannot read %1: %2
</source>
        <translation>seams import: impossible de lire %1&#xa0;: %2
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
        <translation>Afficher le nom d&apos;un tableau et ses décomptes par type et par contexte borné.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Describe a board.</source>
        <translation>Décrire un tableau.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+79"/>
        <location filename="../app/cli/cliexport.cpp" line="-6"/>
        <source>The board (.seams or .json).</source>
        <translation>Le tableau (.seams ou .json).</translation>
    </message>
    <message>
        <location line="-78"/>
        <location line="+83"/>
        <source>Print JSON instead of text.</source>
        <translation>Afficher du JSON au lieu de texte.</translation>
    </message>
    <message>
        <location line="-42"/>
        <source>Board: %1
</source>
        <translation>Tableau&#xa0;: %1
</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Notes: %n
</source>
        <translation>
            <numerusform>Notes&#xa0;: %n
</numerusform>
            <numerusform>Notes&#xa0;: %n
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Bounded contexts: %n
</source>
        <translation>
            <numerusform>Contextes bornés&#xa0;: %n
</numerusform>
            <numerusform>Contextes bornés&#xa0;: %n
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
    <message>
        <location line="+4"/>
        <source>wave %1</source>
        <translation>vague %1</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>  (outside every context: %n note(s))
</source>
        <translation>
            <numerusform>  (hors de tout contexte&#xa0;: %n note)
</numerusform>
            <numerusform>  (hors de tout contexte&#xa0;: %n notes)
</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arrows: %1
Relationships: %2
</source>
        <translation>Flèches&#xa0;: %1
Relations&#xa0;: %2
</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Run the model checks. Prints one line per finding; exits with 1 when any finding is an error.</source>
        <translation>Lancer les vérifications du modèle. Affiche une ligne par constat&#xa0;; se termine avec le code 1 si un constat est une erreur.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check a board.</source>
        <translation>Vérifier un tableau.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Only this area (repeatable): %1.</source>
        <translation>Uniquement cette catégorie de vérifications (répétable)&#xa0;: %1.</translation>
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
        <translation>seams check: catégorie inconnue «&#xa0;%1&#xa0;» (catégories&#xa0;: %2).
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
            <numerusform>%n erreur</numerusform>
            <numerusform>%n erreurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n avertissement</numerusform>
            <numerusform>%n avertissements</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/cliexport.cpp" line="-37"/>
        <location line="+10"/>
        <source>cannot write %1: %2</source>
        <translation>impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Export a board. Formats: %1. Folder-shaped formats need -o DIR; the others write to -o FILE or to standard output. The same board always gives the same bytes.</source>
        <translation>Exporter un tableau. Formats&#xa0;: %1. Les formats qui produisent un dossier exigent -o DIR&#xa0;; les autres écrivent dans -o FILE ou sur la sortie standard. Un même tableau donne toujours les mêmes octets.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export a board.</source>
        <translation>Exporter un tableau.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One of: %1.</source>
        <translation>L&apos;un des formats&#xa0;: %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Output file or folder (&quot;-&quot; or absent: standard output, for single-file formats).</source>
        <translation>Fichier ou dossier de sortie («&#xa0;-&#xa0;» ou absent&#xa0;: sortie standard, pour les formats à fichier unique).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>OUT</source>
        <translation>OUT</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export the state after migration wave N.</source>
        <translation>Exporter l&apos;état après la vague de migration N.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Gateway listen address (default: the board&apos;s, :8000).</source>
        <translation>Adresse d&apos;écoute de la passerelle (par défaut&#xa0;: celle du tableau, :8000).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ADDR:PORT</source>
        <translation>ADDR:PORT</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SQL dialect: postgres, mariadb or sqlite.</source>
        <translation>Dialecte SQL&#xa0;: postgres, mariadb ou sqlite.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>DIALECT</source>
        <translation>DIALECT</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Migration file layout: flyway or golang-migrate.</source>
        <translation>Structure des fichiers de migration&#xa0;: flyway ou golang-migrate.</translation>
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
        <translation>seams export: FORMAT et FILE attendus. Formats&#xa0;: %1. Lancez «&#xa0;seams help export&#xa0;».
</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>seams export: unknown format &quot;%1&quot; (formats: %2).
</source>
        <translation>seams export: format inconnu «&#xa0;%1&#xa0;» (formats&#xa0;: %2).
</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>seams export: format &quot;%1&quot; has no --%2 option.
</source>
        <translation>seams export: le format «&#xa0;%1&#xa0;» n&apos;a pas d&apos;option --%2.
</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>seams export: --wave needs a wave number from 0 to 1000, not &quot;%1&quot;.
</source>
        <translation>seams export: --wave attend un numéro de vague de 0 à 1000, pas «&#xa0;%1&#xa0;».
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
        <translation>seams export: le format «&#xa0;%1&#xa0;» écrit un dossier&#xa0;; indiquez-le avec -o DIR.
</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>seams export: %1 is a folder; format &quot;%2&quot; writes one file.
</source>
        <translation>seams export: %1 est un dossier&#xa0;; le format «&#xa0;%2&#xa0;» écrit un seul fichier.
</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>seams export: %1 not written: fix the errors above first.
</source>
        <translation>seams export: %1 non écrit&#xa0;: corrigez d&apos;abord les erreurs ci-dessus.
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
            <numerusform>Déplacer %n note</numerusform>
            <numerusform>Déplacer %n notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Move %n item(s)</source>
        <translation>
            <numerusform>Déplacer %n élément</numerusform>
            <numerusform>Déplacer %n éléments</numerusform>
        </translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Rename board</source>
        <translation>Renommer le tableau</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Change board settings</source>
        <translation>Modifier les paramètres du tableau</translation>
    </message>
</context>
<context>
    <name>Seams::ContextMap</name>
    <message>
        <location filename="../core/analysis/contextmap.cpp" line="+35"/>
        <source>%1 · wave %2</source>
        <translation>%1 · vague %2</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>(unnamed)</source>
        <translation>(sans nom)</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Context map</source>
        <translation>Carte des contextes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: context map</source>
        <translation>%1&#xa0;: carte des contextes</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Monolith</source>
        <translation>Monolithe</translation>
    </message>
</context>
<context>
    <name>Seams::ContextMapExporter</name>
    <message>
        <location filename="../core/export/contextmapexporter.cpp" line="+24"/>
        <source>Context map (Graphviz DOT)</source>
        <translation>Carte des contextes (Graphviz DOT)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Context map (SVG)</source>
        <translation>Carte des contextes (SVG)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Context map (PNG)</source>
        <translation>Carte des contextes (PNG)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Graphviz could not draw the context map: %1</source>
        <translation>Graphviz n&apos;a pas pu dessiner la carte des contextes&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no output</source>
        <translation>aucune sortie</translation>
    </message>
</context>
<context>
    <name>Seams::ContextMapView</name>
    <message>
        <location filename="../app/contextmapview.cpp" line="+91"/>
        <source>Graphviz drew nothing.</source>
        <translation>Graphviz n&apos;a rien dessiné.</translation>
    </message>
</context>
<context>
    <name>Seams::ContractRules</name>
    <message>
        <location filename="../core/analysis/contractrules.cpp" line="+35"/>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 %2 in %3</source>
        <translation>%1 %2 dans %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The HTTP path %1 of %2 is not a clean URL path; the contract uses %3.</source>
        <translation>Le chemin HTTP %1 de %2 n&apos;est pas un chemin d&apos;URL propre&#xa0;; le contrat utilise %3.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 has the path %2, outside the context&apos;s route prefixes (%3): the gateway will not route it to the service.</source>
        <translation>%1 a le chemin %2, hors des préfixes de route du contexte (%3)&#xa0;: la passerelle ne le routera pas vers le service.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1 has no HTTP shape: its text starts with no verb the conventions know (docs/http-conventions.md) and it has no method or path override.</source>
        <translation>%1 n&apos;a pas de forme HTTP&#xa0;: son texte ne commence par aucun verbe connu des conventions (docs/http-conventions.md) et n&apos;a ni méthode ni chemin explicites.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 overrides the HTTP method with %2; use GET, POST, PUT, PATCH or DELETE.</source>
        <translation>%1 impose la méthode HTTP %2&#xa0;; utilisez GET, POST, PUT, PATCH ou DELETE.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 has no name to build a path from, so the contract leaves it out; give it a name or a path override.</source>
        <translation>%1 n&apos;a pas de nom d&apos;où tirer un chemin, donc le contrat l&apos;omet&#xa0;; donnez-lui un nom ou un chemin explicite.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>%1 operations are all %2 %3: %4. Rename one or give it an HTTP override.</source>
        <translation>%1 opérations ont toutes la forme %2 %3&#xa0;: %4. Renommez-en une ou donnez-lui une opération HTTP explicite.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Field %1 of %2 is called %3 in the contracts: JSON Schema tools take names starting with “$” for references.</source>
        <translation>Le champ %1 de %2 s&apos;appelle %3 dans les contrats&#xa0;: les outils JSON Schema prennent les noms commençant par «&#xa0;$&#xa0;» pour des références.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 belongs to no bounded context, so no AsyncAPI document publishes it.</source>
        <translation>%1 n&apos;appartient à aucun contexte borné, donc aucun document AsyncAPI ne le publie.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 belongs to no bounded context, so no OpenAPI document offers it.</source>
        <translation>%1 n&apos;appartient à aucun contexte borné, donc aucun document OpenAPI ne l&apos;expose.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 domain events would all publish on the channel %2: %3. Rename one.</source>
        <translation>%1 événements métier publieraient tous sur le canal %2&#xa0;: %3. Renommez-en un.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 reacts to %2, but no relationship with events sync has %3 upstream of it; its AsyncAPI document leaves the event out until the context map says so.</source>
        <translation>%1 réagit à %2, mais aucune relation synchronisée par événements ne le place en aval de %3&#xa0;; son document AsyncAPI omet l&apos;événement tant que la carte des contextes ne l&apos;indique pas.</translation>
    </message>
</context>
<context>
    <name>Seams::DatabaseRules</name>
    <message numerus="yes">
        <location filename="../core/analysis/databaserules.cpp" line="+38"/>
        <source> and %n more</source>
        <translation>
            <numerusform> et %n autre</numerusform>
            <numerusform> et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Aggregate %1 appears in %2: one context should own its data and the others refer to it by id, or their databases become one shared database.</source>
        <translation>L&apos;agrégat %1 apparaît dans %2&#xa0;: un seul contexte devrait posséder ses données et les autres s&apos;y référer par identifiant, sinon leurs bases de données n&apos;en forment plus qu&apos;une, partagée.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Contexts %1 all use the database %2: each service needs its own database.</source>
        <translation>Les contextes %1 utilisent tous la base de données %2&#xa0;: chaque service a besoin de sa propre base.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Field %1 of %2 in %3 refers to %4 in %5, but no relationship connects the two contexts: nothing says how that data is kept in sync.</source>
        <translation>Le champ %1 de %2 dans %3 fait référence à %4 dans %5, mais aucune relation ne relie les deux contextes&#xa0;: rien n&apos;indique comment ces données restent synchronisées.</translation>
    </message>
</context>
<context>
    <name>Seams::Document</name>
    <message numerus="yes">
        <location filename="../core/commands/document.cpp" line="+186"/>
        <location line="+163"/>
        <source>Change context of %n note(s)</source>
        <translation>
            <numerusform>Changer le contexte de %n note</numerusform>
            <numerusform>Changer le contexte de %n notes</numerusform>
        </translation>
    </message>
    <message>
        <location line="-152"/>
        <source>Add %1</source>
        <translation>Ajouter «&#xa0;%1&#xa0;»</translation>
    </message>
    <message numerus="yes">
        <location line="+56"/>
        <source>Delete %n note(s)</source>
        <translation>
            <numerusform>Supprimer %n note</numerusform>
            <numerusform>Supprimer %n notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+34"/>
        <source>Move %n note(s)</source>
        <translation>
            <numerusform>Déplacer %n note</numerusform>
            <numerusform>Déplacer %n notes</numerusform>
        </translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Resize note</source>
        <translation>Redimensionner la note</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Edit text</source>
        <translation>Modifier le texte</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>Make %n note(s) %1</source>
        <translation>
            <numerusform>Passer %n note en «&#xa0;%1&#xa0;»</numerusform>
            <numerusform>Passer %n notes en «&#xa0;%1&#xa0;»</numerusform>
        </translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Edit fields</source>
        <translation>Modifier les champs</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Change HTTP operation</source>
        <translation>Changer l&apos;opération HTTP</translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>Bring %n note(s) to front</source>
        <translation>
            <numerusform>Mettre %n note au premier plan</numerusform>
            <numerusform>Mettre %n notes au premier plan</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Send %n note(s) to back</source>
        <translation>
            <numerusform>Mettre %n note à l&apos;arrière-plan</numerusform>
            <numerusform>Mettre %n notes à l&apos;arrière-plan</numerusform>
        </translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Add context %1</source>
        <translation>Ajouter le contexte %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add context</source>
        <translation>Ajouter un contexte</translation>
    </message>
    <message numerus="yes">
        <location line="+24"/>
        <source>Delete %n context(s)</source>
        <translation>
            <numerusform>Supprimer %n contexte</numerusform>
            <numerusform>Supprimer %n contextes</numerusform>
        </translation>
    </message>
    <message>
        <location line="+45"/>
        <location line="+4"/>
        <source>Resize context</source>
        <translation>Redimensionner le contexte</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Rename context</source>
        <translation>Renommer le contexte</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Change context colour</source>
        <translation>Changer la couleur du contexte</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Change handoff settings</source>
        <translation>Modifier les paramètres de passation</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Add arrow</source>
        <translation>Ajouter une flèche</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>Delete %n arrow(s)</source>
        <translation>
            <numerusform>Supprimer %n flèche</numerusform>
            <numerusform>Supprimer %n flèches</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Change arrow label</source>
        <translation>Changer le libellé de la flèche</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Add relationship</source>
        <translation>Ajouter une relation</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Change relationship</source>
        <translation>Modifier la relation</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>Delete %n relationship(s)</source>
        <translation>
            <numerusform>Supprimer %n relation</numerusform>
            <numerusform>Supprimer %n relations</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Seams::DotImport</name>
    <message>
        <location filename="../core/analysis/dotimport.cpp" line="+392"/>
        <source>%1 holds no .dot files</source>
        <translation>%1 ne contient aucun fichier .dot</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is too large to analyse (%2 MB; the limit is %3 MB)</source>
        <translation>%1 est trop volumineux pour être analysé (%2 Mo&#xa0;; la limite est de %3 Mo)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Reading the dependency graph</source>
        <translation>Lecture du graphe de dépendances</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+26"/>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>canceled</source>
        <translation>annulé</translation>
    </message>
</context>
<context>
    <name>Seams::ExportController</name>
    <message numerus="yes">
        <location filename="../app/exportcontroller.cpp" line="+157"/>
        <source>%1 is a binary file (%n byte(s)): save it to open it.</source>
        <translation>
            <numerusform>%1 est un fichier binaire (%n octet)&#xa0;: enregistrez-le pour l&apos;ouvrir.</numerusform>
            <numerusform>%1 est un fichier binaire (%n octets)&#xa0;: enregistrez-le pour l&apos;ouvrir.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Fix the errors listed in the dialog first.</source>
        <translation>Corrigez d&apos;abord les erreurs listées dans la fenêtre.</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+7"/>
        <source>cannot write %1: %2</source>
        <translation>impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>Seams::Exporter</name>
    <message>
        <location filename="../core/export/exporter.cpp" line="+14"/>
        <source>cannot write: %1</source>
        <translation>impossible d&apos;écrire&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+52"/>
        <location line="+15"/>
        <source>cannot write %1: %2</source>
        <translation>impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>refusing to write outside %1: %2</source>
        <translation>écriture hors de %1 refusée&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>cannot create the folder of %1</source>
        <translation>impossible de créer le dossier de %1</translation>
    </message>
</context>
<context>
    <name>Seams::Gateway</name>
    <message>
        <location filename="../core/export/gatewayroutes.cpp" line="+99"/>
        <source>it is empty</source>
        <translation>il est vide</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it contains a wildcard &quot;*&quot;: prefixes already match everything below them</source>
        <translation>il contient un joker «&#xa0;*&#xa0;»&#xa0;: un préfixe couvre déjà tout ce qui se trouve en dessous</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>it contains a query or fragment (&quot;?&quot; or &quot;#&quot;): gateways route on the path</source>
        <translation>il contient une requête ou un fragment («&#xa0;?&#xa0;» ou «&#xa0;#&#xa0;»)&#xa0;: les passerelles routent sur le chemin</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>it contains white space</source>
        <translation>il contient des espaces</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it does not start with &quot;/&quot;</source>
        <translation>il ne commence pas par «&#xa0;/&#xa0;»</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it ends with &quot;/&quot;: write it without, it matches on segment boundaries</source>
        <translation>il se termine par «&#xa0;/&#xa0;»&#xa0;: écrivez-le sans, la correspondance se fait par segments entiers</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it is the API base path itself, which would leave nothing to the monolith</source>
        <translation>c&apos;est le chemin de base de l&apos;API lui-même, ce qui ne laisserait rien au monolithe</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>it is not under the API base path %1</source>
        <translation>il n&apos;est pas sous le chemin de base de l&apos;API %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>it has an empty segment (&quot;//&quot;)</source>
        <translation>il contient un segment vide («&#xa0;//&#xa0;»)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it has a &quot;.&quot; or &quot;..&quot; segment</source>
        <translation>il contient un segment «&#xa0;.&#xa0;» ou «&#xa0;..&#xa0;»</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>it contains &quot;%1&quot;; use letters, digits, &quot;-&quot;, &quot;.&quot;, &quot;_&quot; and &quot;~&quot; between slashes</source>
        <translation>il contient «&#xa0;%1&#xa0;»&#xa0;; utilisez des lettres, des chiffres, «&#xa0;-&#xa0;», «&#xa0;.&#xa0;», «&#xa0;_&#xa0;» et «&#xa0;~&#xa0;» entre les barres obliques</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&quot;%1&quot; is not of the form http://host:port (no path, user or query)</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas de la forme http://hôte:port (sans chemin, utilisateur ni requête)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;%1&quot; must use http or https</source>
        <translation>«&#xa0;%1&#xa0;» doit utiliser http ou https</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&quot;%1&quot; has no valid port (1 to 65535)</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;a pas de port valide (1 à 65535)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>listen address &quot;%1&quot; is not of the form :PORT or HOST:PORT (port 1 to 65535)</source>
        <translation>l&apos;adresse d&apos;écoute «&#xa0;%1&#xa0;» n&apos;est pas de la forme :PORT ou HÔTE:PORT (port de 1 à 65535)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>resolver &quot;%1&quot; is not an IPv4 address with an optional port</source>
        <translation>le résolveur «&#xa0;%1&#xa0;» n&apos;est pas une adresse IPv4 avec un port facultatif</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>API gateway for the board &quot;%1&quot;, generated by Seams.</source>
        <translation>Passerelle d&apos;API du tableau «&#xa0;%1&#xa0;», générée par Seams.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Routes as they should be after migration wave %1.</source>
        <translation>Routes telles qu&apos;elles devraient être après la vague de migration %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Routes for the contexts being extracted or extracted.</source>
        <translation>Routes des contextes en cours d&apos;extraction ou extraits.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>  %1 -&gt; %2 (%3, %4, wave %5): %6</source>
        <translation>  %1 -&gt; %2 (%3, %4, vague %5)&#xa0;: %6</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>  everything else under %1 -&gt; monolith (%2)</source>
        <translation>  tout le reste sous %1 -&gt; monolithe (%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Prefixes match on segment boundaries, the longest first; paths reach the upstreams unchanged; other paths get 404.</source>
        <translation>Les préfixes correspondent par segments entiers, le plus long d&apos;abord&#xa0;; les chemins parviennent inchangés aux serveurs amont&#xa0;; les autres chemins reçoivent une 404.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The board setting %1 must be an absolute path of letters, digits and &quot;._/+-&quot;, not &quot;%2&quot;.</source>
        <translation>Le paramètre de tableau %1 doit être un chemin absolu fait de lettres, de chiffres et de «&#xa0;._/+-&#xa0;», pas «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The board setting %1 is invalid: %2.</source>
        <translation>Le paramètre de tableau %1 est invalide&#xa0;: %2.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The API base path &quot;%1&quot; is invalid: %2.</source>
        <translation>Le chemin de base de l&apos;API «&#xa0;%1&#xa0;» est invalide&#xa0;: %2.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The gateway cannot listen there: %1.</source>
        <translation>La passerelle ne peut pas écouter à cette adresse&#xa0;: %1.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The monolith upstream is invalid: %1.</source>
        <translation>L&apos;URL amont du monolithe est invalide&#xa0;: %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+5"/>
        <source>the monolith</source>
        <translation>le monolithe</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Contexts %1 and %2 both get the service name &quot;%3&quot;.</source>
        <translation>Les contextes %1 et %2 reçoivent tous deux le nom de service «&#xa0;%3&#xa0;».</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The upstream of context %1 is invalid: %2.</source>
        <translation>L&apos;URL amont du contexte %1 est invalide&#xa0;: %2.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The route prefix &quot;%1&quot; of context %2 is invalid: %3.</source>
        <translation>Le préfixe de route «&#xa0;%1&#xa0;» du contexte %2 est invalide&#xa0;: %3.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Contexts %1 and %2 both claim the route prefix &quot;%3&quot;.</source>
        <translation>Les contextes %1 et %2 revendiquent tous deux le préfixe de route «&#xa0;%3&#xa0;».</translation>
    </message>
</context>
<context>
    <name>Seams::GatewayRules</name>
    <message>
        <location filename="../core/analysis/gatewayrules.cpp" line="+41"/>
        <source>The API base path %1 is invalid: %2.</source>
        <translation>Le chemin de base de l&apos;API %1 est invalide&#xa0;: %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The gateway&apos;s %1.</source>
        <translation>Passerelle&#xa0;: %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The monolith upstream %1 is invalid: %2.</source>
        <translation>L&apos;URL amont du monolithe %1 est invalide&#xa0;: %2.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The board setting %1 is invalid: %2.</source>
        <translation>Le paramètre de tableau %1 est invalide&#xa0;: %2.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The route prefix %1 of context %2 is invalid: %3.</source>
        <translation>Le préfixe de route %1 du contexte %2 est invalide&#xa0;: %3.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Context %1 lists the route prefix %2 twice; the second can never be reached.</source>
        <translation>Le contexte %1 liste deux fois le préfixe de route %2&#xa0;; le second ne peut jamais être atteint.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Contexts %1 and %2 both claim the route prefix %3.</source>
        <translation>Les contextes %1 et %2 revendiquent tous deux le préfixe de route %3.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The route prefixes %1 of context %2 and %3 of context %4 differ only in case: where paths match case-insensitively one of them is unreachable.</source>
        <translation>Les préfixes de route %1 du contexte %2 et %3 du contexte %4 ne diffèrent que par la casse&#xa0;: là où les chemins sont comparés sans tenir compte de la casse, l&apos;un d&apos;eux est inaccessible.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The upstream of context %1 is invalid: %2.</source>
        <translation>L&apos;URL amont du contexte %1 est invalide&#xa0;: %2.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The service name of context %1 becomes &quot;%2&quot;, the name of the monolith&apos;s fallback service.</source>
        <translation>Le nom de service du contexte %1 devient «&#xa0;%2&#xa0;», le nom du service de repli du monolithe.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The service names of contexts %1 and %2 both become &quot;%3&quot; in gateway configs.</source>
        <translation>Les noms de service des contextes %1 et %2 deviennent tous deux «&#xa0;%3&#xa0;» dans les configurations de passerelle.</translation>
    </message>
</context>
<context>
    <name>Seams::GraphLayouter</name>
    <message>
        <location filename="../core/analysis/graphlayout.cpp" line="-101"/>
        <source>Laying out the graph</source>
        <translation>Disposition du graphe</translation>
    </message>
</context>
<context>
    <name>Seams::Graphviz</name>
    <message>
        <location filename="../core/analysis/graphviz.cpp" line="+67"/>
        <source>not a DOT graph</source>
        <translation>ce n&apos;est pas un graphe DOT</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>contains a NUL byte: not a DOT text file</source>
        <translation>contient un octet NUL&#xa0;: ce n&apos;est pas un fichier texte DOT</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>more than one graph: only one is expected</source>
        <translation>plus d&apos;un graphe&#xa0;: un seul est attendu</translation>
    </message>
</context>
<context>
    <name>Seams::HaproxyExporter</name>
    <message>
        <location filename="../core/export/haproxyexporter.cpp" line="+73"/>
        <source>HAProxy enforces all of it: routes, X-Trace-Id, JWT and rate limiting as the board says.</source>
        <translation>HAProxy applique tout&#xa0;: routes, X-Trace-Id, JWT et limitation de débit, comme le tableau l&apos;indique.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>JWT: HS256 tokens verified with the secret in the environment variable %1 (HAProxy refuses every request while it is unset or empty). Board setting %2 = a PEM public key path switches to RS256.</source>
        <translation>JWT&#xa0;: jetons HS256 vérifiés avec le secret de la variable d&apos;environnement %1 (HAProxy refuse toute requête tant qu&apos;elle est absente ou vide). Renseigner le paramètre de tableau %2 avec le chemin d&apos;une clé publique PEM fait passer en RS256.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>One secret for all clients: unlike Kong, the &quot;kid&quot; claim selects no key.</source>
        <translation>Un seul secret pour tous les clients&#xa0;: contrairement à Kong, le claim «&#xa0;kid&#xa0;» ne sélectionne aucune clé.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>JWT: RS256 tokens verified with the public key %1 (it must exist when HAProxy starts).</source>
        <translation>JWT&#xa0;: jetons RS256 vérifiés avec la clé publique %1 (elle doit exister au démarrage de HAProxy).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Servers are resolved at run time through %1 (board setting %2).</source>
        <translation>Les serveurs sont résolus à l&apos;exécution via %1 (paramètre de tableau %2).</translation>
    </message>
    <message>
        <location filename="../core/export/haproxyexporter.h" line="+17"/>
        <source>HAProxy configuration</source>
        <translation>Configuration HAProxy</translation>
    </message>
</context>
<context>
    <name>Seams::JsonExporter</name>
    <message>
        <location filename="../core/export/jsonexporter.h" line="+14"/>
        <source>Board as JSON</source>
        <translation>Tableau en JSON</translation>
    </message>
</context>
<context>
    <name>Seams::KongExporter</name>
    <message>
        <location filename="../core/export/kongexporter.cpp" line="+96"/>
        <source>Kong listens where kong.conf says: proxy_listen = %1.</source>
        <translation>Kong écoute là où kong.conf l&apos;indique&#xa0;: proxy_listen = %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Routes use regex paths so that a prefix matches on segment boundaries only.</source>
        <translation>Les routes utilisent des chemins regex pour qu&apos;un préfixe ne corresponde que par segments entiers.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The jwt plugin needs consumers with jwt credentials whose key is the token&apos;s &quot;kid&quot; claim.</source>
        <translation>Le plugin jwt a besoin de consumers Kong avec des identifiants jwt dont la clé est le claim «&#xa0;kid&#xa0;» du jeton.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rate limiting is off on this board.</source>
        <translation>La limitation de débit est désactivée sur ce tableau.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cannot write the Kong configuration: %1</source>
        <translation>impossible d&apos;écrire la configuration Kong&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../core/export/kongexporter.h" line="+16"/>
        <source>Kong declarative config</source>
        <translation>Configuration déclarative Kong</translation>
    </message>
</context>
<context>
    <name>Seams::ModelRules</name>
    <message>
        <location filename="../core/analysis/modelrules.cpp" line="+30"/>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 %2 in %3</source>
        <translation>%1 %2 dans %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>A bounded context has no name.</source>
        <translation>Un contexte borné n&apos;a pas de nom.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Two bounded contexts are both named %1.</source>
        <translation>Deux contextes bornés portent le même nom %1.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Context %1 is %2 but has no migration wave.</source>
        <translation>Le contexte %1 est %2 mais n&apos;a pas de vague de migration.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 has a field without a name.</source>
        <translation>%1 a un champ sans nom.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 has two fields named %2.</source>
        <translation>%1 a deux champs nommés %2.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Field %1 of %2 is an enumeration without values.</source>
        <translation>Le champ %1 de %2 est une énumération sans valeurs.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Field %1 of %2 refers to no aggregate.</source>
        <translation>Le champ %1 de %2 ne fait référence à aucun agrégat.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 has fields, but only aggregates and domain events use them.</source>
        <translation>%1 a des champs, mais seuls les agrégats et les événements métier en utilisent.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>A %1 note has no text.</source>
        <translation>Une note «&#xa0;%1&#xa0;» n&apos;a pas de texte.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 belongs to no bounded context.</source>
        <translation>%1 n&apos;appartient à aucun contexte borné.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open hotspot: %1.</source>
        <translation>%1&#xa0;: non résolu.</translation>
    </message>
</context>
<context>
    <name>Seams::ModuleInput</name>
    <message>
        <location filename="../core/analysis/moduleinput.cpp" line="+37"/>
        <source>%1 does not exist</source>
        <translation>%1 n&apos;existe pas</translation>
    </message>
</context>
<context>
    <name>Seams::ModuleRules</name>
    <message>
        <location filename="../core/analysis/modulerules.cpp" line="+51"/>
        <source>%1 must be a list of {&quot;pattern&quot;, &quot;context&quot;} objects</source>
        <translation>%1 doit être une liste d&apos;objets {&quot;pattern&quot;, &quot;context&quot;}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1[%2]: &quot;pattern&quot; and &quot;context&quot; must be non-empty strings</source>
        <translation>%1[%2]&#xa0;: &quot;pattern&quot; et &quot;context&quot; doivent être des chaînes non vides</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>&quot;%1&quot; is not a rule: write PATTERN = CONTEXT, e.g. app.orders.* = Order Context</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une règle&#xa0;: écrivez MOTIF = CONTEXTE, p.&#xa0;ex. app.orders.* = Order Context</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&quot;%1&quot; needs both a pattern and a context name</source>
        <translation>«&#xa0;%1&#xa0;» doit comporter à la fois un motif et un nom de contexte</translation>
    </message>
</context>
<context>
    <name>Seams::NginxExporter</name>
    <message>
        <location filename="../core/export/nginxexporter.cpp" line="+32"/>
        <source>NOT ENFORCED by nginx:</source>
        <translation>NON APPLIQUÉ par nginx&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>  JWT verification: open source nginx cannot verify tokens (auth_jwt is NGINX Plus only); requests pass unverified, so verify them in the services or put a verifying gateway in front.</source>
        <translation>  Vérification JWT&#xa0;: nginx open source ne sait pas vérifier les jetons (auth_jwt est réservé à NGINX Plus)&#xa0;; les requêtes passent sans vérification, vérifiez-les donc dans les services ou placez devant une passerelle qui les vérifie.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>  (nothing: JWT is off on this board)</source>
        <translation>  (rien&#xa0;: JWT est désactivé sur ce tableau)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Run without root: nginx -p DIR -c DIR/nginx.conf (pid and temp files go to DIR).</source>
        <translation>Lancement sans root&#xa0;: nginx -p DIR -c DIR/nginx.conf (le pid et les fichiers temporaires vont dans DIR).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Upstream names are resolved per request through the resolver %1 (board setting %2).</source>
        <translation>Les noms des serveurs amont sont résolus à chaque requête via le résolveur %1 (paramètre de tableau %2).</translation>
    </message>
    <message>
        <location filename="../core/export/nginxexporter.h" line="+18"/>
        <source>nginx configuration</source>
        <translation>Configuration nginx</translation>
    </message>
</context>
<context>
    <name>Seams::OpenApiExporter</name>
    <message>
        <location filename="../core/export/openapiexporter.cpp" line="+101"/>
        <source>cannot write the contract of %1: %2</source>
        <translation>impossible d&apos;écrire le contrat de %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../core/export/openapiexporter.h" line="+19"/>
        <source>OpenAPI 3.1 contracts</source>
        <translation>Contrats OpenAPI 3.1</translation>
    </message>
</context>
<context>
    <name>Seams::Partition</name>
    <message>
        <location filename="../core/analysis/partition.cpp" line="+53"/>
        <source>Finding candidate services</source>
        <translation>Recherche des services candidats</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>canceled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>The clustering runs disagreed (weak structure): the best single run is used instead of their consensus.</source>
        <translation>Les passes de partitionnement divergent (structure faible)&#xa0;: la meilleure passe est utilisée à la place de leur consensus.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%n module(s) left alone joined the group they depend on most.</source>
        <translation>Modules isolés rattachés au groupe dont ils dépendent le plus&#xa0;: %n.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>One group holds %1 of %2 connected modules and does not split further: its modules all depend on each other.</source>
        <translation>Un groupe contient %1 des %2 modules connectés et ne se divise pas davantage&#xa0;: ses modules dépendent tous les uns des autres.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A group holding more than half of the connected modules was split at a higher resolution.</source>
        <translation>Un groupe contenant plus de la moitié des modules connectés a été divisé à une résolution plus élevée.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%n module(s) without any dependency were put in one &quot;unconnected&quot; group.</source>
        <translation>Modules sans aucune dépendance, placés dans un groupe «&#xa0;modules non connectés&#xa0;»&#xa0;: %n.</translation>
    </message>
</context>
<context>
    <name>Seams::Preferences</name>
    <message>
        <location filename="../app/preferences.cpp" line="+123"/>
        <source>System language</source>
        <translation>Langue du système</translation>
    </message>
</context>
<context>
    <name>Seams::ProjectFile</name>
    <message>
        <location filename="../core/storage/projectfile.cpp" line="+333"/>
        <source>%1 cannot be opened: %2.</source>
        <translation>Impossible d&apos;ouvrir %1&#xa0;: %2.</translation>
    </message>
    <message>
        <location line="-240"/>
        <location line="+251"/>
        <location line="+31"/>
        <source>%1 cannot be read: %2.</source>
        <translation>Impossible de lire %1&#xa0;: %2.</translation>
    </message>
    <message>
        <location line="-317"/>
        <location line="+66"/>
        <source>%1 is an SQLite database, but not a Seams board.</source>
        <translation>%1 est une base de données SQLite, mais pas un tableau Seams.</translation>
    </message>
    <message>
        <location line="-63"/>
        <source>%1 was saved by a newer version of Seams (file format %2; this version reads formats up to %3). Update Seams to open it.</source>
        <translation>%1 a été enregistré par une version plus récente de Seams (format de fichier %2&#xa0;; cette version lit les formats jusqu&apos;au %3). Mettez Seams à jour pour l&apos;ouvrir.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is not a Seams board: it carries no format version.</source>
        <translation>%1 n&apos;est pas un tableau Seams&#xa0;: il ne porte aucune version de format.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1: no such file.</source>
        <translation>%1&#xa0;: fichier introuvable.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is a folder, not a board file.</source>
        <translation>%1 est un dossier, pas un fichier de tableau.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 is empty; it is not a Seams board.</source>
        <translation>%1 est vide&#xa0;; ce n&apos;est pas un tableau Seams.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is not a Seams board: it is not an SQLite database.</source>
        <translation>%1 n&apos;est pas un tableau Seams&#xa0;: ce n&apos;est pas une base de données SQLite.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is damaged: the file is truncated (%2 bytes, shorter than the database header).</source>
        <translation>%1 est endommagé&#xa0;: le fichier est tronqué (%2 octets, moins que l&apos;en-tête de la base de données).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 is damaged: its header is corrupt.</source>
        <translation>%1 est endommagé&#xa0;: son en-tête est corrompu.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 is damaged: the file is truncated (%2 of %3 bytes).</source>
        <translation>%1 est endommagé&#xa0;: le fichier est tronqué (%2 octets sur %3).</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>its unfinished last change cannot be rolled back in a temporary copy</source>
        <translation>sa dernière modification inachevée ne peut pas être annulée dans une copie temporaire</translation>
    </message>
    <message>
        <location line="+146"/>
        <source>%1 is damaged (%2).</source>
        <translation>%1 est endommagé (%2).</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>%1 could not be upgraded from file format %2: %3.</source>
        <translation>Impossible de mettre à niveau %1 depuis le format de fichier %2&#xa0;: %3.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 already exists.</source>
        <translation>%1 existe déjà.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is a folder.</source>
        <translation>%1 est un dossier.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 cannot be written: %2.</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2.</translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+284"/>
        <source>the existing file cannot be replaced</source>
        <translation>le fichier existant ne peut pas être remplacé</translation>
    </message>
    <message>
        <location line="-282"/>
        <location line="+287"/>
        <source>the file cannot be moved into place</source>
        <translation>le fichier ne peut pas être mis en place</translation>
    </message>
    <message>
        <location line="-228"/>
        <source>the file was opened read-only</source>
        <translation>le fichier a été ouvert en lecture seule</translation>
    </message>
    <message>
        <location filename="../core/storage/projectfilereader.cpp" line="+34"/>
        <source>unexpected structure (%1)</source>
        <translation>structure inattendue (%1)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 is damaged: table &quot;%2&quot;, row %3: %4.</source>
        <translation>%1 est endommagé&#xa0;: table «&#xa0;%2&#xa0;», ligne %3&#xa0;: %4.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is damaged: table &quot;%2&quot;: %3.</source>
        <translation>%1 est endommagé&#xa0;: table «&#xa0;%2&#xa0;»&#xa0;: %3.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>column &quot;%1&quot; is not text</source>
        <translation>la colonne «&#xa0;%1&#xa0;» n&apos;est pas du texte</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>column &quot;%1&quot; is not a valid id</source>
        <translation>la colonne «&#xa0;%1&#xa0;» n&apos;est pas un identifiant valide</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>column &quot;%1&quot; is not a number</source>
        <translation>la colonne «&#xa0;%1&#xa0;» n&apos;est pas un nombre</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>column &quot;%1&quot; is not a whole number</source>
        <translation>la colonne «&#xa0;%1&#xa0;» n&apos;est pas un nombre entier</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>column &quot;%1&quot; is not a time between the years 1 and 9999</source>
        <translation>la colonne «&#xa0;%1&#xa0;» n&apos;est pas une date comprise entre les années 1 et 9999</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>position or size out of range</source>
        <translation>position ou taille hors limites</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>unknown %1 &quot;%2&quot;</source>
        <translation>valeur inconnue «&#xa0;%2&#xa0;» pour %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>column &quot;%1&quot; is not a list of strings</source>
        <translation>la colonne «&#xa0;%1&#xa0;» n&apos;est pas une liste de chaînes</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>setting &quot;%1&quot; is not valid JSON</source>
        <translation>le paramètre «&#xa0;%1&#xa0;» n&apos;est pas du JSON valide</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 is damaged: %2.</source>
        <translation>%1 est endommagé&#xa0;: %2.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>column &quot;color&quot; is not a colour</source>
        <translation>la colonne «&#xa0;color&#xa0;» n&apos;est pas une couleur</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>wave out of range</source>
        <translation>vague hors limites</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+44"/>
        <location line="+26"/>
        <location line="+23"/>
        <source>duplicate id</source>
        <translation>identifiant en double</translation>
    </message>
    <message>
        <location line="-51"/>
        <location line="+49"/>
        <source>refers to a context that does not exist</source>
        <translation>fait référence à un contexte inexistant</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>%1 is damaged: table &quot;fields&quot; has fields of a note that does not exist.</source>
        <translation>%1 est endommagé&#xa0;: la table «&#xa0;fields&#xa0;» contient des champs d&apos;une note inexistante.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>refers to a note that does not exist</source>
        <translation>fait référence à une note inexistante</translation>
    </message>
</context>
<context>
    <name>Seams::SourceScanner</name>
    <message>
        <location filename="../core/analysis/sourcescanner.cpp" line="+54"/>
        <location line="+37"/>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="-26"/>
        <location line="+92"/>
        <source>canceled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>%1 is not a folder</source>
        <translation>%1 n&apos;est pas un dossier</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Listing source files</source>
        <translation>Inventaire des fichiers sources</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 holds no Python, Java, JavaScript/TypeScript or C/C++ source files (tests and vendored folders are skipped)</source>
        <translation>%1 ne contient aucun fichier source Python, Java, JavaScript/TypeScript ou C/C++ (les tests et le code tiers embarqué sont ignorés)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Reading source files</source>
        <translation>Lecture des fichiers sources</translation>
    </message>
</context>
<context>
    <name>Seams::Sql</name>
    <message>
        <location filename="../core/export/sqlreadme.cpp" line="+31"/>
        <source>%1, wave %2</source>
        <translation>%1, vague %2</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>1. `bootstrap.sql` creates what a migration cannot (it must run outside a transaction). Run it once, as an administrator:

       %1

</source>
        <translation>1. `bootstrap.sql` crée ce qu&apos;une migration ne peut pas créer (il doit s&apos;exécuter hors transaction). Exécutez-le une fois, en tant qu&apos;administrateur&#xa0;:

       %1

</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>2. `%1` creates the tables, with %2 or by hand:

       %3
       %4
</source>
        <translation>2. `%1` crée les tables, avec %2 ou à la main&#xa0;:

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
Les horodatages sont des `datetime(6)` en UTC&#xa0;: connectez-vous avec `SET time_zone = &apos;+00:00&apos;`. Les colonnes UUID exigent MariaDB 10.7 ou ultérieur.
</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>
SQLite enforces the foreign keys only on connections that run `PRAGMA foreign_keys = ON`. Tables are STRICT (SQLite 3.37 or later); timestamps are ISO 8601 text in UTC, decimals are text.
</source>
        <translation>
SQLite n&apos;applique les clés étrangères que sur les connexions qui exécutent `PRAGMA foreign_keys = ON`. Les tables sont STRICT (SQLite 3.37 ou ultérieur)&#xa0;; les horodatages sont du texte ISO 8601 en UTC, les décimaux sont du texte.
</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>
`gen_random_uuid()` needs PostgreSQL 13 or later.
</source>
        <translation>
`gen_random_uuid()` exige PostgreSQL 13 ou ultérieur.
</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 is upstream (%2)</source>
        <translation>%1 est en amont (%2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is downstream of this context (%2), so the data flows the other way</source>
        <translation>%1 est en aval de ce contexte (%2), les données circulent donc dans l&apos;autre sens</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>; no data sync is chosen yet</source>
        <translation>&#xa0;; aucune synchronisation des données n&apos;est encore choisie</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>; kept in sync through a read replica of %1: read-only access during the transition</source>
        <translation>&#xa0;; synchronisation via une réplique en lecture de %1&#xa0;: accès en lecture seule pendant la transition</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the monolith&apos;s database</source>
        <translation>la base de données du monolithe</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>; kept in sync by events: %1 keeps its own copy of what it needs, updated from the events %2 publishes</source>
        <translation>&#xa0;; synchronisation par événements&#xa0;: %1 garde sa propre copie de ce dont il a besoin, mise à jour à partir des événements publiés par %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>; looked up through %1&apos;s API when needed (fine for low-volume lookups, not for joins)</source>
        <translation>&#xa0;; consultation via l&apos;API de %1 au besoin (convient aux consultations peu volumineuses, pas aux jointures)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>None: every reference stays inside this database.
</source>
        <translation>Aucune&#xa0;: toutes les références restent dans cette base de données.
</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Foreign keys cannot cross databases: these columns hold plain ids, and the other context&apos;s data reaches this one only as described.

</source>
        <translation>Les clés étrangères ne peuvent pas traverser les bases de données&#xa0;: ces colonnes contiennent de simples identifiants, et les données de l&apos;autre contexte n&apos;arrivent dans celui-ci que de la façon décrite.

</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>- %1 refers to %2 (%3), an aggregate in no bounded context yet.
</source>
        <translation>- %1 fait référence à %2 (%3), un agrégat qui n&apos;appartient encore à aucun contexte borné.
</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>still in the monolith&apos;s database</source>
        <translation>encore dans la base de données du monolithe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>- %1 refers to %2 (%3 of %4, %5)</source>
        <translation>- %1 fait référence à %2 (%3 de %4, %5)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>. **No relationship** connects %1 and %2 on the context map: decide how this data is kept in sync.
</source>
        <translation>. **Aucune relation** ne relie %1 et %2 sur la carte des contextes&#xa0;: décidez comment ces données restent synchronisées.
</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>This context has no aggregates yet, so its database has no tables.
</source>
        <translation>Ce contexte n&apos;a pas encore d&apos;agrégats, sa base de données n&apos;a donc aucune table.
</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>| Table | Aggregate | Columns |
|---|---|---|
</source>
        <translation>| Table | Agrégat | Colonnes |
|---|---|---|
</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>(outbox)</source>
        <translation>(outbox)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>
Each aggregate table has a uuid primary key `id`, `created_at`, `updated_at` and `version`. Optimistic locking: update with `... SET version = version + 1 WHERE id = ? AND version = ?`; when no row changes, another writer was first and the API answers 409 Conflict.
</source>
        <translation>
Chaque table d&apos;agrégat a une clé primaire uuid `id`, ainsi que `created_at`, `updated_at` et `version`. Verrouillage optimiste&#xa0;: mettez à jour avec `... SET version = version + 1 WHERE id = ? AND version = ?`&#xa0;; si aucune ligne ne change, un autre rédacteur est passé avant et l&apos;API répond 409 Conflict.
</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Set `updated_at` in the same UPDATE; the database does not.
</source>
        <translation>Renseignez `updated_at` dans le même UPDATE&#xa0;; la base de données ne le fait pas.
</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>
Foreign keys inside this database, each with an index: %1.
</source>
        <translation>
Clés étrangères internes à cette base de données, chacune avec un index&#xa0;: %1.
</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This context publishes no domain events, so it has no outbox.
</source>
        <translation>Ce contexte ne publie aucun événement métier, il n&apos;a donc pas d&apos;outbox.
</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write each domain event into `outbox` in the same transaction as the change it reports; a relay publishes the rows whose `published_at` is null, oldest first, then sets `published_at`. Events are therefore published after the write and at least once: consumers must tolerate duplicates.

Event types:

</source>
        <translation>Écrivez chaque événement métier dans `outbox` dans la même transaction que la modification qu&apos;il décrit&#xa0;; un relais publie les lignes dont `published_at` est nul, les plus anciennes d&apos;abord, puis renseigne `published_at`. Les événements sont donc publiés après l&apos;écriture et au moins une fois&#xa0;: les consommateurs doivent tolérer les doublons.

Types d&apos;événements&#xa0;:

</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The %1 database of %2 (service %3%4; %5). Generated by Seams.

</source>
        <translation>La base de données %1 de %2 (service %3%4&#xa0;; %5). Générée par Seams.

</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>, team %1</source>
        <translation>, équipe %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>## Apply it

</source>
        <translation>## Mise en place

</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>
## Tables

</source>
        <translation>
## Tables

</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>
## References to other contexts

</source>
        <translation>
## Références vers d&apos;autres contextes

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
## Avertissements (`seams check`, catégorie «&#xa0;database&#xa0;»)

</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>None.
</source>
        <translation>Aucun.
</translation>
    </message>
    <message>
        <location filename="../core/export/sqlwriter.cpp" line="+210"/>
        <source>First migration, generated by Seams; Flyway runs it as V1.</source>
        <translation>Première migration, générée par Seams&#xa0;; Flyway l&apos;exécute en tant que V1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First migration, generated by Seams; golang-migrate runs it as version 1.</source>
        <translation>Première migration, générée par Seams&#xa0;; golang-migrate l&apos;exécute en tant que version 1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>-- Foreign keys are enforced only on connections that run PRAGMA foreign_keys = ON.
</source>
        <translation>-- Les clés étrangères ne sont appliquées que sur les connexions qui exécutent PRAGMA foreign_keys = ON.
</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>-- This context has no aggregates yet, so its database has no tables.
</source>
        <translation>-- Ce contexte n&apos;a pas encore d&apos;agrégats, sa base de données n&apos;a donc aucune table.
</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Undoes 000001_init.up.sql, generated by Seams.</source>
        <translation>Migration inverse de 000001_init.up.sql, générée par Seams.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>-- Nothing to undo: the first migration creates no tables.
</source>
        <translation>-- Rien à annuler&#xa0;: la première migration ne crée aucune table.
</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Bootstrap, generated by Seams: run it once, before the migrations and outside a transaction.</source>
        <translation>Script d&apos;amorçage, généré par Seams&#xa0;: exécutez-le une fois, avant les migrations et hors transaction.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>-- As a superuser: psql -v ON_ERROR_STOP=1 -d postgres -f bootstrap.sql
-- CREATE DATABASE cannot run inside a transaction block; \gexec makes re-runs harmless.
-- The role has no password yet: set one with \password %1.

</source>
        <translation>-- En tant que superutilisateur&#xa0;: psql -v ON_ERROR_STOP=1 -d postgres -f bootstrap.sql
-- CREATE DATABASE ne peut pas s&apos;exécuter dans un bloc de transaction&#xa0;; \gexec rend les réexécutions sans danger.
-- Le rôle n&apos;a pas encore de mot de passe&#xa0;: définissez-en un avec \password %1.

</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>-- Database per service: no other role may connect.
</source>
        <translation>-- Une base de données par service&#xa0;: aucun autre rôle ne peut s&apos;y connecter.
</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>-- As an administrator: mariadb &lt; bootstrap.sql
-- The account stays locked until it has a password:
--   ALTER USER &apos;%1&apos;@&apos;%&apos; IDENTIFIED BY &apos;...&apos; ACCOUNT UNLOCK;

</source>
        <translation>-- En tant qu&apos;administrateur&#xa0;: mariadb &lt; bootstrap.sql
-- Le compte reste verrouillé tant qu&apos;il n&apos;a pas de mot de passe&#xa0;:
--   ALTER USER &apos;%1&apos;@&apos;%&apos; IDENTIFIED BY &apos;...&apos; ACCOUNT UNLOCK;

</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>-- The database is one file: sqlite3 %1.sqlite3 &lt; bootstrap.sql
-- SQLite has no server and no roles; the journal mode is what cannot be changed inside a transaction.

</source>
        <translation>-- La base de données est un seul fichier&#xa0;: sqlite3 %1.sqlite3 &lt; bootstrap.sql
-- SQLite n&apos;a ni serveur ni rôles&#xa0;; c&apos;est le mode de journalisation qui ne peut pas être changé dans une transaction.

</translation>
    </message>
</context>
<context>
    <name>Seams::Sql::Detail::Builder</name>
    <message>
        <location filename="../core/export/sqlcolumns.cpp" line="+57"/>
        <source>Amount of %1 in the currency&apos;s minor unit (cents).</source>
        <translation>Champ %1&#xa0;: montant dans la plus petite unité de la devise (centimes).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>ISO 4217 currency code of %1.</source>
        <translation>Champ %1&#xa0;: code de devise ISO 4217.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Enumeration without values: no CHECK constraint.</source>
        <translation>Énumération sans valeurs&#xa0;: pas de contrainte CHECK.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 becomes column %2, which another field or a standard column already uses; it is named %3.</source>
        <translation>%1 devient la colonne %2, déjà utilisée par un autre champ ou une colonne standard&#xa0;; elle est nommée %3.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 becomes column %2 (%3).</source>
        <translation>%1 devient la colonne %2 (%3).</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../core/export/sqlschema.cpp" line="+137"/>
        <source>reserved word in %1</source>
        <translation>mot réservé de %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../core/export/sqlschema.cpp" line="+1"/>
        <source>shortened to 63 bytes</source>
        <translation>raccourci à 63 octets</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Refers to an aggregate that is not on the board any more.</source>
        <translation>Fait référence à un agrégat qui n&apos;est plus sur le tableau.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Refers to %1 (%2.id in %3 of %4); no foreign key across databases.</source>
        <translation>Fait référence à %1 (%2.id dans %3 de %4)&#xa0;; pas de clé étrangère entre bases de données.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Refers to %1 (%2.id; that aggregate is in no bounded context yet); no foreign key.</source>
        <translation>Fait référence à %1 (%2.id&#xa0;; cet agrégat n&apos;appartient encore à aucun contexte borné)&#xa0;; pas de clé étrangère.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Field %1 of %2 in %3</source>
        <translation>Champ %1 de %2 dans %3</translation>
    </message>
    <message>
        <location filename="../core/export/sqlschema.cpp" line="-18"/>
        <source>Aggregates %1 and %2 of %3 both become table %4; the second one is named %5.</source>
        <translation>Les agrégats %1 et %2 de %3 deviennent tous deux la table %4&#xa0;; celle du second est nommée %5.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Aggregate %1 of %2 becomes table %3, the name of the outbox table; it is named %4.</source>
        <translation>L&apos;agrégat %1 de %2 devient la table %3, le nom de la table outbox&#xa0;; elle est nommée %4.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Aggregate %1 of %2 becomes table %3 (%4).</source>
        <translation>L&apos;agrégat %1 de %2 devient la table %3 (%4).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Aggregate %1 of %2.</source>
        <translation>Agrégat %1 de %2.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Optimistic locking: updates check and increment it; a stale version means 409 Conflict.</source>
        <translation>Verrouillage optimiste&#xa0;: les mises à jour la vérifient et l&apos;incrémentent&#xa0;; une version périmée signifie 409 Conflict.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Domain events of %1, written in the same transaction as the change and published afterwards.</source>
        <translation>Événements métier de %1, écrits dans la même transaction que la modification et publiés ensuite.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Null until the relay has published the event.</source>
        <translation>NULL tant que le relais n&apos;a pas publié l&apos;événement.</translation>
    </message>
</context>
<context>
    <name>Seams::SqlExporter</name>
    <message>
        <location filename="../core/export/sqlexporter.cpp" line="+70"/>
        <source>unknown SQL dialect “%1” (dialects: %2)</source>
        <translation>dialecte SQL inconnu «&#xa0;%1&#xa0;» (dialectes&#xa0;: %2)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>unknown migration layout “%1” (layouts: flyway, golang-migrate)</source>
        <translation>structure de migration inconnue «&#xa0;%1&#xa0;» (structures&#xa0;: flyway, golang-migrate)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>contexts “%1” and “%2” would share the database %3; give one of them its own database name</source>
        <translation>les contextes «&#xa0;%1&#xa0;» et «&#xa0;%2&#xa0;» partageraient la base de données %3&#xa0;; donnez à l&apos;un d&apos;eux son propre nom de base</translation>
    </message>
    <message>
        <location line="+30"/>
        <source># Databases of %1

</source>
        <translation># Bases de données de %1

</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One database per service, as the migration plan has it: each folder holds `bootstrap.sql`, the migrations and a README. Generated by Seams.

</source>
        <translation>Une base de données par service, comme le prévoit le plan de migration&#xa0;: chaque dossier contient `bootstrap.sql`, les migrations et un README. Généré par Seams.

</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No context is being extracted yet, so no service has its own database. Mark a context as extracting, or export with `--wave N` to include the contexts planned for waves up to N.
</source>
        <translation>Aucun contexte n&apos;est encore en cours d&apos;extraction, donc aucun service n&apos;a sa propre base de données. Passez un contexte au statut «&#xa0;En extraction&#xa0;», ou exportez avec `--wave N` pour inclure les contextes prévus pour les vagues jusqu&apos;à N.
</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>- `%1/`: %2 (%3, %4)
</source>
        <translation>- `%1/`&#xa0;: %2 (%3, %4)
</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>
Still in the monolith&apos;s database, so not here: %1.
</source>
        <translation>
Encore dans la base de données du monolithe, donc absents ici&#xa0;: %1.
</translation>
    </message>
    <message>
        <location filename="../core/export/sqlexporter.h" line="+21"/>
        <source>Database schemas (SQL)</source>
        <translation>Schémas de base de données (SQL)</translation>
    </message>
</context>
<context>
    <name>Seams::Suggester</name>
    <message>
        <location filename="../core/analysis/suggestion.cpp" line="+113"/>
        <source>unconnected modules</source>
        <translation>modules non connectés</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>candidate %1</source>
        <translation>candidat %1</translation>
    </message>
</context>
<context>
    <name>Seams::SuggestionApply</name>
    <message>
        <location filename="../core/analysis/suggestionapply.cpp" line="+60"/>
        <source>Suggested Context</source>
        <translation>Contexte suggéré</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 Context</source>
        <translation>Contexte %1</translation>
    </message>
    <message numerus="yes">
        <location line="+40"/>
        <source>Create %n context(s) from analysis</source>
        <translation>
            <numerusform>Créer %n contexte depuis l&apos;analyse</numerusform>
            <numerusform>Créer %n contextes depuis l&apos;analyse</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Seams::TraefikExporter</name>
    <message>
        <location filename="../core/export/traefikexporter.cpp" line="+77"/>
        <source>NOT ENFORCED by Traefik OSS:</source>
        <translation>NON APPLIQUÉ par Traefik OSS&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>  JWT verification: no such middleware in Traefik OSS; requests pass unverified (use forwardAuth to a verifier, or verify in the services).</source>
        <translation>  Vérification JWT&#xa0;: pas de middleware de ce type dans Traefik OSS&#xa0;; les requêtes passent sans vérification (utilisez forwardAuth vers un vérificateur, ou vérifiez dans les services).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>  X-Trace-Id generation: the headers middleware only sets fixed values, so a client&apos;s X-Trace-Id is passed on but none is generated or returned.</source>
        <translation>  Génération de X-Trace-Id&#xa0;: le middleware headers ne pose que des valeurs fixes, donc le X-Trace-Id d&apos;un client est transmis, mais aucun n&apos;est généré ni renvoyé.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This is the dynamic configuration for the file provider; the listen address belongs to the static configuration: entryPoints: web: address: &quot;%1&quot;.</source>
        <translation>Ceci est la configuration dynamique du fournisseur file&#xa0;; l&apos;adresse d&apos;écoute relève de la configuration statique&#xa0;: entryPoints: web: address: &quot;%1&quot;.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Requests matching no router get Traefik&apos;s 404.</source>
        <translation>Les requêtes qui ne correspondent à aucun routeur reçoivent la 404 de Traefik.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cannot write the Traefik configuration: %1</source>
        <translation>impossible d&apos;écrire la configuration Traefik&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../core/export/traefikexporter.h" line="+17"/>
        <source>Traefik dynamic configuration</source>
        <translation>Configuration dynamique Traefik</translation>
    </message>
</context>
<context>
    <name>Seams::Types</name>
    <message>
        <location filename="../core/model/types.cpp" line="+196"/>
        <source>Domain event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Command</source>
        <translation>Commande</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Aggregate</source>
        <translation>Agrégat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Policy</source>
        <translation>Politique</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read model</source>
        <translation>Modèle de lecture</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>External system</source>
        <translation>Système externe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Actor</source>
        <translation>Acteur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hotspot</source>
        <translation>Point chaud</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>In the monolith</source>
        <translation>Dans le monolithe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Extracting</source>
        <translation>En extraction</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Extracted</source>
        <translation>Extrait</translation>
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
        <translation>Client/fournisseur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Conformist</source>
        <translation>Conformiste</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Anticorruption layer</source>
        <translation>Couche anticorruption</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open host service</source>
        <translation>Service hôte ouvert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Published language</source>
        <translation>Langage publié</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shared kernel</source>
        <translation>Noyau partagé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Partnership</source>
        <translation>Partenariat</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No data sync</source>
        <translation>Aucune synchronisation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read replica</source>
        <translation>Réplique en lecture</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Events</source>
        <translation>Événements</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>API calls</source>
        <translation>Appels d&apos;API</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>String</source>
        <translation>Chaîne</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Integer</source>
        <translation>Entier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Decimal</source>
        <translation>Décimal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Money</source>
        <translation>Montant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Boolean</source>
        <translation>Booléen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>UUID</source>
        <translation>UUID</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Timestamp</source>
        <translation>Horodatage</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enumeration</source>
        <translation>Énumération</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reference</source>
        <translation>Référence</translation>
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
        <translation>événement métier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>command</source>
        <comment>in a sentence</comment>
        <translation>commande</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>aggregate</source>
        <comment>in a sentence</comment>
        <translation>agrégat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>policy</source>
        <comment>in a sentence</comment>
        <translation>politique</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>read model</source>
        <comment>in a sentence</comment>
        <translation>modèle de lecture</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>external system</source>
        <comment>in a sentence</comment>
        <translation>système externe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>actor</source>
        <comment>in a sentence</comment>
        <translation>acteur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>hotspot</source>
        <comment>in a sentence</comment>
        <translation>point chaud</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>in the monolith</source>
        <comment>in a sentence</comment>
        <translation>dans le monolithe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>extracting</source>
        <comment>in a sentence</comment>
        <translation>en extraction</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>extracted</source>
        <comment>in a sentence</comment>
        <translation>extrait</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>customer/supplier</source>
        <comment>in a sentence</comment>
        <translation>client/fournisseur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>conformist</source>
        <comment>in a sentence</comment>
        <translation>conformiste</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>anticorruption layer</source>
        <comment>in a sentence</comment>
        <translation>couche anticorruption</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>open host service</source>
        <comment>in a sentence</comment>
        <translation>service hôte ouvert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>published language</source>
        <comment>in a sentence</comment>
        <translation>langage publié</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>shared kernel</source>
        <comment>in a sentence</comment>
        <translation>noyau partagé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>partnership</source>
        <comment>in a sentence</comment>
        <translation>partenariat</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>no data sync</source>
        <comment>in a sentence</comment>
        <translation>aucune synchronisation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>read replica</source>
        <comment>in a sentence</comment>
        <translation>réplique en lecture</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>events</source>
        <comment>in a sentence</comment>
        <translation>événements</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>API calls</source>
        <comment>in a sentence</comment>
        <translation>appels d&apos;API</translation>
    </message>
</context>
<context>
    <name>Seams::WorkshopSession</name>
    <message>
        <location filename="../app/canvas/workshopsession.cpp" line="+21"/>
        <source>Chaotic exploration</source>
        <translation>Exploration chaotique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Everyone writes domain events in the past tense. No discussion yet.</source>
        <translation>Chacun écrit des événements métier au passé. Pas encore de discussion.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enforce the timeline</source>
        <translation>Consolider la chronologie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order the events left to right, merge duplicates, mark disagreements with hotspots.</source>
        <translation>Ordonner les événements de gauche à droite, fusionner les doublons, signaler les désaccords par des points chauds.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>People and systems</source>
        <translation>Acteurs et systèmes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add the actors and external systems that trigger or receive events.</source>
        <translation>Ajouter les acteurs et les systèmes externes qui déclenchent ou reçoivent des événements.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hotspots</source>
        <translation>Points chauds</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Walk the timeline; collect problems, questions and risks as hotspots.</source>
        <translation>Parcourir la chronologie&#xa0;; recueillir problèmes, questions et risques sous forme de points chauds.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bounded contexts</source>
        <translation>Contextes bornés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Group the events into bounded contexts, draw frames and name them.</source>
        <translation>Regrouper les événements en contextes bornés, tracer les cadres et les nommer.</translation>
    </message>
</context>
<context>
    <name>Seams::Workspace</name>
    <message>
        <location filename="../app/workspace.cpp" line="+44"/>
        <source>Untitled board</source>
        <translation>Tableau sans titre</translation>
    </message>
    <message numerus="yes">
        <location line="+53"/>
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
            <numerusform>%n contexte</numerusform>
            <numerusform>%n contextes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n arrow(s)</source>
        <translation>
            <numerusform>%n flèche</numerusform>
            <numerusform>%n flèches</numerusform>
        </translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Cannot create the folder for untitled boards: %1</source>
        <translation>Impossible de créer le dossier des tableaux sans titre&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>There is no board to save.</source>
        <translation>Il n&apos;y a aucun tableau à enregistrer.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Could not save %1: %2</source>
        <translation>Impossible d&apos;enregistrer %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>SearchBar</name>
    <message>
        <location filename="../app/qml/canvas/SearchBar.qml" line="+48"/>
        <source>Find notes…</source>
        <translation>Rechercher des notes…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No matches</source>
        <translation>Aucun résultat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
</context>
<context>
    <name>ShortcutsHelp</name>
    <message>
        <location filename="../app/qml/canvas/ShortcutsHelp.qml" line="+16"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New domain event, command, aggregate, policy, read model, external system, actor (user), hotspot, right of the current note</source>
        <translation>Nouvelle note à droite de la note courante&#xa0;: événement métier, commande, agrégat, politique, modèle de lecture, système externe, acteur (utilisateur), point chaud</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit the selected note</source>
        <translation>Modifier la note sélectionnée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter while editing</source>
        <translation>Enter pendant la saisie</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Next note of the same kind to the right</source>
        <translation>Note suivante du même type, à droite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shift+Enter while editing</source>
        <translation>Shift+Enter pendant la saisie</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New line</source>
        <translation>Nouvelle ligne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop editing; clear the selection</source>
        <translation>Terminer la saisie&#xa0;; vider la sélection</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Double-click</source>
        <translation>Double-clic</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New note (the palette&apos;s kind) or edit a note</source>
        <translation>Nouvelle note (du type choisi dans la palette) ou modification d&apos;une note</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the selection</source>
        <translation>Supprimer la sélection</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duplicate</source>
        <translation>Dupliquer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy, cut, paste (also between boards)</source>
        <translation>Copier, couper, coller (aussi entre tableaux)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select all notes</source>
        <translation>Sélectionner toutes les notes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arrows (Shift, Alt)</source>
        <translation>Flèches du clavier (Shift, Alt)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Nudge by 10 (50, 1)</source>
        <translation>Décaler de 10 (50, 1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Link the selected notes in selection order</source>
        <translation>Relier les notes sélectionnées dans l&apos;ordre de sélection</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alt+drag from a note</source>
        <translation>Alt+glisser depuis une note</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Draw an arrow</source>
        <translation>Tracer une flèche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bring to front, send to back</source>
        <translation>Mettre au premier plan, à l&apos;arrière-plan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contexts</source>
        <translation>Contextes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New bounded context around the selection</source>
        <translation>Nouveau contexte borné autour de la sélection</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alt+drag on empty space</source>
        <translation>Alt+glisser dans le vide</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Draw a new bounded context</source>
        <translation>Tracer un nouveau contexte borné</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drag the title bar</source>
        <translation>Glisser la barre de titre</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Move the frame with its notes</source>
        <translation>Déplacer le cadre avec ses notes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Double-click the title</source>
        <translation>Double-clic sur le titre</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rename</source>
        <translation>Renommer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drag the round handle</source>
        <translation>Glisser la poignée ronde</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Draw a relationship to another context</source>
        <translation>Tracer une relation vers un autre contexte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Navigate</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drag on empty space, Space+drag, wheel</source>
        <translation>Glisser dans le vide, Space+glisser, molette</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pan</source>
        <translation>Déplacer la vue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shift/Ctrl+drag on empty space</source>
        <translation>Shift/Ctrl+glisser dans le vide</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Select an area</source>
        <translation>Sélectionner une zone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+wheel, pinch, Ctrl++ / Ctrl+-</source>
        <translation>Ctrl+molette, pincement, Ctrl++ / Ctrl+-</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Zoom (10% to 400%)</source>
        <translation>Zoom (de 10&#xa0;% à 400&#xa0;%)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom to fit, 100%, zoom to the selection</source>
        <translation>Ajuster à la fenêtre, 100&#xa0;%, zoom sur la sélection</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find; Enter jumps to the next match</source>
        <translation>Rechercher&#xa0;; Enter passe au résultat suivant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Presentation mode</source>
        <translation>Mode présentation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show or hide the side panel</source>
        <translation>Afficher ou masquer le panneau latéral</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo, redo</source>
        <translation>Annuler, rétablir</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
</context>
<context>
    <name>SidePanel</name>
    <message>
        <location filename="../app/qml/canvas/SidePanel.qml" line="+25"/>
        <source>Inspector</source>
        <translation>Inspecteur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Workshop</source>
        <translation>Atelier</translation>
    </message>
</context>
<context>
    <name>WorkshopComparisonPane</name>
    <message>
        <location filename="../app/qml/WorkshopComparisonPane.qml" line="+22"/>
        <source>Name rules, one per line: PATTERN = CONTEXT. * matches anything, so app.orders.* = Order Context maps app.orders and everything below it. Saved on the board (undoable).</source>
        <translation>Règles de nom, une par ligne&#xa0;: MOTIF = CONTEXTE. * correspond à n&apos;importe quoi, donc app.orders.* = Order Context associe app.orders et tout ce qui se trouve en dessous. Enregistrées dans le tableau (annulable).</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Save Rules</source>
        <translation>Enregistrer les règles</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rules saved on the board.</source>
        <translation>Règles enregistrées dans le tableau.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Revert</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Workshop contexts in the code</source>
        <translation>Contextes de l&apos;atelier dans le code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Modules importing across the workshop&apos;s boundaries</source>
        <translation>Modules qui importent par-delà les frontières de l&apos;atelier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rules</source>
        <translation>Règles</translation>
    </message>
</context>
<context>
    <name>WorkshopPanel</name>
    <message>
        <location filename="../app/qml/canvas/WorkshopPanel.qml" line="+18"/>
        <source>Big-picture phases</source>
        <translation>Phases du Big Picture</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Start</source>
        <translation>Démarrer</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reset</source>
        <translation>Réinitialiser</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Hotspots (%1)</source>
        <translation>Points chauds (%1)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>(empty hotspot)</source>
        <translation>(point chaud vide)</translation>
    </message>
</context>
<context>
    <name>ZoomControls</name>
    <message>
        <location filename="../app/qml/canvas/ZoomControls.qml" line="+26"/>
        <source>Zoom out (Ctrl+-)</source>
        <translation>Zoom arrière (Ctrl+-)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Actual size (Ctrl+1)</source>
        <translation>Taille réelle (Ctrl+1)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Zoom in (Ctrl++)</source>
        <translation>Zoom avant (Ctrl++)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fit</source>
        <translation>Ajuster</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Zoom to fit (Ctrl+0)</source>
        <translation>Ajuster à la fenêtre (Ctrl+0)</translation>
    </message>
</context>
</TS>
