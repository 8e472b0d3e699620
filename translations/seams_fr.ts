<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../app/qml/AboutDialog.qml" line="+9" />
        <source>About Seams</source>
        <translation>À propos de Seams</translation>
    </message>
    <message>
        <location line="+20" />
        <source>Seams %1</source>
        <translation>Seams %1</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Event-storming workshops and monolith-to-microservices migration planning.</source>
        <translation>Ateliers Event Storming et planification de la migration d'un monolithe vers des microservices.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Built with</source>
        <translation>Réalisé avec</translation>
    </message>
</context>
<context>
    <name>AnalysisWindow</name>
    <message>
        <location filename="../app/qml/AnalysisWindow.qml" line="+16" />
        <source>Dependency Analysis — Seams</source>
        <translation>Analyse des dépendances — Seams</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Open DOT File…</source>
        <translation>Ouvrir un fichier DOT…</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Scan Source Folder…</source>
        <translation>Scanner des sources…</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Package depth</source>
        <translation>Profondeur</translation>
    </message>
    <message>
        <location line="+7" />
        <source>0: one module per file; N: one per package N levels deep (scans only)</source>
        <translation>0 : un module par fichier ; N : un par paquet, à N niveaux de profondeur (scan de sources uniquement)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Resolution</source>
        <translation>Résolution</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Re-cluster</source>
        <translation>Repartitionner</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Create Contexts on Board</source>
        <translation>Créer les contextes</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Export JSON…</source>
        <translation>Exporter en JSON…</translation>
    </message>
    <message>
        <location line="+26" />
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Open a DOT file (pydeps, jdeps, madge, dependency-cruiser) or scan a source folder.</source>
        <translation>Ouvrez un fichier DOT (pydeps, jdeps, madge, dependency-cruiser) ou scannez un dossier de sources.</translation>
    </message>
    <message>
        <location line="+53" />
        <source>Fit</source>
        <translation>Ajuster</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Candidates</source>
        <translation>Candidats</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Coupling</source>
        <translation>Couplage</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Extraction Order</source>
        <translation>Extraction</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Imports</source>
        <translation>Imports</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Workshop vs Code</source>
        <translation>Atelier vs code</translation>
    </message>
    <message numerus="yes">
        <location line="+49" />
        <source>%n module(s) without any dependency</source>
        <translation>
            <numerusform>%n module sans aucune dépendance</numerusform>
            <numerusform>%n modules sans aucune dépendance</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 modules · %2 inside · %3 calls out · %4 called in · cost %5</source>
        <translation>%1 modules · %2 internes · %3 appels sortants · %4 appels entrants · coût %5</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Seams: %1</source>
        <translation>Coutures : %1</translation>
    </message>
    <message>
        <location line="+24" />
        <source>Cheapest first. Cost = calls out + 2 × called in: what a service calls becomes an API call from it; what calls it must go through the gateway, changing every caller.</source>
        <translation>Les moins coûteux d'abord. Coût = appels sortants + 2 × appels entrants : ce qu'un service appelle devient un appel d'API de sa part ; ce qui l'appelle doit passer par la passerelle, ce qui change chaque appelant.</translation>
    </message>
    <message>
        <location line="+19" />
        <source>cost %1 (%2 out, %3 in, %4 modules)</source>
        <translation>coût %1 (%2 sortants, %3 entrants, %4 modules)</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Cross-module imports per module, most first: the migration guide's grep | uniq -c, for the whole code.</source>
        <translation>Imports entre modules, par module, les plus nombreux d'abord : le grep | uniq -c du guide de migration, sur tout le code.</translation>
    </message>
    <message>
        <location line="+26" />
        <source>Open a Dependency Graph</source>
        <translation>Ouvrir un graphe de dépendances</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Graphviz DOT files (*.dot *.gv)</source>
        <translation>Fichiers DOT Graphviz (*.dot *.gv)</translation>
    </message>
    <message>
        <location line="+0" />
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Scan a Source Folder (or a jdeps -dotoutput folder)</source>
        <translation>Scanner un dossier de sources (ou un dossier jdeps -dotoutput)</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Export the Analysis as JSON</source>
        <translation>Exporter l'analyse en JSON</translation>
    </message>
    <message>
        <location line="+3" />
        <source>JSON files (*.json)</source>
        <translation>Fichiers JSON (*.json)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Exported.</source>
        <translation>Analyse exportée.</translation>
    </message>
</context>
<context>
    <name>CanvasBoardMenu</name>
    <message>
        <location filename="../app/qml/canvas/CanvasBoardMenu.qml" line="+14" />
        <source>&amp;Board</source>
        <translation>&amp;Tableau</translation>
    </message>
    <message>
        <location line="+3" />
        <source>New &amp;Context Around Selection (B)</source>
        <translation>&amp;Encadrer la sélection (B)</translation>
    </message>
    <message>
        <location line="+8" />
        <source>&amp;Link Selected Notes in Order (L)</source>
        <translation>Re&amp;lier dans l'ordre (L)</translation>
    </message>
    <message>
        <location line="+6" />
        <source>&amp;Align</source>
        <translation>&amp;Aligner</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Left Edges</source>
        <translation>Bords gauches</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Horizontal Centres</source>
        <translation>Centres horizontaux</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Right Edges</source>
        <translation>Bords droits</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Top Edges</source>
        <translation>Bords supérieurs</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Vertical Centres</source>
        <translation>Centres verticaux</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Bottom Edges</source>
        <translation>Bords inférieurs</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Distribute</source>
        <translation>&amp;Distribuer</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Horizontally</source>
        <translation>Horizontalement</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Vertically</source>
        <translation>Verticalement</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Bring to &amp;Front</source>
        <translation>Mettre au &amp;premier plan</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Send to &amp;Back</source>
        <translation>Mettre à l'a&amp;rrière-plan</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Change &amp;Kind</source>
        <translation>Changer le &amp;type</translation>
    </message>
</context>
<context>
    <name>CanvasContextMenu</name>
    <message>
        <location filename="../app/qml/canvas/CanvasContextMenu.qml" line="+31" />
        <source>Edit Text</source>
        <translation>Modifier le texte</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Change Kind</source>
        <translation>Changer le type</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Rename Context</source>
        <translation>Renommer le contexte</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Cut</source>
        <translation>Couper</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Paste Here</source>
        <translation>Coller ici</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Duplicate</source>
        <translation>Dupliquer</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Link Selected Notes in Order</source>
        <translation>Relier dans l'ordre</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Bring to Front</source>
        <translation>Mettre au premier plan</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Send to Back</source>
        <translation>Mettre à l'arrière-plan</translation>
    </message>
    <message>
        <location line="+5" />
        <source>New Context Around Selection</source>
        <translation>Encadrer la sélection</translation>
    </message>
    <message>
        <location line="+0" />
        <source>New Context Here</source>
        <translation>Nouveau contexte ici</translation>
    </message>
    <message>
        <location line="+11" />
        <source>New Note Here</source>
        <translation>Nouvelle note ici</translation>
    </message>
</context>
<context>
    <name>CanvasStatus</name>
    <message numerus="yes">
        <location filename="../app/qml/canvas/CanvasStatus.qml" line="+19" />
        <source>%n note(s) selected</source>
        <translation>
            <numerusform>%n note sélectionnée</numerusform>
            <numerusform>%n notes sélectionnées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>%n context(s) selected</source>
        <translation>
            <numerusform>%n contexte sélectionné</numerusform>
            <numerusform>%n contextes sélectionnés</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2" />
        <source>arrow selected</source>
        <translation>flèche sélectionnée</translation>
    </message>
    <message>
        <location line="+2" />
        <source>relationship selected</source>
        <translation>relation sélectionnée</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Zoom %1%</source>
        <translation>Zoom %1 %</translation>
    </message>
</context>
<context>
    <name>CanvasViewMenu</name>
    <message>
        <location filename="../app/qml/canvas/CanvasViewMenu.qml" line="+18" />
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Zoom &amp;In</source>
        <translation>Zoom a&amp;vant</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Zoom &amp;Out</source>
        <translation>Zoom a&amp;rrière</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Zoom to &amp;Fit</source>
        <translation>&amp;Ajuster à la fenêtre</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Actual &amp;Size (100%)</source>
        <translation>&amp;Taille réelle (100 %)</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Zoom to &amp;Selection</source>
        <translation>Zoom sur la &amp;sélection</translation>
    </message>
    <message>
        <location line="+8" />
        <source>&amp;Presentation Mode (F11)</source>
        <translation>Mode &amp;présentation (F11)</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Side &amp;Panel</source>
        <translation>Panneau &amp;latéral</translation>
    </message>
    <message>
        <location line="+7" />
        <source>&amp;Minimap</source>
        <translation>&amp;Minicarte</translation>
    </message>
</context>
<context>
    <name>ContextInspector</name>
    <message>
        <location filename="../app/qml/canvas/ContextInspector.qml" line="+24" />
        <source>Bounded context</source>
        <translation>Contexte borné</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Colour</source>
        <translation>Couleur</translation>
    </message>
    <message>
        <location line="+23" />
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n note</numerusform>
            <numerusform>%n notes</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2" />
        <source>Handoff</source>
        <translation>Passation</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Wave</source>
        <translation>Vague</translation>
    </message>
    <message>
        <location line="+6" />
        <source>not planned</source>
        <translation>non planifiée</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Team</source>
        <translation>Équipe</translation>
    </message>
    <message>
        <location line="+4" />
        <source>owning team</source>
        <translation>équipe responsable</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Upstream</source>
        <translation>URL amont</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Routes</source>
        <translation>Routes</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Database</source>
        <translation>Base de données</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Engine</source>
        <translation>Moteur</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Board default (%1)</source>
        <translation>Par défaut (%1)</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Relationships</source>
        <translation>Relations</translation>
    </message>
    <message>
        <location line="+3" />
        <source>None yet. Drag from the round handle of the title bar to another context, or add one here.</source>
        <translation>Aucune pour l'instant. Faites glisser la poignée ronde de la barre de titre vers un autre contexte, ou ajoutez-en une ici.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>upstream of %1</source>
        <translation>en amont de %1</translation>
    </message>
    <message>
        <location line="+0" />
        <source>downstream of %1</source>
        <translation>en aval de %1</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <location line="+4" />
        <source>This context is upstream of the chosen one</source>
        <translation>Ce contexte est en amont du contexte choisi</translation>
    </message>
</context>
<context>
    <name>ContextMapWindow</name>
    <message>
        <location filename="../app/qml/ContextMapWindow.qml" line="+11" />
        <source>Context Map — %1</source>
        <translation>Carte des contextes — %1</translation>
    </message>
    <message>
        <location line="+18" />
        <source>The context map cannot be drawn: %1</source>
        <translation>Impossible de dessiner la carte des contextes : %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>No bounded contexts yet. Frame related notes in a context on the board and it appears here, with its relationships.</source>
        <translation>Aucun contexte borné pour l'instant. Encadrez des notes liées par un contexte sur le tableau : il apparaîtra ici, avec ses relations.</translation>
    </message>
</context>
<context>
    <name>CouplingHeatMap</name>
    <message>
        <location filename="../app/qml/CouplingHeatMap.qml" line="+24" />
        <source>Dependencies of the row's candidate on the column's; darker is more (up to %1). High coupling between two candidates means they are costly to split apart.</source>
        <translation>Dépendances du candidat de la ligne envers celui de la colonne ; plus c'est foncé, plus elles sont nombreuses (jusqu'à %1). Un fort couplage entre deux candidats les rend coûteux à séparer.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>No dependencies between candidates.</source>
        <translation>Aucune dépendance entre les candidats.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../app/qml/ExportDialog.qml" line="+15" />
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <location line="+13" />
        <location line="+10" />
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location line="+6" />
        <source>After wave</source>
        <translation>Après la vague</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Wave</source>
        <translation>Vague</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Listen on</source>
        <translation>Écouter sur</translation>
    </message>
    <message>
        <location line="+5" />
        <source>board setting (e.g. :8000)</source>
        <translation>paramètre du tableau (p. ex. :8000)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Listen address</source>
        <translation>Adresse d'écoute</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Dialect</source>
        <translation>Dialecte</translation>
    </message>
    <message>
        <location line="+5" />
        <source>board default</source>
        <translation>par défaut</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Layout</source>
        <translation>Structure</translation>
    </message>
    <message>
        <location line="+5" />
        <source>flyway (default)</source>
        <translation>flyway (défaut)</translation>
    </message>
    <message>
        <location line="+61" />
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <location line="+13" />
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Copied %1.</source>
        <translation>%1 copié dans le presse-papiers.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>&amp;Save to Folder…</source>
        <translation>&amp;Enregistrer dans un dossier…</translation>
    </message>
    <message>
        <location line="+0" />
        <source>&amp;Save…</source>
        <translation>&amp;Enregistrer…</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Save Export</source>
        <translation>Enregistrer l'export</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Save Export to Folder</source>
        <translation>Enregistrer l'export dans un dossier</translation>
    </message>
</context>
<context>
    <name>FieldEditor</name>
    <message>
        <location filename="../app/qml/canvas/FieldEditor.qml" line="+29" />
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Nullable</source>
        <translation>Facultatif</translation>
    </message>
    <message>
        <location line="+28" />
        <source>Choose an aggregate…</source>
        <translation>Choisir un agrégat…</translation>
    </message>
    <message>
        <location line="+8" />
        <source>values, separated by commas</source>
        <translation>valeurs, séparées par des virgules</translation>
    </message>
</context>
<context>
    <name>FrameDelegate</name>
    <message>
        <location filename="../app/qml/canvas/FrameDelegate.qml" line="+97" />
        <source>wave %1</source>
        <translation>vague %1</translation>
    </message>
</context>
<context>
    <name>InspectorPanel</name>
    <message>
        <location filename="../app/qml/canvas/InspectorPanel.qml" line="+36" />
        <source>Select a note, a context or an arrow to see its details here.

Press E to write the first domain event, Enter for the next one. F1 lists every key.</source>
        <translation>Sélectionnez une note, un contexte ou une flèche pour en voir le détail ici.

Appuyez sur E pour écrire le premier événement métier, puis sur Enter pour le suivant. F1 liste toutes les touches.</translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%n note(s) selected. Board › Align and Distribute arrange them; B draws a context around them; L links them in order.</source>
        <translation>
            <numerusform>%n note sélectionnée. Tableau › Aligner et Distribuer la placent ; B trace un contexte autour ; L relie les notes dans l'ordre.</numerusform>
            <numerusform>%n notes sélectionnées. Tableau › Aligner et Distribuer les placent ; B trace un contexte autour ; L les relie dans l'ordre.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+21" />
        <source>Arrow</source>
        <translation>Flèche</translation>
    </message>
    <message>
        <location line="+1" />
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <location line="+2" />
        <source>To</source>
        <translation>Vers</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Label</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <location line="+4" />
        <source>e.g. triggers</source>
        <translation>p. ex. déclenche</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Delete Arrow</source>
        <translation>Supprimer la flèche</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Relationship</source>
        <translation>Relation</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Upstream</source>
        <translation>Amont</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Downstream</source>
        <translation>Aval</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Pattern</source>
        <translation>Patron</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Data sync</source>
        <translation>Synchronisation</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Notes</source>
        <translation>Remarques</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Swap Direction</source>
        <translation>Inverser le sens</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
</context>
<context>
    <name>KindPalette</name>
    <message>
        <location filename="../app/qml/canvas/KindPalette.qml" line="+23" />
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Add a %1 next to the current note (key %2)</source>
        <translation>Ajouter « %1 » à côté de la note courante (touche %2)</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <location filename="../app/qml/Main.qml" line="+69" />
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;New Board</source>
        <translation>&amp;Nouveau tableau</translation>
    </message>
    <message>
        <location line="+5" />
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Open &amp;Recent</source>
        <translation>Ouvrir un tableau &amp;récent</translation>
    </message>
    <message>
        <location line="+15" />
        <source>&amp;Clear Recent Boards</source>
        <translation>&amp;Vider la liste</translation>
    </message>
    <message>
        <location line="+6" />
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Save &amp;As…</source>
        <translation>Enregistrer &amp;sous…</translation>
    </message>
    <message>
        <location line="+5" />
        <source>&amp;Export…</source>
        <translation>E&amp;xporter…</translation>
    </message>
    <message>
        <location line="+9" />
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location line="+6" />
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Undo %1</source>
        <translation>&amp;Annuler : %1</translation>
    </message>
    <message>
        <location line="+0" />
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location line="+7" />
        <source>&amp;Redo %1</source>
        <translation>&amp;Rétablir : %1</translation>
    </message>
    <message>
        <location line="+0" />
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Cu&amp;t</source>
        <translation>Co&amp;uper</translation>
    </message>
    <message>
        <location line="+6" />
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <location line="+6" />
        <source>&amp;Paste</source>
        <translation>C&amp;oller</translation>
    </message>
    <message>
        <location line="+5" />
        <source>D&amp;uplicate</source>
        <translation>&amp;Dupliquer</translation>
    </message>
    <message>
        <location line="+7" />
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Select &amp;All</source>
        <translation>&amp;Tout sélectionner</translation>
    </message>
    <message>
        <location line="+6" />
        <source>&amp;Find…</source>
        <translation>Rec&amp;hercher…</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Pre&amp;ferences…</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <location line="+16" />
        <source>&amp;Context Map</source>
        <translation>&amp;Carte des contextes</translation>
    </message>
    <message>
        <location line="+13" />
        <source>&amp;Analysis</source>
        <translation>A&amp;nalyse</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Analyze &amp;Dependencies…</source>
        <translation>Analyser les &amp;dépendances…</translation>
    </message>
    <message>
        <location line="+9" />
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <location line="+5" />
        <source>&amp;About Seams</source>
        <translation>À &amp;propos de Seams</translation>
    </message>
    <message>
        <location line="+91" />
        <source>Not saved: %1</source>
        <translation>Non enregistré : %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Untitled: kept in the app folder until you name it</source>
        <translation>Sans titre : conservé dans le dossier de l'application jusqu'à ce que vous le nommiez</translation>
    </message>
    <message>
        <location line="+1" />
        <source>All edits saved to %1</source>
        <translation>Toutes les modifications sont enregistrées dans %1</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Open Board</source>
        <translation>Ouvrir un tableau</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+9" />
        <source>Seams boards (*.seams)</source>
        <translation>Tableaux Seams (*.seams)</translation>
    </message>
    <message>
        <location line="-9" />
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Save Board As</source>
        <translation>Enregistrer le tableau sous</translation>
    </message>
    <message>
        <location line="+22" />
        <source>Seams</source>
        <translation>Seams</translation>
    </message>
</context>
<context>
    <name>NoteEditor</name>
    <message>
        <location filename="../app/qml/canvas/NoteEditor.qml" line="+32" />
        <source>Type, Enter for the next note</source>
        <translation>Saisissez le texte, Enter pour la note suivante</translation>
    </message>
</context>
<context>
    <name>NoteInspector</name>
    <message>
        <location filename="../app/qml/canvas/NoteInspector.qml" line="+22" />
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Context</source>
        <translation>Contexte</translation>
    </message>
    <message>
        <location line="+3" />
        <source>(outside every context)</source>
        <translation>(hors de tout contexte)</translation>
    </message>
    <message>
        <location line="+14" />
        <source>HTTP operation</source>
        <translation>Opération HTTP</translation>
    </message>
    <message>
        <location line="+5" />
        <source>derived</source>
        <translation>déduite</translation>
    </message>
    <message>
        <location line="+7" />
        <source>derived, e.g. /api/orders</source>
        <translation>déduit, p. ex. /api/orders</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Fields</source>
        <translation>Champs</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Payload</source>
        <translation>Charge utile</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Add Field</source>
        <translation>Ajouter un champ</translation>
    </message>
</context>
<context>
    <name>PhaseTimer</name>
    <message>
        <location filename="../app/qml/canvas/PhaseTimer.qml" line="+27" />
        <source>Phase %1 of %2</source>
        <translation>Phase %1 sur %2</translation>
    </message>
    <message>
        <location line="+23" />
        <source>Pause the timer</source>
        <translation>Mettre le minuteur en pause</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Start the timer</source>
        <translation>Démarrer le minuteur</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Next phase</source>
        <translation>Phase suivante</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../app/qml/PreferencesDialog.qml" line="+12" />
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <location line="+19" />
        <source>Appearance</source>
        <translation>Apparence</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Language:</source>
        <translation>Langue :</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Theme:</source>
        <translation>Thème :</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Follow the system</source>
        <translation>Suivre le système</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Untitled boards</source>
        <translation>Tableaux sans titre</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Kept in:</source>
        <translation>Conservés dans :</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <location line="+5" />
        <source>New boards start with</source>
        <translation>Valeurs initiales des nouveaux tableaux</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Monolith upstream:</source>
        <translation>URL amont du monolithe :</translation>
    </message>
    <message>
        <location line="+8" />
        <source>JWT at the gateway:</source>
        <translation>JWT sur la passerelle :</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Verify tokens (exp claim, key id in kid)</source>
        <translation>Vérifier les jetons (claim exp, identifiant de clé dans kid)</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Rate limit:</source>
        <translation>Limite de débit :</translation>
    </message>
    <message>
        <location line="+11" />
        <source>requests per minute (0: off)</source>
        <translation>requêtes par minute (0 : désactivée)</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Database engine:</source>
        <translation>Moteur de base de données :</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Folder for Untitled Boards</source>
        <translation>Dossier des tableaux sans titre</translation>
    </message>
</context>
<context>
    <name>Seams::AboutInfo</name>
    <message>
        <location filename="../app/aboutinfo.cpp" line="+16" />
        <source>Seams is free software under the GNU General Public License, version 3 or later.</source>
        <translation>Seams est un logiciel libre distribué sous la licence publique générale GNU, version 3 ou ultérieure.</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Application framework and user interface</source>
        <translation>Framework d'application et interface utilisateur</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Public domain</source>
        <translation>Domaine public</translation>
    </message>
    <message>
        <location line="+0" />
        <source>The .seams project file</source>
        <translation>Le fichier de projet .seams</translation>
    </message>
    <message>
        <location line="+2" />
        <source>DOT import, layout and the context map</source>
        <translation>Import DOT, disposition des graphes et carte des contextes</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Every YAML file Seams writes</source>
        <translation>Tous les fichiers YAML écrits par Seams</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Service boundary suggestions</source>
        <translation>Suggestions de frontières entre services</translation>
    </message>
</context>
<context>
    <name>Seams::Analysis</name>
    <message>
        <location filename="../core/analysis/graphlayout.cpp" line="+169" />
        <location filename="../core/analysis/igraphutil.cpp" line="+68" />
        <source>canceled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <location filename="../core/analysis/igraphutil.cpp" line="+1" />
        <source>%1 failed: %2</source>
        <translation>échec de %1 : %2</translation>
    </message>
</context>
<context>
    <name>Seams::AnalysisController</name>
    <message>
        <location filename="../app/analysiscontroller.cpp" line="+100" />
        <source>%1 modules (%2), %3 dependencies; %4 candidate services, modularity %5</source>
        <translation>%1 modules (%2), %3 dépendances ; %4 services candidats, modularité %5</translation>
    </message>
    <message>
        <location line="+155" />
        <source>Nothing to apply: analyse a dependency graph first.</source>
        <translation>Rien à appliquer : analysez d'abord un graphe de dépendances.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The suggestion has no candidate service to add.</source>
        <translation>La suggestion ne contient aucun service candidat à ajouter.</translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>Added %n context(s) below the board's content; Edit &gt; Undo removes them.</source>
        <translation>
            <numerusform>%n contexte ajouté sous le contenu du tableau ; Édition &gt; Annuler le retire.</numerusform>
            <numerusform>%n contextes ajoutés sous le contenu du tableau ; Édition &gt; Annuler les retire.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8" />
        <source>There is no open board.</source>
        <translation>Aucun tableau n'est ouvert.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Line %1: %2</source>
        <translation>Ligne %1 : %2</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Nothing to export: analyse a dependency graph first.</source>
        <translation>Rien à exporter : analysez d'abord un graphe de dépendances.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Cannot write %1: %2</source>
        <translation>Impossible d'écrire %1 : %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/analysisresults.cpp" line="+22" />
        <source>… %n more</source>
        <translation>
            <numerusform>… et %n autre</numerusform>
            <numerusform>… et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <location line="+87" />
        <source>Analyse a dependency graph to compare it with the board.</source>
        <translation>Analysez un graphe de dépendances pour le comparer au tableau.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>No name rules yet. Map code to the board's contexts with lines such as "app.orders.* = Order Context".</source>
        <translation>Aucune règle de nom pour l'instant. Associez le code aux contextes du tableau avec des lignes comme « app.orders.* = Order Context ».</translation>
    </message>
    <message numerus="yes">
        <location line="+11" />
        <source>%1 of %2 modules mapped by %n rule(s); %3 imports cross the workshop's boundaries; agreement with the suggestion (adjusted Rand) %4.</source>
        <translation>
            <numerusform>%1 modules sur %2 associés par %n règle ; imports qui franchissent les frontières de l'atelier : %3 ; accord avec la suggestion (indice de Rand ajusté) : %4.</numerusform>
            <numerusform>%1 modules sur %2 associés par %n règles ; imports qui franchissent les frontières de l'atelier : %3 ; accord avec la suggestion (indice de Rand ajusté) : %4.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+17" />
        <source>%1% of its %2 modules in one candidate; %3 unrelated piece(s); in %4</source>
        <translation>%1 % de ses %2 modules dans un seul candidat ; fragments sans lien : %3 ; présent dans %4</translation>
    </message>
    <message>
        <location line="+13" />
        <source>%1 imports from %2</source>
        <translation>%1 importe depuis %2</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Rules name this context, but the board has no context of that name.</source>
        <translation>Des règles nomment ce contexte, mais le tableau n'a aucun contexte de ce nom.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>This rule matches no module.</source>
        <translation>Cette règle ne correspond à aucun module.</translation>
    </message>
</context>
<context>
    <name>Seams::AsyncApiExporter</name>
    <message>
        <location filename="../core/export/asyncapiexporter.cpp" line="+184" />
        <source>cannot write the event contract of %1: %2</source>
        <translation>impossible d'écrire le contrat d'événements de %1 : %2</translation>
    </message>
    <message>
        <location filename="../core/export/asyncapiexporter.h" line="+19" />
        <source>AsyncAPI 3.0 event contracts</source>
        <translation>Contrats d'événements AsyncAPI 3.0</translation>
    </message>
</context>
<context>
    <name>Seams::BoardJson</name>
    <message>
        <location filename="../core/storage/boardjsonreader.cpp" line="+42" />
        <source>"%1" is missing</source>
        <translation>« %1 » est manquant</translation>
    </message>
    <message>
        <location line="+11" />
        <source>must be a string</source>
        <translation>doit être une chaîne</translation>
    </message>
    <message>
        <location line="+8" />
        <source>must be a number</source>
        <translation>doit être un nombre</translation>
    </message>
    <message>
        <location line="+14" />
        <source>must be a whole number from %1 to %2</source>
        <translation>doit être un nombre entier de %1 à %2</translation>
    </message>
    <message>
        <location line="+8" />
        <source>must be true or false</source>
        <translation>doit valoir true ou false</translation>
    </message>
    <message>
        <location line="+11" />
        <source>"%1" is not a valid id</source>
        <translation>« %1 » n'est pas un identifiant valide</translation>
    </message>
    <message>
        <location line="+14" />
        <source>unknown value "%1" (expected one of: %2)</source>
        <translation>valeur inconnue « %1 » (valeurs attendues : %2)</translation>
    </message>
    <message>
        <location line="+12" />
        <location line="+3" />
        <source>must be a list of strings</source>
        <translation>doit être une liste de chaînes</translation>
    </message>
    <message>
        <location line="+14" />
        <source>"%1" is not an ISO 8601 date and time</source>
        <translation>« %1 » n'est pas une date et heure ISO 8601</translation>
    </message>
    <message>
        <location line="+9" />
        <source>position or size out of range</source>
        <translation>position ou taille hors limites</translation>
    </message>
    <message>
        <location line="+7" />
        <source>must be an object</source>
        <translation>doit être un objet</translation>
    </message>
    <message>
        <location line="+8" />
        <source>must be a list</source>
        <translation>doit être une liste</translation>
    </message>
    <message>
        <location line="+23" />
        <source>line %1, column %2: %3</source>
        <translation>ligne %1, colonne %2 : %3</translation>
    </message>
    <message>
        <location line="+12" />
        <source>"%1" is not a colour</source>
        <translation>« %1 » n'est pas une couleur</translation>
    </message>
    <message>
        <location line="+16" />
        <location line="+37" />
        <location line="+17" />
        <location line="+20" />
        <source>duplicate id</source>
        <translation>identifiant en double</translation>
    </message>
    <message>
        <location line="-59" />
        <location line="+55" />
        <location line="+2" />
        <source>no context has this id</source>
        <translation>aucun contexte n'a cet identifiant</translation>
    </message>
    <message>
        <location line="-22" />
        <location line="+2" />
        <source>no note has this id</source>
        <translation>aucune note n'a cet identifiant</translation>
    </message>
    <message>
        <location line="+40" />
        <source>the document must be a JSON object</source>
        <translation>le document doit être un objet JSON</translation>
    </message>
    <message>
        <location line="+5" />
        <source>this is not a Seams board (expected "seams-board")</source>
        <translation>ce n'est pas un tableau Seams (« seams-board » attendu)</translation>
    </message>
    <message>
        <location line="+5" />
        <source>written by a newer version of Seams (format %1; this version reads up to %2)</source>
        <translation>écrit par une version plus récente de Seams (format %1 ; cette version lit jusqu'au format %2)</translation>
    </message>
</context>
<context>
    <name>Seams::BoardSettings</name>
    <message>
        <location filename="../core/model/boardsettings.cpp" line="+35" />
        <source>setting "%1" must be %2</source>
        <translation>le paramètre « %1 » doit être %2</translation>
    </message>
    <message>
        <location line="+11" />
        <source>a string</source>
        <translation>une chaîne</translation>
    </message>
    <message>
        <location line="+7" />
        <source>true or false</source>
        <translation>true ou false</translation>
    </message>
    <message>
        <location line="+6" />
        <source>a whole number of requests, 0 or more</source>
        <translation>un nombre entier de requêtes, 0 ou plus</translation>
    </message>
    <message>
        <location line="+9" />
        <source>one of postgres, mariadb, sqlite</source>
        <translation>l'une des valeurs postgres, mariadb, sqlite</translation>
    </message>
</context>
<context>
    <name>Seams::CaddyExporter</name>
    <message>
        <location filename="../core/export/caddyexporter.cpp" line="+32" />
        <source>NOT ENFORCED by stock Caddy (no such module in the standard build):</source>
        <translation>NON APPLIQUÉ par Caddy standard (aucun module de ce type dans la version standard) :</translation>
    </message>
    <message>
        <location line="+2" />
        <source>  JWT verification: requests pass unverified; verify tokens in the services, or build Caddy with a JWT plugin.</source>
        <translation>  Vérification JWT : les requêtes passent sans vérification ; vérifiez les jetons dans les services, ou compilez Caddy avec un plugin JWT.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>  rate limiting (%1 requests per minute and client on this board): no 429 from Caddy; build Caddy with a rate-limit plugin or limit elsewhere.</source>
        <translation>  Limitation de débit (%1 requêtes par minute et par client sur ce tableau) : Caddy ne renvoie jamais 429 ; compilez Caddy avec un plugin de limitation de débit, ou limitez ailleurs.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>  (nothing: JWT and rate limiting are off on this board)</source>
        <translation>  (rien : JWT et limitation de débit sont désactivés sur ce tableau)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The admin endpoint is localhost:2019 unless SEAMS_CADDY_ADMIN says otherwise ("off" disables it).</source>
        <translation>Le point d'accès d'administration est localhost:2019, sauf si SEAMS_CADDY_ADMIN indique autre chose (« off » le désactive).</translation>
    </message>
    <message>
        <location filename="../core/export/caddyexporter.h" line="+17" />
        <source>Caddyfile</source>
        <translation>Caddyfile</translation>
    </message>
</context>
<context>
    <name>Seams::CanvasClipboard</name>
    <message>
        <location filename="../app/canvas/canvasclipboard.cpp" line="+116" />
        <source>The copied notes cannot be pasted: %1</source>
        <translation>Impossible de coller les notes copiées : %1</translation>
    </message>
</context>
<context>
    <name>Seams::CanvasEditor</name>
    <message numerus="yes">
        <location filename="../app/canvas/canvasarrange.cpp" line="+45" />
        <source>Move %n note(s)</source>
        <translation>
            <numerusform>Déplacer %n note</numerusform>
            <numerusform>Déplacer %n notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>Move %n item(s)</source>
        <translation>
            <numerusform>Déplacer %n élément</numerusform>
            <numerusform>Déplacer %n éléments</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11" />
        <source>Resize note</source>
        <translation>Redimensionner la note</translation>
    </message>
    <message numerus="yes">
        <location line="+28" />
        <source>Align %n note(s)</source>
        <translation>
            <numerusform>Aligner %n note</numerusform>
            <numerusform>Aligner %n notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+44" />
        <source>Distribute %n note(s)</source>
        <translation>
            <numerusform>Distribuer %n note</numerusform>
            <numerusform>Distribuer %n notes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/canvas/canvaseditor.cpp" line="+164" />
        <source>Delete selection</source>
        <translation>Supprimer la sélection</translation>
    </message>
    <message numerus="yes">
        <location line="+26" />
        <source>Duplicate %n note(s)</source>
        <translation>
            <numerusform>Dupliquer %n note</numerusform>
            <numerusform>Dupliquer %n notes</numerusform>
        </translation>
    </message>
    <message>
        <location line="+40" />
        <source>Context %1</source>
        <translation>Contexte %1</translation>
    </message>
    <message>
        <location line="+35" />
        <source>Add arrows</source>
        <translation>Ajouter des flèches</translation>
    </message>
    <message numerus="yes">
        <location line="+80" />
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
        <location filename="../app/cli/cli.cpp" line="+29" />
        <source>Create a board: empty, the sample shop, or generated</source>
        <translation>Créer un tableau : vide, la boutique d'exemple ou généré</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Show a board's name and counts per kind and context</source>
        <translation>Afficher le nom d'un tableau et ses décomptes par type et par contexte</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Run the model checks; exit 1 when any error is found</source>
        <translation>Lancer les vérifications du modèle ; code de sortie 1 en cas d'erreur</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Export the board (json, and the handoff formats)</source>
        <translation>Exporter le tableau (json et les formats de passation)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Create a board file from the JSON interchange form</source>
        <translation>Créer un fichier de tableau depuis la forme d'échange JSON</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Suggest service boundaries from module dependencies</source>
        <translation>Suggérer des frontières de services d'après les dépendances des modules</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Show help for a verb</source>
        <translation>Afficher l'aide d'une sous-commande</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Usage: seams [FILE]            open a board in the window
       seams VERB [OPTIONS]    work on boards without a display

Verbs:
</source>
        <translation>Utilisation : seams [FILE]            ouvre un tableau dans la fenêtre
              seams VERB [OPTIONS]    travaille sur des tableaux sans affichage

Sous-commandes (VERB) :
</translation>
    </message>
    <message>
        <location line="+7" />
        <source>
Run "seams help VERB" for the options of a verb.
Exit codes: 0 success, 1 check failures, 2 usage errors, 3 file errors.
</source>
        <translation>
Lancez « seams help VERB » pour les options d'une sous-commande.
Codes de sortie : 0 succès, 1 échec des vérifications, 2 erreur d'utilisation, 3 erreur de fichier.
</translation>
    </message>
    <message>
        <location line="+14" />
        <source>seams help: unknown verb "%1"

</source>
        <translation>seams help: sous-commande inconnue « %1 »

</translation>
    </message>
    <message>
        <location line="+32" />
        <source>Show this help.</source>
        <translation>Afficher cette aide.</translation>
    </message>
    <message>
        <location line="+34" />
        <source>seams %1: %2 is missing. Run "seams help %1".
</source>
        <translation>seams %1: %2 manquant. Lancez « seams help %1 ».
</translation>
    </message>
    <message>
        <location line="+1" />
        <source>seams %1: expected one %2, got %3 arguments. Run "seams help %1".
</source>
        <translation>seams %1: un seul %2 attendu, %3 arguments reçus. Lancez « seams help %1 ».
</translation>
    </message>
    <message>
        <location line="+7" />
        <source>seams %1: %2 is empty. Run "seams help %1".
</source>
        <translation>seams %1: %2 est vide. Lancez « seams help %1 ».
</translation>
    </message>
    <message>
        <location line="+17" />
        <source>seams: %1: %2
</source>
        <translation>seams: %1: %2
</translation>
    </message>
    <message>
        <location line="+23" />
        <source>seams: cannot write %1: %2
</source>
        <translation>seams: impossible d'écrire %1 : %2
</translation>
    </message>
    <message>
        <location line="+30" />
        <source>seams: unknown verb or option "%1"

</source>
        <translation>seams: sous-commande ou option inconnue « %1 »

</translation>
    </message>
    <message>
        <location filename="../app/cli/clianalyze.cpp" line="+35" />
        <source>Modules: %1 (%2), %3 dependencies between them, %4 on outside modules
</source>
        <translation>Modules : %1 (%2), %3 dépendances entre eux, %4 vers des modules extérieurs
</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Candidate services: %1 at resolution %2 (modularity %3)
</source>
        <translation>Services candidats : %1 à la résolution %2 (modularité %3)
</translation>
    </message>
    <message>
        <location line="+7" />
        <source>  #  candidate                        modules  inside  calls out  called in   cost
</source>
        <translation>  #  candidat                         modules intern.   sortants   entrants   coût
</translation>
    </message>
    <message>
        <location line="+16" />
        <source>       seams: %1
</source>
        <translation>       coutures : %1
</translation>
    </message>
    <message>
        <location line="+4" />
        <source>
Coupling: dependencies of the row's candidate on the column's%1
</source>
        <translation>
Couplage : dépendances du candidat de la ligne envers celui de la colonne%1
</translation>
    </message>
    <message>
        <location line="+2" />
        <source> (first %1 candidates)</source>
        <translation> (%1 premiers candidats)</translation>
    </message>
    <message>
        <location line="+16" />
        <source>
Extraction order, cheapest first (cost = calls out + 2 x called in):
</source>
        <translation>
Ordre d'extraction, les moins coûteux d'abord (coût = appels sortants + 2 x appels entrants) :
</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1. %2 (cost %3: %4 calls out become API calls, %5 calls in go through the gateway)
</source>
        <translation>%1. %2 (coût %3 : appels sortants devenant des appels d'API : %4 ; appels entrants passant par la passerelle : %5)
</translation>
    </message>
    <message>
        <location line="+9" />
        <source>
Cross-module imports (count, module, packages it reaches into):
</source>
        <translation>
Imports entre modules (nombre, module, paquets qu'il atteint) :
</translation>
    </message>
    <message>
        <location line="+6" />
        <source>    ... %1 more (--json lists all)
</source>
        <translation>    ... %1 de plus (--json les liste tous)
</translation>
    </message>
    <message>
        <location line="+4" />
        <source>
Workshop versus code: %1 modules mapped by name rules, %2 unmapped; agreement (adjusted Rand) %3
</source>
        <translation>
Atelier et code : %1 modules associés par les règles de nom, %2 non associés ; accord (indice de Rand ajusté) : %3
</translation>
    </message>
    <message>
        <location line="+6" />
        <source>  %1: %2 modules, %3% in one candidate, %4 unrelated piece(s)%5
</source>
        <translation>  %1 : %2 modules, %3 % dans un seul candidat, fragments sans lien : %4%5
</translation>
    </message>
    <message>
        <location line="+5" />
        <source> - scattered</source>
        <translation> (dispersé)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>  Modules importing across the workshop's boundaries (%1 imports):
</source>
        <translation>  Modules qui importent par-delà les frontières de l'atelier (%1 imports) :
</translation>
    </message>
    <message>
        <location line="+9" />
        <source>  Rules name "%1", which is not a context on the board.
</source>
        <translation>  Des règles nomment « %1 », qui n'est pas un contexte du tableau.
</translation>
    </message>
    <message>
        <location line="+2" />
        <source>  Rule "%1" matches no module.
</source>
        <translation>  La règle « %1 » ne correspond à aucun module.
</translation>
    </message>
    <message>
        <location line="+18" />
        <source>seams analyze: cannot write %1: %2
</source>
        <translation>seams analyze: impossible d'écrire %1 : %2
</translation>
    </message>
    <message numerus="yes">
        <location line="+4" />
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
        <location line="+11" />
        <source>Suggest service boundaries from the monolith's module dependencies: candidate contexts, their coupling, an extraction order and the cross-module import counts. INPUT is a DOT file (pydeps, jdeps -dotoutput, madge --dot, dependency-cruiser -T dot, or any DOT graph), a folder of jdeps DOT files, or a source folder (Python, Java, JavaScript/TypeScript, C/C++), which is scanned. Extraction order: cheapest first, cost = calls out + 2 x calls in. Exit codes: 0 success, 2 usage errors, 3 unreadable or malformed input or board. See docs/analysis.md.</source>
        <translation>Suggérer des frontières de services d'après les dépendances entre modules du monolithe : contextes candidats, leur couplage, un ordre d'extraction et le nombre d'imports entre modules. INPUT est un fichier DOT (pydeps, jdeps -dotoutput, madge --dot, dependency-cruiser -T dot, ou tout graphe DOT), un dossier de fichiers DOT de jdeps, ou un dossier de sources (Python, Java, JavaScript/TypeScript, C/C++), qui est alors scanné. Ordre d'extraction : les moins coûteux d'abord, coût = appels sortants + 2 x appels entrants. Codes de sortie : 0 succès, 2 erreur d'utilisation, 3 entrée ou tableau illisible ou mal formé. Voir docs/analysis.md.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Analyze dependencies.</source>
        <translation>Analyser les dépendances.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>DOT file or folder.</source>
        <translation>Fichier DOT ou dossier.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>More (above 1) or fewer (below 1) candidate services (default 1).</source>
        <translation>Plus (au-dessus de 1) ou moins (en dessous de 1) de services candidats (1 par défaut).</translation>
    </message>
    <message>
        <location line="+0" />
        <source>R</source>
        <translation>R</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Scan sources into packages at depth N instead of one module per file (default 0: files).</source>
        <translation>Regrouper les sources scannées en paquets de profondeur N au lieu d'un module par fichier (0 par défaut : fichiers).</translation>
    </message>
    <message>
        <location line="+2" />
        <location filename="../app/cli/cliboard.cpp" line="+51" />
        <location filename="../app/cli/cliexport.cpp" line="+87" />
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Seed of the randomised clustering (default 1).</source>
        <translation>Graine du partitionnement aléatoire (1 par défaut).</translation>
    </message>
    <message>
        <location line="+0" />
        <location filename="../app/cli/cliboard.cpp" line="+2" />
        <source>SEED</source>
        <translation>SEED</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Write JSON instead of a report.</source>
        <translation>Écrire du JSON au lieu d'un rapport.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Write to FILE instead of standard output.</source>
        <translation>Écrire dans FILE au lieu de la sortie standard.</translation>
    </message>
    <message>
        <location line="+0" />
        <location filename="../app/cli/cliboard.cpp" line="+8" />
        <location line="+55" />
        <location line="+40" />
        <location line="+83" />
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Add the candidates to BOARD as contexts with aggregate notes (one undoable step).</source>
        <translation>Ajouter les candidats à BOARD sous forme de contextes avec des notes d'agrégats (une seule étape annulable).</translation>
    </message>
    <message>
        <location line="+2" />
        <location line="+4" />
        <source>BOARD</source>
        <translation>BOARD</translation>
    </message>
    <message>
        <location line="-2" />
        <source>Compare with BOARD's contexts, using its module name rules.</source>
        <translation>Comparer avec les contextes de BOARD, selon ses règles de noms de modules.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>A name rule "PATTERN = CONTEXT" for --compare, e.g. "app.orders.* = Order Context"; repeatable, used before the board's own rules.</source>
        <translation>Une règle de nom « MOTIF = CONTEXTE » pour --compare, comme « app.orders.* = Order Context » ; répétable, appliquée avant les règles du tableau.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>RULE</source>
        <translation>RULE</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Skip folders with this name when scanning; repeatable.</source>
        <translation>Ignorer les dossiers de ce nom lors du scan ; répétable.</translation>
    </message>
    <message>
        <location line="+1" />
        <location filename="../app/cli/cliboard.cpp" line="-190" />
        <location line="+6" />
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Scan tests and vendored folders too.</source>
        <translation>Scanner aussi les tests et le code tiers embarqué (vendor).</translation>
    </message>
    <message>
        <location line="+6" />
        <source>INPUT</source>
        <translation>INPUT</translation>
    </message>
    <message>
        <location line="+7" />
        <source>seams analyze: --resolution needs a number above 0 and up to 100, not "%1".
</source>
        <translation>seams analyze: --resolution attend un nombre supérieur à 0 et au plus égal à 100, pas « %1 ».
</translation>
    </message>
    <message>
        <location line="+8" />
        <source>seams analyze: --depth needs a whole number from 0 to 64, not "%1".
</source>
        <translation>seams analyze: --depth attend un nombre entier de 0 à 64, pas « %1 ».
</translation>
    </message>
    <message>
        <location line="+6" />
        <source>seams analyze: --seed needs a whole number, not "%1".
</source>
        <translation>seams analyze: --seed attend un nombre entier, pas « %1 ».
</translation>
    </message>
    <message>
        <location line="+20" />
        <source>seams analyze: --rule needs --compare BOARD.
</source>
        <translation>seams analyze: --rule nécessite --compare BOARD.
</translation>
    </message>
    <message>
        <location line="+7" />
        <location line="+5" />
        <source>seams analyze: %1
</source>
        <translation>seams analyze: %1
</translation>
    </message>
    <message>
        <location line="+11" />
        <source>seams analyze: %1: %2
</source>
        <translation>seams analyze: %1: %2
</translation>
    </message>
    <message>
        <location filename="../app/cli/cliboard.cpp" line="-25" />
        <source> Use --force to replace it.</source>
        <translation> Utilisez --force pour le remplacer.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Create a board file: empty, the sample shop from the migration guide, or a generated board for benchmarks.</source>
        <translation>Créer un fichier de tableau : vide, la boutique d'exemple du guide de migration, ou un tableau généré pour les bancs d'essai.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Create a board.</source>
        <translation>Créer un tableau.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The .seams file to create.</source>
        <translation>Le fichier .seams à créer.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Start from a sample board: shop.</source>
        <translation>Partir d'un tableau d'exemple : shop.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Generate a synthetic board of N notes.</source>
        <translation>Générer un tableau synthétique de N notes.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Seed of the generated board (default 1).</source>
        <translation>Graine du tableau généré (1 par défaut).</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The board's name.</source>
        <translation>Le nom du tableau.</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+61" />
        <source>Replace an existing file.</source>
        <translation>Remplacer un fichier existant.</translation>
    </message>
    <message>
        <location line="-51" />
        <source>seams new: --sample and --generate cannot be combined.
</source>
        <translation>seams new: --sample et --generate ne peuvent pas être combinés.
</translation>
    </message>
    <message>
        <location line="+8" />
        <source>seams new: unknown sample "%1" (available: shop).
</source>
        <translation>seams new: exemple inconnu « %1 » (disponible : shop).
</translation>
    </message>
    <message>
        <location line="+4" />
        <source>seams new: the sample is broken: %1
</source>
        <translation>seams new: l'exemple est défectueux : %1
</translation>
    </message>
    <message>
        <location line="+9" />
        <source>seams new: --generate needs a number of notes from 1 to 1000000, not "%1".
</source>
        <translation>seams new: --generate attend un nombre de notes de 1 à 1000000, pas « %1 ».
</translation>
    </message>
    <message>
        <location line="+6" />
        <source>seams new: --seed needs a whole number, not "%1".
</source>
        <translation>seams new: --seed attend un nombre entier, pas « %1 ».
</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Create a .seams board file from the JSON interchange form (see "seams export json").</source>
        <translation>Créer un fichier de tableau .seams depuis la forme d'échange JSON (voir « seams export json »).</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Import a board.</source>
        <translation>Importer un tableau.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The JSON board to read.</source>
        <translation>Le tableau JSON à lire.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The .seams file to create (required).</source>
        <translation>Le fichier .seams à créer (obligatoire).</translation>
    </message>
    <message>
        <location line="+6" />
        <source>IN.json</source>
        <translation>IN.json</translation>
    </message>
    <message>
        <location line="+3" />
        <source>seams import: -o FILE is required.
</source>
        <translation>seams import: -o FILE est obligatoire.
</translation>
    </message>
    <message>
        <location line="+5" />
        <source>seams import: cannot read %1: %2
</source>
        <translation>seams import: impossible de lire %1 : %2
</translation>
    </message>
    <message>
        <location line="+7" />
        <source>seams import: %1: %2
</source>
        <translation>seams import: %1: %2
</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Show a board's name and its counts per kind and per bounded context.</source>
        <translation>Afficher le nom d'un tableau et ses décomptes par type et par contexte borné.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Describe a board.</source>
        <translation>Décrire un tableau.</translation>
    </message>
    <message>
        <location line="+2" />
        <location line="+79" />
        <location filename="../app/cli/cliexport.cpp" line="-6" />
        <source>The board (.seams or .json).</source>
        <translation>Le tableau (.seams ou .json).</translation>
    </message>
    <message>
        <location line="-78" />
        <location line="+83" />
        <source>Print JSON instead of text.</source>
        <translation>Afficher du JSON au lieu de texte.</translation>
    </message>
    <message>
        <location line="-42" />
        <source>Board: %1
</source>
        <translation>Tableau : %1
</translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>Notes: %n
</source>
        <translation>
            <numerusform>Notes : %n
</numerusform>
            <numerusform>Notes : %n
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5" />
        <source>Bounded contexts: %n
</source>
        <translation>
            <numerusform>Contextes bornés : %n
</numerusform>
            <numerusform>Contextes bornés : %n
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7" />
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n note</numerusform>
            <numerusform>%n notes</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4" />
        <source>wave %1</source>
        <translation>vague %1</translation>
    </message>
    <message numerus="yes">
        <location line="+4" />
        <source>  (outside every context: %n note(s))
</source>
        <translation>
            <numerusform>  (hors de tout contexte : %n note)
</numerusform>
            <numerusform>  (hors de tout contexte : %n notes)
</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1" />
        <source>Arrows: %1
Relationships: %2
</source>
        <translation>Flèches : %1
Relations : %2
</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Run the model checks. Prints one line per finding; exits with 1 when any finding is an error.</source>
        <translation>Lancer les vérifications du modèle. Affiche une ligne par constat ; se termine avec le code 1 si un constat est une erreur.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Check a board.</source>
        <translation>Vérifier un tableau.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Only this area (repeatable): %1.</source>
        <translation>Uniquement cette catégorie de vérifications (répétable) : %1.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>AREA</source>
        <translation>AREA</translation>
    </message>
    <message>
        <location line="+11" />
        <source>seams check: unknown area "%1" (areas: %2).
</source>
        <translation>seams check: catégorie inconnue « %1 » (catégories : %2).
</translation>
    </message>
    <message>
        <location line="+34" />
        <source>%1: %2, %3
</source>
        <translation>%1: %2, %3
</translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n erreur</numerusform>
            <numerusform>%n erreurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n avertissement</numerusform>
            <numerusform>%n avertissements</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/cliexport.cpp" line="-37" />
        <location line="+10" />
        <source>cannot write %1: %2</source>
        <translation>impossible d'écrire %1 : %2</translation>
    </message>
    <message>
        <location line="+20" />
        <source>Export a board. Formats: %1. Folder-shaped formats need -o DIR; the others write to -o FILE or to standard output. The same board always gives the same bytes.</source>
        <translation>Exporter un tableau. Formats : %1. Les formats qui produisent un dossier exigent -o DIR ; les autres écrivent dans -o FILE ou sur la sortie standard. Un même tableau donne toujours les mêmes octets.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Export a board.</source>
        <translation>Exporter un tableau.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>One of: %1.</source>
        <translation>L'un des formats : %1.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Output file or folder ("-" or absent: standard output, for single-file formats).</source>
        <translation>Fichier ou dossier de sortie (« - » ou absent : sortie standard, pour les formats à fichier unique).</translation>
    </message>
    <message>
        <location line="+2" />
        <source>OUT</source>
        <translation>OUT</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Export the state after migration wave N.</source>
        <translation>Exporter l'état après la vague de migration N.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Gateway listen address (default: the board's, :8000).</source>
        <translation>Adresse d'écoute de la passerelle (par défaut : celle du tableau, :8000).</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ADDR:PORT</source>
        <translation>ADDR:PORT</translation>
    </message>
    <message>
        <location line="+2" />
        <source>SQL dialect: postgres, mariadb or sqlite.</source>
        <translation>Dialecte SQL : postgres, mariadb ou sqlite.</translation>
    </message>
    <message>
        <location line="+0" />
        <source>DIALECT</source>
        <translation>DIALECT</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Migration file layout: flyway or golang-migrate.</source>
        <translation>Structure des fichiers de migration : flyway ou golang-migrate.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>LAYOUT</source>
        <translation>LAYOUT</translation>
    </message>
    <message>
        <location line="+8" />
        <source>seams export: expected FORMAT and FILE. Formats: %1. Run "seams help export".
</source>
        <translation>seams export: FORMAT et FILE attendus. Formats : %1. Lancez « seams help export ».
</translation>
    </message>
    <message>
        <location line="+9" />
        <source>seams export: unknown format "%1" (formats: %2).
</source>
        <translation>seams export: format inconnu « %1 » (formats : %2).
</translation>
    </message>
    <message>
        <location line="+12" />
        <source>seams export: format "%1" has no --%2 option.
</source>
        <translation>seams export: le format « %1 » n'a pas d'option --%2.
</translation>
    </message>
    <message>
        <location line="+8" />
        <source>seams export: --wave needs a wave number from 0 to 1000, not "%1".
</source>
        <translation>seams export: --wave attend un numéro de vague de 0 à 1000, pas « %1 ».
</translation>
    </message>
    <message>
        <location line="+11" />
        <source>seams export: %1: %2.
</source>
        <translation>seams export: %1: %2.
</translation>
    </message>
    <message>
        <location line="+7" />
        <source>seams export: format "%1" writes a folder; give it with -o DIR.
</source>
        <translation>seams export: le format « %1 » écrit un dossier ; indiquez-le avec -o DIR.
</translation>
    </message>
    <message>
        <location line="+4" />
        <source>seams export: %1 is a folder; format "%2" writes one file.
</source>
        <translation>seams export: %1 est un dossier ; le format « %2 » écrit un seul fichier.
</translation>
    </message>
    <message>
        <location line="+17" />
        <source>seams export: %1 not written: fix the errors above first.
</source>
        <translation>seams export: %1 non écrit : corrigez d'abord les erreurs ci-dessus.
</translation>
    </message>
    <message>
        <location line="+14" />
        <source>seams export: %1: %2
</source>
        <translation>seams export: %1: %2
</translation>
    </message>
    <message>
        <location line="+4" />
        <source>seams export: %1
</source>
        <translation>seams export: %1
</translation>
    </message>
</context>
<context>
    <name>Seams::Commands</name>
    <message numerus="yes">
        <location filename="../core/commands/moveitems.cpp" line="+28" />
        <source>Move %n note(s)</source>
        <translation>
            <numerusform>Déplacer %n note</numerusform>
            <numerusform>Déplacer %n notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>Move %n item(s)</source>
        <translation>
            <numerusform>Déplacer %n élément</numerusform>
            <numerusform>Déplacer %n éléments</numerusform>
        </translation>
    </message>
    <message>
        <location line="+33" />
        <source>Rename board</source>
        <translation>Renommer le tableau</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Change board settings</source>
        <translation>Modifier les paramètres du tableau</translation>
    </message>
</context>
<context>
    <name>Seams::ContextMap</name>
    <message>
        <location filename="../core/analysis/contextmap.cpp" line="+35" />
        <source>%1 · wave %2</source>
        <translation>%1 · vague %2</translation>
    </message>
    <message>
        <location line="+34" />
        <source>(unnamed)</source>
        <translation>(sans nom)</translation>
    </message>
    <message>
        <location line="+46" />
        <source>Context map</source>
        <translation>Carte des contextes</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1: context map</source>
        <translation>%1 : carte des contextes</translation>
    </message>
    <message>
        <location line="+20" />
        <source>Monolith</source>
        <translation>Monolithe</translation>
    </message>
</context>
<context>
    <name>Seams::ContextMapExporter</name>
    <message>
        <location filename="../core/export/contextmapexporter.cpp" line="+24" />
        <source>Context map (Graphviz DOT)</source>
        <translation>Carte des contextes (Graphviz DOT)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Context map (SVG)</source>
        <translation>Carte des contextes (SVG)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Context map (PNG)</source>
        <translation>Carte des contextes (PNG)</translation>
    </message>
    <message>
        <location line="+19" />
        <source>Graphviz could not draw the context map: %1</source>
        <translation>Graphviz n'a pas pu dessiner la carte des contextes : %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>no output</source>
        <translation>aucune sortie</translation>
    </message>
</context>
<context>
    <name>Seams::ContextMapView</name>
    <message>
        <location filename="../app/contextmapview.cpp" line="+91" />
        <source>Graphviz drew nothing.</source>
        <translation>Graphviz n'a rien dessiné.</translation>
    </message>
</context>
<context>
    <name>Seams::ContractRules</name>
    <message>
        <location filename="../core/analysis/contractrules.cpp" line="+35" />
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 %2 in %3</source>
        <translation>%1 %2 dans %3</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="+20" />
        <source>The HTTP path %1 of %2 is not a clean URL path; the contract uses %3.</source>
        <translation>Le chemin HTTP %1 de %2 n'est pas un chemin d'URL propre ; le contrat utilise %3.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>%1 has the path %2, outside the context's route prefixes (%3): the gateway will not route it to the service.</source>
        <translation>%1 a le chemin %2, hors des préfixes de route du contexte (%3) : la passerelle ne le routera pas vers le service.</translation>
    </message>
    <message>
        <location line="+24" />
        <source>%1 has no HTTP shape: its text starts with no verb the conventions know (docs/http-conventions.md) and it has no method or path override.</source>
        <translation>%1 n'a pas de forme HTTP : son texte ne commence par aucun verbe connu des conventions (docs/http-conventions.md) et n'a ni méthode ni chemin explicites.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>%1 overrides the HTTP method with %2; use GET, POST, PUT, PATCH or DELETE.</source>
        <translation>%1 impose la méthode HTTP %2 ; utilisez GET, POST, PUT, PATCH ou DELETE.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>%1 has no name to build a path from, so the contract leaves it out; give it a name or a path override.</source>
        <translation>%1 n'a pas de nom d'où tirer un chemin, donc le contrat l'omet ; donnez-lui un nom ou un chemin explicite.</translation>
    </message>
    <message>
        <location line="+33" />
        <source>%1 operations are all %2 %3: %4. Rename one or give it an HTTP override.</source>
        <translation>%1 opérations ont toutes la forme %2 %3 : %4. Renommez-en une ou donnez-lui une opération HTTP explicite.</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Field %1 of %2 is called %3 in the contracts: JSON Schema tools take names starting with “$” for references.</source>
        <translation>Le champ %1 de %2 s'appelle %3 dans les contrats : les outils JSON Schema prennent les noms commençant par « $ » pour des références.</translation>
    </message>
    <message>
        <location line="+19" />
        <source>%1 belongs to no bounded context, so no AsyncAPI document publishes it.</source>
        <translation>%1 n'appartient à aucun contexte borné, donc aucun document AsyncAPI ne le publie.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1 belongs to no bounded context, so no OpenAPI document offers it.</source>
        <translation>%1 n'appartient à aucun contexte borné, donc aucun document OpenAPI ne l'expose.</translation>
    </message>
    <message>
        <location line="+18" />
        <source>%1 domain events would all publish on the channel %2: %3. Rename one.</source>
        <translation>%1 événements métier publieraient tous sur le canal %2 : %3. Renommez-en un.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>%1 reacts to %2, but no relationship with events sync has %3 upstream of it; its AsyncAPI document leaves the event out until the context map says so.</source>
        <translation>%1 réagit à %2, mais aucune relation synchronisée par événements ne le place en aval de %3 ; son document AsyncAPI omet l'événement tant que la carte des contextes ne l'indique pas.</translation>
    </message>
</context>
<context>
    <name>Seams::DatabaseRules</name>
    <message numerus="yes">
        <location filename="../core/analysis/databaserules.cpp" line="+38" />
        <source> and %n more</source>
        <translation>
            <numerusform> et %n autre</numerusform>
            <numerusform> et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <location line="+35" />
        <source>Aggregate %1 appears in %2: one context should own its data and the others refer to it by id, or their databases become one shared database.</source>
        <translation>L'agrégat %1 apparaît dans %2 : un seul contexte devrait posséder ses données et les autres s'y référer par identifiant, sinon leurs bases de données n'en forment plus qu'une, partagée.</translation>
    </message>
    <message>
        <location line="+27" />
        <source>Contexts %1 all use the database %2: each service needs its own database.</source>
        <translation>Les contextes %1 utilisent tous la base de données %2 : chaque service a besoin de sa propre base.</translation>
    </message>
    <message>
        <location line="+32" />
        <source>Field %1 of %2 in %3 refers to %4 in %5, but no relationship connects the two contexts: nothing says how that data is kept in sync.</source>
        <translation>Le champ %1 de %2 dans %3 fait référence à %4 dans %5, mais aucune relation ne relie les deux contextes : rien n'indique comment ces données restent synchronisées.</translation>
    </message>
</context>
<context>
    <name>Seams::Document</name>
    <message numerus="yes">
        <location filename="../core/commands/document.cpp" line="+186" />
        <location line="+163" />
        <source>Change context of %n note(s)</source>
        <translation>
            <numerusform>Changer le contexte de %n note</numerusform>
            <numerusform>Changer le contexte de %n notes</numerusform>
        </translation>
    </message>
    <message>
        <location line="-152" />
        <source>Add %1</source>
        <translation>Ajouter « %1 »</translation>
    </message>
    <message numerus="yes">
        <location line="+56" />
        <source>Delete %n note(s)</source>
        <translation>
            <numerusform>Supprimer %n note</numerusform>
            <numerusform>Supprimer %n notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+34" />
        <source>Move %n note(s)</source>
        <translation>
            <numerusform>Déplacer %n note</numerusform>
            <numerusform>Déplacer %n notes</numerusform>
        </translation>
    </message>
    <message>
        <location line="+27" />
        <source>Resize note</source>
        <translation>Redimensionner la note</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Edit text</source>
        <translation>Modifier le texte</translation>
    </message>
    <message numerus="yes">
        <location line="+13" />
        <source>Make %n note(s) %1</source>
        <translation>
            <numerusform>Passer %n note en « %1 »</numerusform>
            <numerusform>Passer %n notes en « %1 »</numerusform>
        </translation>
    </message>
    <message>
        <location line="+22" />
        <source>Edit fields</source>
        <translation>Modifier les champs</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Change HTTP operation</source>
        <translation>Changer l'opération HTTP</translation>
    </message>
    <message numerus="yes">
        <location line="+20" />
        <source>Bring %n note(s) to front</source>
        <translation>
            <numerusform>Mettre %n note au premier plan</numerusform>
            <numerusform>Mettre %n notes au premier plan</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>Send %n note(s) to back</source>
        <translation>
            <numerusform>Mettre %n note à l'arrière-plan</numerusform>
            <numerusform>Mettre %n notes à l'arrière-plan</numerusform>
        </translation>
    </message>
    <message>
        <location line="+22" />
        <source>Add context %1</source>
        <translation>Ajouter le contexte %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Add context</source>
        <translation>Ajouter un contexte</translation>
    </message>
    <message numerus="yes">
        <location line="+24" />
        <source>Delete %n context(s)</source>
        <translation>
            <numerusform>Supprimer %n contexte</numerusform>
            <numerusform>Supprimer %n contextes</numerusform>
        </translation>
    </message>
    <message>
        <location line="+45" />
        <location line="+4" />
        <source>Resize context</source>
        <translation>Redimensionner le contexte</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Rename context</source>
        <translation>Renommer le contexte</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Change context colour</source>
        <translation>Changer la couleur du contexte</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Change handoff settings</source>
        <translation>Modifier les paramètres de passation</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Add arrow</source>
        <translation>Ajouter une flèche</translation>
    </message>
    <message numerus="yes">
        <location line="+14" />
        <source>Delete %n arrow(s)</source>
        <translation>
            <numerusform>Supprimer %n flèche</numerusform>
            <numerusform>Supprimer %n flèches</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10" />
        <source>Change arrow label</source>
        <translation>Changer le libellé de la flèche</translation>
    </message>
    <message>
        <location line="+22" />
        <source>Add relationship</source>
        <translation>Ajouter une relation</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Change relationship</source>
        <translation>Modifier la relation</translation>
    </message>
    <message numerus="yes">
        <location line="+14" />
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
        <location filename="../core/analysis/dotimport.cpp" line="+392" />
        <source>%1 holds no .dot files</source>
        <translation>%1 ne contient aucun fichier .dot</translation>
    </message>
    <message>
        <location line="+7" />
        <source>%1 is too large to analyse (%2 MB; the limit is %3 MB)</source>
        <translation>%1 est trop volumineux pour être analysé (%2 Mo ; la limite est de %3 Mo)</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Reading the dependency graph</source>
        <translation>Lecture du graphe de dépendances</translation>
    </message>
    <message>
        <location line="+7" />
        <location line="+26" />
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1 : %2</translation>
    </message>
    <message>
        <location line="-9" />
        <source>canceled</source>
        <translation>annulé</translation>
    </message>
</context>
<context>
    <name>Seams::ExportController</name>
    <message numerus="yes">
        <location filename="../app/exportcontroller.cpp" line="+157" />
        <source>%1 is a binary file (%n byte(s)): save it to open it.</source>
        <translation>
            <numerusform>%1 est un fichier binaire (%n octet) : enregistrez-le pour l'ouvrir.</numerusform>
            <numerusform>%1 est un fichier binaire (%n octets) : enregistrez-le pour l'ouvrir.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+58" />
        <source>Fix the errors listed in the dialog first.</source>
        <translation>Corrigez d'abord les erreurs listées dans la fenêtre.</translation>
    </message>
    <message>
        <location line="+11" />
        <location line="+7" />
        <source>cannot write %1: %2</source>
        <translation>impossible d'écrire %1 : %2</translation>
    </message>
</context>
<context>
    <name>Seams::Exporter</name>
    <message>
        <location filename="../core/export/exporter.cpp" line="+14" />
        <source>cannot write: %1</source>
        <translation>impossible d'écrire : %1</translation>
    </message>
    <message>
        <location line="+10" />
        <location line="+52" />
        <location line="+15" />
        <source>cannot write %1: %2</source>
        <translation>impossible d'écrire %1 : %2</translation>
    </message>
    <message>
        <location line="-28" />
        <source>refusing to write outside %1: %2</source>
        <translation>écriture hors de %1 refusée : %2</translation>
    </message>
    <message>
        <location line="+7" />
        <source>cannot create the folder of %1</source>
        <translation>impossible de créer le dossier de %1</translation>
    </message>
</context>
<context>
    <name>Seams::Gateway</name>
    <message>
        <location filename="../core/export/gatewayroutes.cpp" line="+99" />
        <source>it is empty</source>
        <translation>il est vide</translation>
    </message>
    <message>
        <location line="+2" />
        <source>it contains a wildcard "*": prefixes already match everything below them</source>
        <translation>il contient un joker « * » : un préfixe couvre déjà tout ce qui se trouve en dessous</translation>
    </message>
    <message>
        <location line="+3" />
        <source>it contains a query or fragment ("?" or "#"): gateways route on the path</source>
        <translation>il contient une requête ou un fragment (« ? » ou « # ») : les passerelles routent sur le chemin</translation>
    </message>
    <message>
        <location line="+3" />
        <source>it contains white space</source>
        <translation>il contient des espaces</translation>
    </message>
    <message>
        <location line="+2" />
        <source>it does not start with "/"</source>
        <translation>il ne commence pas par « / »</translation>
    </message>
    <message>
        <location line="+2" />
        <source>it ends with "/": write it without, it matches on segment boundaries</source>
        <translation>il se termine par « / » : écrivez-le sans, la correspondance se fait par segments entiers</translation>
    </message>
    <message>
        <location line="+2" />
        <source>it is the API base path itself, which would leave nothing to the monolith</source>
        <translation>c'est le chemin de base de l'API lui-même, ce qui ne laisserait rien au monolithe</translation>
    </message>
    <message>
        <location line="+3" />
        <source>it is not under the API base path %1</source>
        <translation>il n'est pas sous le chemin de base de l'API %1</translation>
    </message>
    <message>
        <location line="+4" />
        <source>it has an empty segment ("//")</source>
        <translation>il contient un segment vide (« // »)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>it has a "." or ".." segment</source>
        <translation>il contient un segment « . » ou « .. »</translation>
    </message>
    <message>
        <location line="+3" />
        <source>it contains "%1"; use letters, digits, "-", ".", "_" and "~" between slashes</source>
        <translation>il contient « %1 » ; utilisez des lettres, des chiffres, « - », « . », « _ » et « ~ » entre les barres obliques</translation>
    </message>
    <message>
        <location line="+16" />
        <source>"%1" is not of the form http://host:port (no path, user or query)</source>
        <translation>« %1 » n'est pas de la forme http://hôte:port (sans chemin, utilisateur ni requête)</translation>
    </message>
    <message>
        <location line="+7" />
        <source>"%1" must use http or https</source>
        <translation>« %1 » doit utiliser http ou https</translation>
    </message>
    <message>
        <location line="+10" />
        <source>"%1" has no valid port (1 to 65535)</source>
        <translation>« %1 » n'a pas de port valide (1 à 65535)</translation>
    </message>
    <message>
        <location line="+22" />
        <source>listen address "%1" is not of the form :PORT or HOST:PORT (port 1 to 65535)</source>
        <translation>l'adresse d'écoute « %1 » n'est pas de la forme :PORT ou HÔTE:PORT (port de 1 à 65535)</translation>
    </message>
    <message>
        <location line="+23" />
        <source>resolver "%1" is not an IPv4 address with an optional port</source>
        <translation>le résolveur « %1 » n'est pas une adresse IPv4 avec un port facultatif</translation>
    </message>
    <message>
        <location line="+51" />
        <source>API gateway for the board "%1", generated by Seams.</source>
        <translation>Passerelle d'API du tableau « %1 », générée par Seams.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Routes as they should be after migration wave %1.</source>
        <translation>Routes telles qu'elles devraient être après la vague de migration %1.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Routes for the contexts being extracted or extracted.</source>
        <translation>Routes des contextes en cours d'extraction ou extraits.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>  %1 -&gt; %2 (%3, %4, wave %5): %6</source>
        <translation>  %1 -&gt; %2 (%3, %4, vague %5) : %6</translation>
    </message>
    <message>
        <location line="+6" />
        <source>  everything else under %1 -&gt; monolith (%2)</source>
        <translation>  tout le reste sous %1 -&gt; monolithe (%2)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Prefixes match on segment boundaries, the longest first; paths reach the upstreams unchanged; other paths get 404.</source>
        <translation>Les préfixes correspondent par segments entiers, le plus long d'abord ; les chemins parviennent inchangés aux serveurs amont ; les autres chemins reçoivent une 404.</translation>
    </message>
    <message>
        <location line="+17" />
        <source>The board setting %1 must be an absolute path of letters, digits and "._/+-", not "%2".</source>
        <translation>Le paramètre de tableau %1 doit être un chemin absolu fait de lettres, de chiffres et de « ._/+- », pas « %2 ».</translation>
    </message>
    <message>
        <location line="+12" />
        <source>The board setting %1 is invalid: %2.</source>
        <translation>Le paramètre de tableau %1 est invalide : %2.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>The API base path "%1" is invalid: %2.</source>
        <translation>Le chemin de base de l'API « %1 » est invalide : %2.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>The gateway cannot listen there: %1.</source>
        <translation>La passerelle ne peut pas écouter à cette adresse : %1.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>The monolith upstream is invalid: %1.</source>
        <translation>L'URL amont du monolithe est invalide : %1.</translation>
    </message>
    <message>
        <location line="+4" />
        <location line="+5" />
        <source>the monolith</source>
        <translation>le monolithe</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Contexts %1 and %2 both get the service name "%3".</source>
        <translation>Les contextes %1 et %2 reçoivent tous deux le nom de service « %3 ».</translation>
    </message>
    <message>
        <location line="+8" />
        <source>The upstream of context %1 is invalid: %2.</source>
        <translation>L'URL amont du contexte %1 est invalide : %2.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>The route prefix "%1" of context %2 is invalid: %3.</source>
        <translation>Le préfixe de route « %1 » du contexte %2 est invalide : %3.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Contexts %1 and %2 both claim the route prefix "%3".</source>
        <translation>Les contextes %1 et %2 revendiquent tous deux le préfixe de route « %3 ».</translation>
    </message>
</context>
<context>
    <name>Seams::GatewayRules</name>
    <message>
        <location filename="../core/analysis/gatewayrules.cpp" line="+41" />
        <source>The API base path %1 is invalid: %2.</source>
        <translation>Le chemin de base de l'API %1 est invalide : %2.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The gateway's %1.</source>
        <translation>Passerelle : %1.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The monolith upstream %1 is invalid: %2.</source>
        <translation>L'URL amont du monolithe %1 est invalide : %2.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>The board setting %1 is invalid: %2.</source>
        <translation>Le paramètre de tableau %1 est invalide : %2.</translation>
    </message>
    <message>
        <location line="+21" />
        <source>The route prefix %1 of context %2 is invalid: %3.</source>
        <translation>Le préfixe de route %1 du contexte %2 est invalide : %3.</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Context %1 lists the route prefix %2 twice; the second can never be reached.</source>
        <translation>Le contexte %1 liste deux fois le préfixe de route %2 ; le second ne peut jamais être atteint.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Contexts %1 and %2 both claim the route prefix %3.</source>
        <translation>Les contextes %1 et %2 revendiquent tous deux le préfixe de route %3.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The route prefixes %1 of context %2 and %3 of context %4 differ only in case: where paths match case-insensitively one of them is unreachable.</source>
        <translation>Les préfixes de route %1 du contexte %2 et %3 du contexte %4 ne diffèrent que par la casse : là où les chemins sont comparés sans tenir compte de la casse, l'un d'eux est inaccessible.</translation>
    </message>
    <message>
        <location line="+20" />
        <source>The upstream of context %1 is invalid: %2.</source>
        <translation>L'URL amont du contexte %1 est invalide : %2.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>The service name of context %1 becomes "%2", the name of the monolith's fallback service.</source>
        <translation>Le nom de service du contexte %1 devient « %2 », le nom du service de repli du monolithe.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The service names of contexts %1 and %2 both become "%3" in gateway configs.</source>
        <translation>Les noms de service des contextes %1 et %2 deviennent tous deux « %3 » dans les configurations de passerelle.</translation>
    </message>
</context>
<context>
    <name>Seams::GraphLayouter</name>
    <message>
        <location filename="../core/analysis/graphlayout.cpp" line="-101" />
        <source>Laying out the graph</source>
        <translation>Disposition du graphe</translation>
    </message>
</context>
<context>
    <name>Seams::HaproxyExporter</name>
    <message>
        <location filename="../core/export/haproxyexporter.cpp" line="+78" />
        <source>HAProxy enforces all of it: routes, X-Trace-Id, JWT and rate limiting as the board says.</source>
        <translation>HAProxy applique tout : routes, X-Trace-Id, JWT et limitation de débit, comme le tableau l'indique.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>JWT: HS256 tokens verified with the secret in the environment variable %1 (HAProxy refuses every request while it is unset or empty). Board setting %2 = a PEM public key path switches to RS256.</source>
        <translation>JWT : jetons HS256 vérifiés avec le secret de la variable d'environnement %1 (HAProxy refuse toute requête tant qu'elle est absente ou vide). Renseigner le paramètre de tableau %2 avec le chemin d'une clé publique PEM fait passer en RS256.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>One secret for all clients: unlike Kong, the "kid" claim selects no key.</source>
        <translation>Un seul secret pour tous les clients : contrairement à Kong, le claim « kid » ne sélectionne aucune clé.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>JWT: RS256 tokens verified with the public key %1 (it must exist when HAProxy starts).</source>
        <translation>JWT : jetons RS256 vérifiés avec la clé publique %1 (elle doit exister au démarrage de HAProxy).</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Servers are resolved at run time through %1 (board setting %2).</source>
        <translation>Les serveurs sont résolus à l'exécution via %1 (paramètre de tableau %2).</translation>
    </message>
    <message>
        <location filename="../core/export/haproxyexporter.h" line="+18" />
        <source>HAProxy configuration</source>
        <translation>Configuration HAProxy</translation>
    </message>
</context>
<context>
    <name>Seams::JsonExporter</name>
    <message>
        <location filename="../core/export/jsonexporter.h" line="+14" />
        <source>Board as JSON</source>
        <translation>Tableau en JSON</translation>
    </message>
</context>
<context>
    <name>Seams::KongExporter</name>
    <message>
        <location filename="../core/export/kongexporter.cpp" line="+101" />
        <source>Kong listens where kong.conf says: proxy_listen = %1.</source>
        <translation>Kong écoute là où kong.conf l'indique : proxy_listen = %1.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Routes use regex paths so that a prefix matches on segment boundaries only.</source>
        <translation>Les routes utilisent des chemins regex pour qu'un préfixe ne corresponde que par segments entiers.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The jwt plugin needs consumers with jwt credentials whose key is the token's "kid" claim.</source>
        <translation>Le plugin jwt a besoin de consumers Kong avec des identifiants jwt dont la clé est le claim « kid » du jeton.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Rate limiting is off on this board.</source>
        <translation>La limitation de débit est désactivée sur ce tableau.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>cannot write the Kong configuration: %1</source>
        <translation>impossible d'écrire la configuration Kong : %1</translation>
    </message>
    <message>
        <location filename="../core/export/kongexporter.h" line="+17" />
        <source>Kong declarative config</source>
        <translation>Configuration déclarative Kong</translation>
    </message>
</context>
<context>
    <name>Seams::ModelRules</name>
    <message>
        <location filename="../core/analysis/modelrules.cpp" line="+30" />
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 %2 in %3</source>
        <translation>%1 %2 dans %3</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="+16" />
        <source>A bounded context has no name.</source>
        <translation>Un contexte borné n'a pas de nom.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Two bounded contexts are both named %1.</source>
        <translation>Deux contextes bornés portent le même nom %1.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Context %1 is %2 but has no migration wave.</source>
        <translation>Le contexte %1 est %2 mais n'a pas de vague de migration.</translation>
    </message>
    <message>
        <location line="+14" />
        <source>%1 has a field without a name.</source>
        <translation>%1 a un champ sans nom.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>%1 has two fields named %2.</source>
        <translation>%1 a deux champs nommés %2.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Field %1 of %2 is an enumeration without values.</source>
        <translation>Le champ %1 de %2 est une énumération sans valeurs.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Field %1 of %2 refers to no aggregate.</source>
        <translation>Le champ %1 de %2 ne fait référence à aucun agrégat.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>%1 has fields, but only aggregates and domain events use them.</source>
        <translation>%1 a des champs, mais seuls les agrégats et les événements métier en utilisent.</translation>
    </message>
    <message>
        <location line="+14" />
        <source>A %1 note has no text.</source>
        <translation>Une note « %1 » n'a pas de texte.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>%1 belongs to no bounded context.</source>
        <translation>%1 n'appartient à aucun contexte borné.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Open hotspot: %1.</source>
        <translation>%1 : non résolu.</translation>
    </message>
</context>
<context>
    <name>Seams::ModuleInput</name>
    <message>
        <location filename="../core/analysis/moduleinput.cpp" line="+37" />
        <source>%1 does not exist</source>
        <translation>%1 n'existe pas</translation>
    </message>
</context>
<context>
    <name>Seams::ModuleRules</name>
    <message>
        <location filename="../core/analysis/modulerules.cpp" line="+51" />
        <source>%1 must be a list of {"pattern", "context"} objects</source>
        <translation>%1 doit être une liste d'objets {"pattern", "context"}</translation>
    </message>
    <message>
        <location line="+11" />
        <source>%1[%2]: "pattern" and "context" must be non-empty strings</source>
        <translation>%1[%2] : "pattern" et "context" doivent être des chaînes non vides</translation>
    </message>
    <message>
        <location line="+29" />
        <source>"%1" is not a rule: write PATTERN = CONTEXT, e.g. app.orders.* = Order Context</source>
        <translation>« %1 » n'est pas une règle : écrivez MOTIF = CONTEXTE, p. ex. app.orders.* = Order Context</translation>
    </message>
    <message>
        <location line="+9" />
        <source>"%1" needs both a pattern and a context name</source>
        <translation>« %1 » doit comporter à la fois un motif et un nom de contexte</translation>
    </message>
</context>
<context>
    <name>Seams::NginxExporter</name>
    <message>
        <location filename="../core/export/nginxexporter.cpp" line="+37" />
        <source>NOT ENFORCED by nginx:</source>
        <translation>NON APPLIQUÉ par nginx :</translation>
    </message>
    <message>
        <location line="+1" />
        <source>  JWT verification: open source nginx cannot verify tokens (auth_jwt is NGINX Plus only); requests pass unverified, so verify them in the services or put a verifying gateway in front.</source>
        <translation>  Vérification JWT : nginx open source ne sait pas vérifier les jetons (auth_jwt est réservé à NGINX Plus) ; les requêtes passent sans vérification, vérifiez-les donc dans les services ou placez devant une passerelle qui les vérifie.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>  (nothing: JWT is off on this board)</source>
        <translation>  (rien : JWT est désactivé sur ce tableau)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Run without root: nginx -p DIR -c DIR/nginx.conf (pid and temp files go to DIR).</source>
        <translation>Lancement sans root : nginx -p DIR -c DIR/nginx.conf (le pid et les fichiers temporaires vont dans DIR).</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Upstream names are resolved per request through the resolver %1 (board setting %2).</source>
        <translation>Les noms des serveurs amont sont résolus à chaque requête via le résolveur %1 (paramètre de tableau %2).</translation>
    </message>
    <message>
        <location filename="../core/export/nginxexporter.h" line="+19" />
        <source>nginx configuration</source>
        <translation>Configuration nginx</translation>
    </message>
</context>
<context>
    <name>Seams::OpenApiExporter</name>
    <message>
        <location filename="../core/export/openapiexporter.cpp" line="+101" />
        <source>cannot write the contract of %1: %2</source>
        <translation>impossible d'écrire le contrat de %1 : %2</translation>
    </message>
    <message>
        <location filename="../core/export/openapiexporter.h" line="+19" />
        <source>OpenAPI 3.1 contracts</source>
        <translation>Contrats OpenAPI 3.1</translation>
    </message>
</context>
<context>
    <name>Seams::Partition</name>
    <message>
        <location filename="../core/analysis/partition.cpp" line="+53" />
        <source>Finding candidate services</source>
        <translation>Recherche des services candidats</translation>
    </message>
    <message>
        <location line="+15" />
        <source>canceled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <location line="+54" />
        <source>The clustering runs disagreed (weak structure): the best single run is used instead of their consensus.</source>
        <translation>Les passes de partitionnement divergent (structure faible) : la meilleure passe est utilisée à la place de leur consensus.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>%n module(s) left alone joined the group they depend on most.</source>
        <translation>Modules isolés rattachés au groupe dont ils dépendent le plus : %n.</translation>
    </message>
    <message>
        <location line="+32" />
        <source>One group holds %1 of %2 connected modules and does not split further: its modules all depend on each other.</source>
        <translation>Un groupe contient %1 des %2 modules connectés et ne se divise pas davantage : ses modules dépendent tous les uns des autres.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>A group holding more than half of the connected modules was split at a higher resolution.</source>
        <translation>Un groupe contenant plus de la moitié des modules connectés a été divisé à une résolution plus élevée.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>%n module(s) without any dependency were put in one "unconnected" group.</source>
        <translation>Modules sans aucune dépendance, placés dans un groupe « modules non connectés » : %n.</translation>
    </message>
</context>
<context>
    <name>Seams::Preferences</name>
    <message>
        <location filename="../app/preferences.cpp" line="+123" />
        <source>System language</source>
        <translation>Langue du système</translation>
    </message>
</context>
<context>
    <name>Seams::ProjectFile</name>
    <message>
        <location filename="../core/storage/projectfile.cpp" line="+333" />
        <source>%1 cannot be opened: %2.</source>
        <translation>Impossible d'ouvrir %1 : %2.</translation>
    </message>
    <message>
        <location line="-240" />
        <location line="+251" />
        <location line="+31" />
        <source>%1 cannot be read: %2.</source>
        <translation>Impossible de lire %1 : %2.</translation>
    </message>
    <message>
        <location line="-317" />
        <location line="+66" />
        <source>%1 is an SQLite database, but not a Seams board.</source>
        <translation>%1 est une base de données SQLite, mais pas un tableau Seams.</translation>
    </message>
    <message>
        <location line="-63" />
        <source>%1 was saved by a newer version of Seams (file format %2; this version reads formats up to %3). Update Seams to open it.</source>
        <translation>%1 a été enregistré par une version plus récente de Seams (format de fichier %2 ; cette version lit les formats jusqu'au %3). Mettez Seams à jour pour l'ouvrir.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>%1 is not a Seams board: it carries no format version.</source>
        <translation>%1 n'est pas un tableau Seams : il ne porte aucune version de format.</translation>
    </message>
    <message>
        <location line="+17" />
        <source>%1: no such file.</source>
        <translation>%1 : fichier introuvable.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1 is a folder, not a board file.</source>
        <translation>%1 est un dossier, pas un fichier de tableau.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>%1 is empty; it is not a Seams board.</source>
        <translation>%1 est vide ; ce n'est pas un tableau Seams.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>%1 is not a Seams board: it is not an SQLite database.</source>
        <translation>%1 n'est pas un tableau Seams : ce n'est pas une base de données SQLite.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>%1 is damaged: the file is truncated (%2 bytes, shorter than the database header).</source>
        <translation>%1 est endommagé : le fichier est tronqué (%2 octets, moins que l'en-tête de la base de données).</translation>
    </message>
    <message>
        <location line="+14" />
        <source>%1 is damaged: its header is corrupt.</source>
        <translation>%1 est endommagé : son en-tête est corrompu.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>%1 is damaged: the file is truncated (%2 of %3 bytes).</source>
        <translation>%1 est endommagé : le fichier est tronqué (%2 octets sur %3).</translation>
    </message>
    <message>
        <location line="+74" />
        <source>its unfinished last change cannot be rolled back in a temporary copy</source>
        <translation>sa dernière modification inachevée ne peut pas être annulée dans une copie temporaire</translation>
    </message>
    <message>
        <location line="+146" />
        <source>%1 is damaged (%2).</source>
        <translation>%1 est endommagé (%2).</translation>
    </message>
    <message>
        <location line="+30" />
        <source>%1 could not be upgraded from file format %2: %3.</source>
        <translation>Impossible de mettre à niveau %1 depuis le format de fichier %2 : %3.</translation>
    </message>
    <message>
        <location line="+19" />
        <source>%1 already exists.</source>
        <translation>%1 existe déjà.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>%1 is a folder.</source>
        <translation>%1 est un dossier.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>%1 cannot be written: %2.</source>
        <translation>Impossible d'écrire %1 : %2.</translation>
    </message>
    <message>
        <location line="+25" />
        <location line="+284" />
        <source>the existing file cannot be replaced</source>
        <translation>le fichier existant ne peut pas être remplacé</translation>
    </message>
    <message>
        <location line="-282" />
        <location line="+287" />
        <source>the file cannot be moved into place</source>
        <translation>le fichier ne peut pas être mis en place</translation>
    </message>
    <message>
        <location line="-228" />
        <source>the file was opened read-only</source>
        <translation>le fichier a été ouvert en lecture seule</translation>
    </message>
    <message>
        <location filename="../core/storage/projectfilereader.cpp" line="+34" />
        <source>unexpected structure (%1)</source>
        <translation>structure inattendue (%1)</translation>
    </message>
    <message>
        <location line="+25" />
        <source>%1 is damaged: table "%2", row %3: %4.</source>
        <translation>%1 est endommagé : table « %2 », ligne %3 : %4.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>%1 is damaged: table "%2": %3.</source>
        <translation>%1 est endommagé : table « %2 » : %3.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>column "%1" is not text</source>
        <translation>la colonne « %1 » n'est pas du texte</translation>
    </message>
    <message>
        <location line="+12" />
        <source>column "%1" is not a valid id</source>
        <translation>la colonne « %1 » n'est pas un identifiant valide</translation>
    </message>
    <message>
        <location line="+8" />
        <source>column "%1" is not a number</source>
        <translation>la colonne « %1 » n'est pas un nombre</translation>
    </message>
    <message>
        <location line="+9" />
        <source>column "%1" is not a whole number</source>
        <translation>la colonne « %1 » n'est pas un nombre entier</translation>
    </message>
    <message>
        <location line="+11" />
        <source>position or size out of range</source>
        <translation>position ou taille hors limites</translation>
    </message>
    <message>
        <location line="+12" />
        <source>unknown %1 "%2"</source>
        <translation>valeur inconnue « %2 » pour %1</translation>
    </message>
    <message>
        <location line="+15" />
        <source>column "%1" is not a list of strings</source>
        <translation>la colonne « %1 » n'est pas une liste de chaînes</translation>
    </message>
    <message>
        <location line="+36" />
        <source>setting "%1" is not valid JSON</source>
        <translation>le paramètre « %1 » n'est pas du JSON valide</translation>
    </message>
    <message>
        <location line="+10" />
        <source>%1 is damaged: %2.</source>
        <translation>%1 est endommagé : %2.</translation>
    </message>
    <message>
        <location line="+16" />
        <source>column "color" is not a colour</source>
        <translation>la colonne « color » n'est pas une couleur</translation>
    </message>
    <message>
        <location line="+12" />
        <source>wave out of range</source>
        <translation>vague hors limites</translation>
    </message>
    <message>
        <location line="+2" />
        <location line="+44" />
        <location line="+26" />
        <location line="+23" />
        <source>duplicate id</source>
        <translation>identifiant en double</translation>
    </message>
    <message>
        <location line="-51" />
        <location line="+49" />
        <source>refers to a context that does not exist</source>
        <translation>fait référence à un contexte inexistant</translation>
    </message>
    <message>
        <location line="-38" />
        <source>%1 is damaged: table "fields" has fields of a note that does not exist.</source>
        <translation>%1 est endommagé : la table « fields » contient des champs d'une note inexistante.</translation>
    </message>
    <message>
        <location line="+15" />
        <source>refers to a note that does not exist</source>
        <translation>fait référence à une note inexistante</translation>
    </message>
</context>
<context>
    <name>Seams::SourceScanner</name>
    <message>
        <location filename="../core/analysis/sourcescanner.cpp" line="+54" />
        <location line="+37" />
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1 : %2</translation>
    </message>
    <message>
        <location line="-26" />
        <location line="+92" />
        <source>canceled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <location line="-22" />
        <source>%1 is not a folder</source>
        <translation>%1 n'est pas un dossier</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Listing source files</source>
        <translation>Inventaire des fichiers sources</translation>
    </message>
    <message>
        <location line="+5" />
        <source>%1 holds no Python, Java, JavaScript/TypeScript or C/C++ source files (tests and vendored folders are skipped)</source>
        <translation>%1 ne contient aucun fichier source Python, Java, JavaScript/TypeScript ou C/C++ (les tests et le code tiers embarqué sont ignorés)</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Reading source files</source>
        <translation>Lecture des fichiers sources</translation>
    </message>
</context>
<context>
    <name>Seams::Sql</name>
    <message>
        <location filename="../core/export/sqlreadme.cpp" line="+31" />
        <source>%1, wave %2</source>
        <translation>%1, vague %2</translation>
    </message>
    <message>
        <location line="+46" />
        <source>1. `bootstrap.sql` creates what a migration cannot (it must run outside a transaction). Run it once, as an administrator:

       %1

</source>
        <translation>1. `bootstrap.sql` crée ce qu'une migration ne peut pas créer (il doit s'exécuter hors transaction). Exécutez-le une fois, en tant qu'administrateur :

       %1

</translation>
    </message>
    <message>
        <location line="+4" />
        <source>2. `%1` creates the tables, with %2 or by hand:

       %3
       %4
</source>
        <translation>2. `%1` crée les tables, avec %2 ou à la main :

       %3
       %4
</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Flyway</source>
        <translation>Flyway</translation>
    </message>
    <message>
        <location line="+0" />
        <source>golang-migrate</source>
        <translation>golang-migrate</translation>
    </message>
    <message>
        <location line="+3" />
        <source>
Timestamps are `datetime(6)` in UTC: connect with `SET time_zone = '+00:00'`. UUID columns need MariaDB 10.7 or later.
</source>
        <translation>
Les horodatages sont des `datetime(6)` en UTC : connectez-vous avec `SET time_zone = '+00:00'`. Les colonnes UUID exigent MariaDB 10.7 ou ultérieur.
</translation>
    </message>
    <message>
        <location line="+3" />
        <source>
SQLite enforces the foreign keys only on connections that run `PRAGMA foreign_keys = ON`. Tables are STRICT (SQLite 3.37 or later); timestamps are ISO 8601 text in UTC, decimals are text.
</source>
        <translation>
SQLite n'applique les clés étrangères que sur les connexions qui exécutent `PRAGMA foreign_keys = ON`. Les tables sont STRICT (SQLite 3.37 ou ultérieur) ; les horodatages sont du texte ISO 8601 en UTC, les décimaux sont du texte.
</translation>
    </message>
    <message>
        <location line="+4" />
        <source>
`gen_random_uuid()` needs PostgreSQL 13 or later.
</source>
        <translation>
`gen_random_uuid()` exige PostgreSQL 13 ou ultérieur.
</translation>
    </message>
    <message>
        <location line="+12" />
        <source>%1 is upstream (%2)</source>
        <translation>%1 est en amont (%2)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 is downstream of this context (%2), so the data flows the other way</source>
        <translation>%1 est en aval de ce contexte (%2), les données circulent donc dans l'autre sens</translation>
    </message>
    <message>
        <location line="+4" />
        <source>; no data sync is chosen yet</source>
        <translation> ; aucune synchronisation des données n'est encore choisie</translation>
    </message>
    <message>
        <location line="+3" />
        <source>; kept in sync through a read replica of %1: read-only access during the transition</source>
        <translation> ; synchronisation via une réplique en lecture de %1 : accès en lecture seule pendant la transition</translation>
    </message>
    <message>
        <location line="+3" />
        <source>the monolith's database</source>
        <translation>la base de données du monolithe</translation>
    </message>
    <message>
        <location line="+4" />
        <source>; kept in sync by events: %1 keeps its own copy of what it needs, updated from the events %2 publishes</source>
        <translation> ; synchronisation par événements : %1 garde sa propre copie de ce dont il a besoin, mise à jour à partir des événements publiés par %2</translation>
    </message>
    <message>
        <location line="+5" />
        <source>; looked up through %1's API when needed (fine for low-volume lookups, not for joins)</source>
        <translation> ; consultation via l'API de %1 au besoin (convient aux consultations peu volumineuses, pas aux jointures)</translation>
    </message>
    <message>
        <location line="+16" />
        <source>None: every reference stays inside this database.
</source>
        <translation>Aucune : toutes les références restent dans cette base de données.
</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Foreign keys cannot cross databases: these columns hold plain ids, and the other context's data reaches this one only as described.

</source>
        <translation>Les clés étrangères ne peuvent pas traverser les bases de données : ces colonnes contiennent de simples identifiants, et les données de l'autre contexte n'arrivent dans celui-ci que de la façon décrite.

</translation>
    </message>
    <message>
        <location line="+5" />
        <source>- %1 refers to %2 (%3), an aggregate in no bounded context yet.
</source>
        <translation>- %1 fait référence à %2 (%3), un agrégat qui n'appartient encore à aucun contexte borné.
</translation>
    </message>
    <message>
        <location line="+7" />
        <source>still in the monolith's database</source>
        <translation>encore dans la base de données du monolithe</translation>
    </message>
    <message>
        <location line="+1" />
        <source>- %1 refers to %2 (%3 of %4, %5)</source>
        <translation>- %1 fait référence à %2 (%3 de %4, %5)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>. **No relationship** connects %1 and %2 on the context map: decide how this data is kept in sync.
</source>
        <translation>. **Aucune relation** ne relie %1 et %2 sur la carte des contextes : décidez comment ces données restent synchronisées.
</translation>
    </message>
    <message>
        <location line="+16" />
        <source>This context has no aggregates yet, so its database has no tables.
</source>
        <translation>Ce contexte n'a pas encore d'agrégats, sa base de données n'a donc aucune table.
</translation>
    </message>
    <message>
        <location line="+1" />
        <source>| Table | Aggregate | Columns |
|---|---|---|
</source>
        <translation>| Table | Agrégat | Colonnes |
|---|---|---|
</translation>
    </message>
    <message>
        <location line="+7" />
        <source>(outbox)</source>
        <translation>(outbox)</translation>
    </message>
    <message>
        <location line="+9" />
        <source>
Each aggregate table has a uuid primary key `id`, `created_at`, `updated_at` and `version`. Optimistic locking: update with `... SET version = version + 1 WHERE id = ? AND version = ?`; when no row changes, another writer was first and the API answers 409 Conflict.
</source>
        <translation>
Chaque table d'agrégat a une clé primaire uuid `id`, ainsi que `created_at`, `updated_at` et `version`. Verrouillage optimiste : mettez à jour avec `... SET version = version + 1 WHERE id = ? AND version = ?` ; si aucune ligne ne change, un autre rédacteur est passé avant et l'API répond 409 Conflict.
</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Set `updated_at` in the same UPDATE; the database does not.
</source>
        <translation>Renseignez `updated_at` dans le même UPDATE ; la base de données ne le fait pas.
</translation>
    </message>
    <message>
        <location line="+2" />
        <source>
Foreign keys inside this database, each with an index: %1.
</source>
        <translation>
Clés étrangères internes à cette base de données, chacune avec un index : %1.
</translation>
    </message>
    <message>
        <location line="+9" />
        <source>This context publishes no domain events, so it has no outbox.
</source>
        <translation>Ce contexte ne publie aucun événement métier, il n'a donc pas d'outbox.
</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Write each domain event into `outbox` in the same transaction as the change it reports; a relay publishes the rows whose `published_at` is null, oldest first, then sets `published_at`. Events are therefore published after the write and at least once: consumers must tolerate duplicates.

Event types:

</source>
        <translation>Écrivez chaque événement métier dans `outbox` dans la même transaction que la modification qu'il décrit ; un relais publie les lignes dont `published_at` est nul, les plus anciennes d'abord, puis renseigne `published_at`. Les événements sont donc publiés après l'écriture et au moins une fois : les consommateurs doivent tolérer les doublons.

Types d'événements :

</translation>
    </message>
    <message>
        <location line="+20" />
        <source>The %1 database of %2 (service %3%4; %5). Generated by Seams.

</source>
        <translation>La base de données %1 de %2 (service %3%4 ; %5). Générée par Seams.

</translation>
    </message>
    <message>
        <location line="+5" />
        <source>, team %1</source>
        <translation>, équipe %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>## Apply it

</source>
        <translation>## Mise en place

</translation>
    </message>
    <message>
        <location line="+1" />
        <source>
## Tables

</source>
        <translation>
## Tables

</translation>
    </message>
    <message>
        <location line="+1" />
        <source>
## References to other contexts

</source>
        <translation>
## Références vers d'autres contextes

</translation>
    </message>
    <message>
        <location line="+1" />
        <source>
## Outbox

</source>
        <translation>
## Outbox

</translation>
    </message>
    <message>
        <location line="+1" />
        <source>
## Warnings (`seams check`, area "database")

</source>
        <translation>
## Avertissements (`seams check`, catégorie « database »)

</translation>
    </message>
    <message>
        <location line="+2" />
        <source>None.
</source>
        <translation>Aucun.
</translation>
    </message>
    <message>
        <location filename="../core/export/sqlwriter.cpp" line="+210" />
        <source>First migration, generated by Seams; Flyway runs it as V1.</source>
        <translation>Première migration, générée par Seams ; Flyway l'exécute en tant que V1.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>First migration, generated by Seams; golang-migrate runs it as version 1.</source>
        <translation>Première migration, générée par Seams ; golang-migrate l'exécute en tant que version 1.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>-- Foreign keys are enforced only on connections that run PRAGMA foreign_keys = ON.
</source>
        <translation>-- Les clés étrangères ne sont appliquées que sur les connexions qui exécutent PRAGMA foreign_keys = ON.
</translation>
    </message>
    <message>
        <location line="+6" />
        <source>-- This context has no aggregates yet, so its database has no tables.
</source>
        <translation>-- Ce contexte n'a pas encore d'agrégats, sa base de données n'a donc aucune table.
</translation>
    </message>
    <message>
        <location line="+25" />
        <source>Undoes 000001_init.up.sql, generated by Seams.</source>
        <translation>Migration inverse de 000001_init.up.sql, générée par Seams.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>-- Nothing to undo: the first migration creates no tables.
</source>
        <translation>-- Rien à annuler : la première migration ne crée aucune table.
</translation>
    </message>
    <message>
        <location line="+24" />
        <source>Bootstrap, generated by Seams: run it once, before the migrations and outside a transaction.</source>
        <translation>Script d'amorçage, généré par Seams : exécutez-le une fois, avant les migrations et hors transaction.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>-- As a superuser: psql -v ON_ERROR_STOP=1 -d postgres -f bootstrap.sql
-- CREATE DATABASE cannot run inside a transaction block; \gexec makes re-runs harmless.
-- The role has no password yet: set one with \password %1.

</source>
        <translation>-- En tant que superutilisateur : psql -v ON_ERROR_STOP=1 -d postgres -f bootstrap.sql
-- CREATE DATABASE ne peut pas s'exécuter dans un bloc de transaction ; \gexec rend les réexécutions sans danger.
-- Le rôle n'a pas encore de mot de passe : définissez-en un avec \password %1.

</translation>
    </message>
    <message>
        <location line="+14" />
        <source>-- Database per service: no other role may connect.
</source>
        <translation>-- Une base de données par service : aucun autre rôle ne peut s'y connecter.
</translation>
    </message>
    <message>
        <location line="+4" />
        <source>-- As an administrator: mariadb &lt; bootstrap.sql
-- The account stays locked until it has a password:
--   ALTER USER '%1'@'%' IDENTIFIED BY '...' ACCOUNT UNLOCK;

</source>
        <translation>-- En tant qu'administrateur : mariadb &lt; bootstrap.sql
-- Le compte reste verrouillé tant qu'il n'a pas de mot de passe :
--   ALTER USER '%1'@'%' IDENTIFIED BY '...' ACCOUNT UNLOCK;

</translation>
    </message>
    <message>
        <location line="+12" />
        <source>-- The database is one file: sqlite3 %1.sqlite3 &lt; bootstrap.sql
-- SQLite has no server and no roles; the journal mode is what cannot be changed inside a transaction.

</source>
        <translation>-- La base de données est un seul fichier : sqlite3 %1.sqlite3 &lt; bootstrap.sql
-- SQLite n'a ni serveur ni rôles ; c'est le mode de journalisation qui ne peut pas être changé dans une transaction.

</translation>
    </message>
</context>
<context>
    <name>Seams::Sql::Detail::Builder</name>
    <message>
        <location filename="../core/export/sqlcolumns.cpp" line="+57" />
        <source>Amount of %1 in the currency's minor unit (cents).</source>
        <translation>Champ %1 : montant dans la plus petite unité de la devise (centimes).</translation>
    </message>
    <message>
        <location line="+5" />
        <source>ISO 4217 currency code of %1.</source>
        <translation>Champ %1 : code de devise ISO 4217.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Enumeration without values: no CHECK constraint.</source>
        <translation>Énumération sans valeurs : pas de contrainte CHECK.</translation>
    </message>
    <message>
        <location line="+16" />
        <source>%1 becomes column %2, which another field or a standard column already uses; it is named %3.</source>
        <translation>%1 devient la colonne %2, déjà utilisée par un autre champ ou une colonne standard ; elle est nommée %3.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>%1 becomes column %2 (%3).</source>
        <translation>%1 devient la colonne %2 (%3).</translation>
    </message>
    <message>
        <location line="+2" />
        <location filename="../core/export/sqlschema.cpp" line="+137" />
        <source>reserved word in %1</source>
        <translation>mot réservé de %1</translation>
    </message>
    <message>
        <location line="+1" />
        <location filename="../core/export/sqlschema.cpp" line="+1" />
        <source>shortened to 63 bytes</source>
        <translation>raccourci à 63 octets</translation>
    </message>
    <message>
        <location line="+22" />
        <source>Refers to an aggregate that is not on the board any more.</source>
        <translation>Fait référence à un agrégat qui n'est plus sur le tableau.</translation>
    </message>
    <message>
        <location line="+40" />
        <source>Refers to %1 (%2.id in %3 of %4); no foreign key across databases.</source>
        <translation>Fait référence à %1 (%2.id dans %3 de %4) ; pas de clé étrangère entre bases de données.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Refers to %1 (%2.id; that aggregate is in no bounded context yet); no foreign key.</source>
        <translation>Fait référence à %1 (%2.id ; cet agrégat n'appartient encore à aucun contexte borné) ; pas de clé étrangère.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Field %1 of %2 in %3</source>
        <translation>Champ %1 de %2 dans %3</translation>
    </message>
    <message>
        <location filename="../core/export/sqlschema.cpp" line="-18" />
        <source>Aggregates %1 and %2 of %3 both become table %4; the second one is named %5.</source>
        <translation>Les agrégats %1 et %2 de %3 deviennent tous deux la table %4 ; celle du second est nommée %5.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Aggregate %1 of %2 becomes table %3, the name of the outbox table; it is named %4.</source>
        <translation>L'agrégat %1 de %2 devient la table %3, le nom de la table outbox ; elle est nommée %4.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Aggregate %1 of %2 becomes table %3 (%4).</source>
        <translation>L'agrégat %1 de %2 devient la table %3 (%4).</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Aggregate %1 of %2.</source>
        <translation>Agrégat %1 de %2.</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Optimistic locking: updates check and increment it; a stale version means 409 Conflict.</source>
        <translation>Verrouillage optimiste : les mises à jour la vérifient et l'incrémentent ; une version périmée signifie 409 Conflict.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Domain events of %1, written in the same transaction as the change and published afterwards.</source>
        <translation>Événements métier de %1, écrits dans la même transaction que la modification et publiés ensuite.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Null until the relay has published the event.</source>
        <translation>NULL tant que le relais n'a pas publié l'événement.</translation>
    </message>
</context>
<context>
    <name>Seams::SqlExporter</name>
    <message>
        <location filename="../core/export/sqlexporter.cpp" line="+70" />
        <source>unknown SQL dialect “%1” (dialects: %2)</source>
        <translation>dialecte SQL inconnu « %1 » (dialectes : %2)</translation>
    </message>
    <message>
        <location line="+5" />
        <source>unknown migration layout “%1” (layouts: flyway, golang-migrate)</source>
        <translation>structure de migration inconnue « %1 » (structures : flyway, golang-migrate)</translation>
    </message>
    <message>
        <location line="+23" />
        <source>contexts “%1” and “%2” would share the database %3; give one of them its own database name</source>
        <translation>les contextes « %1 » et « %2 » partageraient la base de données %3 ; donnez à l'un d'eux son propre nom de base</translation>
    </message>
    <message>
        <location line="+30" />
        <source># Databases of %1

</source>
        <translation># Bases de données de %1

</translation>
    </message>
    <message>
        <location line="+1" />
        <source>One database per service, as the migration plan has it: each folder holds `bootstrap.sql`, the migrations and a README. Generated by Seams.

</source>
        <translation>Une base de données par service, comme le prévoit le plan de migration : chaque dossier contient `bootstrap.sql`, les migrations et un README. Généré par Seams.

</translation>
    </message>
    <message>
        <location line="+3" />
        <source>No context is being extracted yet, so no service has its own database. Mark a context as extracting, or export with `--wave N` to include the contexts planned for waves up to N.
</source>
        <translation>Aucun contexte n'est encore en cours d'extraction, donc aucun service n'a sa propre base de données. Passez un contexte au statut « En extraction », ou exportez avec `--wave N` pour inclure les contextes prévus pour les vagues jusqu'à N.
</translation>
    </message>
    <message>
        <location line="+10" />
        <source>- `%1/`: %2 (%3, %4)
</source>
        <translation>- `%1/` : %2 (%3, %4)
</translation>
    </message>
    <message>
        <location line="+10" />
        <source>
Still in the monolith's database, so not here: %1.
</source>
        <translation>
Encore dans la base de données du monolithe, donc absents ici : %1.
</translation>
    </message>
    <message>
        <location filename="../core/export/sqlexporter.h" line="+21" />
        <source>Database schemas (SQL)</source>
        <translation>Schémas de base de données (SQL)</translation>
    </message>
</context>
<context>
    <name>Seams::Suggester</name>
    <message>
        <location filename="../core/analysis/suggestion.cpp" line="+120" />
        <source>unconnected modules</source>
        <translation>modules non connectés</translation>
    </message>
    <message>
        <location line="+11" />
        <source>candidate %1</source>
        <translation>candidat %1</translation>
    </message>
</context>
<context>
    <name>Seams::SuggestionApply</name>
    <message>
        <location filename="../core/analysis/suggestionapply.cpp" line="+60" />
        <source>Suggested Context</source>
        <translation>Contexte suggéré</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 Context</source>
        <translation>Contexte %1</translation>
    </message>
    <message numerus="yes">
        <location line="+40" />
        <source>Create %n context(s) from analysis</source>
        <translation>
            <numerusform>Créer %n contexte depuis l'analyse</numerusform>
            <numerusform>Créer %n contextes depuis l'analyse</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Seams::TraefikExporter</name>
    <message>
        <location filename="../core/export/traefikexporter.cpp" line="+82" />
        <source>NOT ENFORCED by Traefik OSS:</source>
        <translation>NON APPLIQUÉ par Traefik OSS :</translation>
    </message>
    <message>
        <location line="+2" />
        <source>  JWT verification: no such middleware in Traefik OSS; requests pass unverified (use forwardAuth to a verifier, or verify in the services).</source>
        <translation>  Vérification JWT : pas de middleware de ce type dans Traefik OSS ; les requêtes passent sans vérification (utilisez forwardAuth vers un vérificateur, ou vérifiez dans les services).</translation>
    </message>
    <message>
        <location line="+3" />
        <source>  X-Trace-Id generation: the headers middleware only sets fixed values, so a client's X-Trace-Id is passed on but none is generated or returned.</source>
        <translation>  Génération de X-Trace-Id : le middleware headers ne pose que des valeurs fixes, donc le X-Trace-Id d'un client est transmis, mais aucun n'est généré ni renvoyé.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>This is the dynamic configuration for the file provider; the listen address belongs to the static configuration: entryPoints: web: address: "%1".</source>
        <translation>Ceci est la configuration dynamique du fournisseur file ; l'adresse d'écoute relève de la configuration statique : entryPoints: web: address: "%1".</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Requests matching no router get Traefik's 404.</source>
        <translation>Les requêtes qui ne correspondent à aucun routeur reçoivent la 404 de Traefik.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>cannot write the Traefik configuration: %1</source>
        <translation>impossible d'écrire la configuration Traefik : %1</translation>
    </message>
    <message>
        <location filename="../core/export/traefikexporter.h" line="+18" />
        <source>Traefik dynamic configuration</source>
        <translation>Configuration dynamique Traefik</translation>
    </message>
</context>
<context>
    <name>Seams::Types</name>
    <message>
        <location filename="../core/model/types.cpp" line="+196" />
        <source>Domain event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Command</source>
        <translation>Commande</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Aggregate</source>
        <translation>Agrégat</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Policy</source>
        <translation>Politique</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Read model</source>
        <translation>Modèle de lecture</translation>
    </message>
    <message>
        <location line="+2" />
        <source>External system</source>
        <translation>Système externe</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Actor</source>
        <translation>Acteur</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Hotspot</source>
        <translation>Point chaud</translation>
    </message>
    <message>
        <location line="+9" />
        <source>In the monolith</source>
        <translation>Dans le monolithe</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Extracting</source>
        <translation>En extraction</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Extracted</source>
        <translation>Extrait</translation>
    </message>
    <message>
        <location line="+9" />
        <source>PostgreSQL</source>
        <translation>PostgreSQL</translation>
    </message>
    <message>
        <location line="+2" />
        <source>MariaDB</source>
        <translation>MariaDB</translation>
    </message>
    <message>
        <location line="+2" />
        <source>SQLite</source>
        <translation>SQLite</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Customer/supplier</source>
        <translation>Client/fournisseur</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Conformist</source>
        <translation>Conformiste</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Anticorruption layer</source>
        <translation>Couche anticorruption</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Open host service</source>
        <translation>Service hôte ouvert</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Published language</source>
        <translation>Langage publié</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Shared kernel</source>
        <translation>Noyau partagé</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Partnership</source>
        <translation>Partenariat</translation>
    </message>
    <message>
        <location line="+9" />
        <source>No data sync</source>
        <translation>Aucune synchronisation</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Read replica</source>
        <translation>Réplique en lecture</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Events</source>
        <translation>Événements</translation>
    </message>
    <message>
        <location line="+2" />
        <source>API calls</source>
        <translation>Appels d'API</translation>
    </message>
    <message>
        <location line="+9" />
        <source>String</source>
        <translation>Chaîne</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Integer</source>
        <translation>Entier</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Decimal</source>
        <translation>Décimal</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Money</source>
        <translation>Montant</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Boolean</source>
        <translation>Booléen</translation>
    </message>
    <message>
        <location line="+2" />
        <source>UUID</source>
        <translation>UUID</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Timestamp</source>
        <translation>Horodatage</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Enumeration</source>
        <translation>Énumération</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <location line="+2" />
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <location line="+9" />
        <source>domain event</source>
        <comment>in a sentence</comment>
        <translation>événement métier</translation>
    </message>
    <message>
        <location line="+2" />
        <source>command</source>
        <comment>in a sentence</comment>
        <translation>commande</translation>
    </message>
    <message>
        <location line="+2" />
        <source>aggregate</source>
        <comment>in a sentence</comment>
        <translation>agrégat</translation>
    </message>
    <message>
        <location line="+2" />
        <source>policy</source>
        <comment>in a sentence</comment>
        <translation>politique</translation>
    </message>
    <message>
        <location line="+2" />
        <source>read model</source>
        <comment>in a sentence</comment>
        <translation>modèle de lecture</translation>
    </message>
    <message>
        <location line="+2" />
        <source>external system</source>
        <comment>in a sentence</comment>
        <translation>système externe</translation>
    </message>
    <message>
        <location line="+2" />
        <source>actor</source>
        <comment>in a sentence</comment>
        <translation>acteur</translation>
    </message>
    <message>
        <location line="+2" />
        <source>hotspot</source>
        <comment>in a sentence</comment>
        <translation>point chaud</translation>
    </message>
    <message>
        <location line="+9" />
        <source>in the monolith</source>
        <comment>in a sentence</comment>
        <translation>dans le monolithe</translation>
    </message>
    <message>
        <location line="+2" />
        <source>extracting</source>
        <comment>in a sentence</comment>
        <translation>en extraction</translation>
    </message>
    <message>
        <location line="+2" />
        <source>extracted</source>
        <comment>in a sentence</comment>
        <translation>extrait</translation>
    </message>
    <message>
        <location line="+9" />
        <source>customer/supplier</source>
        <comment>in a sentence</comment>
        <translation>client/fournisseur</translation>
    </message>
    <message>
        <location line="+2" />
        <source>conformist</source>
        <comment>in a sentence</comment>
        <translation>conformiste</translation>
    </message>
    <message>
        <location line="+2" />
        <source>anticorruption layer</source>
        <comment>in a sentence</comment>
        <translation>couche anticorruption</translation>
    </message>
    <message>
        <location line="+2" />
        <source>open host service</source>
        <comment>in a sentence</comment>
        <translation>service hôte ouvert</translation>
    </message>
    <message>
        <location line="+2" />
        <source>published language</source>
        <comment>in a sentence</comment>
        <translation>langage publié</translation>
    </message>
    <message>
        <location line="+2" />
        <source>shared kernel</source>
        <comment>in a sentence</comment>
        <translation>noyau partagé</translation>
    </message>
    <message>
        <location line="+2" />
        <source>partnership</source>
        <comment>in a sentence</comment>
        <translation>partenariat</translation>
    </message>
    <message>
        <location line="+9" />
        <source>no data sync</source>
        <comment>in a sentence</comment>
        <translation>aucune synchronisation</translation>
    </message>
    <message>
        <location line="+2" />
        <source>read replica</source>
        <comment>in a sentence</comment>
        <translation>réplique en lecture</translation>
    </message>
    <message>
        <location line="+2" />
        <source>events</source>
        <comment>in a sentence</comment>
        <translation>événements</translation>
    </message>
    <message>
        <location line="+2" />
        <source>API calls</source>
        <comment>in a sentence</comment>
        <translation>appels d'API</translation>
    </message>
</context>
<context>
    <name>Seams::WorkshopSession</name>
    <message>
        <location filename="../app/canvas/workshopsession.cpp" line="+18" />
        <source>Chaotic exploration</source>
        <translation>Exploration chaotique</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Everyone writes domain events in the past tense. No discussion yet.</source>
        <translation>Chacun écrit des événements métier au passé. Pas encore de discussion.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Enforce the timeline</source>
        <translation>Consolider la chronologie</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Order the events left to right, merge duplicates, mark disagreements with hotspots.</source>
        <translation>Ordonner les événements de gauche à droite, fusionner les doublons, signaler les désaccords par des points chauds.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>People and systems</source>
        <translation>Acteurs et systèmes</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Add the actors and external systems that trigger or receive events.</source>
        <translation>Ajouter les acteurs et les systèmes externes qui déclenchent ou reçoivent des événements.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Hotspots</source>
        <translation>Points chauds</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Walk the timeline; collect problems, questions and risks as hotspots.</source>
        <translation>Parcourir la chronologie ; recueillir problèmes, questions et risques sous forme de points chauds.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Bounded contexts</source>
        <translation>Contextes bornés</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Group the events into bounded contexts, draw frames and name them.</source>
        <translation>Regrouper les événements en contextes bornés, tracer les cadres et les nommer.</translation>
    </message>
</context>
<context>
    <name>Seams::Workspace</name>
    <message>
        <location filename="../app/workspace.cpp" line="+47" />
        <source>Untitled board</source>
        <translation>Tableau sans titre</translation>
    </message>
    <message numerus="yes">
        <location line="+53" />
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n note</numerusform>
            <numerusform>%n notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%n context(s)</source>
        <translation>
            <numerusform>%n contexte</numerusform>
            <numerusform>%n contextes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%n arrow(s)</source>
        <translation>
            <numerusform>%n flèche</numerusform>
            <numerusform>%n flèches</numerusform>
        </translation>
    </message>
    <message>
        <location line="+27" />
        <source>Cannot create the folder for untitled boards: %1</source>
        <translation>Impossible de créer le dossier des tableaux sans titre : %1</translation>
    </message>
    <message>
        <location line="+21" />
        <source>There is no board to save.</source>
        <translation>Il n'y a aucun tableau à enregistrer.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Could not save %1: %2</source>
        <translation>Impossible d'enregistrer %1 : %2</translation>
    </message>
</context>
<context>
    <name>SearchBar</name>
    <message>
        <location filename="../app/qml/canvas/SearchBar.qml" line="+48" />
        <source>Find notes…</source>
        <translation>Rechercher des notes…</translation>
    </message>
    <message>
        <location line="+9" />
        <source>No matches</source>
        <translation>Aucun résultat</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
</context>
<context>
    <name>ShortcutsHelp</name>
    <message>
        <location filename="../app/qml/canvas/ShortcutsHelp.qml" line="+16" />
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location line="+1" />
        <source>New domain event, command, aggregate, policy, read model, external system, actor (user), hotspot, right of the current note</source>
        <translation>Nouvelle note à droite de la note courante : événement métier, commande, agrégat, politique, modèle de lecture, système externe, acteur (utilisateur), point chaud</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Edit the selected note</source>
        <translation>Modifier la note sélectionnée</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Enter while editing</source>
        <translation>Enter pendant la saisie</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Next note of the same kind to the right</source>
        <translation>Note suivante du même type, à droite</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Shift+Enter while editing</source>
        <translation>Shift+Enter pendant la saisie</translation>
    </message>
    <message>
        <location line="+0" />
        <source>New line</source>
        <translation>Nouvelle ligne</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Stop editing; clear the selection</source>
        <translation>Terminer la saisie ; vider la sélection</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Double-click</source>
        <translation>Double-clic</translation>
    </message>
    <message>
        <location line="+0" />
        <source>New note (the palette's kind) or edit a note</source>
        <translation>Nouvelle note (du type choisi dans la palette) ou modification d'une note</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Delete the selection</source>
        <translation>Supprimer la sélection</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Duplicate</source>
        <translation>Dupliquer</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Copy, cut, paste (also between boards)</source>
        <translation>Copier, couper, coller (aussi entre tableaux)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Select all notes</source>
        <translation>Sélectionner toutes les notes</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Arrows (Shift, Alt)</source>
        <translation>Flèches du clavier (Shift, Alt)</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Nudge by 10 (50, 1)</source>
        <translation>Décaler de 10 (50, 1)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Link the selected notes in selection order</source>
        <translation>Relier les notes sélectionnées dans l'ordre de sélection</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Alt+drag from a note</source>
        <translation>Alt+glisser depuis une note</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Draw an arrow</source>
        <translation>Tracer une flèche</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Bring to front, send to back</source>
        <translation>Mettre au premier plan, à l'arrière-plan</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Contexts</source>
        <translation>Contextes</translation>
    </message>
    <message>
        <location line="+1" />
        <source>New bounded context around the selection</source>
        <translation>Nouveau contexte borné autour de la sélection</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Alt+drag on empty space</source>
        <translation>Alt+glisser dans le vide</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Draw a new bounded context</source>
        <translation>Tracer un nouveau contexte borné</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Drag the title bar</source>
        <translation>Glisser la barre de titre</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Move the frame with its notes</source>
        <translation>Déplacer le cadre avec ses notes</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Double-click the title</source>
        <translation>Double-clic sur le titre</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Rename</source>
        <translation>Renommer</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Drag the round handle</source>
        <translation>Glisser la poignée ronde</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Draw a relationship to another context</source>
        <translation>Tracer une relation vers un autre contexte</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Navigate</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Drag on empty space, Space+drag, wheel</source>
        <translation>Glisser dans le vide, Space+glisser, molette</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Pan</source>
        <translation>Déplacer la vue</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Shift/Ctrl+drag on empty space</source>
        <translation>Shift/Ctrl+glisser dans le vide</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Select an area</source>
        <translation>Sélectionner une zone</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Ctrl+wheel, pinch, Ctrl++ / Ctrl+-</source>
        <translation>Ctrl+molette, pincement, Ctrl++ / Ctrl+-</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Zoom (10% to 400%)</source>
        <translation>Zoom (de 10 % à 400 %)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Zoom to fit, 100%, zoom to the selection</source>
        <translation>Ajuster à la fenêtre, 100 %, zoom sur la sélection</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Find; Enter jumps to the next match</source>
        <translation>Rechercher ; Enter passe au résultat suivant</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Presentation mode</source>
        <translation>Mode présentation</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Show or hide the side panel</source>
        <translation>Afficher ou masquer le panneau latéral</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Undo, redo</source>
        <translation>Annuler, rétablir</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
</context>
<context>
    <name>SidePanel</name>
    <message>
        <location filename="../app/qml/canvas/SidePanel.qml" line="+25" />
        <source>Inspector</source>
        <translation>Inspecteur</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Workshop</source>
        <translation>Atelier</translation>
    </message>
</context>
<context>
    <name>WorkshopComparisonPane</name>
    <message>
        <location filename="../app/qml/WorkshopComparisonPane.qml" line="+22" />
        <source>Name rules, one per line: PATTERN = CONTEXT. * matches anything, so app.orders.* = Order Context maps app.orders and everything below it. Saved on the board (undoable).</source>
        <translation>Règles de nom, une par ligne : MOTIF = CONTEXTE. * correspond à n'importe quoi, donc app.orders.* = Order Context associe app.orders et tout ce qui se trouve en dessous. Enregistrées dans le tableau (annulable).</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Save Rules</source>
        <translation>Enregistrer les règles</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Rules saved on the board.</source>
        <translation>Règles enregistrées dans le tableau.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Revert</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <location line="+22" />
        <source>Workshop contexts in the code</source>
        <translation>Contextes de l'atelier dans le code</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Modules importing across the workshop's boundaries</source>
        <translation>Modules qui importent par-delà les frontières de l'atelier</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Rules</source>
        <translation>Règles</translation>
    </message>
</context>
<context>
    <name>WorkshopPanel</name>
    <message>
        <location filename="../app/qml/canvas/WorkshopPanel.qml" line="+18" />
        <source>Big-picture phases</source>
        <translation>Phases du Big Picture</translation>
    </message>
    <message>
        <location line="+34" />
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Start</source>
        <translation>Démarrer</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Reset</source>
        <translation>Réinitialiser</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Hotspots (%1)</source>
        <translation>Points chauds (%1)</translation>
    </message>
    <message>
        <location line="+24" />
        <source>(empty hotspot)</source>
        <translation>(point chaud vide)</translation>
    </message>
</context>
<context>
    <name>ZoomControls</name>
    <message>
        <location filename="../app/qml/canvas/ZoomControls.qml" line="+26" />
        <source>Zoom out (Ctrl+-)</source>
        <translation>Zoom arrière (Ctrl+-)</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Actual size (Ctrl+1)</source>
        <translation>Taille réelle (Ctrl+1)</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Zoom in (Ctrl++)</source>
        <translation>Zoom avant (Ctrl++)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Fit</source>
        <translation>Ajuster</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Zoom to fit (Ctrl+0)</source>
        <translation>Ajuster à la fenêtre (Ctrl+0)</translation>
    </message>
</context>
</TS>