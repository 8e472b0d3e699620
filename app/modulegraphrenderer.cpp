#include "modulegraphrenderer.h"

#include "analysiscontroller.h"

#include <QPainter>

#include <algorithm>
#include <cmath>

namespace Seams {

QPointF GraphViewport::toItem(const QPointF &point) const
{
    return (point - center) * zoom + QPointF(size.width() / 2, size.height() / 2);
}

QPointF GraphViewport::toLayout(const QPointF &point) const
{
    return (point - QPointF(size.width() / 2, size.height() / 2)) / zoom + center;
}

QImage renderModuleGraph(const GraphViewport &view)
{
    const QSize pixels = (view.size * view.ratio).toSize();
    if (!view.snapshot || pixels.isEmpty())
        return {};
    QImage image(pixels, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(view.ratio);
    image.fill(Qt::white);
    const AnalysisSnapshot &snapshot = *view.snapshot;
    const GraphLayout &layout = snapshot.layout;
    const QList<int> &membership = snapshot.suggestion.membership;
    auto toItem = [&view](const QPointF &point) {
        return view.toItem(point);
    };
    const QRectF visible = QRectF(view.toLayout(QPointF(0, 0)),
                                  view.toLayout(QPointF(view.size.width(), view.size.height())))
                               .normalized()
                               .adjusted(-1, -1, 1, 1);
    QPainter painter(&image);
    const int highlighted = view.highlighted;
    auto faded = [highlighted](int candidate) {
        return highlighted >= 0 && candidate != highlighted;
    };

    // Couplings between candidates as one line per pair (its width grows with the count);
    // the module-to-module lines across candidates only for the highlighted one, or the
    // picture drowns in grey. Thousands of hairlines are drawn without antialiasing, batched
    // per colour and opaque: the raster engine draws those several times faster.
    painter.setRenderHint(QPainter::Antialiasing, true);
    const QList<QList<qint64>> &coupling = snapshot.suggestion.coupling;
    qint64 strongest = 1;
    for (qsizetype a = 0; a < coupling.size(); ++a) {
        for (qsizetype b = 0; b < coupling.size(); ++b) {
            if (a != b)
                strongest = std::max(strongest, coupling.at(a).at(b) + coupling.at(b).at(a));
        }
    }
    // Each candidate's three strongest couplings (all of them for the highlighted one).
    const qsizetype k = coupling.size();
    QList<QList<bool>> shown(k, QList<bool>(k, false));
    for (qsizetype a = 0; a < k; ++a) {
        QList<QPair<qint64, qsizetype>> partners;
        for (qsizetype b = 0; b < k; ++b) {
            const qint64 weight = a == b ? 0 : coupling.at(a).at(b) + coupling.at(b).at(a);
            if (weight > 0)
                partners.append({-weight, b});
        }
        std::sort(partners.begin(), partners.end());
        const qsizetype keep
            = highlighted == a ? partners.size() : std::min<qsizetype>(3, partners.size());
        for (qsizetype i = 0; i < keep; ++i) {
            shown[a][partners.at(i).second] = true;
            shown[partners.at(i).second][a] = true;
        }
    }
    for (qsizetype a = 0; a < k; ++a) {
        for (qsizetype b = a + 1; b < k; ++b) {
            const qint64 weight = coupling.at(a).at(b) + coupling.at(b).at(a);
            if (!shown.at(a).at(b) || (highlighted >= 0 && a != highlighted && b != highlighted))
                continue;
            const qreal width
                = 0.5 + 5.0 * std::log1p(double(weight)) / std::log1p(double(strongest));
            painter.setPen(QPen(QColor(0x9e, 0x9e, 0x9e, 150), width));
            painter.drawLine(toItem(layout.centres.at(a)), toItem(layout.centres.at(b)));
        }
    }
    for (qsizetype c = 0; c < layout.centres.size(); ++c) {
        QColor fill = snapshot.colors.at(c);
        fill.setAlpha(faded(int(c)) ? 25 : 60);
        painter.setPen(QPen(snapshot.colors.at(c).darker(faded(int(c)) ? 105 : 140), 1.2));
        painter.setBrush(fill);
        const qreal radius = layout.radii.at(c) * view.zoom;
        painter.drawEllipse(toItem(layout.centres.at(c)), radius, radius);
    }
    painter.setRenderHint(QPainter::Antialiasing, false);
    QList<QLineF> across;
    QList<QList<QLineF>> inside(layout.centres.size());
    for (const Dependency &dependency : snapshot.graph->dependencies()) {
        const QPointF &from = layout.positions.at(dependency.from);
        const QPointF &to = layout.positions.at(dependency.to);
        if (!visible.contains(from) && !visible.contains(to))
            continue;
        const int a = membership.at(dependency.from);
        const int b = membership.at(dependency.to);
        if (a == b)
            inside[a].append(QLineF(toItem(from), toItem(to)));
        else if (highlighted >= 0 && (a == highlighted || b == highlighted))
            across.append(QLineF(toItem(from), toItem(to)));
    }
    painter.setPen(QPen(QColor(0x75, 0x75, 0x75), 0));
    painter.drawLines(across);
    for (qsizetype c = 0; c < inside.size(); ++c) {
        const QColor color = snapshot.colors.at(c);
        painter.setPen(QPen(faded(int(c)) ? color.lighter(135) : color.darker(115), 0));
        painter.drawLines(inside.at(c));
    }
    const qreal dot = std::clamp(view.zoom * 3.0, 2.0, 6.0);
    QList<QList<QRectF>> dots(layout.centres.size());
    for (qsizetype i = 0; i < layout.positions.size(); ++i) {
        if (!visible.contains(layout.positions.at(i)))
            continue;
        const QPointF point = toItem(layout.positions.at(i));
        dots[membership.at(i)].append(QRectF(point.x() - dot / 2, point.y() - dot / 2, dot, dot));
    }
    painter.setPen(Qt::NoPen);
    for (qsizetype c = 0; c < dots.size(); ++c) {
        QColor color = snapshot.colors.at(c).darker(130);
        if (faded(int(c)))
            color.setAlpha(60);
        painter.setBrush(color);
        painter.drawRects(dots.at(c));
    }
    // Names where there is room for them.
    painter.setPen(Qt::black);
    QFont font = painter.font();
    font.setPointSizeF(9);
    painter.setFont(font);
    for (qsizetype c = 0; c < layout.centres.size(); ++c) {
        const qreal radius = layout.radii.at(c) * view.zoom;
        if (radius < 10 || faded(int(c)))
            continue;
        const QPointF top = toItem(layout.centres.at(c)) - QPointF(radius, radius + 16);
        painter.drawText(QRectF(top, QSizeF(2 * radius, 16)), Qt::AlignCenter,
                         painter.fontMetrics().elidedText(snapshot.suggestion.candidates.at(c).name,
                                                          Qt::ElideMiddle, int(2 * radius)));
    }
    painter.end();
    return image;
}

} // namespace Seams
