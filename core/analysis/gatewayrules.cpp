// Checks of area "gateway": what would make a gateway export wrong or unloadable. Every
// context that gets routes in some wave is looked at (extracting, extracted, or planned in a
// wave), since `seams export --wave N` may route any of them.

#include "findings.h"

#include "export/gatewayroutes.h"
#include "model/board.h"
#include "model/naming.h"

#include <QCoreApplication>
#include <QHash>

namespace Seams::GatewayRules {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Seams::GatewayRules", text);
}

QString quoted(const QString &text)
{
    const QString oneLine = text.simplified();
    return QStringLiteral("\u201c%1\u201d")
        .arg(oneLine.size() > 60 ? oneLine.left(57) + QLatin1String("...") : oneLine);
}

void add(QList<Finding> *findings, Finding::Severity severity, const char *code,
         const QString &message, QList<QUuid> items = {})
{
    findings->append(Finding {severity, QString(), QLatin1String(code), message, std::move(items)});
}

void checkSettings(const BoardSettings &settings, QList<Finding> *findings)
{
    QString problem;
    if (!Gateway::basePath(settings.apiBasePath, &problem)) {
        add(findings, Finding::Severity::Error, "gateway.invalid-base-path",
            tr("The API base path %1 is invalid: %2.").arg(quoted(settings.apiBasePath), problem));
    }
    if (!Gateway::parseListen(settings.gatewayListen, &problem)) {
        add(findings, Finding::Severity::Error, "gateway.invalid-listen",
            tr("The gateway's %1.").arg(problem));
    }
    if (!Gateway::parseUpstream(settings.monolithUpstream, &problem)) {
        add(findings, Finding::Severity::Error, "gateway.invalid-upstream",
            tr("The monolith upstream %1 is invalid: %2.")
                .arg(quoted(settings.monolithUpstream), problem));
    }
    if (settings.extra.contains(Gateway::resolverSetting)
        && !Gateway::parseResolver(settings.extra.value(Gateway::resolverSetting).toString(),
                                   &problem)) {
        add(findings, Finding::Severity::Error, "gateway.invalid-setting",
            tr("The board setting %1 is invalid: %2.").arg(Gateway::resolverSetting, problem));
    }
}

struct Claim
{
    const BoundedContext *context;
    QString prefix;
};

void checkPrefixes(const Board &board, const QString &basePath, QList<Finding> *findings)
{
    QHash<QString, Claim> claims; // case-folded prefix -> first claim
    for (const BoundedContext *context : board.sortedContexts()) {
        if (!Gateway::mayBeRouted(context->handoff))
            continue;
        const ResolvedHandoff handoff = Naming::resolve(*context, board.settings());
        for (const QString &prefix : handoff.routePrefixes) {
            const QString problem = Gateway::prefixProblem(prefix, basePath);
            if (!problem.isEmpty()) {
                add(findings, Finding::Severity::Error, "gateway.invalid-prefix",
                    tr("The route prefix %1 of context %2 is invalid: %3.")
                        .arg(quoted(prefix), quoted(context->name), problem),
                    {context->id});
                continue;
            }
            const QString key = prefix.toCaseFolded();
            const auto existing = claims.constFind(key);
            if (existing == claims.cend()) {
                claims.insert(key, Claim {context, prefix});
                continue;
            }
            const Claim &first = existing.value();
            if (first.context == context) {
                add(findings, Finding::Severity::Warning, "gateway.shadowed-route",
                    tr("Context %1 lists the route prefix %2 twice; the second can never be "
                       "reached.")
                        .arg(quoted(context->name), quoted(prefix)),
                    {context->id});
            } else if (first.prefix == prefix) {
                add(findings, Finding::Severity::Error, "gateway.duplicate-prefix",
                    tr("Contexts %1 and %2 both claim the route prefix %3.")
                        .arg(quoted(first.context->name), quoted(context->name), quoted(prefix)),
                    {first.context->id, context->id});
            } else {
                add(findings, Finding::Severity::Error, "gateway.shadowed-route",
                    tr("The route prefixes %1 of context %2 and %3 of context %4 differ only in "
                       "case: where paths match case-insensitively one of them is unreachable.")
                        .arg(quoted(first.prefix), quoted(first.context->name), quoted(prefix),
                             quoted(context->name)),
                    {first.context->id, context->id});
            }
        }
    }
}

void checkContexts(const Board &board, QList<Finding> *findings)
{
    QHash<QString, const BoundedContext *> names; // sanitised service name -> context
    for (const BoundedContext *context : board.sortedContexts()) {
        if (!Gateway::mayBeRouted(context->handoff))
            continue;
        const ResolvedHandoff handoff = Naming::resolve(*context, board.settings());
        QString problem;
        if (!Gateway::parseUpstream(handoff.upstreamUrl, &problem)) {
            add(findings, Finding::Severity::Error, "gateway.invalid-upstream",
                tr("The upstream of context %1 is invalid: %2.")
                    .arg(quoted(context->name), problem),
                {context->id});
        }
        const QString name = Gateway::token(handoff.serviceName);
        if (name.isEmpty())
            continue; // the exporters name it after the context's id: unique
        if (name == Gateway::monolithName) {
            add(findings, Finding::Severity::Error, "gateway.name-collision",
                tr("The service name of context %1 becomes \"%2\", the name of the monolith's "
                   "fallback service.")
                    .arg(quoted(context->name), name),
                {context->id});
        } else if (const BoundedContext *twin = names.value(name)) {
            add(findings, Finding::Severity::Error, "gateway.name-collision",
                tr("The service names of contexts %1 and %2 both become \"%3\" in gateway configs.")
                    .arg(quoted(twin->name), quoted(context->name), name),
                {twin->id, context->id});
        } else {
            names.insert(name, context);
        }
    }
}

} // namespace

void check(const Board &board, QList<Finding> *findings)
{
    const qsizetype first = findings->size();
    checkSettings(board.settings(), findings);
    QString problem;
    const std::optional<QString> basePath
        = Gateway::basePath(board.settings().apiBasePath, &problem);
    if (basePath)
        checkPrefixes(board, *basePath, findings);
    checkContexts(board, findings);
    // Whatever else makes the exporters refuse (e.g. the JWT key path setting) is reported
    // too, so that `seams check` and the export agree.
    if (!Checks::hasErrors(findings->mid(first))
        && !Gateway::plan(board, ExportOptions(), &problem)) {
        add(findings, Finding::Severity::Error, "gateway.invalid-setting", problem);
    }
}

} // namespace Seams::GatewayRules
