#pragma once

#include <QLineF>
#include <QObject>
#include <QPointF>
#include <QQmlEngine>
#include <QRectF>
#include <QUuid>

namespace Seams {

class CanvasController;

/** The pointer gestures of the canvas: QML forwards presses, moves and releases in view
 *  coordinates and this state machine decides what they mean.
 *
 *  A press on a note selects it and a drag moves the selection on an overlay (the board is
 *  not touched until the drop, which is one undo step); a press on a frame's title bar does
 *  the same for the frame and its notes; on empty space a drag pans, or draws a selection
 *  rectangle with Shift or Ctrl, or a new bounded context with Alt; the grips of a selected note or
 * frame resize it and their handles draw an arrow or a relationship. Space held down, or the middle
 * button, always pans. */
class CanvasGestures : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Owned by the CanvasController")

    Q_PROPERTY(Mode mode READ mode NOTIFY modeChanged)
    /** The rubber band, the resized rectangle or the frame being drawn (board coordinates). */
    Q_PROPERTY(QRectF previewRect READ previewRect NOTIFY previewChanged)
    /** The note or frame being resized. */
    Q_PROPERTY(QString previewId READ previewId NOTIFY modeChanged)
    /** The arrow or relationship being drawn, in board coordinates. */
    Q_PROPERTY(QPointF previewFrom READ previewFrom NOTIFY previewChanged)
    Q_PROPERTY(QPointF previewTo READ previewTo NOTIFY previewChanged)
    /** What the arrow being drawn would connect to ("" when nothing fits). */
    Q_PROPERTY(QString targetId READ targetId NOTIFY previewChanged)
    /** Space is held: every drag pans. */
    Q_PROPERTY(bool panKeyHeld READ panKeyHeld WRITE setPanKeyHeld NOTIFY panKeyHeldChanged)

public:
    enum Mode {
        Idle,
        Pressed, ///< button down, not yet dragged past the threshold
        Panning,
        MovingItems,
        ResizingNote,
        ResizingContext,
        SelectingArea,
        DrawingLink,
        DrawingRelationship,
        DrawingContext, ///< Alt+drag on empty space: a new frame
    };
    Q_ENUM(Mode)

    explicit CanvasGestures(CanvasController *controller);

    Mode mode() const { return m_mode; }
    QRectF previewRect() const { return m_previewRect; }
    QString previewId() const;
    QLineF previewLine() const { return m_previewLine; }
    QPointF previewFrom() const { return m_previewLine.p1(); }
    QPointF previewTo() const { return m_previewLine.p2(); }
    QString targetId() const;
    bool panKeyHeld() const { return m_panKeyHeld; }
    void setPanKeyHeld(bool held);

    /** `button` is a Qt::MouseButton, `modifiers` Qt::KeyboardModifiers. */
    Q_INVOKABLE void press(qreal viewX, qreal viewY, int button, int modifiers);
    Q_INVOKABLE void move(qreal viewX, qreal viewY);
    Q_INVOKABLE void release(qreal viewX, qreal viewY);
    /** Double-click: edit the note, rename the frame, or create a note on empty space. */
    Q_INVOKABLE void doubleClick(qreal viewX, qreal viewY);
    /** Abandons the gesture in progress (Esc, focus loss, a pinch taking over): nothing is
     *  changed, and a pan puts the view back where it was. */
    Q_INVOKABLE void cancel();

Q_SIGNALS:
    void modeChanged();
    void previewChanged();
    void panKeyHeldChanged();
    /** A double-click on a frame's title asks QML for its rename field. */
    void renameContextRequested(const QString &id);

private:
    void setMode(Mode mode);
    void begin();
    void startMoving();
    void finish(const QPointF &boardPoint);
    void clickSelect();
    QRectF resizedRect(const QPointF &boardPoint) const;

    CanvasController *m_controller;
    Mode m_mode = Idle;
    Mode m_pending = Idle;
    QPointF m_pressView;
    QPointF m_lastView;
    QPointF m_pressBoard;
    int m_modifiers = 0;
    int m_pressHitType = 0;
    QUuid m_pressId;
    bool m_pressWasSelected = false;
    QRectF m_startRect;
    QRectF m_previewRect;
    QLineF m_previewLine;
    QUuid m_previewId;
    QUuid m_targetId;
    bool m_panKeyHeld = false;
};

} // namespace Seams
