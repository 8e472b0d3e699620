#include "partition.h"

#include "partitiongraph.h"
#include "progress.h"

#include <QCoreApplication>
#include <QLoggingCategory>

#include <algorithm>

Q_LOGGING_CATEGORY(lcPartition, "seams.analysis.partition", QtWarningMsg)

namespace Seams::Partition {

namespace {

using namespace Detail;

QString tr(const char *text, int n = -1)
{
    return QCoreApplication::translate("Seams::Partition", text, nullptr, n);
}

int runsFor(const Undirected &graph, const Options &options)
{
    if (options.runs > 0)
        return options.runs;
    const double size = double(graph.vertices) + double(graph.edges.size());
    return std::clamp(int(200000.0 / std::max(size, 1.0)), 1, 5);
}

} // namespace

bool compute(const ModuleGraph &moduleGraph, const Options &options, Result *result,
             Progress *progress, QString *error)
{
    *result = Result();
    const Undirected graph = symmetrise(moduleGraph);
    const int n = graph.vertices;
    if (n == 0)
        return true;
    std::vector<bool> isolated(static_cast<size_t>(n));
    for (int v = 0; v < n; ++v)
        isolated[size_t(v)] = graph.strengths[size_t(v)] == 0;
    const int isolatedCount = int(std::count(isolated.begin(), isolated.end(), true));
    std::vector<int> membership(size_t(n), 0);

    if (!graph.edges.empty()) {
        const double resolution = options.resolution > 0 ? options.resolution : 1.0;
        const int runs = runsFor(graph, options);
        const double resolutions[] = {resolution, 2 * resolution};
        if (progress)
            progress->setStep(tr("Finding candidate services"), 2 * runs + 1);

        IGraph::Session session(options.seed, progress);
        IGraphView view;
        if (!view.build(n, graph.edges, graph.weights, error))
            return false;
        // Ensemble: how often each dependency ends up inside one group.
        std::vector<double> together(graph.edges.size(), 0.0);
        std::vector<int> run;
        std::vector<int> bestRun;
        double bestRunQuality = -1e300;
        int done = 0;
        for (double gamma : resolutions) {
            for (int i = 0; i < runs; ++i) {
                if (Progress::canceled(progress)) {
                    *error = tr("canceled");
                    return false;
                }
                session.seed(options.seed * 1000003u + quint64(done));
                double quality = 0;
                if (!view.leiden(gamma, &run, &quality, error))
                    return false;
                if (gamma == resolution && quality > bestRunQuality) {
                    bestRunQuality = quality;
                    bestRun = run;
                }
                for (size_t e = 0; e < graph.edges.size(); ++e) {
                    if (run[size_t(graph.edges[e].first)] == run[size_t(graph.edges[e].second)])
                        together[e] += 1;
                }
                ++done;
                if (progress)
                    progress->setDone(done);
            }
        }
        // Consensus: keep what most runs agree on, weighted by how much they agree.
        std::vector<std::pair<int, int>> kept;
        std::vector<double> keptWeights;
        for (size_t e = 0; e < graph.edges.size(); ++e) {
            const double share = together[e] / double(done);
            if (share >= 0.5) {
                kept.push_back(graph.edges[e]);
                keptWeights.push_back(share * graph.weights[e]);
            }
        }
        IGraphView consensus;
        IGraphView &target = kept.empty() ? view : consensus;
        if (!kept.empty() && !consensus.build(n, kept, keptWeights, error))
            return false;
        double bestQuality = -1e300;
        for (int i = 0; i < 3; ++i) {
            session.seed(options.seed * 7919u + quint64(i));
            double quality = 0;
            if (!target.leiden(resolution, &run, &quality, error))
                return false;
            if (quality > bestQuality) {
                bestQuality = quality;
                membership = run;
            }
        }
        if (progress)
            progress->setDone(done + 1);
        // On graphs with little structure the runs disagree, the consensus falls apart into
        // crumbs, and the best single run describes the code better.
        double consensusQuality = 0;
        if (!view.modularity(membership, resolution, &consensusQuality, error))
            return false;
        if (consensusQuality < 0.8 * bestRunQuality) {
            membership = bestRun;
            result->notes.append(tr("The clustering runs disagreed (weak structure): the best "
                                    "single run is used instead of their consensus."));
        }

        // Guard rails.
        const auto neighbours = adjacency(graph);
        if (const int adopted = adoptSingletons(neighbours, &membership); adopted > 0)
            result->notes.append(tr("%n module(s) left alone joined the group they depend on "
                                    "most.",
                                    adopted));
        const int connected = n - isolatedCount;
        // The largest group and its size, not counting modules without dependencies.
        auto largestGroup = [&](int *size) {
            std::vector<int> sizes = sizesOf(membership);
            for (size_t v = 0; v < isolated.size(); ++v) {
                if (isolated[v])
                    --sizes[size_t(membership[v])];
            }
            const auto largest = std::max_element(sizes.begin(), sizes.end());
            *size = *largest;
            return int(largest - sizes.begin());
        };
        bool splitAny = false;
        int largestSize = 0;
        for (int attempt = 0; attempt < 8 && connected >= 20; ++attempt) {
            const int group = largestGroup(&largestSize);
            if (largestSize * 2 <= connected)
                break;
            bool split = false;
            if (!splitGroup(graph, group, resolution, connected / 2, &membership, &split, error))
                return false;
            if (!split)
                break;
            adoptSingletons(neighbours, &membership);
            splitAny = true;
        }
        largestGroup(&largestSize);
        const bool giant = connected >= 20 && largestSize * 2 > connected;
        if (giant) {
            result->notes.append(tr("One group holds %1 of %2 connected modules and does not "
                                    "split further: its modules all depend on each other.")
                                     .arg(largestSize)
                                     .arg(connected));
        } else if (splitAny) {
            result->notes.append(tr("A group holding more than half of the connected modules "
                                    "was split at a higher resolution."));
        }
    }
    if (isolatedCount > 0)
        result->notes.append(tr("%n module(s) without any dependency were put in one "
                                "\"unconnected\" group.",
                                isolatedCount));

    result->count = renumber(isolated, &membership, &result->unconnected);
    result->membership = QList<int>(membership.begin(), membership.end());

    if (!graph.edges.empty()) {
        IGraph::Session session(options.seed);
        IGraphView view;
        if (!view.build(n, graph.edges, graph.weights, error)
            || !view.modularity(membership, 1.0, &result->modularity, error))
            return false;
    }
    qCDebug(lcPartition) << n << "modules," << graph.edges.size() << "couplings ->" << result->count
                         << "groups, modularity" << result->modularity;
    return true;
}

} // namespace Seams::Partition
