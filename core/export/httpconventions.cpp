#include "httpconventions.h"

#include "model/boardsettings.h"
#include "model/naming.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

namespace Seams::HttpConventions {

namespace {

/** The verb table of docs/http-conventions.md. The action verbs are listed so that a
 *  one-word command ("Checkout") is recognised; with an object, any verb maps to an action. */
const QHash<QString, CommandIntent> &verbTable()
{
    static const QHash<QString, CommandIntent> table = [] {
        QHash<QString, CommandIntent> result;
        const auto add = [&result](CommandIntent intent, const char *const verbs) {
            for (const QString &verb : QString::fromLatin1(verbs).split(QLatin1Char(' ')))
                result.insert(verb, intent);
        };
        add(CommandIntent::Create, "place create register add submit open");
        add(CommandIntent::Update, "update change edit rename");
        add(CommandIntent::Replace, "replace set");
        add(CommandIntent::Delete, "delete remove");
        add(CommandIntent::Transition, "cancel archive");
        add(CommandIntent::Action,
            "accept activate apply approve assign authorise authorize book calculate capture "
            "charge checkout close complete confirm deactivate decline deliver disable dispatch "
            "enable expire fulfil fulfill invite issue lock notify pay process publish refund "
            "reject release renew reopen reorder reschedule reserve reset restore resume retry "
            "return review schedule send settle ship start stop suspend transfer unassign "
            "unlock unpublish validate verify void withdraw");
        return result;
    }();
    return table;
}

bool isPathCharacter(char c)
{
    // RFC 3986 pchar without '%' (handled by the caller): unreserved, sub-delims, ':' and '@'.
    static const QByteArray allowed = QByteArrayLiteral("-._~!$&'()*+,;=:@");
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
        || allowed.contains(c);
}

bool isHexDigit(char c)
{
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

QString encodeLiteral(const QString &segment)
{
    const QByteArray bytes = segment.toUtf8();
    QByteArray encoded;
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const char c = bytes.at(i);
        const bool escaped = c == '%' && i + 2 < bytes.size() && isHexDigit(bytes.at(i + 1))
            && isHexDigit(bytes.at(i + 2));
        if (isPathCharacter(c) || escaped)
            encoded += c;
        else
            encoded += '%' + QByteArray(1, c).toHex().toUpper();
    }
    return QString::fromLatin1(encoded);
}

QString templateParameterName(const QString &inner, int index)
{
    static const QRegularExpression identifier(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]*$"));
    if (identifier.match(inner).hasMatch())
        return inner;
    QString name = Naming::camelCase(Naming::words(inner));
    if (name.isEmpty())
        return QStringLiteral("param%1").arg(index);
    if (name.front().isDigit())
        name.prepend(QLatin1Char('p'));
    return name;
}

} // namespace

std::optional<CommandIntent> intentOfVerb(const QString &verb)
{
    const auto found = verbTable().constFind(verb);
    if (found == verbTable().constEnd())
        return std::nullopt;
    return *found;
}

QString methodOf(CommandIntent intent)
{
    switch (intent) {
    case CommandIntent::Update:
        return QStringLiteral("PATCH");
    case CommandIntent::Replace:
        return QStringLiteral("PUT");
    case CommandIntent::Delete:
        return QStringLiteral("DELETE");
    case CommandIntent::Create:
    case CommandIntent::Transition:
    case CommandIntent::Action:
        break;
    }
    return QStringLiteral("POST");
}

bool isSupportedMethod(const QString &method)
{
    static const QStringList methods
        = {QStringLiteral("GET"), QStringLiteral("POST"), QStringLiteral("PUT"),
           QStringLiteral("PATCH"), QStringLiteral("DELETE")};
    return methods.contains(method);
}

OperationKind kindOf(const QString &method, CommandIntent intent, bool endsAtItem)
{
    if (method == QLatin1String("GET"))
        return endsAtItem ? OperationKind::Read : OperationKind::ReadCollection;
    if (method == QLatin1String("PATCH"))
        return OperationKind::Update;
    if (method == QLatin1String("PUT"))
        return OperationKind::Replace;
    if (method == QLatin1String("DELETE"))
        return OperationKind::Delete;
    return intent == CommandIntent::Create ? OperationKind::Create : OperationKind::Action;
}

int successStatus(OperationKind kind, bool hasResponseBody)
{
    switch (kind) {
    case OperationKind::Create:
        return 201;
    case OperationKind::Delete:
        return 204;
    case OperationKind::Action:
        return hasResponseBody ? 200 : 204;
    case OperationKind::Read:
    case OperationKind::ReadCollection:
    case OperationKind::Update:
    case OperationKind::Replace:
        break;
    }
    return 200;
}

QList<int> errorStatuses(OperationKind kind, bool hasPathParameters, const BoardSettings &settings)
{
    const bool reads = kind == OperationKind::Read || kind == OperationKind::ReadCollection;
    QList<int> statuses {400};
    if (settings.jwtEnabled)
        statuses << 401 << 403;
    if (hasPathParameters)
        statuses << 404;
    if (!reads)
        statuses << 409;
    if (!reads && kind != OperationKind::Delete)
        statuses << 422;
    if (settings.rateLimitPerMinute > 0)
        statuses << 429;
    statuses << 500 << 503;
    return statuses;
}

bool usesIfMatch(OperationKind kind)
{
    return kind == OperationKind::Update || kind == OperationKind::Replace
        || kind == OperationKind::Delete;
}

bool returnsOneResource(OperationKind kind)
{
    return kind != OperationKind::ReadCollection && kind != OperationKind::Delete;
}

QString singular(const QString &word)
{
    if (word == QLatin1String("people"))
        return QStringLiteral("person");
    // Words Naming::plural leaves alone (catalog, inventory, news...) are their own singular;
    // so is anything that does not end in a plural 's'.
    if (word.size() <= 3 || !word.endsWith(QLatin1Char('s')) || word.endsWith(QLatin1String("ss"))
        || word.endsWith(QLatin1String("us")) || word.endsWith(QLatin1String("is"))
        || word == QLatin1String("news") || word == QLatin1String("series"))
        return word;
    if (word.endsWith(QLatin1String("ies")) && word.size() > 4)
        return word.chopped(3) + QLatin1Char('y');
    for (const char *ending : {"sses", "xes", "zes", "ches", "shes", "uses"}) {
        if (word.endsWith(QLatin1String(ending)))
            return word.chopped(2);
    }
    return word.chopped(1);
}

QStringList singularWords(QStringList words)
{
    if (!words.isEmpty())
        words.last() = singular(words.last());
    return words;
}

QStringList pluralWords(QStringList words)
{
    if (!words.isEmpty())
        words.last() = Naming::plural(words.last());
    return words;
}

PathSegments sanitizePath(const QString &path, bool allowTemplates)
{
    PathSegments result;
    QSet<QString> names;
    int index = 0;
    for (const QString &part : path.split(QLatin1Char('/'))) {
        if (part.isEmpty() || part == QLatin1String(".") || part == QLatin1String(".."))
            continue;
        const bool looksTemplate = part.size() > 1 && part.startsWith(QLatin1Char('{'))
            && part.endsWith(QLatin1Char('}'));
        if (allowTemplates && looksTemplate) {
            const QString base = templateParameterName(part.mid(1, part.size() - 2), ++index);
            QString name = base;
            for (int n = 2; names.contains(name); ++n)
                name = base + QString::number(n);
            names.insert(name);
            result.segments.append(QLatin1Char('{') + name + QLatin1Char('}'));
        } else {
            result.segments.append(encodeLiteral(part));
        }
    }
    const QString expected = path.startsWith(QLatin1Char('/')) ? path : QLatin1Char('/') + path;
    result.changed = joinPath(result.segments) != expected;
    return result;
}

QString joinPath(const QStringList &segments)
{
    return QLatin1Char('/') + segments.join(QLatin1Char('/'));
}

QString pathKey(const QStringList &segments)
{
    QStringList key;
    for (const QString &segment : segments)
        key.append(isTemplate(segment) ? QStringLiteral("{}") : segment);
    return joinPath(key);
}

bool isTemplate(const QString &segment)
{
    return segment.startsWith(QLatin1Char('{')) && segment.endsWith(QLatin1Char('}'));
}

QString templateName(const QString &segment)
{
    return segment.mid(1, segment.size() - 2);
}

bool startsWith(const QStringList &segments, const QStringList &prefix)
{
    if (prefix.size() > segments.size())
        return false;
    for (qsizetype i = 0; i < prefix.size(); ++i) {
        if (segments.at(i) != prefix.at(i))
            return false;
    }
    return true;
}

} // namespace Seams::HttpConventions
