#pragma once

#include <QList>
#include <QString>

#include <igraph/igraph.h>

#include <memory>

namespace Seams {
class Progress;
}

/** Small RAII wrappers over the igraph C library, and the rules for calling it safely.
 *
 *  igraph as packaged by Debian is not thread-safe (no thread-local state) and its default
 *  error handler aborts the process. Hold a Session around every use: it serialises callers,
 *  installs handlers that turn errors into return codes, routes warnings to a logging
 *  category, lets the Progress object interrupt long computations, and seeds igraph's random
 *  number generator so that results are reproducible. */
namespace Seams::IGraph {

class Session
{
public:
    /** `progress` may be null; when it is cancelled, running igraph functions return
     *  IGRAPH_INTERRUPTED. */
    explicit Session(quint64 seed, const Progress *progress = nullptr);
    ~Session();
    Session(const Session &) = delete;
    Session &operator=(const Session &) = delete;

    /** Reseeds the random number generator (one seed per run of a randomised algorithm). */
    void seed(quint64 seed);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

/** False (with `error` set to igraph's explanation, prefixed by `what`) when `code` is an
 *  error; "canceled" for an interruption. */
bool succeeded(igraph_error_t code, const char *what, QString *error);

/** An initialised igraph_vector_int_t. */
class IntVector
{
public:
    explicit IntVector(igraph_integer_t size = 0);
    ~IntVector();
    IntVector(const IntVector &) = delete;
    IntVector &operator=(const IntVector &) = delete;

    /** False when igraph could not allocate it. */
    bool isValid() const { return m_valid; }
    igraph_vector_int_t *get() { return &m_vector; }
    const igraph_vector_int_t *get() const { return &m_vector; }
    igraph_integer_t size() const { return igraph_vector_int_size(&m_vector); }
    igraph_integer_t at(igraph_integer_t index) const { return VECTOR(m_vector)[index]; }
    void set(igraph_integer_t index, igraph_integer_t value) { VECTOR(m_vector)[index] = value; }
    QList<int> toList() const;

private:
    igraph_vector_int_t m_vector;
    bool m_valid = false;
};

/** An initialised igraph_vector_t (real numbers). */
class RealVector
{
public:
    explicit RealVector(igraph_integer_t size = 0);
    ~RealVector();
    RealVector(const RealVector &) = delete;
    RealVector &operator=(const RealVector &) = delete;

    bool isValid() const { return m_valid; }
    igraph_vector_t *get() { return &m_vector; }
    const igraph_vector_t *get() const { return &m_vector; }
    igraph_integer_t size() const { return igraph_vector_size(&m_vector); }
    igraph_real_t at(igraph_integer_t index) const { return VECTOR(m_vector)[index]; }
    void set(igraph_integer_t index, igraph_real_t value) { VECTOR(m_vector)[index] = value; }

private:
    igraph_vector_t m_vector;
    bool m_valid = false;
};

/** An initialised igraph_vector_bool_t. */
class BoolVector
{
public:
    explicit BoolVector(igraph_integer_t size = 0);
    ~BoolVector();
    BoolVector(const BoolVector &) = delete;
    BoolVector &operator=(const BoolVector &) = delete;

    bool isValid() const { return m_valid; }
    igraph_vector_bool_t *get() { return &m_vector; }
    const igraph_vector_bool_t *get() const { return &m_vector; }
    void set(igraph_integer_t index, bool value) { VECTOR(m_vector)[index] = value; }

private:
    igraph_vector_bool_t m_vector;
    bool m_valid = false;
};

/** An initialised igraph_matrix_t (real numbers). */
class RealMatrix
{
public:
    RealMatrix(igraph_integer_t rows = 0, igraph_integer_t columns = 0);
    ~RealMatrix();
    RealMatrix(const RealMatrix &) = delete;
    RealMatrix &operator=(const RealMatrix &) = delete;

    bool isValid() const { return m_valid; }
    igraph_matrix_t *get() { return &m_matrix; }
    igraph_real_t at(igraph_integer_t row, igraph_integer_t column) const
    {
        return MATRIX(m_matrix, row, column);
    }
    void set(igraph_integer_t row, igraph_integer_t column, igraph_real_t value)
    {
        MATRIX(m_matrix, row, column) = value;
    }

private:
    igraph_matrix_t m_matrix;
    bool m_valid = false;
};

/** An igraph_t built from an edge list; destroyed with igraph_destroy(). */
class Graph
{
public:
    Graph() = default;
    ~Graph();
    Graph(const Graph &) = delete;
    Graph &operator=(const Graph &) = delete;

    /** Builds a graph of `vertices` vertices from `edges` (pairs of vertex ids). */
    bool create(const IntVector &edges, igraph_integer_t vertices, bool directed, QString *error);

    bool isValid() const { return m_valid; }
    igraph_t *get() { return &m_graph; }
    const igraph_t *get() const { return &m_graph; }
    igraph_integer_t vertexCount() const { return igraph_vcount(&m_graph); }
    igraph_integer_t edgeCount() const { return igraph_ecount(&m_graph); }

private:
    igraph_t m_graph;
    bool m_valid = false;
};

} // namespace Seams::IGraph
