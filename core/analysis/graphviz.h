#pragma once

#include <QByteArray>
#include <QString>

#include <graphviz/cgraph.h>
#include <graphviz/gvc.h>

#include <functional>
#include <memory>

namespace Seams::Graphviz {

/** Graphviz reads and writes numbers with the C library's locale: a German LC_NUMERIC turns
 *  "1.5" into "1,5". Hold one of these around every parse, layout and render. */
class CNumericLocale
{
public:
    CNumericLocale();
    ~CNumericLocale();
    CNumericLocale(const CNumericLocale &) = delete;
    CNumericLocale &operator=(const CNumericLocale &) = delete;

private:
    QByteArray m_previous;
};

struct GraphCloser
{
    void operator()(Agraph_t *graph) const { agclose(graph); }
};
/** A cgraph graph, closed (with all it owns) when it goes out of scope. */
using Graph = std::unique_ptr<Agraph_t, GraphCloser>;

struct ContextCloser
{
    void operator()(GVC_t *context) const { gvFreeContext(context); }
};
/** A gvc context (layout engines and renderers). */
using Context = std::unique_ptr<GVC_t, ContextCloser>;

/** Parses DOT text. On failure returns null and sets `error` to Graphviz's message, which
 *  names the line ("syntax error in line 3 near '->'"). Text holding more than one graph is
 *  refused: readStream() is for those. */
Graph read(const QByteArray &dot, QString *error);

/** Fills `buffer` with up to `size` bytes of DOT text and returns how many; 0 at the end. */
using ReadFunction = std::function<int(char *buffer, int size)>;

/** Parses every graph of a DOT stream in turn and hands each to `graphRead`, which owns it.
 *  The text comes through `read`, so large files are never held in memory twice and the
 *  reader can report progress or end the stream early (return 0) to cancel. Messages name
 *  `sourceName` and the line ("orders.dot: syntax error in line 3 near '->'").
 *
 *  The stream is read to its end, or to a NUL byte, which makes it refused as not text.
 *  Either way cgraph's scanner is reset: it keeps unread text and state between parses,
 *  which would otherwise leak into the next graph read anywhere in the process. */
bool readStream(const ReadFunction &read, const QByteArray &sourceName,
                const std::function<void(Graph graph)> &graphRead, QString *error);

/** A new, empty graph. A strict graph keeps at most one edge between two nodes. */
Graph create(const QByteArray &name, bool directed, bool strict = true);

/** Serialises a graph back to DOT text. */
QByteArray write(Agraph_t *graph);

/** Lays the graph out with `engine` ("dot", "neato", ...) and renders it in `format`
 *  ("svg", "png", "dot" with coordinates, ...). Empty with `error` set on failure. */
QByteArray render(Agraph_t *graph, const char *engine, const char *format, QString *error);

/** Sets a graph, node or edge attribute, declaring it first when needed. */
void setAttribute(Agraph_t *graph, int kind, void *object, const char *name,
                  const QByteArray &value);

} // namespace Seams::Graphviz
