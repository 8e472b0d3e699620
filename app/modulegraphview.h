#pragma once

#include "modulegraphrenderer.h"

#include <QImage>
#include <QMutex>
#include <QPointer>
#include <QQuickPaintedItem>
#include <QTimer>

#include <memory>

namespace Seams {

class AnalysisController;
struct AnalysisSnapshot;

/** The module graph of an analysis: candidates as coloured discs, modules as dots, their
 *  dependencies as lines. Drawn with QPainter into a cached image, so it works on every Qt
 *  Quick backend (software included) and stays fluid at 5,000 modules and 50,000
 *  dependencies: panning moves the cached image, zooming scales it, and the sharp image is
 *  redrawn on the thread pool once the gesture pauses. */
class ModuleGraphView : public QQuickPaintedItem
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(Seams::AnalysisController *controller READ controller WRITE setController NOTIFY
                   controllerChanged)
    /** Screen pixels per layout unit. */
    Q_PROPERTY(qreal zoom READ zoom WRITE setZoom NOTIFY viewChanged)
    /** The layout point shown at the item's centre. */
    Q_PROPERTY(QPointF center READ center WRITE setCenter NOTIFY viewChanged)
    /** A candidate to bring forward (others are dimmed), or -1. */
    Q_PROPERTY(int highlighted READ highlighted WRITE setHighlighted NOTIFY highlightedChanged)
    Q_PROPERTY(QString hoveredModule READ hoveredModule NOTIFY hoveredModuleChanged)

public:
    explicit ModuleGraphView(QQuickItem *parent = nullptr);
    ~ModuleGraphView() override;

    AnalysisController *controller() const { return m_controller; }
    void setController(AnalysisController *controller);
    qreal zoom() const { return m_zoom; }
    void setZoom(qreal zoom);
    QPointF center() const { return m_center; }
    void setCenter(const QPointF &center);
    int highlighted() const { return m_highlighted; }
    void setHighlighted(int candidate);
    QString hoveredModule() const { return m_hoveredModule; }

    /** Shows the whole graph. */
    Q_INVOKABLE void fit();
    /** Zooms by `factor` keeping the layout point under `position` (item coordinates) still. */
    Q_INVOKABLE void zoomAt(const QPointF &position, qreal factor);
    /** Moves the view by a drag of `delta` item pixels. */
    Q_INVOKABLE void panBy(const QPointF &delta);
    /** The candidate whose disc is under `position`, or -1. */
    Q_INVOKABLE int candidateAt(const QPointF &position) const;
    /** The module nearest to `position` within a few pixels, or empty. */
    Q_INVOKABLE QString moduleAt(const QPointF &position) const;

    void paint(QPainter *painter) override;

Q_SIGNALS:
    void controllerChanged();
    void viewChanged();
    void highlightedChanged();
    void hoveredModuleChanged();
    /** A sharp image for the current view arrived. */
    void rendered();

protected:
    void hoverMoveEvent(QHoverEvent *event) override;
    void geometryChange(const QRectF &newGeometry, const QRectF &oldGeometry) override;

private:
    /** The drawing thread's way back to the view, cut when the view goes away. */
    struct Mailbox
    {
        QMutex mutex;
        ModuleGraphView *view = nullptr;
    };

    void onResult();
    GraphViewport viewport() const;
    /** Starts drawing the sharp image for the current view. */
    void render();
    QPointF toItem(const QPointF &layoutPoint) const;
    QPointF toLayout(const QPointF &itemPoint) const;

    QPointer<AnalysisController> m_controller;
    std::shared_ptr<const AnalysisSnapshot> m_snapshot;
    qreal m_zoom = 1;
    QPointF m_center;
    int m_highlighted = -1;
    QString m_hoveredModule;
    /** The sharp image and the view it was drawn for. */
    QImage m_cache;
    qreal m_cacheZoom = 0;
    QPointF m_cacheCenter;
    QTimer m_renderTimer;
    quint64 m_generation = 0;
    std::shared_ptr<Mailbox> m_mailbox;
};

} // namespace Seams
