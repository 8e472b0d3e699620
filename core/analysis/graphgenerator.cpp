#include "graphgenerator.h"

#include "modulegraph.h"

#include <QIODevice>

#include <algorithm>
#include <cmath>
#include <numeric>
#include <random>

namespace Seams::GraphGenerator {

void planted(const PlantedOptions &options, ModuleGraph *graph, QList<int> *truth)
{
    std::mt19937_64 random(options.seed);
    std::uniform_real_distribution<double> unit(0.0, 1.0);
    const int groups = std::max(1, std::min(options.groups, options.modules));
    // Group sizes from a Pareto(1.5) law bounded to a 1:20 range, as package sizes are: a few
    // big packages, many small ones, none holding most of the code.
    std::vector<double> raw(static_cast<size_t>(groups));
    const double low = 1.0;
    const double high = 20.0;
    const double alpha = 1.5;
    for (double &value : raw) {
        const double u = unit(random);
        value = std::pow(
            -(u * std::pow(high, alpha) - u * std::pow(low, alpha) - std::pow(high, alpha))
                / (std::pow(high, alpha) * std::pow(low, alpha)),
            -1.0 / alpha);
    }
    const double sum = std::accumulate(raw.begin(), raw.end(), 0.0);
    std::vector<int> sizes(static_cast<size_t>(groups));
    const int floor = options.modules >= groups * 5 ? 5 : 1;
    int assigned = 0;
    for (int g = 0; g < groups; ++g) {
        sizes[size_t(g)] = std::max(floor, int(options.modules * raw[size_t(g)] / sum));
        assigned += sizes[size_t(g)];
    }
    // Settle the rounding on the largest group.
    auto largest = std::max_element(sizes.begin(), sizes.end());
    *largest = std::max(1, *largest + options.modules - assigned);

    truth->clear();
    std::vector<std::vector<int>> members(static_cast<size_t>(groups));
    std::vector<std::discrete_distribution<int>> pick;
    for (int g = 0; g < groups; ++g) {
        std::vector<double> weights;
        for (int i = 0; i < sizes[size_t(g)] && truth->size() < options.modules; ++i) {
            const int module = int(truth->size());
            graph->addModule(QStringLiteral("g%1.m%2").arg(g).arg(module));
            truth->append(g);
            members[size_t(g)].push_back(module);
            weights.push_back(1.0 / std::pow(double(i % 50 + 1), 0.8));
        }
        pick.emplace_back(weights.begin(), weights.end());
    }
    const int modules = int(truth->size());
    std::uniform_int_distribution<int> anyModule(0, std::max(0, modules - 1));
    int added = 0;
    int attempts = 0;
    while (added < options.dependencies && attempts < options.dependencies * 4 && modules > 1) {
        ++attempts;
        const int from = anyModule(random);
        const int group = truth->at(from);
        int to = from;
        if (unit(random) < options.noise || members[size_t(group)].size() < 2)
            to = anyModule(random);
        else
            to = members[size_t(group)][size_t(pick[size_t(group)](random))];
        if (to == from)
            continue;
        graph->addDependency(from, to);
        ++added;
    }
    graph->setOrigin(QStringLiteral("generated"));
    graph->finish();
}

bool writeDot(const ModuleGraph &graph, QIODevice *device, bool opaque)
{
    auto name = [&graph, opaque](int module) {
        if (opaque)
            return QByteArray("n") + QByteArray::number(module);
        QByteArray quoted = graph.module(module).toUtf8();
        quoted.replace('\\', "\\\\").replace('"', "\\\"").replace('\n', "\\n");
        return '"' + quoted + '"';
    };
    QByteArray text = "digraph modules {\n";
    for (int module = 0; module < graph.moduleCount(); ++module)
        text += "  " + name(module) + ";\n";
    for (const Dependency &dependency : graph.dependencies()) {
        const QByteArray line = "  " + name(dependency.from) + " -> " + name(dependency.to) + ";\n";
        for (int i = 0; i < dependency.weight; ++i)
            text += line;
        if (text.size() > (1 << 20)) {
            if (device->write(text) != text.size())
                return false;
            text.clear();
        }
    }
    text += "}\n";
    return device->write(text) == text.size();
}

} // namespace Seams::GraphGenerator
