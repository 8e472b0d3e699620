#include "overviewitem.h"

#include "canvascontroller.h"
#include "notelistmodel.h"
#include "selectionmodel.h"
#include "viewport.h"

#include <QPainter>
#include <QQuickWindow>
#include <QSGImageNode>
#include <QSGRectangleNode>
#include <QSGTransformNode>

#include <algorithm>

namespace Seams {

namespace {

// Outline of a selected or matching note, in pixels.
constexpr qreal outlinePixels = 3;
constexpr qreal ghostOpacity = 0.3;

} // namespace

OverviewItem::OverviewItem(QQuickItem *parent)
    : BoardLayerItem(parent)
{ }

void OverviewItem::setMovingOnly(bool movingOnly)
{
    if (movingOnly == m_movingOnly)
        return;
    m_movingOnly = movingOnly;
    boardChanged(board());
    update();
    Q_EMIT movingOnlyChanged();
}

void OverviewItem::setSelectionColor(const QColor &color)
{
    if (color == m_selectionColor)
        return;
    m_selectionColor = color;
    invalidate();
    Q_EMIT colorsChanged();
}

void OverviewItem::setMatchColor(const QColor &color)
{
    if (color == m_matchColor)
        return;
    m_matchColor = color;
    invalidate();
    Q_EMIT colorsChanged();
}

void OverviewItem::setCanvasColor(const QColor &color)
{
    if (color == m_canvasColor)
        return;
    m_canvasColor = color;
    invalidate();
    Q_EMIT colorsChanged();
}

void OverviewItem::setFrameTint(qreal tint)
{
    if (qFuzzyCompare(tint, m_frameTint))
        return;
    m_frameTint = tint;
    invalidate();
    Q_EMIT colorsChanged();
}

void OverviewItem::invalidate()
{
    m_cacheDirty = true;
    m_movingDirty = true;
    // Nothing is painted while hidden (zoomed in): the image waits for the next frame that
    // shows it.
    update();
}

void OverviewItem::boardChanged(Board *board)
{
    CanvasController *canvas = controller();
    if (canvas && board) {
        connect(board, &Board::noteAdded, this, &OverviewItem::invalidate);
        connect(board, &Board::noteRemoved, this, &OverviewItem::invalidate);
        connect(board, &Board::noteChanged, this, &OverviewItem::invalidate);
        connect(canvas, &CanvasController::movingChanged, this, &OverviewItem::invalidate);
        if (m_movingOnly) {
            connect(canvas, &CanvasController::moveOffsetChanged, this, &QQuickItem::update);
        } else {
            connect(canvas->selection(), &SelectionModel::changed, this, &OverviewItem::invalidate);
            connect(canvas, &CanvasController::matchesChanged, this, &OverviewItem::invalidate);
        }
    }
    invalidate();
}

QColor OverviewItem::colorOf(const Note &note) const
{
    QColor color = noteKindColor(note.kind);
    if (!m_movingOnly && controller() && controller()->movingNotes().contains(note.id))
        color.setAlphaF(ghostOpacity);
    return color;
}

QColor OverviewItem::tintOf(const BoundedContext &context) const
{
    // The same opaque mix as the frame items zoomed in (Qt.tint in FrameDelegate.qml).
    const qreal a = m_frameTint;
    return QColor::fromRgbF(m_canvasColor.redF() * (1 - a) + context.color.redF() * a,
                            m_canvasColor.greenF() * (1 - a) + context.color.greenF() * a,
                            m_canvasColor.blueF() * (1 - a) + context.color.blueF() * a);
}

QSGNode *OverviewItem::updatePaintNode(QSGNode *oldNode, UpdatePaintNodeData *)
{
    if (!controller() || !board() || width() <= 0 || height() <= 0) {
        delete oldNode;
        return nullptr;
    }
    return m_movingOnly ? updateMovingNodes(oldNode) : updateImageNode(oldNode);
}

QSGNode *OverviewItem::updateImageNode(QSGNode *oldNode)
{
    auto *node = static_cast<QSGImageNode *>(oldNode);
    if (!node) {
        node = window()->createImageNode();
        node->setOwnsTexture(true);
        node->setFiltering(QSGTexture::Nearest);
        m_textureDirty = true;
    }
    const qreal zoom = controller()->viewport()->zoom();
    const QRectF visible = visibleBoardRect();
    if (m_cacheDirty || zoom != m_cacheZoom || !m_cacheRect.contains(visible)) {
        renderCache(visible, zoom);
        m_textureDirty = true;
    }
    if (m_textureDirty) {
        node->setTexture(window()->createTextureFromImage(m_cache));
        m_textureDirty = false;
    }
    // Whole device pixels, so the image is shown unfiltered and sharp.
    const qreal ratio = window()->effectiveDevicePixelRatio();
    QRectF target = boardTransform().mapRect(m_cacheRect);
    target.moveTopLeft(
        QPointF(std::round(target.x() * ratio) / ratio, std::round(target.y() * ratio) / ratio));
    node->setRect(target);
    node->setSourceRect(QRectF(QPointF(0, 0), m_cache.size()));
    return node;
}

void OverviewItem::renderCache(const QRectF &visible, qreal zoom)
{
    const CanvasController *canvas = controller();
    const Board *current = board();
    const qreal marginX = visible.width() / 4;
    const qreal marginY = visible.height() / 4;
    m_cacheRect = visible.adjusted(-marginX, -marginY, marginX, marginY);
    m_cacheZoom = zoom;
    m_cacheDirty = false;
    const qreal ratio = window() ? window()->effectiveDevicePixelRatio() : 1.0;
    const QSize size = (m_cacheRect.size() * zoom * ratio).toSize().expandedTo(QSize(1, 1));
    // Opaque: the scene graph draws it without blending and skips what it covers.
    if (m_cache.size() != size || m_cache.isNull())
        m_cache = QImage(size, QImage::Format_RGB32);
    m_cache.fill(m_canvasColor);
    QPainter painter(&m_cache);
    painter.scale(zoom * ratio, zoom * ratio);
    painter.translate(-m_cacheRect.topLeft());
    const qreal outline = outlinePixels / zoom;

    // Frames, larger ones first so that nested frames stay visible; the frames being
    // dragged are on the drag overlay instead.
    QList<const BoundedContext *> frames;
    for (const BoundedContext &context : current->contexts()) {
        if (context.geometry.intersects(m_cacheRect)
            && !canvas->movingContexts().contains(context.id))
            frames.append(&context);
    }
    std::sort(frames.begin(), frames.end(), [](const BoundedContext *a, const BoundedContext *b) {
        const qreal areaA = a->geometry.width() * a->geometry.height();
        const qreal areaB = b->geometry.width() * b->geometry.height();
        return areaA != areaB ? areaA > areaB : a->id < b->id;
    });
    for (const BoundedContext *context : std::as_const(frames)) {
        const bool selected = canvas->selection()->containsContext(context->id);
        const qreal border = (selected ? 3 : 2) / zoom;
        painter.fillRect(context->geometry, selected ? m_selectionColor : context->color);
        painter.fillRect(context->geometry.adjusted(border, border, -border, -border),
                         tintOf(*context));
    }

    auto highlight = [&](const QList<QUuid> &ids, const QColor &color) {
        for (const QUuid &id : ids) {
            const Note *note = current->note(id);
            if (note && note->geometry.intersects(m_cacheRect))
                painter.fillRect(note->geometry.adjusted(-outline, -outline, outline, outline),
                                 color);
        }
    };
    highlight(canvas->search()->ids(), m_matchColor);
    highlight(canvas->selection()->notes(), m_selectionColor);
    // Stacking order among blocks only matters where notes overlap, which is rare; the
    // index's order keeps this a single pass.
    canvas->noteIndex().visit(m_cacheRect, [&](const QUuid &id) {
        if (const Note *note = current->note(id))
            painter.fillRect(note->geometry, colorOf(*note));
    });
}

QSGNode *OverviewItem::updateMovingNodes(QSGNode *oldNode)
{
    auto *root = static_cast<QSGTransformNode *>(oldNode);
    if (!root) {
        root = new QSGTransformNode;
        m_movingDirty = true;
    }
    root->setMatrix(QMatrix4x4(boardTransform(controller()->moveOffset())));
    if (m_movingDirty) {
        // A handful of notes (or the members of a dragged frame): one rectangle node each.
        while (QSGNode *child = root->firstChild()) {
            root->removeChildNode(child);
            delete child;
        }
        const Board *current = board();
        for (const QUuid &id : controller()->movingContexts()) {
            const BoundedContext *context = current->context(id);
            if (!context)
                continue;
            QSGRectangleNode *body = window()->createRectangleNode();
            body->setRect(context->geometry);
            body->setColor(tintOf(*context));
            root->appendChildNode(body);
        }
        for (const QUuid &id : controller()->movingNotes()) {
            const Note *note = current->note(id);
            if (!note)
                continue;
            QSGRectangleNode *block = window()->createRectangleNode();
            block->setRect(note->geometry);
            block->setColor(colorOf(*note));
            root->appendChildNode(block);
        }
        m_movingDirty = false;
    }
    return root;
}

} // namespace Seams
