#pragma once

// The scanner's pieces shared by its two files: the file list and the resolver that turns
// what the lexers found into dependencies between file modules. Not an API.

#include "modulegraph.h"
#include "sourcelexer.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

namespace Seams::SourceScanner::Detail {

enum class Language { Python, Java, JavaScript, Cpp };

struct SourceFile
{
    QString path; // relative to the root, with '/'
    Language language = Language::Python;
    QString module; // the file's own module name (before depth is applied)
    bool pythonPackage = false; // an __init__.py
};

extern const QStringList scriptExtensions;
extern const QStringList cppExtensions;

/** `path` without the first of `extensions` it ends with. */
QString stripExtension(const QString &path, const QStringList &extensions);
/** The language of a file name, if Seams scans it. */
bool languageOf(const QString &name, Language *language);
bool isTestFile(const QString &name, Language language);

/** What one file refers to, kept until every module name is known. */
struct Found
{
    QList<SourceLexer::PythonImport> python;
    QList<QByteArray> imports; // Java imports, JavaScript specifiers, C++ includes
    QList<QByteArray> typeNames; // Java
};

/** Resolves references to file modules and records dependencies. */
class Resolver
{
public:
    explicit Resolver(const QList<SourceFile> &files);

    void resolve(int file, const Found &found);
    const QList<Dependency> &dependencies() const { return m_dependencies; }
    qint64 external() const { return m_external; }
    int externalNames() const { return int(m_externalNames.size()); }

private:
    void depend(int from, int to);
    void unresolved(const QString &name);
    int bySuffix(const QHash<QString, int> &index, const QString &name) const;
    void resolvePython(int file, const QList<SourceLexer::PythonImport> &imports);
    void resolveJava(int file, const Found &found);
    void resolveScript(int file, const QList<QByteArray> &specifiers);
    void resolveInclude(int file, const QList<QByteArray> &includes);
    int python(const QString &name) const;

    const QList<SourceFile> &m_files;
    QHash<QString, int> m_modules[4];
    QHash<QString, int> m_suffixes[4]; // -1 when ambiguous
    QHash<QString, QHash<QString, int>> m_javaPackages;
    QList<Dependency> m_dependencies;
    qint64 m_external = 0;
    QSet<QString> m_externalNames;
};

} // namespace Seams::SourceScanner::Detail
