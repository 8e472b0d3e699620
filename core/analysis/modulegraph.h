#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace Seams {

/** One dependency between two modules: `from` imports, calls or references `to`. Repeated
 *  dependencies (several imports, duplicate DOT edges) add up in `weight`. */
struct Dependency
{
    int from = 0;
    int to = 0;
    int weight = 1;

    bool operator==(const Dependency &) const = default;
};

/** The monolith's module dependency graph, however it was obtained (a DOT file from pydeps,
 *  jdeps, madge or dependency-cruiser, or the built-in source scanner).
 *
 *  Modules are the analysed code's own units (files, classes or packages); third-party and
 *  platform modules are left out when the source can tell them apart, and only counted.
 *  Compact on purpose: a million dependencies take 12 MB. */
class ModuleGraph
{
public:
    /** The index of `name`, adding the module when it is new. */
    int addModule(const QString &name);
    /** The index of `name`, or -1. */
    int indexOf(const QString &name) const { return m_index.value(name, -1); }
    /** Records that `from` depends on `to`; self-dependencies are counted, not stored. */
    void addDependency(int from, int to, int weight = 1);
    void addDependency(const QString &from, const QString &to, int weight = 1);

    /** Merges repeated dependencies into one weighted dependency each and sorts them by
     *  (from, to). Call once after adding; the accessors below expect it. */
    void finish();

    int moduleCount() const { return int(m_modules.size()); }
    const QStringList &modules() const { return m_modules; }
    QString module(int index) const { return m_modules.at(index); }
    const QList<Dependency> &dependencies() const { return m_dependencies; }
    /** The group the source declared for the module (a DOT cluster such as
     *  dependency-cruiser's folders), or empty. */
    QString group(int index) const { return m_groups.value(index); }
    void setGroup(int index, const QString &group);
    bool hasGroups() const { return !m_groups.isEmpty(); }

    /** Sum of all dependency weights. */
    qint64 totalWeight() const;

    /** Self-dependencies seen (a module importing itself, DOT self-loops). */
    qint64 selfDependencies() const { return m_selfDependencies; }
    /** Dependencies on modules outside the analysed code (libraries, the platform). */
    qint64 externalDependencies() const { return m_externalDependencies; }
    void addExternalDependencies(qint64 count) { m_externalDependencies += count; }
    /** Distinct outside modules seen; the names are not kept. */
    int externalModules() const { return m_externalModules; }
    void setExternalModules(int count) { m_externalModules = count; }

    /** Where the graph came from: "jdeps", "pydeps", "madge", "dependency-cruiser", "dot",
     *  "python", "java", "javascript", "c++" or a mix joined by "+". */
    QString origin() const { return m_origin; }
    void setOrigin(const QString &origin) { m_origin = origin; }

    /** The separator the name's packages use: "/" in paths, "::" in C++ names, else ".". */
    static QString separatorOf(const QString &moduleName);
    /** The name split into package segments: "app.orders.models" and "app/orders/models.py"
     *  both give {"app", "orders", "models"}. File extensions are dropped. */
    static QStringList segments(const QString &moduleName);
    /** The module's package: every segment but the last, joined like the name
     *  ("app.orders.models" -> "app.orders"); empty for a top-level module. */
    static QString packageOf(const QString &moduleName);
    /** The first `depth` segments of the name, joined like the name. */
    static QString prefix(const QString &moduleName, int depth);

private:
    QStringList m_modules;
    QHash<QString, int> m_index;
    QStringList m_groups;
    QList<Dependency> m_dependencies;
    qint64 m_selfDependencies = 0;
    qint64 m_externalDependencies = 0;
    int m_externalModules = 0;
    QString m_origin;
};

} // namespace Seams
