// The registry of model checks. Each area's rules live in their own file; this list ties
// them together.

#include "findings.h"

#include <algorithm>

namespace Seams {

namespace ModelRules {
void check(const Board &board, QList<Finding> *findings);
}
namespace GatewayRules {
void check(const Board &board, QList<Finding> *findings);
}
namespace ContractRules {
void check(const Board &board, QList<Finding> *findings);
}
namespace DatabaseRules {
void check(const Board &board, QList<Finding> *findings);
}

namespace Checks {

namespace {

struct Area
{
    const char *name;
    Rule rule;
};

constexpr Area registry[] = {
    {"model", ModelRules::check},
    {"gateway", GatewayRules::check},
    {"contract", ContractRules::check},
    {"database", DatabaseRules::check},
};

} // namespace

QStringList areas()
{
    QStringList result;
    for (const Area &area : registry)
        result.append(QLatin1String(area.name));
    return result;
}

QList<Finding> run(const Board &board, const QStringList &areas)
{
    QList<Finding> findings;
    for (const Area &area : registry) {
        const QString name = QLatin1String(area.name);
        if (!areas.isEmpty() && !areas.contains(name))
            continue;
        const qsizetype first = findings.size();
        area.rule(board, &findings);
        for (qsizetype i = first; i < findings.size(); ++i)
            findings[i].area = name;
    }
    std::stable_sort(findings.begin(), findings.end(), [](const Finding &a, const Finding &b) {
        if (a.severity != b.severity)
            return a.severity < b.severity;
        if (a.area != b.area)
            return a.area < b.area;
        if (a.code != b.code)
            return a.code < b.code;
        return a.message < b.message;
    });
    return findings;
}

bool hasErrors(const QList<Finding> &findings)
{
    return std::any_of(findings.cbegin(), findings.cend(), [](const Finding &finding) {
        return finding.severity == Finding::Severity::Error;
    });
}

QString severityKey(Finding::Severity severity)
{
    switch (severity) {
    case Finding::Severity::Error:
        return QStringLiteral("error");
    case Finding::Severity::Warning:
        return QStringLiteral("warning");
    case Finding::Severity::Info:
        return QStringLiteral("info");
    }
    return {};
}

} // namespace Checks
} // namespace Seams
