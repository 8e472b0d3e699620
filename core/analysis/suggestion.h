#pragma once

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace Seams {

class ModuleGraph;
class Progress;

/** One candidate service: a group of modules suggested as a bounded context. */
struct Candidate
{
    /** The dominant package of its modules ("app.orders", "ajv/compile"), or its declared
     *  DOT cluster, or "candidate N" when the names say nothing. Unique. */
    QString name;
    /** Module indices, most coupled inside the candidate first. */
    QList<int> modules;
    /** Weight of the dependencies between its own modules. */
    qint64 internalEdges = 0;
    /** Dependencies of its modules on the rest: API calls once it is extracted. */
    qint64 outgoing = 0;
    /** Dependencies of the rest on its modules: calls that must go through the gateway. */
    qint64 incoming = 0;
    /** outgoing + incoming. */
    qint64 externalEdges() const { return outgoing + incoming; }
    /** Extraction cost: outgoing + 2 x incoming (see Suggestion::order). */
    double cost = 0;
    /** The modules with most dependencies crossing the candidate's boundary, with that count,
     *  most first; the seams to cut when extracting it. */
    QList<QPair<int, qint64>> boundaryModules;
    /** The group of modules that have no dependency at all; not a service. */
    bool unconnected = false;
};

/** A row of the seed's cross-module import count (`grep 'from orders import' | uniq -c`): a
 *  module and how many of its dependencies reach into other top-level packages. */
struct CrossImport
{
    int module = 0;
    qint64 count = 0;
    /** The packages it reaches into, most used first. */
    QStringList packages;
};

/** Suggested service boundaries for a module graph, with what a migration plan needs. */
struct Suggestion
{
    /** Candidate index of each module. */
    QList<int> membership;
    QList<Candidate> candidates;
    /** coupling[a][b]: weight of the dependencies from candidate a's modules on b's. */
    QList<QList<qint64>> coupling;
    /** Candidates in the order to extract them, cheapest first: ascending cost =
     *  outgoing + 2 x incoming. What a service calls after extraction becomes an API call
     *  from the new service (a change inside it); what calls it from the rest of the monolith
     *  must be rerouted through the gateway, changing every caller and putting the network
     *  between them, so it weighs double. Ties: fewer modules first, then by name. The
     *  unconnected group is not a service and is left out. */
    QList<int> order;
    /** The top-level package of each module, as used by crossImports. */
    QStringList packages;
    /** Modules whose dependencies cross top-level packages, most crossings first. */
    QList<CrossImport> crossImports;
    double modularity = 0;
    double resolution = 1;
    /** The guard rails that fired, in words. */
    QStringList notes;

    int candidateOf(int module) const { return membership.at(module); }
};

struct SuggestOptions
{
    /** Higher gives more, smaller candidates. */
    double resolution = 1.0;
    quint64 seed = 1;
    /** Package depth used by the cross-module import table; 0 picks the first level below
     *  the packages every module shares. */
    int packageDepth = 0;
    /** How many boundary modules to list per candidate. */
    int boundaryModules = 5;
};

namespace Suggester {

/** Partitions the graph (see Partition) and measures each candidate. An empty graph gives an
 *  empty suggestion. Fails only when cancelled or when igraph runs out of memory. */
bool suggest(const ModuleGraph &graph, const SuggestOptions &options, Suggestion *suggestion,
             Progress *progress, QString *error);

/** Measures a given partition (candidate of each module): sizes, edges, coupling, order,
 *  names. Used by suggest() and by the tests with hand-made partitions. */
void describe(const ModuleGraph &graph, const QList<int> &membership, int unconnected,
              const SuggestOptions &options, Suggestion *suggestion);

} // namespace Suggester
} // namespace Seams
