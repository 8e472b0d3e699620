#include "naming.h"

namespace Seams::Naming {

namespace {

bool isContextWord(const QString &word)
{
    static const QStringList contextWords = {QStringLiteral("context"), QStringLiteral("contexte"),
                                             QStringLiteral("kontext"), QStringLiteral("contexto")};
    return contextWords.contains(word);
}

QString lastWordPlural(QStringList words)
{
    if (words.isEmpty())
        return {};
    words.last() = plural(words.last());
    return snakeCase(words);
}

} // namespace

QStringList words(const QString &name)
{
    // Decompose accents so that "é" becomes "e" + a combining mark we can drop.
    const QString decomposed = name.normalized(QString::NormalizationForm_KD);
    QStringList result;
    QString current;
    auto flush = [&] {
        if (!current.isEmpty())
            result.append(current.toLower());
        current.clear();
    };
    QChar previous;
    for (int i = 0; i < decomposed.size(); ++i) {
        const QChar c = decomposed.at(i);
        if (c.category() == QChar::Mark_NonSpacing)
            continue;
        if (c.unicode() >= 0x80 || !c.isLetterOrNumber()) {
            flush();
            previous = QChar();
            continue;
        }
        const QChar next = i + 1 < decomposed.size() ? decomposed.at(i + 1) : QChar();
        const bool startsCamelWord = c.isUpper() && !current.isEmpty()
            && (previous.isLower() || previous.isDigit() || (previous.isUpper() && next.isLower()));
        if (startsCamelWord)
            flush();
        current.append(c);
        previous = c;
    }
    flush();
    return result;
}

QString plural(const QString &word)
{
    static const QStringList invariant
        = {QStringLiteral("data"),    QStringLiteral("news"),        QStringLiteral("inventory"),
           QStringLiteral("series"),  QStringLiteral("information"), QStringLiteral("media"),
           QStringLiteral("catalog"), QStringLiteral("shipping"),    QStringLiteral("feedback"),
           QStringLiteral("staff")};
    if (word.isEmpty() || invariant.contains(word))
        return word;
    if (word == QLatin1String("person"))
        return QStringLiteral("people");
    // A word that already reads as a plural ("orders") stays as it is.
    const bool looksPlural = word.size() > 3 && word.endsWith(QLatin1Char('s'))
        && !word.endsWith(QLatin1String("ss")) && !word.endsWith(QLatin1String("us"))
        && !word.endsWith(QLatin1String("is"));
    if (looksPlural)
        return word;
    const bool consonantY = word.size() > 1 && word.endsWith(QLatin1Char('y'))
        && !QStringLiteral("aeiou").contains(word.at(word.size() - 2));
    if (consonantY)
        return word.chopped(1) + QLatin1String("ies");
    if (word.endsWith(QLatin1Char('s')) || word.endsWith(QLatin1Char('x'))
        || word.endsWith(QLatin1Char('z')) || word.endsWith(QLatin1String("ch"))
        || word.endsWith(QLatin1String("sh")))
        return word + QLatin1String("es");
    return word + QLatin1Char('s');
}

QString kebabCase(const QStringList &words)
{
    return words.join(QLatin1Char('-'));
}

QString snakeCase(const QStringList &words)
{
    return words.join(QLatin1Char('_'));
}

QString pascalCase(const QStringList &words)
{
    QString result;
    for (const QString &word : words)
        result += word.left(1).toUpper() + word.mid(1);
    return result;
}

QString camelCase(const QStringList &words)
{
    const QString pascal = pascalCase(words);
    return pascal.left(1).toLower() + pascal.mid(1);
}

QString contextBaseName(const QString &contextName)
{
    QStringList parts = contextName.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (parts.size() > 1 && isContextWord(parts.last().toLower()))
        parts.removeLast();
    if (parts.size() > 2
        && parts.last().compare(QLatin1String("bounded"), Qt::CaseInsensitive) == 0)
        parts.removeLast();
    if (parts.size() > 1 && isContextWord(parts.first().toLower()))
        parts.removeFirst();
    return parts.join(QLatin1Char(' '));
}

QStringList contextWords(const BoundedContext &context)
{
    QStringList result = words(contextBaseName(context.name));
    if (result.isEmpty()) {
        result = {QStringLiteral("context"), context.id.toString(QUuid::WithoutBraces).left(8)};
    }
    return result;
}

QString derivedServiceName(const BoundedContext &context)
{
    return kebabCase(contextWords(context)) + QLatin1String("-service");
}

QString derivedUpstreamUrl(const BoundedContext &context)
{
    // The host is the service name as a DNS label: an overridden name such as "Shop Service"
    // or "pay;ment" must not make the derived URL invalid.
    const QString service = kebabCase(words(context.handoff.serviceName));
    return QStringLiteral("http://%1:8080")
        .arg(service.isEmpty() ? derivedServiceName(context) : service);
}

QStringList derivedRoutePrefixes(const BoundedContext &context, const BoardSettings &settings)
{
    QStringList parts = contextWords(context);
    parts.last() = plural(parts.last());
    QString base = settings.apiBasePath;
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    return {base + QLatin1Char('/') + kebabCase(parts)};
}

QString derivedDatabaseName(const BoundedContext &context)
{
    return lastWordPlural(contextWords(context)) + QLatin1String("_db");
}

QString tableName(const QString &aggregateName)
{
    return lastWordPlural(words(aggregateName));
}

ResolvedHandoff resolve(const BoundedContext &context, const BoardSettings &settings)
{
    const Handoff &handoff = context.handoff;
    ResolvedHandoff resolved;
    resolved.serviceName
        = handoff.serviceName.isEmpty() ? derivedServiceName(context) : handoff.serviceName;
    resolved.upstreamUrl
        = handoff.upstreamUrl.isEmpty() ? derivedUpstreamUrl(context) : handoff.upstreamUrl;
    resolved.routePrefixes = handoff.routePrefixes.isEmpty()
        ? derivedRoutePrefixes(context, settings)
        : handoff.routePrefixes;
    resolved.databaseName
        = handoff.databaseName.isEmpty() ? derivedDatabaseName(context) : handoff.databaseName;
    resolved.databaseEngine = handoff.databaseEngine.value_or(settings.databaseEngine);
    resolved.team = handoff.team;
    resolved.status = handoff.status;
    resolved.wave = handoff.wave;
    return resolved;
}

} // namespace Seams::Naming
