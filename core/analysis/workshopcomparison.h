#pragma once

#include "modulerules.h"

#include <QList>
#include <QPair>
#include <QStringList>

namespace Seams {

class ModuleGraph;
struct Suggestion;

/** A module whose dependencies cross the boundaries the workshop drew. */
struct CrossingModule
{
    int module = 0;
    QString context;
    /** Dependencies on modules of other workshop contexts. */
    qint64 crossings = 0;
    /** Those contexts, most depended on first. */
    QStringList into;
};

/** How one workshop context's code sits in the suggested candidates. */
struct ContextCode
{
    QString context;
    QList<int> modules;
    /** Candidate index and how many of the context's modules it holds, most first. */
    QList<QPair<int, int>> candidates;
    /** Share of the modules in the candidate that holds most of them. */
    double largestShare = 1;
    /** Pieces of the context's code that do not depend on each other at all. */
    int pieces = 0;
    /** The code is spread: under two thirds of it in one candidate, or in several unrelated
     *  pieces. */
    bool scattered = false;
};

/** The workshop's boundaries next to the code's: which modules would need cross-service
 *  calls if the board's contexts were extracted as drawn, and which contexts' code is spread
 *  over several suggested candidates. */
struct WorkshopComparison
{
    /** Workshop context of each module (index into `contexts`), or -1 when no rule maps it. */
    QList<int> contextOf;
    QList<ContextCode> contexts;
    int unmappedModules = 0;
    /** Most crossings first. */
    QList<CrossingModule> crossing;
    qint64 totalCrossings = 0;
    /** Contexts named by rules that the board does not have. */
    QStringList unknownContexts;
    /** Rules that match no module. */
    QStringList unusedRules;
    /** Adjusted Rand index between the workshop's mapping and the suggestion, over the mapped
     *  modules: 1 when they agree completely. */
    double agreement = 0;
};

namespace Comparison {

/** Compares using `rules`; `boardContexts` are the names of the board's contexts (rules
 *  naming others are reported, their modules still count under that name). */
WorkshopComparison compare(const ModuleGraph &graph, const Suggestion &suggestion,
                           const QList<ModuleRule> &rules, const QStringList &boardContexts);

} // namespace Comparison
} // namespace Seams
