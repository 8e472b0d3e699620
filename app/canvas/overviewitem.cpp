#include "overviewitem.h"

#include "canvascontroller.h"
#include "notelistmodel.h"
#include "painternode.h"
#include "selectionmodel.h"
#include "viewport.h"

#include <QPainter>
#include <QSGGeometryNode>
#include <QSGTransformNode>
#include <QSGVertexColorMaterial>

#include <algorithm>

namespace Seams {

namespace {

// Outline of a selected or matching note, in pixels.
constexpr qreal outlinePixels = 3;
constexpr qreal ghostOpacity = 0.3;

void setQuad(QSGGeometry::ColoredPoint2D *vertex, const QRectF &rect, const QColor &color)
{
    // Vertex colours are premultiplied.
    const float alpha = float(color.alphaF());
    const auto r = uchar(color.red() * alpha);
    const auto g = uchar(color.green() * alpha);
    const auto b = uchar(color.blue() * alpha);
    const auto a = uchar(color.alpha());
    const auto left = float(rect.left());
    const auto top = float(rect.top());
    const auto right = float(rect.right());
    const auto bottom = float(rect.bottom());
    vertex[0].set(left, top, r, g, b, a);
    vertex[1].set(right, top, r, g, b, a);
    vertex[2].set(left, bottom, r, g, b, a);
    vertex[3].set(right, top, r, g, b, a);
    vertex[4].set(right, bottom, r, g, b, a);
    vertex[5].set(left, bottom, r, g, b, a);
}

QSGGeometryNode *newColoredNode()
{
    auto *node = new QSGGeometryNode;
    auto *geometry = new QSGGeometry(QSGGeometry::defaultAttributes_ColoredPoint2D(), 0);
    geometry->setDrawingMode(QSGGeometry::DrawTriangles);
    node->setGeometry(geometry);
    node->setMaterial(new QSGVertexColorMaterial);
    node->setFlags(QSGNode::OwnsGeometry | QSGNode::OwnsMaterial);
    return node;
}

void upload(QSGGeometryNode *node, const QList<QSGGeometry::ColoredPoint2D> &vertices)
{
    QSGGeometry *geometry = node->geometry();
    geometry->allocate(int(vertices.size()));
    if (!vertices.isEmpty())
        std::copy(vertices.cbegin(), vertices.cend(), geometry->vertexDataAsColoredPoint2D());
    node->markDirty(QSGNode::DirtyGeometry);
}

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
    m_highlightsDirty = true;
    update();
    Q_EMIT colorsChanged();
}

void OverviewItem::setMatchColor(const QColor &color)
{
    if (color == m_matchColor)
        return;
    m_matchColor = color;
    m_highlightsDirty = true;
    update();
    Q_EMIT colorsChanged();
}

void OverviewItem::boardChanged(Board *board)
{
    CanvasController *canvas = controller();
    if (canvas) {
        disconnect(canvas->selection(), nullptr, this, nullptr);
        disconnect(canvas, &CanvasController::movingChanged, this, nullptr);
        disconnect(canvas, &CanvasController::moveOffsetChanged, this, nullptr);
        disconnect(canvas, &CanvasController::matchesChanged, this, nullptr);
    }
    if (canvas && board) {
        // Connections from the previous board die with it or were cut in setController.
        connect(board, &Board::noteAdded, this, &OverviewItem::onNoteAdded, Qt::UniqueConnection);
        connect(board, &Board::noteRemoved, this, &OverviewItem::onNoteRemoved,
                Qt::UniqueConnection);
        connect(board, &Board::noteChanged, this, &OverviewItem::onNoteChanged,
                Qt::UniqueConnection);
        connect(canvas, &CanvasController::movingChanged, this, &OverviewItem::onMovingChanged);
        if (m_movingOnly) {
            connect(canvas, &CanvasController::moveOffsetChanged, this, &QQuickItem::update);
        } else {
            auto highlight = [this] {
                m_highlightsDirty = true;
                update();
            };
            connect(canvas->selection(), &SelectionModel::notesToggled, this, highlight);
            connect(canvas, &CanvasController::matchesChanged, this, highlight);
        }
    }
    rebuildQuads();
}

QColor OverviewItem::colorOf(const Note &note) const
{
    QColor color = noteKindColor(note.kind);
    if (!m_movingOnly && controller() && controller()->movingNotes().contains(note.id))
        color.setAlphaF(ghostOpacity);
    return color;
}

void OverviewItem::writeQuad(int quad, const Note &note)
{
    setQuad(m_vertices.data() + quad * 6, note.geometry, colorOf(note));
    m_verticesDirty = true;
}

void OverviewItem::rebuildQuads()
{
    m_vertices.clear();
    m_quadOf.clear();
    m_freeQuads.clear();
    m_verticesDirty = true;
    m_highlightsDirty = true;
    const Board *current = board();
    if (!current || !controller())
        return;
    QList<const Note *> notes;
    if (m_movingOnly) {
        for (const QUuid &id : controller()->movingNotes()) {
            if (const Note *note = current->note(id))
                notes.append(note);
        }
    } else {
        notes.reserve(current->noteCount());
        for (const Note &note : current->notes())
            notes.append(&note);
    }
    // Buffer order is drawing order: lower notes first.
    std::sort(notes.begin(), notes.end(), [](const Note *a, const Note *b) {
        return a->z != b->z ? a->z < b->z : a->id < b->id;
    });
    m_vertices.resize(notes.size() * 6);
    for (qsizetype i = 0; i < notes.size(); ++i) {
        m_quadOf.insert(notes.at(i)->id, int(i));
        writeQuad(int(i), *notes.at(i));
    }
    update();
}

void OverviewItem::onNoteAdded(const QUuid &id)
{
    const Note *note = board() ? board()->note(id) : nullptr;
    if (!note || m_movingOnly)
        return;
    int quad;
    if (!m_freeQuads.isEmpty()) {
        quad = m_freeQuads.takeLast();
    } else {
        quad = int(m_vertices.size() / 6);
        m_vertices.resize(m_vertices.size() + 6);
    }
    m_quadOf.insert(id, quad);
    writeQuad(quad, *note);
    update();
}

void OverviewItem::onNoteRemoved(const QUuid &id)
{
    const int quad = m_quadOf.value(id, -1);
    if (quad < 0)
        return;
    m_quadOf.remove(id);
    m_freeQuads.append(quad);
    setQuad(m_vertices.data() + quad * 6, QRectF(), Qt::transparent);
    m_verticesDirty = true;
    m_highlightsDirty = true;
    update();
}

void OverviewItem::onNoteChanged(const QUuid &id, NoteChanges changes)
{
    if (changes & NoteChange::Z && !m_movingOnly) {
        // Stacking order is buffer order: rare enough to rebuild.
        rebuildQuads();
        return;
    }
    if (!(changes & (NoteChange::Geometry | NoteChange::Kind)))
        return;
    const int quad = m_quadOf.value(id, -1);
    const Note *note = board() ? board()->note(id) : nullptr;
    if (quad < 0 || !note)
        return;
    writeQuad(quad, *note);
    m_highlightsDirty = true;
    update();
}

void OverviewItem::onMovingChanged()
{
    if (m_movingOnly) {
        rebuildQuads();
        return;
    }
    const Board *current = board();
    if (!current)
        return;
    // Notes starting or ending a drag change their opacity; everything else stays.
    for (auto it = m_quadOf.cbegin(); it != m_quadOf.cend(); ++it) {
        if (const Note *note = current->note(it.key()))
            writeQuad(it.value(), *note);
    }
    update();
}

QList<QSGGeometry::ColoredPoint2D> OverviewItem::highlightVertices(qreal zoom) const
{
    QList<QSGGeometry::ColoredPoint2D> vertices;
    const Board *current = board();
    if (!current || m_movingOnly)
        return vertices;
    const qreal outline = outlinePixels / zoom;
    auto add = [&](const QUuid &id, const QColor &color) {
        const Note *note = current->note(id);
        if (!note)
            return;
        vertices.resize(vertices.size() + 6);
        setQuad(vertices.data() + vertices.size() - 6,
                note->geometry.adjusted(-outline, -outline, outline, outline), color);
    };
    for (const QUuid &id : controller()->search()->ids())
        add(id, m_matchColor);
    for (const QUuid &id : controller()->selection()->notes())
        add(id, m_selectionColor);
    return vertices;
}

QSGNode *OverviewItem::updatePaintNode(QSGNode *oldNode, UpdatePaintNodeData *)
{
    if (!controller() || !board()) {
        delete oldNode;
        return nullptr;
    }
    return usesSoftwareRenderer() ? updatePainterNode(oldNode) : updateGeometryNodes(oldNode);
}

QSGNode *OverviewItem::updateGeometryNodes(QSGNode *oldNode)
{
    // transform -> [highlights, notes]: outlines are quads drawn just behind their note.
    auto *root = static_cast<QSGTransformNode *>(oldNode);
    if (!root) {
        root = new QSGTransformNode;
        root->appendChildNode(newColoredNode());
        root->appendChildNode(newColoredNode());
        m_verticesDirty = m_highlightsDirty = true;
    }
    const QPointF offset = m_movingOnly ? controller()->moveOffset() : QPointF();
    root->setMatrix(QMatrix4x4(boardTransform(offset)));
    const qreal zoom = controller()->viewport()->zoom();
    if (m_highlightsDirty || zoom != m_highlightZoom) {
        upload(static_cast<QSGGeometryNode *>(root->firstChild()), highlightVertices(zoom));
        m_highlightsDirty = false;
        m_highlightZoom = zoom;
    }
    if (m_verticesDirty) {
        upload(static_cast<QSGGeometryNode *>(root->lastChild()), m_vertices);
        m_verticesDirty = false;
    }
    return root;
}

QSGNode *OverviewItem::updatePainterNode(QSGNode *oldNode)
{
    auto *node = static_cast<PainterNode *>(oldNode);
    if (!node)
        node = new PainterNode(window());
    const CanvasController *canvas = controller();
    const Board *current = board();
    const QPointF offset = m_movingOnly ? canvas->moveOffset() : QPointF();
    const QRectF visible = visibleBoardRect().translated(-offset);

    // Copies of what is in view: the paint function may run on the render thread.
    struct Block
    {
        QRectF rect;
        QRgb color;
    };
    QList<Block> blocks;
    const qreal outline = outlinePixels / canvas->viewport()->zoom();
    auto addHighlights = [&](const QList<QUuid> &ids, const QColor &color) {
        for (const QUuid &id : ids) {
            const Note *note = current->note(id);
            if (note && note->geometry.intersects(visible))
                blocks.append(
                    {note->geometry.adjusted(-outline, -outline, outline, outline), color.rgba()});
        }
    };
    if (m_movingOnly) {
        for (const QUuid &id : canvas->movingNotes()) {
            const Note *note = current->note(id);
            if (note && note->geometry.intersects(visible))
                blocks.append({note->geometry, colorOf(*note).rgba()});
        }
    } else {
        addHighlights(canvas->search()->ids(), m_matchColor);
        addHighlights(canvas->selection()->notes(), m_selectionColor);
        canvas->noteIndex().visit(visible, [&](const QUuid &id) {
            if (const Note *note = current->note(id))
                blocks.append({note->geometry, colorOf(*note).rgba()});
        });
    }
    const QTransform transform = boardTransform(offset);
    node->setPaint(
        [blocks = std::move(blocks), transform](QPainter *painter) {
            painter->setTransform(transform, true);
            painter->setPen(Qt::NoPen);
            for (const Block &block : blocks)
                painter->fillRect(block.rect, QColor::fromRgba(block.color));
        },
        boundingRect());
    return node;
}

} // namespace Seams
