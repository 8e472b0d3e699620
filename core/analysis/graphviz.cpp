#include "graphviz.h"

#include <QCoreApplication>
#include <QMutex>
#include <QMutexLocker>

#include <algorithm>
#include <clocale>
#include <cstring>

// libcgraph's flex scanner (prefix "aag"): exported, though not in its headers.
extern "C" int aaglex_destroy(void);

namespace Seams::Graphviz {

namespace {

// cgraph reports errors through one process-wide callback: serialise its users.
QMutex graphvizMutex;
QByteArray *collectedErrors = nullptr;

int collectError(char *message)
{
    if (collectedErrors)
        *collectedErrors += message;
    return 0;
}

/** Collects what cgraph reports while alive. */
class ErrorCollector
{
public:
    ErrorCollector()
        : m_lock(&graphvizMutex)
    {
        collectedErrors = &m_errors;
        m_previous = agseterrf(collectError);
        agreseterrors();
    }
    ~ErrorCollector()
    {
        agseterrf(m_previous);
        collectedErrors = nullptr;
    }
    QString message() const { return QString::fromUtf8(m_errors).simplified(); }

private:
    QMutexLocker<QMutex> m_lock;
    QByteArray m_errors;
    agusererrf m_previous = nullptr;
};

int appendToBuffer(void *chan, const char *text)
{
    auto *buffer = static_cast<QByteArray *>(chan);
    buffer->append(text);
    return 0;
}

int flushNothing(void *)
{
    return 0;
}

QString notDot()
{
    return QCoreApplication::translate("Seams::Graphviz", "not a DOT graph");
}

/** What cgraph reads from: the caller's function, watched for NUL bytes. */
struct ReadChannel
{
    const ReadFunction *read;
    bool sawNul = false;
};

int readThroughFunction(void *chan, char *buffer, int size)
{
    auto *channel = static_cast<ReadChannel *>(chan);
    if (channel->sawNul)
        return 0;
    const int length = std::max((*channel->read)(buffer, size), 0);
    // DOT is text. cgraph's scanner takes a NUL inside a quoted string, and the C string it
    // keeps then ends there: a label read as `\` is written back as `"\"`, which does not
    // parse. Stop at the first NUL and refuse the input.
    if (std::memchr(buffer, 0, size_t(length))) {
        channel->sawNul = true;
        return 0;
    }
    return length;
}

} // namespace

CNumericLocale::CNumericLocale()
    : m_previous(std::setlocale(LC_NUMERIC, nullptr))
{
    std::setlocale(LC_NUMERIC, "C");
}

CNumericLocale::~CNumericLocale()
{
    std::setlocale(LC_NUMERIC, m_previous.constData());
}

bool readStream(const ReadFunction &read, const QByteArray &sourceName,
                const std::function<void(Graph graph)> &graphRead, QString *error)
{
    CNumericLocale locale;
    ErrorCollector errors;
    Agiodisc_t io = {readThroughFunction, AgIoDisc.putstr, AgIoDisc.flush};
    Agdisc_t discipline = {&AgMemDisc, &AgIdDisc, &io};
    // agsetfile() names the input in messages and restarts the line count; cgraph keeps the
    // pointer, so it is reset before `name` goes away.
    QByteArray name = sourceName;
    agsetfile(name.isEmpty() ? nullptr : name.data());
    bool failed = false;
    ReadChannel channel {&read};
    while (Agraph_t *graph = agread(&channel, &discipline)) {
        if (agerrors() > 0 || failed) {
            failed = true;
            agclose(graph);
            continue;
        }
        graphRead(Graph(graph));
    }
    agsetfile(nullptr);
    // cgraph's lexer is global and keeps its buffer and state: after a syntax error the rest of
    // this text, or an unterminated "string" or <html>, would be read first by the next parse
    // anywhere in the process. Resetting it is flex's yylex_destroy().
    aaglex_destroy();
    if (channel.sawNul) {
        *error = QCoreApplication::translate("Seams::Graphviz",
                                             "contains a NUL byte: not a DOT text file");
        if (!name.isEmpty())
            error->prepend(QString::fromUtf8(name) + QStringLiteral(": "));
        return false;
    }
    if (failed || agerrors() > 0) {
        const QString message = errors.message();
        *error = message.isEmpty() ? notDot() : message;
        return false;
    }
    return true;
}

Graph read(const QByteArray &dot, QString *error)
{
    qsizetype offset = 0;
    const ReadFunction fromMemory = [&dot, &offset](char *buffer, int size) {
        const int length = int(std::min<qsizetype>(size, dot.size() - offset));
        std::memcpy(buffer, dot.constData() + offset, size_t(length));
        offset += length;
        return length;
    };
    Graph first;
    int graphs = 0;
    const bool ok = readStream(
        fromMemory, {},
        [&first, &graphs](Graph graph) {
            if (graphs++ == 0)
                first = std::move(graph);
        },
        error);
    if (!ok)
        return nullptr;
    if (graphs == 0) {
        *error = notDot();
        return nullptr;
    }
    if (graphs > 1) {
        *error = QCoreApplication::translate("Seams::Graphviz",
                                             "more than one graph: only one is expected");
        return nullptr;
    }
    return first;
}

Graph create(const QByteArray &name, bool directed, bool strict)
{
    const Agdesc_t kind = directed ? (strict ? Agstrictdirected : Agdirected)
                                   : (strict ? Agstrictundirected : Agundirected);
    return Graph(agopen(const_cast<char *>(name.constData()), kind, nullptr));
}

QByteArray write(Agraph_t *graph)
{
    CNumericLocale locale;
    QByteArray buffer;
    // agwrite() writes through the graph's I/O discipline: borrow it for a memory buffer.
    Agiodisc_t memory = {nullptr, appendToBuffer, flushNothing};
    Agiodisc_t *saved = graph->clos->disc.io;
    graph->clos->disc.io = &memory;
    agwrite(graph, &buffer);
    graph->clos->disc.io = saved;
    return buffer;
}

QByteArray render(Agraph_t *graph, const char *engine, const char *format, QString *error)
{
    CNumericLocale locale;
    ErrorCollector errors;
    Context context(gvContext());
    if (gvLayout(context.get(), graph, engine) != 0) {
        *error = errors.message();
        return {};
    }
    char *data = nullptr;
    unsigned int length = 0;
    const int result = gvRenderData(context.get(), graph, format, &data, &length);
    QByteArray bytes = result == 0 ? QByteArray(data, qsizetype(length)) : QByteArray();
    gvFreeRenderData(data);
    gvFreeLayout(context.get(), graph);
    if (result != 0)
        *error = errors.message();
    return bytes;
}

void setAttribute(Agraph_t *graph, int kind, void *object, const char *name,
                  const QByteArray &value)
{
    Agsym_t *symbol = agattr(graph, kind, const_cast<char *>(name), nullptr);
    if (!symbol)
        symbol = agattr(graph, kind, const_cast<char *>(name), const_cast<char *>(""));
    agxset(object, symbol, const_cast<char *>(value.constData()));
}

} // namespace Seams::Graphviz
