#include "referencemethods.h"

#include "analysis/graphgenerator.h"
#include "analysis/graphviz.h"
#include "analysis/modulegraph.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>

#include <algorithm>

namespace Seams::Bench {

namespace {

QList<int> fromJson(const QJsonArray &array)
{
    QList<int> result;
    for (const QJsonValue &value : array)
        result.append(value.toInt());
    return result;
}

QString pythonWithIgraph()
{
    // python3-igraph lives in Debian's interpreter; a pyenv or venv python3 first on PATH
    // would not see it.
    for (const QString &candidate :
         {QStringLiteral("/usr/bin/python3"), QStringLiteral("python3")}) {
        QProcess probe;
        probe.start(candidate, {QStringLiteral("-c"), QStringLiteral("import igraph")});
        if (probe.waitForFinished(30000) && probe.exitStatus() == QProcess::NormalExit
            && probe.exitCode() == 0)
            return candidate;
    }
    return {};
}

} // namespace

ReferencePartitions runReferenceMethods(const ModuleGraph &graph, const QString &workFolder)
{
    ReferencePartitions result;
    const QString dotPath = QDir(workFolder).filePath(QStringLiteral("opaque.dot"));
    {
        QFile dot(dotPath);
        if (!dot.open(QIODevice::WriteOnly) || !GraphGenerator::writeDot(graph, &dot, true)) {
            result.problems += QStringLiteral("cannot write %1\n").arg(dotPath);
            return result;
        }
    }
    // Graphviz's cluster tool: the graph comes back with a "cluster" attribute per node.
    QProcess cluster;
    cluster.start(QStringLiteral("cluster"), {dotPath});
    if (!cluster.waitForFinished(600000) || cluster.exitCode() != 0) {
        result.problems += QStringLiteral("cluster: %1\n").arg(cluster.errorString());
    } else {
        QString error;
        Graphviz::Graph clustered = Graphviz::read(cluster.readAllStandardOutput(), &error);
        if (!clustered) {
            result.problems += QStringLiteral("cluster output: %1\n").arg(error);
        } else {
            result.graphvizCluster = QList<int>(graph.moduleCount(), -1);
            int next = 1000000;
            for (int module = 0; module < graph.moduleCount(); ++module) {
                const QByteArray name = "n" + QByteArray::number(module);
                Agnode_t *node = agnode(clustered.get(), const_cast<char *>(name.constData()), 0);
                const char *value = node ? agget(node, const_cast<char *>("cluster")) : nullptr;
                bool ok = false;
                const int group = value ? QByteArray(value).toInt(&ok) : 0;
                result.graphvizCluster[module] = ok ? group : next++;
            }
        }
    }
    // python3-igraph's Leiden and Infomap.
    const QString python = pythonWithIgraph();
    if (python.isEmpty()) {
        result.problems += QStringLiteral("python3-igraph is not installed\n");
        return result;
    }
    const QString edgesPath = QDir(workFolder).filePath(QStringLiteral("edges.txt"));
    QFile edges(edgesPath);
    if (!edges.open(QIODevice::WriteOnly))
        return result;
    QByteArray text = QByteArray::number(graph.moduleCount()) + '\n';
    for (const Dependency &dependency : graph.dependencies()) {
        for (int i = 0; i < dependency.weight; ++i)
            text += QByteArray::number(dependency.from) + ' ' + QByteArray::number(dependency.to)
                + '\n';
    }
    edges.write(text);
    edges.close();
    QProcess reference;
    reference.start(python,
                    {QStringLiteral(SEAMS_BENCH_DIR "/analysis/reference_methods.py"), edgesPath});
    if (!reference.waitForFinished(1800000) || reference.exitCode() != 0) {
        result.problems += QStringLiteral("reference_methods.py: %1 %2\n")
                               .arg(reference.errorString(),
                                    QString::fromUtf8(reference.readAllStandardError()));
        return result;
    }
    const QJsonObject partitions
        = QJsonDocument::fromJson(reference.readAllStandardOutput()).object();
    result.igraphLeiden = fromJson(partitions.value(QStringLiteral("leiden")).toArray());
    result.igraphInfomap = fromJson(partitions.value(QStringLiteral("infomap")).toArray());
    return result;
}

} // namespace Seams::Bench
