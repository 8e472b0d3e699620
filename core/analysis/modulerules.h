#pragma once

#include <QList>
#include <QRegularExpression>
#include <QString>

namespace Seams {

struct BoardSettings;

/** Maps code to the workshop: modules whose name matches `pattern` belong to the board's
 *  context named `context`. Patterns are globs over the whole module name: `*` matches any
 *  run of characters (dots and slashes included), `?` one character. A pattern that ends in
 *  a separator and a star also matches the package itself: "app.orders.*" matches
 *  "app.orders", "src/orders" + "/" + "*" matches "src/orders". */
struct ModuleRule
{
    QString pattern;
    QString context;

    bool operator==(const ModuleRule &) const = default;
};

namespace ModuleRules {

/** The board setting the rules travel in (BoardSettings::extra, so the project file and the
 *  JSON interchange keep them): an array of {"pattern": ..., "context": ...}. */
QString settingsKey();

/** The rules stored in the settings, in order. Malformed entries are skipped and named in
 *  `problems` ("module_rules[2]: \"pattern\" must be a non-empty string"). */
QList<ModuleRule> fromSettings(const BoardSettings &settings, QStringList *problems = nullptr);
/** Stores the rules (removes the key when empty). */
void toSettings(const QList<ModuleRule> &rules, BoardSettings *settings);

/** Parses "pattern = Context" (also "pattern -> Context"), as typed on the command line or
 *  in the editor. */
bool parse(const QString &text, ModuleRule *rule, QString *error);
/** "pattern = Context". */
QString format(const ModuleRule &rule);

bool matches(const QString &pattern, const QString &module);

/** Rules compiled once, for matching thousands of modules. */
class Matcher
{
public:
    explicit Matcher(const QList<ModuleRule> &rules);
    ~Matcher();
    /** The index of the first rule that matches, or -1. */
    int ruleFor(const QString &module) const;
    /** The context of the first rule that matches, or empty. */
    QString contextFor(const QString &module) const;

private:
    QList<ModuleRule> m_rules;
    QList<QRegularExpression> m_expressions;
};

} // namespace ModuleRules
} // namespace Seams
