#include "igraphutil.h"

#include "progress.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QMutex>

Q_LOGGING_CATEGORY(lcIGraph, "seams.analysis.igraph", QtWarningMsg)

namespace Seams::IGraph {

namespace {

// igraph keeps its handlers, random generator and interruption flag in globals.
QMutex igraphMutex;
const Progress *currentProgress = nullptr;

void logWarning(const char *reason, const char *file, int line)
{
    qCWarning(lcIGraph, "%s (%s:%d)", reason, file, line);
}

igraph_error_t checkInterruption(void *)
{
    return Progress::canceled(currentProgress) ? IGRAPH_INTERRUPTED : IGRAPH_SUCCESS;
}

} // namespace

struct Session::Private
{
    QMutexLocker<QMutex> lock {&igraphMutex};
    igraph_error_handler_t *previousError = nullptr;
    igraph_warning_handler_t *previousWarning = nullptr;
    igraph_interruption_handler_t *previousInterruption = nullptr;
};

Session::Session(quint64 seed, const Progress *progress)
    : d(std::make_unique<Private>())
{
    d->previousError = igraph_set_error_handler(igraph_error_handler_ignore);
    d->previousWarning = igraph_set_warning_handler(logWarning);
    d->previousInterruption = igraph_set_interruption_handler(checkInterruption);
    currentProgress = progress;
    this->seed(seed);
}

Session::~Session()
{
    currentProgress = nullptr;
    igraph_set_error_handler(d->previousError);
    igraph_set_warning_handler(d->previousWarning);
    igraph_set_interruption_handler(d->previousInterruption);
}

void Session::seed(quint64 seed)
{
    igraph_rng_seed(igraph_rng_default(), igraph_uint_t(seed));
}

bool succeeded(igraph_error_t code, const char *what, QString *error)
{
    if (code == IGRAPH_SUCCESS)
        return true;
    if (error) {
        *error = code == IGRAPH_INTERRUPTED
            ? QCoreApplication::translate("Seams::Analysis", "canceled")
            : QCoreApplication::translate("Seams::Analysis", "%1 failed: %2")
                  .arg(QLatin1String(what), QString::fromUtf8(igraph_strerror(code)));
    }
    qCDebug(lcIGraph) << what << "returned" << igraph_strerror(code);
    return false;
}

IntVector::IntVector(igraph_integer_t size)
    : m_valid(igraph_vector_int_init(&m_vector, size) == IGRAPH_SUCCESS)
{ }

IntVector::~IntVector()
{
    if (m_valid)
        igraph_vector_int_destroy(&m_vector);
}

QList<int> IntVector::toList() const
{
    QList<int> list;
    list.reserve(size());
    for (igraph_integer_t i = 0; i < size(); ++i)
        list.append(int(at(i)));
    return list;
}

RealVector::RealVector(igraph_integer_t size)
    : m_valid(igraph_vector_init(&m_vector, size) == IGRAPH_SUCCESS)
{ }

RealVector::~RealVector()
{
    if (m_valid)
        igraph_vector_destroy(&m_vector);
}

BoolVector::BoolVector(igraph_integer_t size)
    : m_valid(igraph_vector_bool_init(&m_vector, size) == IGRAPH_SUCCESS)
{ }

BoolVector::~BoolVector()
{
    if (m_valid)
        igraph_vector_bool_destroy(&m_vector);
}

RealMatrix::RealMatrix(igraph_integer_t rows, igraph_integer_t columns)
    : m_valid(igraph_matrix_init(&m_matrix, rows, columns) == IGRAPH_SUCCESS)
{ }

RealMatrix::~RealMatrix()
{
    if (m_valid)
        igraph_matrix_destroy(&m_matrix);
}

Graph::~Graph()
{
    if (m_valid)
        igraph_destroy(&m_graph);
}

bool Graph::create(const IntVector &edges, igraph_integer_t vertices, bool directed, QString *error)
{
    if (m_valid) {
        igraph_destroy(&m_graph);
        m_valid = false;
    }
    m_valid = succeeded(igraph_create(&m_graph, edges.get(), vertices,
                                      directed ? IGRAPH_DIRECTED : IGRAPH_UNDIRECTED),
                        "igraph_create", error);
    return m_valid;
}

} // namespace Seams::IGraph
