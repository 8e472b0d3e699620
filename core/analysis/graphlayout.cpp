#include "graphlayout.h"

#include "igraphutil.h"
#include "modulegraph.h"
#include "progress.h"
#include "suggestion.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>
#include <cmath>

namespace Seams::GraphLayouter {

namespace {

/** Force layout of `vertices` vertices and weighted edges; positions come back centred. */
bool forceLayout(int vertices, const QList<QPair<int, int>> &edges, const QList<double> &weights,
                 int iterations, QList<QPointF> *positions, QString *error)
{
    positions->clear();
    if (vertices == 1) {
        positions->append(QPointF(0, 0));
        return true;
    }
    IGraph::IntVector list(igraph_integer_t(edges.size()) * 2);
    IGraph::RealVector weightVector(igraph_integer_t(edges.size()));
    for (qsizetype i = 0; i < edges.size(); ++i) {
        list.set(2 * i, edges.at(i).first);
        list.set(2 * i + 1, edges.at(i).second);
        weightVector.set(i, weights.at(i));
    }
    IGraph::Graph graph;
    IGraph::RealMatrix matrix(vertices, 2);
    if (!graph.create(list, vertices, false, error) || !matrix.isValid())
        return false;
    // Without edges a circle reads better than a random cloud.
    const igraph_error_t result = edges.isEmpty()
        ? igraph_layout_circle(graph.get(), matrix.get(), igraph_vss_all())
        : igraph_layout_fruchterman_reingold(
            graph.get(), matrix.get(), false, iterations, std::sqrt(double(vertices)),
            IGRAPH_LAYOUT_AUTOGRID, weightVector.get(), nullptr, nullptr, nullptr, nullptr);
    if (!IGraph::succeeded(result, "igraph_layout", error))
        return false;
    QPointF centre;
    for (int v = 0; v < vertices; ++v) {
        positions->append(QPointF(matrix.at(v, 0), matrix.at(v, 1)));
        centre += positions->last();
    }
    centre /= vertices;
    for (QPointF &point : *positions)
        point -= centre;
    return true;
}

} // namespace

bool layout(const ModuleGraph &graph, const Suggestion &suggestion, GraphLayout *result,
            Progress *progress, QString *error)
{
    *result = GraphLayout();
    const qsizetype k = suggestion.candidates.size();
    if (k == 0)
        return true;
    if (progress)
        progress->setStep(
            QCoreApplication::translate("Seams::GraphLayouter", "Laying out the graph"), k + 1);
    IGraph::Session session(1, progress);

    for (const Candidate &candidate : suggestion.candidates)
        result->radii.append(12.0 * std::sqrt(double(candidate.modules.size())) + 6.0);

    // Candidate discs, pulled together by their coupling.
    QList<QPair<int, int>> edges;
    QList<double> weights;
    for (qsizetype a = 0; a < k; ++a) {
        for (qsizetype b = a + 1; b < k; ++b) {
            const qint64 weight = suggestion.coupling.at(a).at(b) + suggestion.coupling.at(b).at(a);
            if (weight > 0) {
                edges.append({int(a), int(b)});
                weights.append(std::log1p(double(weight)));
            }
        }
    }
    if (!forceLayout(int(k), edges, weights, 500, &result->centres, error))
        return false;
    // Scale the force layout so neighbouring discs just touch, then push apart the pairs
    // that still overlap (a global scale would let one tight pair blow the picture up).
    QList<double> ratios;
    for (qsizetype a = 0; a < k; ++a) {
        double nearest = 1e300;
        for (qsizetype b = 0; b < k; ++b) {
            if (a == b)
                continue;
            const QPointF delta = result->centres.at(a) - result->centres.at(b);
            nearest = std::min(nearest,
                               std::max(std::hypot(delta.x(), delta.y()), 1e-6)
                                   / (result->radii.at(a) + result->radii.at(b)));
        }
        if (nearest < 1e300)
            ratios.append(nearest);
    }
    if (!ratios.isEmpty()) {
        std::sort(ratios.begin(), ratios.end());
        const double scale = 1.15 / ratios.at(ratios.size() / 2);
        for (QPointF &centre : result->centres)
            centre *= scale;
    }
    const int passes = k <= 400 ? 60 : 0;
    for (int pass = 0; pass < passes; ++pass) {
        bool moved = false;
        for (qsizetype a = 0; a < k; ++a) {
            for (qsizetype b = a + 1; b < k; ++b) {
                QPointF delta = result->centres.at(b) - result->centres.at(a);
                double distance = std::hypot(delta.x(), delta.y());
                const double wanted = 1.1 * (result->radii.at(a) + result->radii.at(b));
                if (distance >= wanted)
                    continue;
                if (distance < 1e-6) {
                    delta = QPointF(1, 0);
                    distance = 1;
                }
                const QPointF push = delta / distance * ((wanted - distance) / 2);
                result->centres[a] -= push;
                result->centres[b] += push;
                moved = true;
            }
        }
        if (!moved)
            break;
    }
    if (passes == 0) {
        // Too many discs to push pairwise: a global scale that separates every pair.
        double scale = 1;
        for (qsizetype a = 0; a < k; ++a) {
            for (qsizetype b = a + 1; b < k; ++b) {
                const QPointF delta = result->centres.at(a) - result->centres.at(b);
                const double distance = std::max(std::hypot(delta.x(), delta.y()), 1e-6);
                scale
                    = std::max(scale, 1.1 * (result->radii.at(a) + result->radii.at(b)) / distance);
            }
        }
        for (QPointF &centre : result->centres)
            centre *= scale;
    }
    if (progress)
        progress->setDone(1);

    // Modules inside their disc.
    result->positions = QList<QPointF>(graph.moduleCount());
    QList<int> local(graph.moduleCount(), -1);
    QList<QList<QPair<int, int>>> inner(k);
    QList<QList<double>> innerWeights(k);
    for (qsizetype c = 0; c < k; ++c) {
        const QList<int> &modules = suggestion.candidates.at(c).modules;
        for (qsizetype i = 0; i < modules.size(); ++i)
            local[modules.at(i)] = int(i);
    }
    for (const Dependency &dependency : graph.dependencies()) {
        const int c = suggestion.membership.at(dependency.from);
        if (c == suggestion.membership.at(dependency.to)) {
            inner[c].append({local.at(dependency.from), local.at(dependency.to)});
            innerWeights[c].append(1.0);
        }
    }
    for (qsizetype c = 0; c < k; ++c) {
        if (Progress::canceled(progress)) {
            *error = QCoreApplication::translate("Seams::Analysis", "canceled");
            return false;
        }
        const QList<int> &modules = suggestion.candidates.at(c).modules;
        QList<QPointF> points;
        const int iterations = modules.size() > 1000 ? 60 : 150;
        if (!forceLayout(int(modules.size()), inner.at(c), innerWeights.at(c), iterations, &points,
                         error))
            return false;
        double extent = 0;
        for (const QPointF &point : std::as_const(points))
            extent = std::max(extent, std::hypot(point.x(), point.y()));
        const double fit = extent > 0 ? (result->radii.at(c) - 4.0) / extent : 0;
        for (qsizetype i = 0; i < modules.size(); ++i)
            result->positions[modules.at(i)] = result->centres.at(c) + points.at(i) * fit;
        if (progress)
            progress->setDone(c + 2);
    }
    for (qsizetype c = 0; c < k; ++c) {
        const QRectF disc(result->centres.at(c) - QPointF(result->radii.at(c), result->radii.at(c)),
                          QSizeF(2 * result->radii.at(c), 2 * result->radii.at(c)));
        result->bounds = result->bounds.isNull() ? disc : result->bounds.united(disc);
    }
    return true;
}

} // namespace Seams::GraphLayouter
