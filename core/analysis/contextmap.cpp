#include "contextmap.h"

#include "model/board.h"
#include "model/naming.h"

#include <QCoreApplication>

namespace Seams::ContextMap {

namespace {

/** This file's translations, filed by lupdate under the same context. */
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Seams::ContextMap)
};

/** Board text as one line of a Graphviz label: its escapes (\N, \G, \l, ...) start with a
 *  backslash, so a backslash typed on the board must be doubled. */
QByteArray labelLine(const QString &text)
{
    QString line = text;
    for (QChar &c : line) {
        if (c.category() == QChar::Other_Control || c.category() == QChar::Separator_Line
            || c.category() == QChar::Separator_Paragraph || c.category() == QChar::Other_Format)
            c = QLatin1Char(' ');
    }
    return line.simplified().replace(QLatin1Char('\\'), QLatin1String("\\\\")).toUtf8();
}

QByteArray statusLine(const Handoff &handoff)
{
    QString status = displayName(handoff.status);
    if (handoff.wave > 0)
        status = Text::tr("%1 \u00b7 wave %2").arg(status).arg(handoff.wave);
    return labelLine(status);
}

/** The node's style by migration status: solid when extracted, dashed while extracting. */
QByteArray nodeStyle(MigrationStatus status)
{
    switch (status) {
    case MigrationStatus::Extracted:
        return "rounded,filled,bold";
    case MigrationStatus::Extracting:
        return "rounded,filled,dashed";
    case MigrationStatus::Monolith:
        return "rounded,filled";
    }
    return "rounded,filled";
}

bool symmetric(RelationshipPattern pattern)
{
    return pattern == RelationshipPattern::SharedKernel
        || pattern == RelationshipPattern::Partnership;
}

using Graphviz::Graph;
using Graphviz::setAttribute;

void addContext(Agraph_t *graph, Agraph_t *monolith, const BoundedContext &context,
                const BoardSettings &settings)
{
    const QByteArray name = context.id.toString(QUuid::WithoutBraces).toLatin1();
    Agnode_t *node = agnode(graph, const_cast<char *>(name.constData()), 1);
    if (context.handoff.status == MigrationStatus::Monolith)
        agsubnode(monolith, node, 1);
    const QString title = context.name.trimmed().isEmpty() ? Text::tr("(unnamed)") : context.name;
    const QByteArray label = labelLine(title) + "\\n"
        + labelLine(Naming::resolve(context, settings).serviceName) + "\\n"
        + statusLine(context.handoff);
    setAttribute(graph, AGNODE, node, "label", label);
    setAttribute(graph, AGNODE, node, "id", "context-" + name);
    const QColor color = context.color.isValid() ? context.color : QColor(0x9e, 0x9e, 0x9e);
    setAttribute(graph, AGNODE, node, "color", color.name().toLatin1());
    // A light fill of the context's colour keeps black text readable on any colour.
    setAttribute(graph, AGNODE, node, "fillcolor", color.name().toLatin1() + "40");
    setAttribute(graph, AGNODE, node, "style", nodeStyle(context.handoff.status));
}

void addRelationship(Agraph_t *graph, const Relationship &relationship)
{
    const QByteArray upstream = relationship.upstreamId.toString(QUuid::WithoutBraces).toLatin1();
    const QByteArray downstream
        = relationship.downstreamId.toString(QUuid::WithoutBraces).toLatin1();
    Agnode_t *tail = agnode(graph, const_cast<char *>(upstream.constData()), 0);
    Agnode_t *head = agnode(graph, const_cast<char *>(downstream.constData()), 0);
    if (!tail || !head)
        return;
    Agedge_t *edge = agedge(graph, tail, head, nullptr, 1);
    QByteArray label = abbreviation(relationship.pattern).toUtf8();
    if (relationship.sync != DataSync::None)
        label += "\\n" + labelLine(sentenceName(relationship.sync));
    setAttribute(graph, AGEDGE, edge, "label", label);
    setAttribute(graph, AGEDGE, edge, "id",
                 "relationship-" + relationship.id.toString(QUuid::WithoutBraces).toLatin1());
    if (symmetric(relationship.pattern)) {
        setAttribute(graph, AGEDGE, edge, "dir", "none");
    } else {
        setAttribute(graph, AGEDGE, edge, "taillabel", "U");
        setAttribute(graph, AGEDGE, edge, "headlabel", "D");
    }
    if (!relationship.description.trimmed().isEmpty())
        setAttribute(graph, AGEDGE, edge, "tooltip", labelLine(relationship.description));
}

} // namespace

Graph build(const Board &board)
{
    Graph graph = Graphviz::create("context_map", true, false);
    Agraph_t *root = graph.get();
    const QByteArray title = board.name().trimmed().isEmpty()
        ? labelLine(Text::tr("Context map"))
        : labelLine(Text::tr("%1: context map").arg(board.name()));
    setAttribute(root, AGRAPH, root, "label", title);
    setAttribute(root, AGRAPH, root, "labelloc", "t");
    setAttribute(root, AGRAPH, root, "rankdir", "LR");
    setAttribute(root, AGRAPH, root, "fontname", "sans");
    setAttribute(root, AGRAPH, root, "nodesep", "0.6");
    // Ranks for the whole graph, not cluster by cluster: with the monolith as a cluster, a
    // context outside it that exchanges with a context inside in both directions was put in
    // the same rank, and the two edges were drawn on one line with their labels on top of
    // each other.
    setAttribute(root, AGRAPH, root, "newrank", "true");
    // Declared before any node or edge, so the defaults apply to all of them. The first
    // gvContext() of a process declares label="\N" on every graph made afterwards; declaring
    // it here keeps the DOT the same whether or not something was rendered before.
    agattr(root, AGNODE, const_cast<char *>("label"), const_cast<char *>("\\N"));
    agattr(root, AGNODE, const_cast<char *>("shape"), const_cast<char *>("box"));
    agattr(root, AGNODE, const_cast<char *>("fontname"), const_cast<char *>("sans"));
    agattr(root, AGNODE, const_cast<char *>("margin"), const_cast<char *>("0.2,0.1"));
    agattr(root, AGEDGE, const_cast<char *>("fontname"), const_cast<char *>("sans"));
    agattr(root, AGEDGE, const_cast<char *>("fontsize"), const_cast<char *>("10"));

    Agraph_t *monolith = nullptr;
    for (const BoundedContext *context : board.sortedContexts()) {
        if (context->handoff.status == MigrationStatus::Monolith && !monolith) {
            monolith = agsubg(root, const_cast<char *>("cluster_monolith"), 1);
            setAttribute(monolith, AGRAPH, monolith, "label", labelLine(Text::tr("Monolith")));
            setAttribute(monolith, AGRAPH, monolith, "style", "dashed");
        }
        addContext(root, monolith, *context, board.settings());
    }
    for (const Relationship *relationship : board.sortedRelationships())
        addRelationship(root, *relationship);
    return graph;
}

QByteArray dot(const Board &board)
{
    const Graph graph = build(board);
    return Graphviz::write(graph.get());
}

QByteArray render(const Board &board, const char *format, QString *error)
{
    const Graph graph = build(board);
    return Graphviz::render(graph.get(), "dot", format, error);
}

} // namespace Seams::ContextMap
