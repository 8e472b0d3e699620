#include "gatewayroutes.h"

#include "model/board.h"
#include "model/naming.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace Seams::Gateway {

namespace {

/** This file's translations, filed by lupdate under the same context. */
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Seams::Gateway)
};

bool isPrefixCharacter(QChar c)
{
    return (c >= QLatin1Char('a') && c <= QLatin1Char('z'))
        || (c >= QLatin1Char('A') && c <= QLatin1Char('Z'))
        || (c >= QLatin1Char('0') && c <= QLatin1Char('9')) || c == QLatin1Char('-')
        || c == QLatin1Char('.') || c == QLatin1Char('_') || c == QLatin1Char('~');
}

QString hostForUrl(const QString &host)
{
    return host.contains(QLatin1Char(':')) ? QLatin1Char('[') + host + QLatin1Char(']') : host;
}

bool longerFirst(const QString &a, const QString &b)
{
    return a.size() != b.size() ? a.size() > b.size() : a < b;
}

QString statusText(MigrationStatus status)
{
    return sentenceName(status);
}

} // namespace

QString Upstream::url() const
{
    return QStringLiteral("%1://%2:%3").arg(scheme, hostForUrl(host)).arg(port);
}

QString Upstream::authority() const
{
    return QStringLiteral("%1:%2").arg(hostForUrl(host)).arg(port);
}

QString Listen::address() const
{
    return QStringLiteral("%1:%2").arg(hostForUrl(host)).arg(port);
}

bool isRouted(const Handoff &handoff, std::optional<int> wave)
{
    if (wave)
        return handoff.wave >= 1 && handoff.wave <= *wave;
    return handoff.status != MigrationStatus::Monolith;
}

bool mayBeRouted(const Handoff &handoff)
{
    return handoff.wave >= 1 || handoff.status != MigrationStatus::Monolith;
}

QString token(const QString &name)
{
    return Naming::words(name).join(QLatin1Char('-'));
}

std::optional<QString> basePath(const QString &setting, QString *problem)
{
    QString path = setting.trimmed();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    if (path.isEmpty())
        return QString();
    // The base path follows the same rules as a route prefix under the root.
    const QString reason = prefixProblem(path, QString());
    if (!reason.isEmpty()) {
        *problem = reason;
        return std::nullopt;
    }
    return path;
}

QString prefixProblem(const QString &prefix, const QString &basePath)
{
    if (prefix.isEmpty())
        return Text::tr("it is empty");
    if (prefix.contains(QLatin1Char('*')))
        return Text::tr(
            "it contains a wildcard \"*\": prefixes already match everything below them");
    if (prefix.contains(QLatin1Char('?')) || prefix.contains(QLatin1Char('#')))
        return Text::tr(
            "it contains a query or fragment (\"?\" or \"#\"): gateways route on the path");
    if (prefix.contains(QRegularExpression(QStringLiteral("\\s"))))
        return Text::tr("it contains white space");
    if (!prefix.startsWith(QLatin1Char('/')))
        return Text::tr("it does not start with \"/\"");
    if (prefix.size() > 1 && prefix.endsWith(QLatin1Char('/')))
        return Text::tr("it ends with \"/\": write it without, it matches on segment boundaries");
    if (!basePath.isEmpty() && prefix == basePath)
        return Text::tr(
            "it is the API base path itself, which would leave nothing to the monolith");
    if (!prefix.startsWith(basePath + QLatin1Char('/')))
        return Text::tr("it is not under the API base path %1").arg(basePath + QLatin1Char('/'));
    const QStringList segments = prefix.mid(1).split(QLatin1Char('/'));
    for (const QString &segment : segments) {
        if (segment.isEmpty())
            return Text::tr("it has an empty segment (\"//\")");
        if (segment == QLatin1String(".") || segment == QLatin1String(".."))
            return Text::tr("it has a \".\" or \"..\" segment");
        for (const QChar c : segment) {
            if (!isPrefixCharacter(c)) {
                return Text::tr("it contains \"%1\"; use letters, digits, \"-\", \".\", \"_\" and "
                                "\"~\" between slashes")
                    .arg(c);
            }
        }
    }
    return {};
}

std::optional<Upstream> parseUpstream(const QString &url, QString *problem)
{
    static const QRegularExpression pattern(
        QStringLiteral("^([A-Za-z][A-Za-z0-9+.-]*)://(\\[[0-9A-Fa-f:.]+\\]|[A-Za-z0-9]([A-Za-z0-9."
                       "-]*[A-Za-z0-9])?)(:([0-9]{1,5}))?(/?)$"));
    const QRegularExpressionMatch match = pattern.match(url.trimmed());
    if (!match.hasMatch()) {
        *problem = Text::tr("\"%1\" is not of the form http://host:port (no path, user or query)")
                       .arg(url.simplified());
        return std::nullopt;
    }
    Upstream upstream;
    upstream.scheme = match.captured(1).toLower();
    if (upstream.scheme != QLatin1String("http") && upstream.scheme != QLatin1String("https")) {
        *problem = Text::tr("\"%1\" must use http or https").arg(url.simplified());
        return std::nullopt;
    }
    upstream.host = match.captured(2);
    if (upstream.host.startsWith(QLatin1Char('[')))
        upstream.host = upstream.host.mid(1, upstream.host.size() - 2);
    upstream.port = match.captured(5).isEmpty()
        ? (upstream.scheme == QLatin1String("https") ? 443 : 80)
        : match.captured(5).toInt();
    if (upstream.port < 1 || upstream.port > 65535) {
        *problem = Text::tr("\"%1\" has no valid port (1 to 65535)").arg(url.simplified());
        return std::nullopt;
    }
    return upstream;
}

QString optionsError(const ExportOptions &options)
{
    QString problem;
    if (!options.listen.isEmpty() && !parseListen(options.listen, &problem))
        return problem;
    return {};
}

std::optional<Listen> parseListen(const QString &address, QString *problem)
{
    static const QRegularExpression pattern(QStringLiteral(
        "^(\\[[0-9A-Fa-f:.]+\\]|[A-Za-z0-9]([A-Za-z0-9.-]*[A-Za-z0-9])?)?:([0-9]{1,5})$"));
    const QRegularExpressionMatch match = pattern.match(address.trimmed());
    const int port = match.captured(3).toInt();
    if (!match.hasMatch() || port < 1 || port > 65535) {
        *problem
            = Text::tr("listen address \"%1\" is not of the form :PORT or HOST:PORT (port 1 to "
                       "65535)")
                  .arg(address.simplified());
        return std::nullopt;
    }
    Listen listen;
    listen.host = match.captured(1);
    if (listen.host.startsWith(QLatin1Char('[')))
        listen.host = listen.host.mid(1, listen.host.size() - 2);
    listen.port = port;
    return listen;
}

std::optional<QString> parseResolver(const QString &setting, QString *problem)
{
    static const QRegularExpression pattern(QStringLiteral(
        "^([0-9]{1,3})\\.([0-9]{1,3})\\.([0-9]{1,3})\\.([0-9]{1,3})(:([0-9]{1,5}))?$"));
    const QRegularExpressionMatch match = pattern.match(setting.trimmed());
    bool valid = match.hasMatch();
    for (int i = 1; valid && i <= 4; ++i)
        valid = match.captured(i).toInt() <= 255;
    const int port = match.captured(6).isEmpty() ? 53 : match.captured(6).toInt();
    if (!valid || port < 1 || port > 65535) {
        *problem = Text::tr("resolver \"%1\" is not an IPv4 address with an optional port")
                       .arg(setting.simplified());
        return std::nullopt;
    }
    return QStringLiteral("%1.%2.%3.%4:%5")
        .arg(match.captured(1), match.captured(2), match.captured(3), match.captured(4))
        .arg(port);
}

QString regexLiteral(const QString &path)
{
    // Validated paths hold letters, digits, "/", "-", "_", "~" and "."; only "." is special.
    QString escaped = path;
    return escaped.replace(QLatin1Char('.'), QLatin1String("\\."));
}

QString prefixRegex(const QString &prefix)
{
    return regexLiteral(prefix) + QLatin1String("(/|$)");
}

QString commentText(const QString &text)
{
    QString result;
    result.reserve(text.size());
    for (const QChar c : text)
        result.append(c.category() == QChar::Other_Control || c.category() == QChar::Other_Format
                              || c == QChar::LineSeparator || c == QChar::ParagraphSeparator
                          ? QLatin1Char(' ')
                          : c);
    result.replace(QLatin1String("{$"), QLatin1String("{"));
    result.replace(QLatin1String("${"), QLatin1String("{"));
    while (result.endsWith(QLatin1Char(' ')))
        result.chop(1);
    return result;
}

QByteArray commentBlock(const QStringList &lines)
{
    QByteArray bytes;
    for (const QString &line : lines) {
        const QString safe = commentText(line);
        bytes += (safe.isEmpty() ? QStringLiteral("#\n") : QStringLiteral("# %1\n").arg(safe))
                     .toUtf8();
    }
    return bytes;
}

QStringList Plan::summary() const
{
    QStringList lines;
    lines << Text::tr("API gateway for the board \"%1\", generated by Seams.")
                 .arg(commentText(boardName));
    lines << (wave ? Text::tr("Routes as they should be after migration wave %1.").arg(*wave)
                   : Text::tr("Routes for the contexts being extracted or extracted."));
    for (const Service &service : services) {
        lines << Text::tr("  %1 -> %2 (%3, %4, wave %5): %6")
                     .arg(service.name, service.upstream.url(), commentText(service.contextName),
                          statusText(service.status))
                     .arg(service.wave)
                     .arg(service.prefixes.join(QLatin1String(", ")));
    }
    lines << Text::tr("  everything else under %1 -> monolith (%2)")
                 .arg(fallbackPrefix, monolith.upstream.url());
    lines << Text::tr("Prefixes match on segment boundaries, the longest first; paths reach the "
                      "upstreams unchanged; other paths get 404.");
    return lines;
}

std::optional<Plan> plan(const Board &board, const ExportOptions &options, QString *error)
{
    const BoardSettings &settings = board.settings();
    Plan result;
    result.boardName = board.name();
    result.wave = options.wave;
    result.jwt = settings.jwtEnabled;
    result.rateLimitPerMinute = settings.rateLimitPerMinute;
    result.jwtPublicKeyFile = settings.extra.value(jwtPublicKeySetting).toString();
    // The path goes into gateway configs verbatim: keep it to characters no format quotes.
    static const QRegularExpression safePath(QStringLiteral("^/[A-Za-z0-9._/+-]+$"));
    if (!result.jwtPublicKeyFile.isEmpty() && !safePath.match(result.jwtPublicKeyFile).hasMatch()) {
        *error = Text::tr("The board setting %1 must be an absolute path of letters, digits and "
                          "\"._/+-\", not \"%2\".")
                     .arg(jwtPublicKeySetting, result.jwtPublicKeyFile.simplified());
        return std::nullopt;
    }

    QString problem;
    const std::optional<QString> resolver = parseResolver(
        settings.extra.contains(resolverSetting) ? settings.extra.value(resolverSetting).toString()
                                                 : QStringLiteral("127.0.0.11"),
        &problem);
    if (!resolver) {
        *error = Text::tr("The board setting %1 is invalid: %2.").arg(resolverSetting, problem);
        return std::nullopt;
    }
    result.resolver = *resolver;

    const std::optional<QString> base = basePath(settings.apiBasePath, &problem);
    if (!base) {
        *error = Text::tr("The API base path \"%1\" is invalid: %2.")
                     .arg(settings.apiBasePath.simplified(), problem);
        return std::nullopt;
    }
    result.basePath = *base;
    result.fallbackPrefix = *base + QLatin1Char('/');

    const QString listen = options.listen.isEmpty() ? settings.gatewayListen : options.listen;
    const std::optional<Listen> parsedListen = parseListen(listen, &problem);
    if (!parsedListen) {
        *error = Text::tr("The gateway cannot listen there: %1.").arg(problem);
        return std::nullopt;
    }
    result.listen = *parsedListen;

    const std::optional<Upstream> monolith = parseUpstream(settings.monolithUpstream, &problem);
    if (!monolith) {
        *error = Text::tr("The monolith upstream is invalid: %1.").arg(problem);
        return std::nullopt;
    }
    result.monolith.name = monolithName;
    result.monolith.contextName = Text::tr("the monolith");
    result.monolith.upstream = *monolith;
    result.monolith.prefixes = {result.fallbackPrefix};

    QHash<QString, QString> prefixOwner; // case-folded prefix -> context name
    QHash<QString, QString> nameOwner {{monolithName, Text::tr("the monolith")}};
    for (const BoundedContext *context : board.sortedContexts()) {
        if (!isRouted(context->handoff, options.wave))
            continue;
        const ResolvedHandoff handoff = Naming::resolve(*context, settings);
        const QString contextName
            = QLatin1Char('"') + context->name.simplified() + QLatin1Char('"');
        Service service;
        service.contextId = context->id;
        service.contextName = context->name;
        service.status = handoff.status;
        service.wave = handoff.wave;
        service.name = token(handoff.serviceName);
        if (service.name.isEmpty())
            service.name = QLatin1String("context-") + context->id.toString(QUuid::Id128).left(8);
        if (nameOwner.contains(service.name)) {
            *error = Text::tr("Contexts %1 and %2 both get the service name \"%3\".")
                         .arg(nameOwner.value(service.name), contextName, service.name);
            return std::nullopt;
        }
        nameOwner.insert(service.name, contextName);
        const std::optional<Upstream> upstream = parseUpstream(handoff.upstreamUrl, &problem);
        if (!upstream) {
            *error
                = Text::tr("The upstream of context %1 is invalid: %2.").arg(contextName, problem);
            return std::nullopt;
        }
        service.upstream = *upstream;
        for (const QString &prefix : handoff.routePrefixes) {
            const QString reason = prefixProblem(prefix, result.basePath);
            if (!reason.isEmpty()) {
                *error = Text::tr("The route prefix \"%1\" of context %2 is invalid: %3.")
                             .arg(prefix.simplified(), contextName, reason);
                return std::nullopt;
            }
            if (service.prefixes.contains(prefix))
                continue;
            const QString key = prefix.toCaseFolded();
            if (prefixOwner.contains(key)) {
                *error = Text::tr("Contexts %1 and %2 both claim the route prefix \"%3\".")
                             .arg(prefixOwner.value(key), contextName, prefix);
                return std::nullopt;
            }
            prefixOwner.insert(key, contextName);
            service.prefixes.append(prefix);
        }
        std::sort(service.prefixes.begin(), service.prefixes.end(), longerFirst);
        result.services.append(service);
    }
    std::sort(result.services.begin(), result.services.end(),
              [](const Service &a, const Service &b) { return a.name < b.name; });

    for (int i = 0; i < result.services.size(); ++i) {
        for (const QString &prefix : std::as_const(result.services[i].prefixes))
            result.routes.append(Route {prefix, QString(), i});
    }
    std::sort(result.routes.begin(), result.routes.end(),
              [](const Route &a, const Route &b) { return longerFirst(a.prefix, b.prefix); });
    // "/api/a.b" and "/api/a-b" give the same token; later ones get a number.
    QSet<QString> routeNames;
    for (Route &route : result.routes) {
        QString name = token(route.prefix.mid(result.basePath.size()));
        if (name.isEmpty())
            name = QStringLiteral("route");
        route.name = name;
        for (int n = 2; routeNames.contains(route.name); ++n)
            route.name = QStringLiteral("%1-%2").arg(name).arg(n);
        routeNames.insert(route.name);
    }
    return result;
}

} // namespace Seams::Gateway
