#pragma once

#include <QObject>
#include <QPointF>
#include <QQmlEngine>
#include <QRectF>
#include <QVariantList>

namespace Seams {

/** Which part of the board the canvas shows: the zoom factor and the board point at the
 *  view's top-left corner, plus the view's size in pixels.
 *
 *  Board coordinates stay in C++: QML positions one transformed layer from these values and
 *  asks here to map points; the visible notes are chosen from visibleRect(). */
class Viewport : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Owned by the CanvasController")

    Q_PROPERTY(qreal zoom READ zoom WRITE setZoom NOTIFY changed)
    Q_PROPERTY(qreal originX READ originX NOTIFY changed)
    Q_PROPERTY(qreal originY READ originY NOTIFY changed)
    Q_PROPERTY(qreal width READ width WRITE setWidth NOTIFY sizeChanged)
    Q_PROPERTY(qreal height READ height WRITE setHeight NOTIFY sizeChanged)
    Q_PROPERTY(QRectF visibleRect READ visibleRect NOTIFY changed)
    Q_PROPERTY(bool showsDetail READ showsDetail NOTIFY detailChanged)
    Q_PROPERTY(qreal minimumZoom READ minimumZoom CONSTANT)
    Q_PROPERTY(qreal maximumZoom READ maximumZoom CONSTANT)
    /** Rectangles of the view, in pixels, that overlays cover (the phase timer, the minimap,
     *  the zoom controls, the legend): fitRect() keeps the fitted rectangle clear of them. */
    Q_PROPERTY(QVariantList overlays READ overlayList WRITE setOverlayList NOTIFY overlaysChanged)

public:
    /** Zoom limits of the user's zoom gestures (10% to 400%). Zoom to fit may go further out
     *  so that a very large board still fits as a whole. */
    static constexpr qreal minimumZoom() { return 0.1; }
    static constexpr qreal maximumZoom() { return 4.0; }
    static constexpr qreal fitMinimumZoom() { return 0.01; }
    /** Below this zoom notes are drawn as coloured blocks without text or items. */
    static constexpr qreal detailZoom() { return 0.4; }

    explicit Viewport(QObject *parent = nullptr);

    qreal zoom() const { return m_zoom; }
    qreal originX() const { return m_origin.x(); }
    qreal originY() const { return m_origin.y(); }
    QPointF origin() const { return m_origin; }
    qreal width() const { return m_size.width(); }
    qreal height() const { return m_size.height(); }
    void setWidth(qreal width);
    void setHeight(qreal height);
    /** The board rectangle the view shows. */
    QRectF visibleRect() const;
    /** True when notes are shown as items with text (zoom >= detailZoom()). */
    bool showsDetail() const { return m_zoom >= detailZoom(); }

    /** Sets the zoom keeping the view's centre on the same board point. */
    void setZoom(qreal zoom);
    /** Sets zoom and origin at once (one change signal). */
    void setView(qreal zoom, const QPointF &origin);

    Q_INVOKABLE QPointF mapToBoard(qreal viewX, qreal viewY) const;
    Q_INVOKABLE QPointF mapFromBoard(qreal boardX, qreal boardY) const;
    /** Multiplies the zoom by `factor`, keeping the board point under the view point fixed
     *  (the mouse position for wheel and pinch zoom). */
    Q_INVOKABLE void zoomAt(qreal viewX, qreal viewY, qreal factor);
    /** Moves the view by a distance in pixels (drag to pan: the board follows the pointer). */
    Q_INVOKABLE void panBy(qreal dx, qreal dy);
    /** Centres the view on a board point without changing the zoom. */
    Q_INVOKABLE void centerOn(qreal boardX, qreal boardY);
    /** Zooms and pans so that the board rectangle fills the view with a margin, at most at
     *  100% (a single note does not fill the screen): as large as it can be without running
     *  under an overlay, and as near the centre as that allows. When no zoom keeps it clear,
     *  the overlays are ignored. */
    Q_INVOKABLE void fitRect(const QRectF &rect);

    QList<QRectF> overlays() const { return m_overlays; }
    void setOverlays(const QList<QRectF> &overlays);
    QVariantList overlayList() const;
    void setOverlayList(const QVariantList &overlays);
    /** Makes sure the board rectangle is visible, panning as little as possible. */
    Q_INVOKABLE void ensureVisible(const QRectF &rect);

Q_SIGNALS:
    void changed();
    void sizeChanged();
    void detailChanged();
    void overlaysChanged();

private:
    qreal clampZoom(qreal zoom) const;

    qreal m_zoom = 1.0;
    QPointF m_origin;
    QSizeF m_size;
    QList<QRectF> m_overlays;
};

} // namespace Seams
