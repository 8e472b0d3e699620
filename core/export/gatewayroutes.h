#pragma once

#include "exporter.h"
#include "model/types.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QUuid>

#include <optional>

namespace Seams {

class Board;
struct Handoff;

/** The routing semantics shared by every gateway exporter, so that the five exporters only
 *  render. One plan says which contexts get routes for the chosen wave, under which
 *  sanitised names, with which prefixes (longest first: the longest prefix wins on every
 *  gateway), and where the rest of the API goes (the monolith fallback on
 *  `apiBasePath + "/"`). A prefix matches on segment boundaries: "/api/orders" and
 *  "/api/orders/7" go to orders, "/api/orders-archive" does not. Paths reach upstreams
 *  unchanged. Everything outside the API base path is answered 404 by the gateway. */
namespace Gateway {

/** An upstream as `scheme://host:port`, without path (paths reach it unchanged). */
struct Upstream
{
    QString scheme; ///< "http" or "https"
    QString host; ///< a DNS name, an IPv4 address or an IPv6 address (without brackets)
    int port = 0;

    /** "http://order-service:8080" ("http://[::1]:8080" for IPv6). */
    QString url() const;
    /** "order-service:8080". */
    QString authority() const;
};

/** Where the gateway listens: host (empty: all addresses) and port. */
struct Listen
{
    QString host;
    int port = 0;

    /** "host:port" or ":port"; IPv6 hosts in brackets. */
    QString address() const;
};

/** One upstream service: a routed context, or the monolith. */
struct Service
{
    QUuid contextId; ///< null for the monolith
    QString contextName; ///< the board's text, for comments only (see commentText())
    QString name; ///< sanitised: [a-z0-9-]+, unique in the plan
    Upstream upstream;
    QStringList prefixes; ///< longest first
    MigrationStatus status = MigrationStatus::Monolith;
    int wave = 0;
};

/** One prefix of one service. */
struct Route
{
    QString prefix; ///< "/api/orders": validated, no trailing slash
    QString name; ///< sanitised and unique: "orders"
    int service = -1; ///< index into Plan::services
};

struct Plan
{
    QList<Service> services; ///< routed contexts, sorted by name
    Service monolith; ///< the fallback, named "monolith"
    QList<Route> routes; ///< every prefix of every service, longest first
    QString basePath; ///< "/api", or "" when the API is the whole site
    QString fallbackPrefix; ///< basePath + "/"
    Listen listen;
    bool jwt = true;
    int rateLimitPerMinute = 0; ///< 0: no rate limiting
    std::optional<int> wave;
    /** PEM public key for RS256 JWT verification where the gateway supports it (HAProxy),
     *  from the board setting "jwt_public_key_file"; empty means HS256 with a secret. */
    QString jwtPublicKeyFile;
    QString boardName;
    /** The DNS server gateways ask for upstream addresses at run time ("IPv4:port"), from
     *  the board setting "gateway_resolver"; Docker's embedded DNS by default. */
    QString resolver;

    /** Comment lines describing the plan, common to every target's header. */
    QStringList summary() const;
};

/** The name of the monolith's service; no context may take it. */
inline constexpr QLatin1String monolithName("monolith");
/** The board setting (BoardSettings::extra) naming a PEM public key for RS256. */
inline constexpr QLatin1String jwtPublicKeySetting("jwt_public_key_file");
/** The board setting (BoardSettings::extra) naming the DNS resolver, "IPv4[:port]". */
inline constexpr QLatin1String resolverSetting("gateway_resolver");
/** The environment variable holding the HS256 secret where a gateway reads one. */
inline constexpr QLatin1String jwtSecretVariable("SEAMS_JWT_SECRET");

/** Whether a context gets routes: with a wave, contexts of waves 1..wave; without, those
 *  extracting or extracted. */
bool isRouted(const Handoff &handoff, std::optional<int> wave);
/** Whether a context gets routes in some wave (what `seams check` looks at). */
bool mayBeRouted(const Handoff &handoff);

/** A name every gateway accepts: lower-case ASCII words joined by "-" ("Order \"#1\"" ->
 *  "order-1"); empty when nothing ASCII is left. */
QString token(const QString &name);

/** The API base path without trailing slash ("/api/" -> "/api", "/" -> ""), or nullopt
 *  with `problem` set when it is not a valid path. */
std::optional<QString> basePath(const QString &setting, QString *problem);

/** Why a route prefix is unusable (translated), or an empty string when it is fine: it must
 *  start with the base path and a slash, use only letters, digits, "-", ".", "_" and "~"
 *  between single slashes, and not end with a slash. */
QString prefixProblem(const QString &prefix, const QString &basePath);

/** Parses "http://host:port" (an optional trailing slash is allowed); nullopt with a
 *  translated `problem` otherwise. */
std::optional<Upstream> parseUpstream(const QString &url, QString *problem);

/** Parses ":8000", "127.0.0.1:8000", "[::1]:8000" or "localhost:8000". */
std::optional<Listen> parseListen(const QString &address, QString *problem);

/** Exporter::optionsError() of every gateway exporter: an unusable --listen. */
QString optionsError(const ExportOptions &options);

/** Parses the resolver setting ("10.0.0.2" or "10.0.0.2:53") into "IPv4:port". */
std::optional<QString> parseResolver(const QString &setting, QString *problem);

/** A validated path as a regular expression matching it literally ("." escaped). */
QString regexLiteral(const QString &path);

/** A regular expression matching the prefix on a segment boundary, unanchored at the
 *  start: "/api/v1.2" -> "/api/v1\.2(/|$)". */
QString prefixRegex(const QString &prefix);

/** Board text made safe for a one-line comment in any config: control characters and line
 *  breaks become spaces, "{$" and "${" lose their "$" (Caddy and HAProxy expand those). */
QString commentText(const QString &text);

/** "# line\n" for each line, each made safe by commentText(): a header comment for the
 *  nginx, HAProxy and Caddy files. */
QByteArray commentBlock(const QStringList &lines);

/** The plan for a board and the export's options (wave, listen). Fails with a translated
 *  message when the board has an error that `seams check` reports in area "gateway". */
std::optional<Plan> plan(const Board &board, const ExportOptions &options, QString *error);

} // namespace Gateway
} // namespace Seams
