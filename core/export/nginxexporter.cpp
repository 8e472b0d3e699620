#include "nginxexporter.h"

#include "gatewayroutes.h"

namespace Seams {

namespace {

// Everything written below from the board is a validated prefix, a sanitised name or a
// parsed upstream, none of which can hold a quote, a semicolon, a brace or white space.

QString listenDirective(const Gateway::Listen &listen)
{
    return listen.host.isEmpty() ? QString::number(listen.port) : listen.address();
}

void proxyTo(QString &out, const QString &location, const Gateway::Service &service)
{
    out += QStringLiteral("        location %1 {\n").arg(location);
    // A variable makes nginx resolve the host per request (through `resolver`), not at
    // startup. Without a URI part, proxy_pass sends the request URI unchanged.
    out += QStringLiteral("            set $upstream %1;\n").arg(service.upstream.url());
    out += QStringLiteral("            proxy_pass $upstream;\n");
    out += QStringLiteral("        }\n");
}

} // namespace

bool NginxExporter::writePlan(const Gateway::Plan &plan, QIODevice *device)
{
    QStringList header = plan.summary();
    header << QString() << tr("NOT ENFORCED by nginx:");
    header << (plan.jwt ? tr("  JWT verification: open source nginx cannot verify tokens "
                             "(auth_jwt is NGINX Plus only); requests pass unverified, so "
                             "verify them in the services or put a verifying gateway in front.")
                        : tr("  (nothing: JWT is off on this board)"));
    header << QString()
           << tr("Run without root: nginx -p DIR -c DIR/nginx.conf (pid and temp files go to DIR).")
           << tr("Upstream names are resolved per request through the resolver %1 (board "
                 "setting %2).")
                  .arg(plan.resolver, Gateway::resolverSetting);
    QString out = QString::fromUtf8(Gateway::commentBlock(header));
    out += QStringLiteral("\nworker_processes auto;\npid nginx.pid;\nerror_log stderr warn;\n\n");
    out += QStringLiteral("events {\n    worker_connections 1024;\n}\n\nhttp {\n");
    for (const char *temp : {"client_body", "proxy", "fastcgi", "uwsgi", "scgi"})
        out += QStringLiteral("    %1_temp_path %1_temp;\n").arg(QLatin1String(temp));
    out += QStringLiteral("\n    server_tokens off;\n");
    out += QStringLiteral("    resolver %1 valid=10s;\n    resolver_timeout 5s;\n\n")
               .arg(plan.resolver);
    out += QStringLiteral("    # X-Trace-Id: the client's when it sends one, else a new one.\n"
                          "    map $http_x_trace_id $trace_id {\n"
                          "        \"\" $request_id;\n"
                          "        default $http_x_trace_id;\n"
                          "    }\n\n");
    out += QStringLiteral("    log_format seams '$remote_addr [$time_local] \"$request\" $status "
                          "$body_bytes_sent trace=$trace_id upstream=$upstream_addr';\n"
                          "    access_log /dev/stdout seams;\n\n");
    if (plan.rateLimitPerMinute > 0) {
        // rate + burst of a minute's worth, served at once: like Kong's per-minute window.
        out += QStringLiteral("    limit_req_zone $binary_remote_addr zone=per_client:10m "
                              "rate=%1r/m;\n    limit_req_status 429;\n\n")
                   .arg(plan.rateLimitPerMinute);
    }
    out += QStringLiteral("    server {\n        listen %1;\n\n").arg(listenDirective(plan.listen));
    out += QStringLiteral("        proxy_http_version 1.1;\n"
                          "        proxy_set_header Connection \"\";\n"
                          "        proxy_set_header Host $proxy_host;\n"
                          "        proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;\n"
                          "        proxy_set_header X-Trace-Id $trace_id;\n"
                          "        proxy_hide_header X-Trace-Id;\n"
                          "        add_header X-Trace-Id $trace_id always;\n");
    if (plan.rateLimitPerMinute > 0) {
        out += QStringLiteral("        limit_req zone=per_client burst=%1 nodelay;\n"
                              "        error_page 429 = @rate_limited;\n")
                   .arg(plan.rateLimitPerMinute - 1);
    }
    out += QLatin1Char('\n');
    for (const Gateway::Route &route : plan.routes) {
        const Gateway::Service &service = plan.services.at(route.service);
        out += QStringLiteral("        # %1 -> %2\n").arg(route.prefix, service.name);
        // "= /api/orders" and "/api/orders/" match on the segment boundary; nginx prefers
        // the longest matching prefix, whatever the order in the file.
        proxyTo(out, QLatin1String("= ") + route.prefix, service);
        proxyTo(out, route.prefix + QLatin1Char('/'), service);
    }
    out += QStringLiteral("        # everything else under %1 -> monolith\n")
               .arg(plan.fallbackPrefix);
    proxyTo(out, plan.fallbackPrefix, plan.monolith);
    if (plan.fallbackPrefix != QLatin1String("/")) {
        // Without this, nginx answers "/api" with a 301 to "/api/" (a proxied location ends
        // with a slash); the other gateways answer 404 there.
        out += QStringLiteral("        location = %1 {\n            return 404;\n        }\n")
                   .arg(plan.basePath);
        out += QStringLiteral("        location / {\n            return 404;\n        }\n");
    }
    if (plan.rateLimitPerMinute > 0) {
        out += QStringLiteral("        location @rate_limited {\n"
                              "            add_header X-Trace-Id $trace_id always;\n"
                              "            add_header Retry-After 60 always;\n"
                              "            return 429;\n"
                              "        }\n");
    }
    out += QStringLiteral("    }\n}\n");

    const QByteArray bytes = out.toUtf8();
    return writeAll(device, bytes);
}

} // namespace Seams
