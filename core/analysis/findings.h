#pragma once

#include <QList>
#include <QString>
#include <QUuid>

namespace Seams {

class Board;

/** One problem found by `seams check` or by an exporter's preflight. */
struct Finding
{
    enum class Severity { Error, Warning, Info };

    Severity severity = Severity::Error;
    /** The area of the rule: "model", "gateway", "database", "contract", ... */
    QString area;
    /** A stable code for scripts and suppression, e.g. "gateway.duplicate-prefix". */
    QString code;
    /** A translated sentence naming the notes and contexts involved. */
    QString message;
    /** The notes or contexts involved, for the GUI to select and jump to. */
    QList<QUuid> items;
};

/** The model checks, a registry of rules grouped by area. A rule is a function that appends
 *  findings; later features register theirs in checks.cpp. */
namespace Checks {

using Rule = void (*)(const Board &board, QList<Finding> *findings);

/** All areas, in report order. */
QStringList areas();

/** Runs the rules of the given areas (all when empty). Findings come back sorted: errors
 *  first, then by area, code and message, so the output is deterministic. */
QList<Finding> run(const Board &board, const QStringList &areas = {});

bool hasErrors(const QList<Finding> &findings);

/** "error", "warning" or "info". */
QString severityKey(Finding::Severity severity);

} // namespace Checks
} // namespace Seams
