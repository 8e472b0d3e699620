#include "caddyexporter.h"

#include "gatewayroutes.h"

namespace Seams {

namespace {

// Everything written below from the board is a validated prefix, a sanitised name or a
// parsed upstream: no brace, quote, white space or "#" can reach the Caddyfile from it.

void handle(QString &out, const QString &matcher, const QString &regex,
            const Gateway::Service &service)
{
    // path_regexp is case-sensitive like the other gateways; Caddy's path matcher is not.
    out += QStringLiteral("\t@%1 path_regexp ^%2\n").arg(matcher, regex);
    out += QStringLiteral("\thandle @%1 {\n\t\treverse_proxy %2\n\t}\n")
               .arg(matcher, service.upstream.url());
}

} // namespace

bool CaddyExporter::writePlan(const Gateway::Plan &plan, QIODevice *device)
{
    QStringList header = plan.summary();
    header << QString()
           << tr("NOT ENFORCED by stock Caddy (no such module in the standard build):");
    if (plan.jwt) {
        header << tr("  JWT verification: requests pass unverified; verify tokens in the services, "
                     "or build Caddy with a JWT plugin.");
    }
    if (plan.rateLimitPerMinute > 0) {
        header << tr("  rate limiting (%1 requests per minute and client on this board): no 429 "
                     "from Caddy; build Caddy with a rate-limit plugin or limit elsewhere.")
                      .arg(plan.rateLimitPerMinute);
    }
    if (!plan.jwt && plan.rateLimitPerMinute == 0)
        header << tr("  (nothing: JWT and rate limiting are off on this board)");
    header << QString()
           << tr("The admin endpoint is localhost:2019 unless SEAMS_CADDY_ADMIN says otherwise "
                 "(\"off\" disables it).");
    QString out = QString::fromUtf8(Gateway::commentBlock(header));
    out += QStringLiteral("\n{\n\tadmin {$SEAMS_CADDY_ADMIN:localhost:2019}\n}\n\n");
    out += QStringLiteral("http://:%1 {\n").arg(plan.listen.port);
    if (!plan.listen.host.isEmpty())
        out += QStringLiteral("\tbind %1\n").arg(plan.listen.host);
    out += QStringLiteral("\n\t# X-Trace-Id: the client's when it sends one, else a new UUID; "
                          "returned on every answer.\n"
                          "\t@trace_missing not header X-Trace-Id *\n"
                          "\trequest_header @trace_missing X-Trace-Id {http.request.uuid}\n"
                          "\theader {\n"
                          "\t\tX-Trace-Id {http.request.header.X-Trace-Id}\n"
                          "\t\tdefer\n"
                          "\t}\n\n");
    out += QStringLiteral("\t# handle blocks with named matchers keep this order: longest prefix "
                          "first.\n");
    for (const Gateway::Route &route : plan.routes) {
        handle(out, route.name, Gateway::prefixRegex(route.prefix),
               plan.services.at(route.service));
    }
    handle(out, QStringLiteral("monolith_fallback"), Gateway::regexLiteral(plan.fallbackPrefix),
           plan.monolith);
    out += QStringLiteral("\thandle {\n\t\trespond 404\n\t}\n}\n");

    const QByteArray bytes = out.toUtf8();
    return writeAll(device, bytes);
}

} // namespace Seams
