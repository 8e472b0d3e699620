#include "dotimport.h"

#include "graphviz.h"
#include "modulegraph.h"
#include "progress.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QSet>

Q_LOGGING_CATEGORY(lcDotImport, "seams.analysis.dot", QtWarningMsg)

namespace Seams::DotImport {

namespace {

enum class Dialect { Generic, Jdeps, Pydeps, Madge, DependencyCruiser };

QString tr(const char *text)
{
    return QCoreApplication::translate("Seams::DotImport", text);
}

QString dialectKey(Dialect dialect)
{
    switch (dialect) {
    case Dialect::Jdeps:
        return QStringLiteral("jdeps");
    case Dialect::Pydeps:
        return QStringLiteral("pydeps");
    case Dialect::Madge:
        return QStringLiteral("madge");
    case Dialect::DependencyCruiser:
        return QStringLiteral("dependency-cruiser");
    case Dialect::Generic:
        break;
    }
    return QStringLiteral("dot");
}

QString attribute(void *object, const char *name)
{
    const char *value = agget(object, const_cast<char *>(name));
    return value ? QString::fromUtf8(value) : QString();
}

QString nodeName(Agnode_t *node)
{
    return QString::fromUtf8(agnameof(node));
}

// jdeps names its targets "java.util.List (java.base)" or "a.B (app.jar)".
bool splitSuffix(const QString &name, QString *base, QString *suffix)
{
    if (!name.endsWith(QLatin1Char(')')))
        return false;
    const qsizetype open = name.lastIndexOf(QLatin1String(" ("));
    if (open <= 0)
        return false;
    *base = name.left(open);
    *suffix = name.mid(open + 2, name.size() - open - 3);
    return true;
}

// pydeps writes long names over several lines: "pydeps\.\ncli" for "pydeps.cli".
QString pydepsLabel(const QString &label)
{
    QString name = label;
    name.replace(QLatin1String("\\.\\n"), QLatin1String("."));
    name.remove(QLatin1String("\\n"));
    return name;
}

bool isPlainLabel(const QString &label)
{
    return !label.isEmpty() && label != QLatin1String("\\N") && !label.startsWith(QLatin1Char('<'));
}

const QRegularExpression &scriptExtension()
{
    static const QRegularExpression script(
        QStringLiteral("(\\.d)?\\.(js|mjs|cjs|jsx|ts|tsx|mts|cts|vue|svelte)$"));
    return script;
}

bool hasScriptExtension(const QString &name)
{
    return scriptExtension().match(name).hasMatch();
}

// npm packages, Node's core modules ("fs", "node:path") and unresolved bare names.
bool isExternalScript(const QString &name)
{
    return name.contains(QLatin1String("node_modules/")) || name.startsWith(QLatin1String("node:"))
        || (!name.contains(QLatin1Char('/')) && !hasScriptExtension(name));
}

Dialect detect(Agraph_t *graph)
{
    const QString graphName = QString::fromUtf8(agnameof(graph));
    if (graphName.contains(QLatin1String("dependency-cruiser")))
        return Dialect::DependencyCruiser;
    if (graphName.endsWith(QLatin1String(".jar")) || graphName == QLatin1String("summary"))
        return Dialect::Jdeps;
    int sampled = 0;
    int suffixed = 0;
    int pydepsLike = 0;
    int urls = 0;
    int scripts = 0;
    QString base;
    QString suffix;
    for (Agnode_t *node = agfstnode(graph); node && sampled < 500; node = agnxtnode(graph, node)) {
        ++sampled;
        const QString name = nodeName(node);
        if (splitSuffix(name, &base, &suffix))
            ++suffixed;
        const QString label = attribute(node, "label");
        if (isPlainLabel(label) && label.contains(QLatin1Char('.'))) {
            QString id = pydepsLabel(label);
            if (id.replace(QLatin1Char('.'), QLatin1Char('_')) == name)
                ++pydepsLike;
        }
        if (attribute(node, "URL") == name)
            ++urls;
        if (hasScriptExtension(name))
            ++scripts;
    }
    if (sampled == 0)
        return Dialect::Generic;
    if (suffixed * 2 >= sampled)
        return Dialect::Jdeps;
    if (pydepsLike > 0 && pydepsLike * 4 >= sampled)
        return Dialect::Pydeps;
    if (urls * 2 >= sampled)
        return Dialect::DependencyCruiser;
    if (attribute(graph, "bgcolor") == QLatin1String("#111111") || scripts * 2 >= sampled)
        return Dialect::Madge;
    return Dialect::Generic;
}

/** Gathers nodes and edges over every graph read, then decides what is internal. */
class Collector
{
public:
    void addGraph(Agraph_t *graph);
    void finish(ModuleGraph *graph);

private:
    struct Node
    {
        QString name;
        QString group;
        /** jdeps: the archive or JDK module a target was named with; madge and
         *  dependency-cruiser: "external" for packages and core modules. */
        QString suffix;
        /** Appeared as a plain name (a jdeps source) at least once. */
        bool plain = false;
        Dialect dialect = Dialect::Generic;
    };

    int nodeIndex(const QString &name, Dialect dialect);
    void collectGroups(Agraph_t *subgraph, const QString &group,
                       QHash<Agnode_t *, QString> *groups);
    bool isExternal(const Node &node) const;

    QList<Node> m_nodes;
    QHash<QString, int> m_index;
    QList<Dependency> m_edges;
    QSet<QString> m_archives;
    QStringList m_dialects;
};

int Collector::nodeIndex(const QString &name, Dialect dialect)
{
    const auto found = m_index.constFind(name);
    if (found != m_index.cend())
        return found.value();
    const int index = int(m_nodes.size());
    Node node;
    node.name = name;
    node.dialect = dialect;
    m_nodes.append(node);
    m_index.insert(name, index);
    return index;
}

void Collector::collectGroups(Agraph_t *subgraph, const QString &group,
                              QHash<Agnode_t *, QString> *groups)
{
    for (Agraph_t *child = agfstsubg(subgraph); child; child = agnxtsubg(child)) {
        const QString name = QString::fromUtf8(agnameof(child));
        QString childGroup = group;
        if (name.startsWith(QLatin1String("cluster"))) {
            // dependency-cruiser names clusters "cluster_src/orders": the path is the group.
            childGroup = name.mid(7);
            if (childGroup.startsWith(QLatin1Char('_')))
                childGroup.remove(0, 1);
            const QString label = attribute(child, "label");
            if (childGroup.isEmpty() && isPlainLabel(label))
                childGroup = label;
            for (Agnode_t *node = agfstnode(child); node; node = agnxtnode(child, node))
                groups->insert(node, childGroup);
        }
        collectGroups(child, childGroup, groups);
    }
}

void Collector::addGraph(Agraph_t *graph)
{
    const Dialect dialect = detect(graph);
    const QString dialectName = dialectKey(dialect);
    if (!m_dialects.contains(dialectName))
        m_dialects.append(dialectName);
    if (dialect == Dialect::Jdeps)
        m_archives.insert(QString::fromUtf8(agnameof(graph)));

    // Generic DOT often names nodes n1, n2 and puts the module in the label: use labels when
    // every node has its own.
    bool useLabels = dialect == Dialect::Generic && agnnodes(graph) > 0;
    if (useLabels) {
        QSet<QString> seen;
        for (Agnode_t *node = agfstnode(graph); node && useLabels; node = agnxtnode(graph, node)) {
            const QString label = attribute(node, "label");
            useLabels = isPlainLabel(label) && !seen.contains(label);
            seen.insert(label);
        }
    }
    QHash<Agnode_t *, QString> groups;
    collectGroups(graph, QString(), &groups);

    QHash<Agnode_t *, int> indices;
    indices.reserve(agnnodes(graph));
    for (Agnode_t *node = agfstnode(graph); node; node = agnxtnode(graph, node)) {
        QString name = nodeName(node);
        QString suffix;
        bool plain = true;
        if (dialect == Dialect::Jdeps) {
            QString base;
            if (splitSuffix(name, &base, &suffix)) {
                name = base;
                plain = false;
            }
            // Nested and anonymous classes live in their top-level class's source file.
            const qsizetype dollar = name.indexOf(QLatin1Char('$'));
            if (dollar > 0)
                name.truncate(dollar);
        } else if (dialect == Dialect::Madge || dialect == Dialect::DependencyCruiser) {
            // A file and its declaration file (x.js, x.d.ts) are one module, as the
            // scanner sees them: drop the extension.
            if (isExternalScript(name))
                suffix = QStringLiteral("external");
            else
                name.remove(scriptExtension());
        } else if (dialect == Dialect::Pydeps) {
            const QString label = attribute(node, "label");
            if (isPlainLabel(label))
                name = pydepsLabel(label);
        } else if (useLabels) {
            name = attribute(node, "label");
        }
        const int index = nodeIndex(name, dialect);
        Node &entry = m_nodes[index];
        entry.plain = entry.plain || plain;
        if (!suffix.isEmpty() && entry.suffix.isEmpty())
            entry.suffix = suffix;
        const QString group = groups.value(node);
        if (!group.isEmpty() && entry.group.isEmpty())
            entry.group = group;
        indices.insert(node, index);
    }
    const bool directed = agisdirected(graph);
    for (Agnode_t *node = agfstnode(graph); node; node = agnxtnode(graph, node)) {
        for (Agedge_t *edge = agfstout(graph, node); edge; edge = agnxtout(graph, edge)) {
            int from = indices.value(agtail(edge));
            int to = indices.value(aghead(edge));
            if (dialect == Dialect::Pydeps)
                std::swap(from, to); // pydeps: arrows run from the imported module
            m_edges.append({from, to, 1});
            if (!directed)
                m_edges.append({to, from, 1});
        }
    }
}

bool Collector::isExternal(const Node &node) const
{
    switch (node.dialect) {
    case Dialect::Jdeps:
        // summary.dot names unresolved targets "not found", without parentheses.
        if (node.name == QLatin1String("not found"))
            return true;
        if (node.plain || node.suffix.isEmpty())
            return false;
        return !(m_archives.contains(node.suffix) || node.suffix.endsWith(QLatin1String(".jar"))
                 || node.suffix.endsWith(QLatin1String(".war"))
                 || node.suffix.endsWith(QLatin1String(".class"))
                 || node.suffix.contains(QLatin1Char('/')));
    case Dialect::DependencyCruiser:
    case Dialect::Madge:
        return node.suffix == QLatin1String("external");
    case Dialect::Pydeps:
    case Dialect::Generic:
        break;
    }
    return false;
}

void Collector::finish(ModuleGraph *graph)
{
    QList<int> moduleOf(m_nodes.size(), -1);
    int externalModules = 0;
    for (qsizetype i = 0; i < m_nodes.size(); ++i) {
        const Node &node = m_nodes.at(i);
        if (isExternal(node)) {
            ++externalModules;
            continue;
        }
        moduleOf[i] = graph->addModule(node.name);
        if (!node.group.isEmpty())
            graph->setGroup(moduleOf[i], node.group);
    }
    qint64 external = 0;
    for (const Dependency &edge : std::as_const(m_edges)) {
        const int from = moduleOf.at(edge.from);
        const int to = moduleOf.at(edge.to);
        if (from < 0 || to < 0)
            external += edge.weight;
        else
            graph->addDependency(from, to, edge.weight);
    }
    m_edges.clear();
    graph->addExternalDependencies(external);
    graph->setExternalModules(graph->externalModules() + externalModules);
    QStringList origins
        = graph->origin().isEmpty() ? QStringList() : graph->origin().split(QLatin1Char('+'));
    for (const QString &dialect : std::as_const(m_dialects)) {
        if (!origins.contains(dialect))
            origins.append(dialect);
    }
    graph->setOrigin(origins.join(QLatin1Char('+')));
    graph->finish();
}

bool readStream(const Graphviz::ReadFunction &read, const QString &sourceName, Collector *collector,
                QString *error)
{
    return Graphviz::readStream(
        read, sourceName.toUtf8(),
        [collector](Graphviz::Graph graph) { collector->addGraph(graph.get()); }, error);
}

QStringList dotFilesIn(const QString &folder)
{
    QStringList files = QDir(folder).entryList({QStringLiteral("*.dot"), QStringLiteral("*.gv")},
                                               QDir::Files | QDir::Readable, QDir::Name);
    // jdeps writes one file per archive plus summary.dot, which repeats them coarser.
    if (files.size() > 1)
        files.removeAll(QStringLiteral("summary.dot"));
    for (QString &file : files)
        file = QDir(folder).filePath(file);
    return files;
}

} // namespace

bool readData(const QByteArray &dot, const QString &sourceName, ModuleGraph *graph, QString *error)
{
    qsizetype offset = 0;
    const Graphviz::ReadFunction read = [&dot, &offset](char *buffer, int size) {
        const int length = int(std::min<qsizetype>(size, dot.size() - offset));
        memcpy(buffer, dot.constData() + offset, size_t(length));
        offset += length;
        return length;
    };
    Collector collector;
    if (!readStream(read, sourceName, &collector, error))
        return false;
    collector.finish(graph);
    return true;
}

bool readFile(const QString &path, ModuleGraph *graph, Progress *progress, QString *error)
{
    const QFileInfo info(path);
    const QStringList files = info.isDir() ? dotFilesIn(path) : QStringList {path};
    if (files.isEmpty()) {
        *error = tr("%1 holds no .dot files").arg(QDir::toNativeSeparators(path));
        return false;
    }
    qint64 total = 0;
    for (const QString &file : files)
        total += QFileInfo(file).size();
    if (total > maximumBytes) {
        *error = tr("%1 is too large to analyse (%2 MB; the limit is %3 MB)")
                     .arg(QDir::toNativeSeparators(path))
                     .arg(total >> 20)
                     .arg(maximumBytes >> 20);
        return false;
    }
    if (progress)
        progress->setStep(tr("Reading the dependency graph"), total);
    Collector collector;
    qint64 done = 0;
    for (const QString &file : files) {
        QFile input(file);
        if (!input.open(QIODevice::ReadOnly)) {
            *error
                = tr("cannot read %1: %2").arg(QDir::toNativeSeparators(file), input.errorString());
            return false;
        }
        const Graphviz::ReadFunction read = [&](char *buffer, int size) -> int {
            if (Progress::canceled(progress))
                return 0; // cgraph sees the end of the text
            const qint64 length = input.read(buffer, size);
            if (length <= 0)
                return 0;
            done += length;
            if (progress)
                progress->setDone(done);
            return int(length);
        };
        QString message;
        const bool ok = readStream(read, QFileInfo(file).fileName(), &collector, &message);
        if (Progress::canceled(progress)) {
            *error = tr("canceled");
            return false;
        }
        if (!ok) {
            *error = message;
            return false;
        }
        if (input.error() != QFileDevice::NoError) {
            *error
                = tr("cannot read %1: %2").arg(QDir::toNativeSeparators(file), input.errorString());
            return false;
        }
    }
    collector.finish(graph);
    qCDebug(lcDotImport) << "read" << graph->moduleCount() << "modules from" << files.size()
                         << "file(s) as" << graph->origin();
    return true;
}

} // namespace Seams::DotImport
