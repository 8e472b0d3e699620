#include "modulegraphview.h"

#include "analysiscontroller.h"

#include <QMutexLocker>
#include <QPainter>
#include <QQuickWindow>
#include <QThreadPool>

#include <cmath>

namespace Seams {

ModuleGraphView::ModuleGraphView(QQuickItem *parent)
    : QQuickPaintedItem(parent)
    , m_mailbox(std::make_shared<Mailbox>())
{
    m_mailbox->view = this;
    setAcceptHoverEvents(true);
    setOpaquePainting(true);
    m_renderTimer.setSingleShot(true);
    m_renderTimer.setInterval(120);
    connect(&m_renderTimer, &QTimer::timeout, this, [this] {
        render();
        update();
    });
}

ModuleGraphView::~ModuleGraphView()
{
    // A drawing still running must not post to a deleted view.
    QMutexLocker locker(&m_mailbox->mutex);
    m_mailbox->view = nullptr;
}

void ModuleGraphView::setController(AnalysisController *controller)
{
    if (m_controller == controller)
        return;
    if (m_controller)
        disconnect(m_controller, nullptr, this, nullptr);
    m_controller = controller;
    if (controller)
        connect(controller, &AnalysisController::resultChanged, this, &ModuleGraphView::onResult);
    Q_EMIT controllerChanged();
    onResult();
}

void ModuleGraphView::onResult()
{
    m_snapshot = m_controller ? m_controller->snapshot() : nullptr;
    m_cache = QImage();
    m_highlighted = -1;
    Q_EMIT highlightedChanged();
    fit();
}

void ModuleGraphView::setZoom(qreal zoom)
{
    zoom = std::clamp(zoom, 1e-4, 1e4);
    if (qFuzzyCompare(zoom, m_zoom))
        return;
    m_zoom = zoom;
    Q_EMIT viewChanged();
    update();
    m_renderTimer.start();
}

void ModuleGraphView::setCenter(const QPointF &center)
{
    if (center == m_center)
        return;
    m_center = center;
    Q_EMIT viewChanged();
    update();
    m_renderTimer.start();
}

void ModuleGraphView::setHighlighted(int candidate)
{
    if (candidate == m_highlighted)
        return;
    m_highlighted = candidate;
    Q_EMIT highlightedChanged();
    render();
    update();
}

void ModuleGraphView::fit()
{
    if (!m_snapshot || m_snapshot->layout.bounds.isEmpty() || width() <= 0 || height() <= 0) {
        m_cache = QImage();
        update();
        return;
    }
    const QRectF bounds = m_snapshot->layout.bounds.adjusted(-20, -20, 20, 20);
    m_zoom = std::min(width() / bounds.width(), height() / bounds.height());
    m_center = bounds.center();
    Q_EMIT viewChanged();
    render();
    update();
}

void ModuleGraphView::zoomAt(const QPointF &position, qreal factor)
{
    const QPointF anchor = toLayout(position);
    const qreal zoom = std::clamp(m_zoom * factor, 1e-4, 1e4);
    // Keep `anchor` under `position`.
    m_center = anchor - (position - QPointF(width() / 2, height() / 2)) / zoom;
    m_zoom = zoom;
    Q_EMIT viewChanged();
    update();
    m_renderTimer.start();
}

void ModuleGraphView::panBy(const QPointF &delta)
{
    setCenter(m_center - delta / m_zoom);
}

QPointF ModuleGraphView::toItem(const QPointF &point) const
{
    return (point - m_center) * m_zoom + QPointF(width() / 2, height() / 2);
}

QPointF ModuleGraphView::toLayout(const QPointF &point) const
{
    return (point - QPointF(width() / 2, height() / 2)) / m_zoom + m_center;
}

int ModuleGraphView::candidateAt(const QPointF &position) const
{
    if (!m_snapshot)
        return -1;
    const QPointF point = toLayout(position);
    const GraphLayout &layout = m_snapshot->layout;
    for (qsizetype c = 0; c < layout.centres.size(); ++c) {
        const QPointF delta = point - layout.centres.at(c);
        if (std::hypot(delta.x(), delta.y()) <= layout.radii.at(c))
            return int(c);
    }
    return -1;
}

QString ModuleGraphView::moduleAt(const QPointF &position) const
{
    if (!m_snapshot)
        return {};
    const QList<QPointF> &positions = m_snapshot->layout.positions;
    const qreal reach = 6.0 / m_zoom;
    const QPointF point = toLayout(position);
    int best = -1;
    qreal bestDistance = reach;
    for (qsizetype i = 0; i < positions.size(); ++i) {
        const QPointF delta = positions.at(i) - point;
        if (std::abs(delta.x()) > bestDistance || std::abs(delta.y()) > bestDistance)
            continue;
        const qreal distance = std::hypot(delta.x(), delta.y());
        if (distance < bestDistance) {
            bestDistance = distance;
            best = int(i);
        }
    }
    return best < 0 ? QString() : m_snapshot->graph->module(best);
}

void ModuleGraphView::hoverMoveEvent(QHoverEvent *event)
{
    const QString module = moduleAt(event->position());
    if (module != m_hoveredModule) {
        m_hoveredModule = module;
        Q_EMIT hoveredModuleChanged();
    }
}

void ModuleGraphView::geometryChange(const QRectF &newGeometry, const QRectF &oldGeometry)
{
    QQuickPaintedItem::geometryChange(newGeometry, oldGeometry);
    if (newGeometry.size() != oldGeometry.size()) {
        if (oldGeometry.isEmpty())
            fit();
        else
            m_renderTimer.start();
    }
}

GraphViewport ModuleGraphView::viewport() const
{
    GraphViewport viewport;
    viewport.snapshot = m_snapshot;
    viewport.size = QSizeF(width(), height());
    viewport.ratio = window() ? window()->effectiveDevicePixelRatio() : 1.0;
    viewport.zoom = m_zoom;
    viewport.center = m_center;
    viewport.highlighted = m_highlighted;
    return viewport;
}

void ModuleGraphView::render()
{
    // Drawn on the thread pool; only the newest request's image is kept.
    const GraphViewport request = viewport();
    const quint64 generation = ++m_generation;
    if (!request.snapshot || request.size.isEmpty()) {
        m_cache = QImage();
        update();
        return;
    }
    std::shared_ptr<Mailbox> mailbox = m_mailbox;
    QThreadPool::globalInstance()->start([mailbox, request, generation] {
        const QImage image = renderModuleGraph(request);
        QMutexLocker locker(&mailbox->mutex);
        if (!mailbox->view)
            return;
        ModuleGraphView *view = mailbox->view;
        QMetaObject::invokeMethod(
            view,
            [view, image, request, generation] {
                if (generation != view->m_generation)
                    return;
                view->m_cache = image;
                view->m_cacheZoom = request.zoom;
                view->m_cacheCenter = request.center;
                view->update();
                Q_EMIT view->rendered();
            },
            Qt::QueuedConnection);
    });
}

void ModuleGraphView::paint(QPainter *painter)
{
    painter->fillRect(QRectF(0, 0, width(), height()), Qt::white);
    if (m_cache.isNull())
        return;
    if (qFuzzyCompare(m_cacheZoom, m_zoom) && m_cacheCenter == m_center) {
        painter->drawImage(QPointF(0, 0), m_cache);
        return;
    }
    // Mid-gesture: move and scale the last sharp image; the timer redraws it sharp.
    const qreal scale = m_zoom / m_cacheZoom;
    const QPointF origin = toItem(m_cacheCenter) - QPointF(width() / 2, height() / 2) * scale;
    painter->setRenderHint(QPainter::SmoothPixmapTransform, false);
    painter->drawImage(QRectF(origin, QSizeF(width(), height()) * scale), m_cache);
}

} // namespace Seams
