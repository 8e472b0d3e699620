#include "haproxyexporter.h"

#include "gatewayroutes.h"

namespace Seams {

namespace {

// Everything written below from the board is a validated prefix, a sanitised name or a
// parsed upstream: no quote, space, "#" or "$" can reach the file from the board.

QString bindAddress(const Gateway::Listen &listen)
{
    // HAProxy reads the last colon as the port separator; IPv6 needs the ipv6@ prefix.
    if (listen.host.contains(QLatin1Char(':')))
        return QStringLiteral("ipv6@%1:%2").arg(listen.host).arg(listen.port);
    return QStringLiteral("%1:%2").arg(listen.host).arg(listen.port);
}

QString server(const Gateway::Service &service)
{
    QString line = QStringLiteral("    server %1 %2:%3")
                       .arg(service.name,
                            service.upstream.host.contains(QLatin1Char(':'))
                                ? QLatin1String("ipv6@") + service.upstream.host
                                : service.upstream.host)
                       .arg(service.upstream.port);
    if (service.upstream.scheme == QLatin1String("https"))
        line += QStringLiteral(" ssl verify required ca-file @system-ca sni str(%1)")
                    .arg(service.upstream.host);
    return line + QLatin1Char('\n');
}

void writeJwt(QString &out, const Gateway::Plan &plan)
{
    const bool publicKey = !plan.jwtPublicKeyFile.isEmpty();
    const QString algorithm = publicKey ? QStringLiteral("RS256") : QStringLiteral("HS256");
    const QString key = publicKey ? plan.jwtPublicKeyFile
                                  : QStringLiteral("${%1}").arg(Gateway::jwtSecretVariable);
    out += QStringLiteral("    # JWT: %1 signature and exp, like Kong's jwt plugin with "
                          "claims_to_verify [exp].\n")
               .arg(algorithm);
    out += QStringLiteral("    http-request set-var(txn.bearer) http_auth_bearer\n"
                          "    http-request set-var(txn.jwt_alg) "
                          "var(txn.bearer),jwt_header_query('$.alg')\n"
                          "    http-request set-var(txn.jwt_exp) "
                          "var(txn.bearer),jwt_payload_query('$.exp','int')\n"
                          "    http-request set-var(txn.now) date()\n");
    // The algorithm is pinned: a token cannot pick a weaker one (or "none").
    out += QStringLiteral("    acl jwt_algorithm var(txn.jwt_alg) -m str %1\n").arg(algorithm);
    out += QStringLiteral("    acl jwt_signed var(txn.bearer),jwt_verify(\"%1\",\"%2\") -m int 1\n")
               .arg(algorithm, key);
    out += QStringLiteral("    acl jwt_live var(txn.jwt_exp),sub(txn.now) -m int gt 0\n");
    QString conditions = QStringLiteral("jwt_algorithm jwt_signed jwt_live");
    if (!publicKey) {
        // An unset variable would make the secret empty, and tokens signed with an empty
        // key would pass: refuse everything instead.
        out += QStringLiteral("    acl jwt_secret_set env(%1) -m len 1:\n")
                   .arg(Gateway::jwtSecretVariable);
        conditions.prepend(QLatin1String("jwt_secret_set "));
    }
    out += QStringLiteral("    http-request return status 401 hdr WWW-Authenticate Bearer "
                          "unless %1\n")
               .arg(conditions);
}

} // namespace

bool HaproxyExporter::writePlan(const Gateway::Plan &plan, QIODevice *device)
{
    QStringList header = plan.summary();
    header << QString()
           << tr("HAProxy enforces all of it: routes, X-Trace-Id, JWT and rate limiting as the "
                 "board says.");
    if (plan.jwt && plan.jwtPublicKeyFile.isEmpty()) {
        header << tr("JWT: HS256 tokens verified with the secret in the environment variable "
                     "%1 (HAProxy refuses every request while it is unset or empty). Board "
                     "setting %2 = a PEM public key path switches to RS256.")
                      .arg(Gateway::jwtSecretVariable, Gateway::jwtPublicKeySetting);
        header << tr("One secret for all clients: unlike Kong, the \"kid\" claim selects no key.");
    } else if (plan.jwt) {
        header << tr("JWT: RS256 tokens verified with the public key %1 (it must exist when "
                     "HAProxy starts).")
                      .arg(plan.jwtPublicKeyFile);
    }
    header << tr("Servers are resolved at run time through %1 (board setting %2).")
                  .arg(plan.resolver, Gateway::resolverSetting);
    QString out = QString::fromUtf8(Gateway::commentBlock(header));
    out += QStringLiteral("\nglobal\n    maxconn 4096\n\n"
                          "defaults\n    mode http\n    option forwardfor\n"
                          "    timeout connect 5s\n    timeout client 30s\n"
                          "    timeout server 30s\n"
                          // Start even when a server's name does not resolve yet.
                          "    default-server init-addr last,libc,none resolvers dns\n\n");
    out += QStringLiteral("resolvers dns\n    nameserver dns1 %1\n    hold valid 10s\n\n")
               .arg(plan.resolver);
    out += QStringLiteral("frontend gateway\n    bind %1\n\n").arg(bindAddress(plan.listen));
    out += QStringLiteral("    # X-Trace-Id: the client's when it sends one, else a new UUID; "
                          "returned on every answer.\n"
                          "    unique-id-format %[uuid()]\n"
                          "    http-request set-header X-Trace-Id %[unique-id] unless { "
                          "req.hdr(X-Trace-Id) -m found }\n"
                          "    http-request set-var(txn.trace_id) req.hdr(X-Trace-Id)\n"
                          "    http-after-response set-header X-Trace-Id %[var(txn.trace_id)]\n\n");
    if (plan.fallbackPrefix != QLatin1String("/")) {
        out += QStringLiteral("    http-request return status 404 unless { path_beg %1 }\n\n")
                   .arg(plan.fallbackPrefix);
    }
    if (plan.jwt) {
        writeJwt(out, plan);
        out += QLatin1Char('\n');
    }
    if (plan.rateLimitPerMinute > 0) {
        out += QStringLiteral("    # At most %1 requests per client and minute, then 429.\n"
                              "    stick-table type ipv6 size 100k expire 1m store "
                              "http_req_rate(1m)\n"
                              "    http-request track-sc0 src\n"
                              "    http-request return status 429 hdr Retry-After 60 if { "
                              "sc_http_req_rate(0) gt %1 }\n\n")
                   .arg(plan.rateLimitPerMinute);
    }
    out += QStringLiteral("    # HAProxy takes the first matching rule: longest prefix first.\n");
    for (const Gateway::Route &route : plan.routes) {
        out += QStringLiteral("    use_backend %1 if { path %2 } || { path_beg %2/ }\n")
                   .arg(plan.services.at(route.service).name, route.prefix);
    }
    out += QStringLiteral("    use_backend %1 if { path_beg %2 }\n\n")
               .arg(plan.monolith.name, plan.fallbackPrefix);
    for (const Gateway::Service &service : plan.services)
        out += QStringLiteral("backend %1\n").arg(service.name) + server(service)
            + QLatin1Char('\n');
    out += QStringLiteral("backend %1\n").arg(plan.monolith.name) + server(plan.monolith);

    const QByteArray bytes = out.toUtf8();
    return writeAll(device, bytes);
}

} // namespace Seams
