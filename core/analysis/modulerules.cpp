#include "modulerules.h"

#include "model/boardsettings.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>

namespace Seams::ModuleRules {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Seams::ModuleRules", text);
}

QRegularExpression compile(const QString &pattern)
{
    QString expression;
    expression.reserve(pattern.size() * 2 + 16);
    for (const QChar c : pattern) {
        if (c == QLatin1Char('*'))
            expression += QLatin1String(".*");
        else if (c == QLatin1Char('?'))
            expression += QLatin1Char('.');
        else
            expression += QRegularExpression::escape(QString(c));
    }
    return QRegularExpression(QRegularExpression::anchoredPattern(expression),
                              QRegularExpression::DotMatchesEverythingOption);
}

} // namespace

QString settingsKey()
{
    return QStringLiteral("module_rules");
}

QList<ModuleRule> fromSettings(const BoardSettings &settings, QStringList *problems)
{
    QList<ModuleRule> rules;
    const QJsonValue value = settings.extra.value(settingsKey());
    if (value.isUndefined() || value.isNull())
        return rules;
    if (!value.isArray()) {
        if (problems)
            problems->append(
                tr("%1 must be a list of {\"pattern\", \"context\"} objects").arg(settingsKey()));
        return rules;
    }
    const QJsonArray array = value.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonObject object = array.at(i).toObject();
        ModuleRule rule;
        rule.pattern = object.value(QLatin1String("pattern")).toString();
        rule.context = object.value(QLatin1String("context")).toString();
        if (rule.pattern.trimmed().isEmpty() || rule.context.trimmed().isEmpty()) {
            if (problems)
                problems->append(tr("%1[%2]: \"pattern\" and \"context\" must be non-empty "
                                    "strings")
                                     .arg(settingsKey())
                                     .arg(i));
            continue;
        }
        rules.append(rule);
    }
    return rules;
}

void toSettings(const QList<ModuleRule> &rules, BoardSettings *settings)
{
    if (rules.isEmpty()) {
        settings->extra.remove(settingsKey());
        return;
    }
    QJsonArray array;
    for (const ModuleRule &rule : rules)
        array.append(QJsonObject {{QStringLiteral("pattern"), rule.pattern},
                                  {QStringLiteral("context"), rule.context}});
    settings->extra.insert(settingsKey(), array);
}

bool parse(const QString &text, ModuleRule *rule, QString *error)
{
    static const QRegularExpression separator(QStringLiteral("\\s*(->|=)\\s*"));
    const QRegularExpressionMatch match = separator.match(text);
    if (!match.hasMatch()) {
        *error = tr("\"%1\" is not a rule: write PATTERN = CONTEXT, e.g. app.orders.* = Order "
                    "Context")
                     .arg(text);
        return false;
    }
    ModuleRule parsed;
    parsed.pattern = text.left(match.capturedStart()).trimmed();
    parsed.context = text.mid(match.capturedEnd()).trimmed();
    if (parsed.pattern.isEmpty() || parsed.context.isEmpty()) {
        *error = tr("\"%1\" needs both a pattern and a context name").arg(text);
        return false;
    }
    *rule = parsed;
    return true;
}

QString format(const ModuleRule &rule)
{
    return rule.pattern + QLatin1String(" = ") + rule.context;
}

bool matches(const QString &pattern, const QString &module)
{
    if ((pattern.endsWith(QLatin1String(".*")) || pattern.endsWith(QLatin1String("/*")))
        && module == pattern.chopped(2))
        return true;
    return compile(pattern).match(module).hasMatch();
}

Matcher::Matcher(const QList<ModuleRule> &rules)
    : m_rules(rules)
{
    for (const ModuleRule &rule : rules)
        m_expressions.append(compile(rule.pattern));
}

Matcher::~Matcher() = default;

int Matcher::ruleFor(const QString &module) const
{
    for (qsizetype i = 0; i < m_rules.size(); ++i) {
        const QString &pattern = m_rules.at(i).pattern;
        if ((pattern.endsWith(QLatin1String(".*")) || pattern.endsWith(QLatin1String("/*")))
            && module == pattern.chopped(2))
            return int(i);
        if (m_expressions.at(i).match(module).hasMatch())
            return int(i);
    }
    return -1;
}

QString Matcher::contextFor(const QString &module) const
{
    const int rule = ruleFor(module);
    return rule < 0 ? QString() : m_rules.at(rule).context;
}

} // namespace Seams::ModuleRules
