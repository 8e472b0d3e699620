#pragma once

#include "spatialindex.h"

#include <QObject>
#include <QPointer>
#include <QQmlEngine>
#include <QRectF>
#include <QSet>
#include <QVariantMap>

#include "model/board.h"

class QAbstractItemModel;
class QTimer;

namespace Seams {

class Board;
class CanvasEditor;
class CanvasGestures;
class Document;
class NoteListModel;
class SelectionModel;
class Viewport;
class VisibleNotesModel;
class Workspace;

/** What lies under a point of the canvas, from the top of the stack down. */
struct CanvasHit
{
    enum Type {
        Empty,
        Note,
        NoteResize, ///< the resize grip of the single selected note
        NoteConnector, ///< the arrow handle of the single selected note
        Context, ///< a frame's title bar (moves and selects the frame)
        ContextResize, ///< the resize grip of a selected frame
        ContextConnector, ///< the relationship handle of a selected frame
        ContextBody, ///< inside a frame, on no note
        Link,
        Relationship,
    };

    Type type = Empty;
    QUuid id;

    /** The type as QML sees it: "empty", "note", "noteResize", ... */
    QString typeName() const;
};

/** The canvas's C++ side: it follows the Workspace's open board, keeps the spatial index of
 *  the notes, the viewport, the selection and the model of the notes near the viewport, and
 *  answers hit tests in board coordinates.
 *
 *  Edits go through `editor` (CanvasEditor), pointer gestures through `gestures`
 *  (CanvasGestures); QML binds to the properties here and forwards intent. */
class CanvasController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_MOC_INCLUDE("canvaseditor.h")
    Q_MOC_INCLUDE("canvasgestures.h")
    Q_MOC_INCLUDE("notelistmodel.h")
    Q_MOC_INCLUDE("selectionmodel.h")
    Q_MOC_INCLUDE("viewport.h")
    Q_MOC_INCLUDE("visiblenotesmodel.h")
    Q_MOC_INCLUDE("workspace.h")
    Q_MOC_INCLUDE(<QAbstractItemModel>)

    Q_PROPERTY(
        Seams::Workspace *workspace READ workspace WRITE setWorkspace NOTIFY workspaceChanged)
    Q_PROPERTY(Seams::Viewport *viewport READ viewport CONSTANT)
    Q_PROPERTY(Seams::SelectionModel *selection READ selection CONSTANT)
    Q_PROPERTY(Seams::VisibleNotesModel *visibleNotes READ visibleNotes CONSTANT)
    Q_PROPERTY(QAbstractItemModel *ghostNotes READ ghostNotes CONSTANT)
    Q_PROPERTY(Seams::CanvasEditor *editor READ editor CONSTANT)
    Q_PROPERTY(Seams::CanvasGestures *gestures READ gestures CONSTANT)
    Q_PROPERTY(Seams::NoteListModel *search READ search CONSTANT)
    Q_PROPERTY(Seams::NoteListModel *hotspots READ hotspots CONSTANT)
    Q_PROPERTY(QRectF boardBounds READ boardBounds NOTIFY boardBoundsChanged)
    Q_PROPERTY(QString editingNote READ editingNoteString NOTIFY editingNoteChanged)
    /** The rectangle of the note being edited, following its moves (board coordinates). */
    Q_PROPERTY(QRectF editingRect READ editingRect NOTIFY editingRectChanged)
    /** The rectangle of the single selected note (its grips); empty otherwise. */
    Q_PROPERTY(QRectF currentNoteRect READ currentNoteRect NOTIFY currentNoteRectChanged)
    Q_PROPERTY(qreal frameTitleHeight READ frameTitleHeight NOTIFY frameTitleHeightChanged)
    Q_PROPERTY(QPointF moveOffset READ moveOffset NOTIFY moveOffsetChanged)
    Q_PROPERTY(bool moving READ isMoving NOTIFY movingChanged)
    /** Labels of the context relationships, [{id, x, y, width, height, pixelSize, text}]:
     *  (x, y) the label's centre on its arrow in board coordinates, its size and font size in
     *  pixels, and text like "C/S · events". Placed for the current
     *  zoom and fontScale, clear of the frames' title bars and of each other where the arrow
     *  leaves room (CanvasGeometry::labelCentre). */
    Q_PROPERTY(
        QVariantList relationshipLabels READ relationshipLabels NOTIFY relationshipLabelsChanged)
    /** The theme's font scale (larger in presentation mode): labels are placed by their size
     *  on screen. */
    Q_PROPERTY(qreal fontScale READ fontScale WRITE setFontScale NOTIFY fontScaleChanged)

public:
    explicit CanvasController(QObject *parent = nullptr);
    ~CanvasController() override;

    Workspace *workspace() const;
    void setWorkspace(Workspace *workspace);
    /** The open document and its board; null when there is none. */
    Document *document() const;
    Board *board() const;

    Viewport *viewport() const { return m_viewport; }
    SelectionModel *selection() const { return m_selection; }
    VisibleNotesModel *visibleNotes() const { return m_visibleNotes; }
    QAbstractItemModel *ghostNotes() const;
    CanvasEditor *editor() const { return m_editor; }
    CanvasGestures *gestures() const { return m_gestures; }
    NoteListModel *search() const { return m_search; }
    NoteListModel *hotspots() const { return m_hotspots; }
    const SpatialIndex &noteIndex() const { return m_noteIndex; }

    /** Notes and frames together, in board coordinates. */
    QRectF boardBounds() const;

    // Hit testing (board coordinates; handle sizes follow the zoom)
    CanvasHit hitTest(const QPointF &boardPoint) const;
    /** {type, id} of what lies under a view point (for context menus). */
    Q_INVOKABLE QVariantMap hitTestAt(qreal viewX, qreal viewY) const;
    /** The topmost note under the point, or null. */
    QUuid noteAt(const QPointF &boardPoint) const;
    /** Notes intersecting the rectangle, in z order. */
    QList<QUuid> notesIn(const QRectF &rect) const;
    /** The height of a frame's title bar above its top edge, in board units: a constant
     *  size on screen, capped when zoomed far out. */
    qreal frameTitleHeight() const;

    // Navigation
    /** Shows the whole board; the view then stays fitted through changes of the canvas's
     *  size until it is panned or zoomed. */
    Q_INVOKABLE void zoomToFit();
    Q_INVOKABLE void zoomToSelection();
    Q_INVOKABLE void zoomIn();
    Q_INVOKABLE void zoomOut();
    Q_INVOKABLE void zoomReset();
    /** Selects a note and brings it into view (search results, the hotspot list). */
    Q_INVOKABLE void revealNote(const QString &id);

    // In-place editing of a note's text: which note the editor sits on.
    QUuid editingNote() const { return m_editingNote; }
    QRectF editingRect() const { return m_editingRect; }
    QRectF currentNoteRect() const { return m_currentNoteRect; }
    Q_INVOKABLE void startEditing(const QString &id);
    Q_INVOKABLE void stopEditing();
    Q_INVOKABLE QRectF noteRect(const QString &id) const;
    Q_INVOKABLE QString noteText(const QString &id) const;
    Q_INVOKABLE QColor noteColor(const QString &id) const;
    /** The int of the note's NoteKind, or -1. */
    Q_INVOKABLE int noteKind(const QString &id) const;
    Q_INVOKABLE QRectF contextRect(const QString &id) const;
    Q_INVOKABLE QString contextName(const QString &id) const;

    QVariantList relationshipLabels() const;
    qreal fontScale() const { return m_fontScale; }
    void setFontScale(qreal scale);

    // The items being dragged, shown on an overlay until the drop.
    const QSet<QUuid> &movingNotes() const { return m_movingNotes; }
    const QSet<QUuid> &movingContexts() const { return m_movingContexts; }
    QPointF moveOffset() const { return m_moveOffset; }
    bool isMoving() const { return !m_movingNotes.isEmpty() || !m_movingContexts.isEmpty(); }
    Q_INVOKABLE bool isContextMoving(const QString &id) const;
    void setMoving(const QSet<QUuid> &notes, const QSet<QUuid> &contexts);
    void setMoveOffset(const QPointF &offset);

Q_SIGNALS:
    void workspaceChanged();
    /** Another board is shown (or the board was reset): drawing items rebuild. */
    void boardChanged();
    void boardBoundsChanged();
    void editingNoteChanged();
    void editingRectChanged();
    void currentNoteRectChanged();
    void frameTitleHeightChanged();
    void moveOffsetChanged();
    void movingChanged();
    /** Search matches changed (the overview highlights them). */
    void matchesChanged();
    void relationshipLabelsChanged();
    void fontScaleChanged();

private:
    void attachDocument();
    void rebuildIndex();
    void updateVisibleArea();
    void onNoteAdded(const QUuid &id);
    void onNoteRemoved(const QUuid &id);
    void onNoteChanged(const QUuid &id, NoteChanges changes);
    QString editingNoteString() const;
    CanvasHit handleHit(const QPointF &point) const;
    void updateTrackedRects();
    void scheduleBoundsChanged();

    QPointer<Workspace> m_workspace;
    QPointer<Document> m_document;
    Viewport *m_viewport;
    SelectionModel *m_selection;
    VisibleNotesModel *m_visibleNotes;
    QAbstractItemModel *m_ghostNotes;
    CanvasEditor *m_editor;
    CanvasGestures *m_gestures;
    NoteListModel *m_search;
    NoteListModel *m_hotspots;
    SpatialIndex m_noteIndex;
    QUuid m_editingNote;
    QRectF m_editingRect;
    QRectF m_currentNoteRect;
    qreal m_frameTitleHeight = 0;
    qreal m_fontScale = 1;
    qreal m_labelZoom = 0;
    // The view zoomToFit() last made, and whether the viewport still shows it.
    qreal m_fitZoom = 0;
    QPointF m_fitOrigin;
    bool m_viewIsFitted = false;
    QTimer *m_boundsTimer;
    QSet<QUuid> m_movingNotes;
    QSet<QUuid> m_movingContexts;
    QPointF m_moveOffset;
};

} // namespace Seams
