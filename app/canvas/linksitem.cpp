#include "linksitem.h"

#include "canvascontroller.h"
#include "canvasgeometry.h"
#include "painternode.h"
#include "selectionmodel.h"
#include "viewport.h"

#include <QPainter>
#include <QPainterPath>
#include <QSGGeometryNode>
#include <QSGTransformNode>
#include <QSGVertexColorMaterial>

#include <cmath>

namespace Seams {

namespace {

constexpr float linkPixels = 1.6f;
constexpr float selectedLinkPixels = 3.0f;
constexpr float relationshipPixels = 3.5f;
constexpr qreal headLengthPixels = 11;
constexpr qreal headWidthPixels = 9;
constexpr qreal noteArrowsZoom = 0.25;

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

LinksItem::LinksItem(QQuickItem *parent)
    : BoardLayerItem(parent)
{ }

void LinksItem::setColor(const QColor &color)
{
    if (color == m_color)
        return;
    m_color = color;
    markDirty();
    Q_EMIT colorsChanged();
}

void LinksItem::setRelationshipColor(const QColor &color)
{
    if (color == m_relationshipColor)
        return;
    m_relationshipColor = color;
    markDirty();
    Q_EMIT colorsChanged();
}

void LinksItem::setSelectionColor(const QColor &color)
{
    if (color == m_selectionColor)
        return;
    m_selectionColor = color;
    markDirty();
    Q_EMIT colorsChanged();
}

void LinksItem::markDirty()
{
    m_arrowsDirty = true;
    update();
}

void LinksItem::boardChanged(Board *board)
{
    CanvasController *canvas = controller();
    if (canvas && board) {
        connect(board, &Board::linkAdded, this, &LinksItem::markDirty);
        connect(board, &Board::linkRemoved, this, &LinksItem::markDirty);
        connect(board, &Board::relationshipAdded, this, &LinksItem::markDirty);
        connect(board, &Board::relationshipRemoved, this, &LinksItem::markDirty);
        connect(board, &Board::noteRemoved, this, &LinksItem::markDirty);
        connect(board, &Board::contextRemoved, this, &LinksItem::markDirty);
        connect(board, &Board::noteChanged, this, [this](const QUuid &, NoteChanges changes) {
            if (changes & NoteChange::Geometry)
                markDirty();
        });
        connect(board, &Board::contextChanged, this, [this](const QUuid &, ContextChanges changes) {
            if (changes & ContextChange::Geometry)
                markDirty();
        });
        connect(canvas->selection(), &SelectionModel::changed, this, &LinksItem::markDirty);
        connect(canvas, &CanvasController::movingChanged, this, &LinksItem::markDirty);
        connect(canvas, &CanvasController::moveOffsetChanged, this, &QQuickItem::update);
    }
    markDirty();
}

void LinksItem::rebuildArrows()
{
    m_arrows.clear();
    m_movingLinks.clear();
    m_arrowsDirty = false;
    m_staticGeometryDirty = true;
    const Board *current = board();
    const CanvasController *canvas = controller();
    if (!current || !canvas)
        return;
    const SelectionModel *selection = canvas->selection();
    const QSet<QUuid> &moving = canvas->movingNotes();
    m_arrowsShowNotes = canvas->viewport()->zoom() >= noteArrowsZoom;
    const QRectF visible = visibleBoardRect();
    m_area = visible.adjusted(-visible.width() / 4, -visible.height() / 4, visible.width() / 4,
                              visible.height() / 4);
    auto inArea = [this](const QLineF &line) {
        const QRectF box = QRectF(line.p1(), line.p2()).normalized();
        return box.left() <= m_area.right() && m_area.left() <= box.right()
            && box.top() <= m_area.bottom() && m_area.top() <= box.bottom();
    };
    for (const Relationship &relationship : current->relationships()) {
        const BoundedContext *upstream = current->context(relationship.upstreamId);
        const BoundedContext *downstream = current->context(relationship.downstreamId);
        if (!upstream || !downstream || canvas->movingContexts().contains(upstream->id)
            || canvas->movingContexts().contains(downstream->id))
            continue;
        const QLineF line = CanvasGeometry::arrowLine(upstream->geometry, downstream->geometry);
        const bool selected = selection->relationships().contains(relationship.id);
        if (!line.isNull() && inArea(line))
            m_arrows.append({line, (selected ? m_selectionColor : m_relationshipColor).rgba(),
                             selected ? relationshipPixels + 1.5f : relationshipPixels});
    }
    for (const Link &link : current->links()) {
        if (!m_arrowsShowNotes)
            break;
        if (moving.contains(link.sourceId) || moving.contains(link.targetId)) {
            m_movingLinks.append(link.id);
            continue;
        }
        const Note *source = current->note(link.sourceId);
        const Note *target = current->note(link.targetId);
        if (!source || !target)
            continue;
        const QLineF line = CanvasGeometry::arrowLine(source->geometry, target->geometry);
        const bool selected = selection->containsLink(link.id);
        if (!line.isNull() && inArea(line))
            m_arrows.append({line, (selected ? m_selectionColor : m_color).rgba(),
                             selected ? selectedLinkPixels : linkPixels});
    }
}

QList<LinksItem::Arrow> LinksItem::movingArrows() const
{
    QList<Arrow> arrows;
    const Board *current = board();
    const CanvasController *canvas = controller();
    if (!current || !canvas || m_movingLinks.isEmpty())
        return arrows;
    const QPointF offset = canvas->moveOffset();
    const QSet<QUuid> &moving = canvas->movingNotes();
    auto rectOf = [&](const Note *note) {
        return moving.contains(note->id) ? note->geometry.translated(offset) : note->geometry;
    };
    for (const QUuid &id : m_movingLinks) {
        const Link *link = current->link(id);
        const Note *source = link ? current->note(link->sourceId) : nullptr;
        const Note *target = link ? current->note(link->targetId) : nullptr;
        if (!source || !target)
            continue;
        const QLineF line = CanvasGeometry::arrowLine(rectOf(source), rectOf(target));
        if (!line.isNull())
            arrows.append({line, m_color.rgba(), linkPixels});
    }
    return arrows;
}

QVariantList LinksItem::arrowsAt(const QString &noteId) const
{
    QVariantList result;
    const Board *current = board();
    const CanvasController *canvas = controller();
    const QUuid id(noteId);
    if (!current || !canvas)
        return result;
    const QPointF offset = canvas->moveOffset();
    auto rectOf = [&](const Note *note) {
        return canvas->movingNotes().contains(note->id) ? note->geometry.translated(offset)
                                                        : note->geometry;
    };
    for (const QUuid &linkId : current->linksOf(id)) {
        const Link *link = current->link(linkId);
        const QLineF line = CanvasGeometry::arrowLine(rectOf(current->note(link->sourceId)),
                                                      rectOf(current->note(link->targetId)));
        result.append(QVariantMap {{QStringLiteral("x1"), line.x1()},
                                   {QStringLiteral("y1"), line.y1()},
                                   {QStringLiteral("x2"), line.x2()},
                                   {QStringLiteral("y2"), line.y2()}});
    }
    return result;
}

void LinksItem::appendArrow(QList<QSGGeometry::ColoredPoint2D> &vertices, const Arrow &arrow,
                            qreal zoom)
{
    const QColor color = QColor::fromRgba(arrow.color);
    const float alpha = float(color.alphaF());
    const auto r = uchar(color.red() * alpha);
    const auto g = uchar(color.green() * alpha);
    const auto b = uchar(color.blue() * alpha);
    const auto a = uchar(color.alpha());
    const qreal length = arrow.line.length();
    if (length <= 0)
        return;
    const QPointF direction = (arrow.line.p2() - arrow.line.p1()) / length;
    const QPointF normal(-direction.y(), direction.x());
    const qreal headLength = std::min(headLengthPixels / zoom, length * 0.6);
    const qreal halfWidth = arrow.widthPixels / 2 / zoom;
    const qreal headHalfWidth
        = headWidthPixels / 2 / zoom * (arrow.widthPixels / linkPixels > 1.5 ? 1.4 : 1.0);
    const QPointF start = arrow.line.p1();
    const QPointF neck = arrow.line.p2() - direction * headLength;
    const QPointF tip = arrow.line.p2();
    auto add = [&](const QPointF &point) {
        QSGGeometry::ColoredPoint2D vertex;
        vertex.set(float(point.x()), float(point.y()), r, g, b, a);
        vertices.append(vertex);
    };
    const QPointF side = normal * halfWidth;
    add(start + side);
    add(neck + side);
    add(start - side);
    add(neck + side);
    add(neck - side);
    add(start - side);
    const QPointF headSide = normal * headHalfWidth;
    add(neck + headSide);
    add(tip);
    add(neck - headSide);
}

QSGNode *LinksItem::updatePaintNode(QSGNode *oldNode, UpdatePaintNodeData *)
{
    if (!controller() || !board()) {
        delete oldNode;
        return nullptr;
    }
    if (m_arrowsDirty || !m_area.contains(visibleBoardRect())
        || m_arrowsShowNotes != (controller()->viewport()->zoom() >= noteArrowsZoom))
        rebuildArrows();
    return usesSoftwareRenderer() ? updatePainterNode(oldNode) : updateGeometryNodes(oldNode);
}

QSGNode *LinksItem::updateGeometryNodes(QSGNode *oldNode)
{
    auto *root = static_cast<QSGTransformNode *>(oldNode);
    if (!root) {
        root = new QSGTransformNode;
        root->appendChildNode(newColoredNode()); // static arrows
        root->appendChildNode(newColoredNode()); // arrows of the notes being dragged
        m_staticGeometryDirty = true;
    }
    root->setMatrix(QMatrix4x4(boardTransform()));
    const qreal zoom = controller()->viewport()->zoom();
    if (m_staticGeometryDirty || zoom != m_geometryZoom) {
        QList<QSGGeometry::ColoredPoint2D> vertices;
        vertices.reserve(m_arrows.size() * 9);
        for (const Arrow &arrow : std::as_const(m_arrows))
            appendArrow(vertices, arrow, zoom);
        upload(static_cast<QSGGeometryNode *>(root->firstChild()), vertices);
        m_staticGeometryDirty = false;
        m_geometryZoom = zoom;
    }
    QList<QSGGeometry::ColoredPoint2D> moving;
    for (const Arrow &arrow : movingArrows())
        appendArrow(moving, arrow, zoom);
    auto *movingNode = static_cast<QSGGeometryNode *>(root->lastChild());
    if (!moving.isEmpty() || movingNode->geometry()->vertexCount() > 0)
        upload(movingNode, moving);
    return root;
}

QSGNode *LinksItem::updatePainterNode(QSGNode *oldNode)
{
    auto *node = static_cast<PainterNode *>(oldNode);
    if (!node)
        node = new PainterNode(window());
    const QRectF visible = visibleBoardRect();
    QList<Arrow> arrows;
    for (const Arrow &arrow : std::as_const(m_arrows)) {
        const QRectF box = QRectF(arrow.line.p1(), arrow.line.p2()).normalized();
        if (box.intersects(visible) || (box.width() == 0 || box.height() == 0))
            arrows.append(arrow);
    }
    arrows += movingArrows();
    const QTransform transform = boardTransform();
    const qreal zoom = controller()->viewport()->zoom();
    node->setPaint(
        [arrows = std::move(arrows), transform, zoom](QPainter *painter) {
            painter->setRenderHint(QPainter::Antialiasing, true);
            for (const Arrow &arrow : arrows) {
                // Drawn in view coordinates, so widths stay in pixels.
                const QLineF line = transform.map(arrow.line);
                const qreal length = line.length();
                if (length <= 0)
                    continue;
                const QPointF direction = (line.p2() - line.p1()) / length;
                const QPointF normal(-direction.y(), direction.x());
                const qreal headLength = std::min(headLengthPixels, length * 0.6);
                const QPointF neck = line.p2() - direction * headLength;
                const QColor color = QColor::fromRgba(arrow.color);
                painter->setPen(QPen(color, arrow.widthPixels, Qt::SolidLine, Qt::FlatCap));
                painter->drawLine(line.p1(), neck);
                const qreal headHalf = headWidthPixels / 2;
                const QPointF head[3]
                    = {neck + normal * headHalf, line.p2(), neck - normal * headHalf};
                painter->setPen(Qt::NoPen);
                painter->setBrush(color);
                painter->drawPolygon(head, 3);
            }
            Q_UNUSED(zoom)
        },
        boundingRect());
    return node;
}

} // namespace Seams
