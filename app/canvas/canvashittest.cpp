// CanvasController's questions about the board: hit tests in board coordinates (what lies
// under a point, from the grips of the selection down to the frame bodies) and the small
// look-ups QML makes.

#include "canvascontroller.h"

#include "canvasgeometry.h"
#include "selectionmodel.h"
#include "viewport.h"

#include <QFontMetricsF>
#include <QGuiApplication>

#include <algorithm>
#include <cmath>

namespace Seams {

namespace {

// Sizes of the handles, in pixels on screen.
constexpr qreal gripPixels = 14;
constexpr qreal connectorPixels = 9;
constexpr qreal linkTolerancePixels = 6;
constexpr qreal titlePixels = 28;
// A relationship label: its font size and the padding around its text, in pixels.
constexpr int labelPixelSize = 11;
constexpr QSizeF labelPadding(10, 4);

} // namespace

QString CanvasHit::typeName() const
{
    switch (type) {
    case Empty:
        return QStringLiteral("empty");
    case Note:
        return QStringLiteral("note");
    case NoteResize:
        return QStringLiteral("noteResize");
    case NoteConnector:
        return QStringLiteral("noteConnector");
    case Context:
        return QStringLiteral("context");
    case ContextResize:
        return QStringLiteral("contextResize");
    case ContextConnector:
        return QStringLiteral("contextConnector");
    case ContextBody:
        return QStringLiteral("contextBody");
    case Link:
        return QStringLiteral("link");
    case Relationship:
        return QStringLiteral("relationship");
    }
    return {};
}

qreal CanvasController::frameTitleHeight() const
{
    return titlePixels / std::max<qreal>(m_viewport->zoom(), 0.2);
}

QUuid CanvasController::noteAt(const QPointF &boardPoint) const
{
    const Board *current = board();
    if (!current)
        return {};
    QUuid best;
    int bestZ = 0;
    for (const QUuid &id : m_noteIndex.itemsAt(boardPoint)) {
        const Note *note = current->note(id);
        if (note && (best.isNull() || note->z > bestZ || (note->z == bestZ && id > best))) {
            best = id;
            bestZ = note->z;
        }
    }
    return best;
}

QList<QUuid> CanvasController::notesIn(const QRectF &rect) const
{
    const Board *current = board();
    if (!current)
        return {};
    QList<QUuid> ids = m_noteIndex.query(rect.normalized());
    std::sort(ids.begin(), ids.end(), [current](const QUuid &a, const QUuid &b) {
        const int za = current->note(a)->z;
        const int zb = current->note(b)->z;
        return za != zb ? za < zb : a < b;
    });
    return ids;
}

CanvasHit CanvasController::handleHit(const QPointF &point) const
{
    const Board *current = board();
    const qreal pixel = 1 / m_viewport->zoom();
    if (m_selection->noteCount() == 1 && m_viewport->showsDetail()) {
        if (const Note *note = current->note(m_selection->currentNote())) {
            const QRectF rect = note->geometry;
            const QRectF grip(rect.right() - gripPixels * pixel * 0.7,
                              rect.bottom() - gripPixels * pixel * 0.7, gripPixels * pixel,
                              gripPixels * pixel);
            if (grip.contains(point))
                return {CanvasHit::NoteResize, note->id};
            const QPointF connector(rect.right() + 2 * connectorPixels * pixel, rect.center().y());
            if (QLineF(point, connector).length() <= connectorPixels * pixel * 1.5)
                return {CanvasHit::NoteConnector, note->id};
        }
    }
    for (const QUuid &id : m_selection->contexts()) {
        const BoundedContext *context = current->context(id);
        if (!context)
            continue;
        const QRectF rect = context->geometry;
        const QRectF grip(rect.right() - gripPixels * pixel, rect.bottom() - gripPixels * pixel,
                          gripPixels * pixel * 1.5, gripPixels * pixel * 1.5);
        if (grip.contains(point))
            return {CanvasHit::ContextResize, id};
        const QPointF connector(rect.right() + 2 * connectorPixels * pixel,
                                rect.top() - frameTitleHeight() / 2);
        if (QLineF(point, connector).length() <= connectorPixels * pixel * 1.5)
            return {CanvasHit::ContextConnector, id};
    }
    return {};
}

CanvasHit CanvasController::hitTest(const QPointF &point) const
{
    const Board *current = board();
    if (!current)
        return {};
    const CanvasHit handle = handleHit(point);
    if (handle.type != CanvasHit::Empty)
        return handle;
    const QUuid note = noteAt(point);
    if (!note.isNull())
        return {CanvasHit::Note, note};

    // Title bars: the smallest frame wins where nested frames share a strip.
    const qreal title = frameTitleHeight();
    QUuid titled;
    qreal titledArea = 0;
    for (const BoundedContext &context : current->contexts()) {
        const QRectF bar(context.geometry.left(), context.geometry.top() - title,
                         context.geometry.width(), title);
        const qreal area = context.geometry.width() * context.geometry.height();
        if (bar.contains(point) && (titled.isNull() || area < titledArea)) {
            titled = context.id;
            titledArea = area;
        }
    }
    if (!titled.isNull())
        return {CanvasHit::Context, titled};

    const qreal tolerance = linkTolerancePixels / m_viewport->zoom();
    for (const Link &link : current->links()) {
        const Note *source = current->note(link.sourceId);
        const Note *target = current->note(link.targetId);
        if (!source || !target)
            continue;
        const QLineF line = CanvasGeometry::arrowLine(source->geometry, target->geometry);
        if (!line.isNull() && CanvasGeometry::distanceToSegment(point, line) <= tolerance)
            return {CanvasHit::Link, link.id};
    }
    for (const Relationship &relationship : current->relationships()) {
        const BoundedContext *upstream = current->context(relationship.upstreamId);
        const BoundedContext *downstream = current->context(relationship.downstreamId);
        if (!upstream || !downstream)
            continue;
        const QLineF line = CanvasGeometry::arrowLine(upstream->geometry, downstream->geometry);
        if (!line.isNull() && CanvasGeometry::distanceToSegment(point, line) <= tolerance * 1.5)
            return {CanvasHit::Relationship, relationship.id};
    }
    const QUuid body = current->contextAt(point);
    if (!body.isNull())
        return {CanvasHit::ContextBody, body};
    return {};
}

QVariantMap CanvasController::hitTestAt(qreal viewX, qreal viewY) const
{
    const CanvasHit hit = hitTest(m_viewport->mapToBoard(viewX, viewY));
    return {{QStringLiteral("type"), hit.typeName()},
            {QStringLiteral("id"),
             hit.id.isNull() ? QString() : hit.id.toString(QUuid::WithoutBraces)}};
}

QRectF CanvasController::noteRect(const QString &id) const
{
    const Note *note = board() ? board()->note(QUuid(id)) : nullptr;
    return note ? note->geometry : QRectF();
}

QString CanvasController::noteText(const QString &id) const
{
    const Note *note = board() ? board()->note(QUuid(id)) : nullptr;
    return note ? note->text : QString();
}

QColor CanvasController::noteColor(const QString &id) const
{
    const Note *note = board() ? board()->note(QUuid(id)) : nullptr;
    return note ? noteKindColor(note->kind) : QColor();
}

QVariantList CanvasController::relationshipLabels() const
{
    QVariantList labels;
    const Board *current = board();
    if (!current)
        return labels;
    // The label's look is decided here and drawn as given by BoardCanvas.qml: bold, 11 px
    // times the font scale, padded.
    const int pixelSize = qRound(labelPixelSize * m_fontScale);
    QFont font = QGuiApplication::font();
    font.setPixelSize(pixelSize);
    font.setBold(true);
    const QFontMetricsF metrics(font);
    const qreal zoom = m_viewport->zoom();
    const qreal title = frameTitleHeight();
    QList<QRectF> titleBars;
    for (const BoundedContext &context : current->contexts()) {
        const QRectF &frame = context.geometry;
        titleBars.append(QRectF(frame.x(), frame.y() - title, frame.width(), title));
    }
    QList<QRectF> placed;
    for (const Relationship *relationship : current->sortedRelationships()) {
        const BoundedContext *upstream = current->context(relationship->upstreamId);
        const BoundedContext *downstream = current->context(relationship->downstreamId);
        if (!upstream || !downstream)
            continue;
        const QLineF line = CanvasGeometry::arrowLine(upstream->geometry, downstream->geometry);
        if (line.isNull())
            continue;
        QString text = abbreviation(relationship->pattern);
        if (relationship->sync != DataSync::None)
            text += QStringLiteral(" \u00b7 ") + sentenceName(relationship->sync);
        const QSizeF pixels(std::ceil(metrics.horizontalAdvance(text)) + labelPadding.width(),
                            std::ceil(metrics.height()) + labelPadding.height());
        const QSizeF size = pixels / zoom;
        const QPointF centre = CanvasGeometry::labelCentre(line, size, titleBars, placed);
        placed.append(QRectF(centre - QPointF(size.width() / 2, size.height() / 2), size));
        labels.append(
            QVariantMap {{QStringLiteral("id"), relationship->id.toString(QUuid::WithoutBraces)},
                         {QStringLiteral("x"), centre.x()},
                         {QStringLiteral("y"), centre.y()},
                         {QStringLiteral("width"), pixels.width()},
                         {QStringLiteral("height"), pixels.height()},
                         {QStringLiteral("pixelSize"), pixelSize},
                         {QStringLiteral("text"), text}});
    }
    return labels;
}

int CanvasController::noteKind(const QString &id) const
{
    const Note *note = board() ? board()->note(QUuid(id)) : nullptr;
    return note ? int(note->kind) : -1;
}

QRectF CanvasController::contextRect(const QString &id) const
{
    const BoundedContext *context = board() ? board()->context(QUuid(id)) : nullptr;
    return context ? context->geometry : QRectF();
}

QString CanvasController::contextName(const QString &id) const
{
    const BoundedContext *context = board() ? board()->context(QUuid(id)) : nullptr;
    return context ? context->name : QString();
}

} // namespace Seams
