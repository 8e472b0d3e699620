#include "modulegraph.h"

#include <algorithm>

namespace Seams {

namespace {

QString withoutExtension(const QString &name)
{
    // Only for paths: a dotted module name has no extension.
    static const QStringList extensions
        = {QStringLiteral(".d.ts"), QStringLiteral(".py"),  QStringLiteral(".java"),
           QStringLiteral(".js"),   QStringLiteral(".mjs"), QStringLiteral(".cjs"),
           QStringLiteral(".jsx"),  QStringLiteral(".ts"),  QStringLiteral(".tsx"),
           QStringLiteral(".mts"),  QStringLiteral(".cts"), QStringLiteral(".vue"),
           QStringLiteral(".c"),    QStringLiteral(".cc"),  QStringLiteral(".cpp"),
           QStringLiteral(".cxx"),  QStringLiteral(".h"),   QStringLiteral(".hh"),
           QStringLiteral(".hpp"),  QStringLiteral(".hxx")};
    for (const QString &extension : extensions) {
        if (name.endsWith(extension, Qt::CaseInsensitive) && name.size() > extension.size())
            return name.chopped(extension.size());
    }
    return name;
}

} // namespace

int ModuleGraph::addModule(const QString &name)
{
    const auto found = m_index.constFind(name);
    if (found != m_index.cend())
        return found.value();
    const int index = int(m_modules.size());
    m_modules.append(name);
    m_index.insert(name, index);
    return index;
}

void ModuleGraph::setGroup(int index, const QString &group)
{
    if (m_groups.size() <= index)
        m_groups.resize(index + 1);
    m_groups[index] = group;
}

void ModuleGraph::addDependency(int from, int to, int weight)
{
    if (weight <= 0)
        return;
    if (from == to) {
        m_selfDependencies += weight;
        return;
    }
    m_dependencies.append({from, to, weight});
}

void ModuleGraph::addDependency(const QString &from, const QString &to, int weight)
{
    // Named first, so modules are numbered in the order they appear.
    const int source = addModule(from);
    addDependency(source, addModule(to), weight);
}

void ModuleGraph::finish()
{
    std::sort(m_dependencies.begin(), m_dependencies.end(),
              [](const Dependency &a, const Dependency &b) {
                  return a.from != b.from ? a.from < b.from : a.to < b.to;
              });
    qsizetype out = 0;
    for (qsizetype i = 0; i < m_dependencies.size(); ++i) {
        const Dependency &dependency = m_dependencies.at(i);
        if (out > 0 && m_dependencies.at(out - 1).from == dependency.from
            && m_dependencies.at(out - 1).to == dependency.to) {
            // Saturate rather than overflow on absurd inputs.
            const qint64 sum = qint64(m_dependencies.at(out - 1).weight) + dependency.weight;
            m_dependencies[out - 1].weight = int(std::min<qint64>(sum, 1'000'000'000));
        } else {
            m_dependencies[out++] = dependency;
        }
    }
    m_dependencies.resize(out);
    m_dependencies.squeeze();
}

qint64 ModuleGraph::totalWeight() const
{
    qint64 total = 0;
    for (const Dependency &dependency : m_dependencies)
        total += dependency.weight;
    return total;
}

QString ModuleGraph::separatorOf(const QString &moduleName)
{
    // Paths use '/', Python and Java '.', C++ namespaces "::".
    if (moduleName.contains(QLatin1Char('/')))
        return QStringLiteral("/");
    if (moduleName.contains(QLatin1String("::")))
        return QStringLiteral("::");
    return QStringLiteral(".");
}

QStringList ModuleGraph::segments(const QString &moduleName)
{
    const QString separator = separatorOf(moduleName);
    const QString name
        = separator == QLatin1String("/") ? withoutExtension(moduleName) : moduleName;
    return name.split(separator, Qt::SkipEmptyParts);
}

QString ModuleGraph::packageOf(const QString &moduleName)
{
    QStringList parts = segments(moduleName);
    if (!parts.isEmpty())
        parts.removeLast();
    return parts.join(separatorOf(moduleName));
}

QString ModuleGraph::prefix(const QString &moduleName, int depth)
{
    return segments(moduleName).mid(0, std::max(depth, 0)).join(separatorOf(moduleName));
}

} // namespace Seams
