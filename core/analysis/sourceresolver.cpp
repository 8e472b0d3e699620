#include "sourceresolver.h"

#include <QDir>

namespace Seams::SourceScanner::Detail {

const QStringList scriptExtensions = {
    QStringLiteral(".d.ts"), QStringLiteral(".tsx"), QStringLiteral(".ts"), QStringLiteral(".mts"),
    QStringLiteral(".cts"),  QStringLiteral(".jsx"), QStringLiteral(".js"), QStringLiteral(".mjs"),
    QStringLiteral(".cjs"),  QStringLiteral(".vue")};
const QStringList cppExtensions = {
    QStringLiteral(".c"),   QStringLiteral(".cc"),  QStringLiteral(".cpp"), QStringLiteral(".cxx"),
    QStringLiteral(".c++"), QStringLiteral(".h"),   QStringLiteral(".hh"),  QStringLiteral(".hpp"),
    QStringLiteral(".hxx"), QStringLiteral(".h++"), QStringLiteral(".ipp"), QStringLiteral(".inl")};

QString stripExtension(const QString &path, const QStringList &extensions)
{
    for (const QString &extension : extensions) {
        if (path.endsWith(extension, Qt::CaseInsensitive) && path.size() > extension.size())
            return path.chopped(extension.size());
    }
    return path;
}

bool languageOf(const QString &name, Language *language)
{
    if (name.endsWith(QLatin1String(".py"))) {
        *language = Language::Python;
        return true;
    }
    if (name.endsWith(QLatin1String(".java"))) {
        *language = Language::Java;
        return true;
    }
    for (const QString &extension : scriptExtensions) {
        if (name.endsWith(extension)) {
            *language = Language::JavaScript;
            return true;
        }
    }
    for (const QString &extension : cppExtensions) {
        if (name.endsWith(extension, Qt::CaseInsensitive)) {
            *language = Language::Cpp;
            return true;
        }
    }
    return false;
}

bool isTestFile(const QString &name, Language language)
{
    switch (language) {
    case Language::Python:
        return name.startsWith(QLatin1String("test_")) || name.endsWith(QLatin1String("_test.py"))
            || name == QLatin1String("conftest.py");
    case Language::Java:
        return name.endsWith(QLatin1String("Test.java"))
            || name.endsWith(QLatin1String("Tests.java"))
            || name.endsWith(QLatin1String("IT.java"));
    case Language::JavaScript:
        return name.contains(QLatin1String(".test.")) || name.contains(QLatin1String(".spec."));
    case Language::Cpp:
        return name.contains(QLatin1String("_test.")) || name.contains(QLatin1String("_unittest."))
            || name.startsWith(QLatin1String("tst_"));
    }
    return false;
}

namespace {

int languageIndex(Language language)
{
    return int(language);
}

} // namespace

Resolver::Resolver(const QList<SourceFile> &files)
    : m_files(files)
{
    for (int i = 0; i < files.size(); ++i) {
        const SourceFile &file = files.at(i);
        const int language = languageIndex(file.language);
        m_modules[language].insert(file.module, i);
        const QChar separator = file.language == Language::Python || file.language == Language::Java
            ? QLatin1Char('.')
            : QLatin1Char('/');
        // Every proper suffix after a separator, for names relative to a source root.
        for (qsizetype at = file.module.indexOf(separator); at >= 0;
             at = file.module.indexOf(separator, at + 1)) {
            const QString suffix = file.module.mid(at + 1);
            const auto found = m_suffixes[language].constFind(suffix);
            if (found == m_suffixes[language].cend())
                m_suffixes[language].insert(suffix, i);
            else if (found.value() >= 0 && files.at(found.value()).module != file.module)
                m_suffixes[language][suffix] = -1; // two different modules end like this
        }
        if (file.language == Language::Java) {
            const qsizetype dot = file.module.lastIndexOf(QLatin1Char('.'));
            m_javaPackages[dot < 0 ? QString() : file.module.left(dot)].insert(
                file.module.mid(dot + 1), i);
        }
    }
}

void Resolver::depend(int from, int to)
{
    if (from != to)
        m_dependencies.append({from, to, 1});
}

void Resolver::unresolved(const QString &name)
{
    ++m_external;
    m_externalNames.insert(name);
}

int Resolver::bySuffix(const QHash<QString, int> &index, const QString &name) const
{
    const int found = index.value(name, -1);
    return found;
}

int Resolver::python(const QString &name) const
{
    const int language = languageIndex(Language::Python);
    const int exact = m_modules[language].value(name, -1);
    return exact >= 0 ? exact : bySuffix(m_suffixes[language], name);
}

void Resolver::resolvePython(int file, const QList<SourceLexer::PythonImport> &imports)
{
    const SourceFile &source = m_files.at(file);
    for (const SourceLexer::PythonImport &import : imports) {
        QString base = QString::fromUtf8(import.module);
        if (import.level > 0) {
            // Relative to the importing module's package, one level up per extra dot.
            QStringList package = source.module.split(QLatin1Char('.'));
            if (!source.pythonPackage)
                package.removeLast();
            package = package.mid(0, std::max<qsizetype>(0, package.size() - (import.level - 1)));
            if (!base.isEmpty())
                package.append(base);
            base = package.join(QLatin1Char('.'));
        }
        // from pkg import name: the submodule pkg.name when there is one.
        bool foundSubmodule = false;
        for (const QByteArray &name : import.names) {
            const int target = base.isEmpty()
                ? python(QString::fromUtf8(name))
                : python(base + QLatin1Char('.') + QString::fromUtf8(name));
            if (target >= 0) {
                depend(file, target);
                foundSubmodule = true;
            }
        }
        if (foundSubmodule || base.isEmpty())
            continue;
        // The longest prefix of the dotted name that is a module of the tree.
        QString name = base;
        int target = -1;
        while (!name.isEmpty() && (target = python(name)) < 0) {
            const qsizetype dot = name.lastIndexOf(QLatin1Char('.'));
            name = dot < 0 ? QString() : name.left(dot);
        }
        if (target >= 0)
            depend(file, target);
        else
            unresolved(base.section(QLatin1Char('.'), 0, 0));
    }
}

void Resolver::resolveJava(int file, const Found &found)
{
    const int language = languageIndex(Language::Java);
    const QString &module = m_files.at(file).module;
    const qsizetype dot = module.lastIndexOf(QLatin1Char('.'));
    QList<const QHash<QString, int> *> scopes;
    if (const auto own = m_javaPackages.constFind(dot < 0 ? QString() : module.left(dot));
        own != m_javaPackages.cend())
        scopes.append(&own.value());
    for (const QByteArray &bytes : found.imports) {
        QString name = QString::fromUtf8(bytes);
        if (name.startsWith(QLatin1String("static "))) // never produced; kept for clarity
            name.remove(0, 7);
        if (name.endsWith(QLatin1String(".*"))) {
            name.chop(2);
            // import a.b.* (a package) or import static a.b.C.* (a class)
            if (const auto package = m_javaPackages.constFind(name);
                package != m_javaPackages.cend()) {
                scopes.append(&package.value());
                continue;
            }
        }
        int target = -1;
        while (!name.isEmpty() && (target = m_modules[language].value(name, -1)) < 0) {
            const qsizetype last = name.lastIndexOf(QLatin1Char('.'));
            name = last < 0 ? QString() : name.left(last);
        }
        if (target >= 0)
            depend(file, target);
        else
            unresolved(QString::fromUtf8(bytes).section(QLatin1Char('.'), 0, 1));
    }
    for (const QByteArray &typeName : found.typeNames) {
        const QString name = QString::fromUtf8(typeName);
        for (const QHash<QString, int> *scope : std::as_const(scopes)) {
            const int target = scope->value(name, -1);
            if (target >= 0) {
                depend(file, target);
                break;
            }
        }
    }
}

void Resolver::resolveScript(int file, const QList<QByteArray> &specifiers)
{
    const int language = languageIndex(Language::JavaScript);
    const QString &path = m_files.at(file).path;
    const qsizetype slash = path.lastIndexOf(QLatin1Char('/'));
    const QString folder = slash < 0 ? QString() : path.left(slash + 1);
    for (const QByteArray &bytes : specifiers) {
        const QString specifier = QString::fromUtf8(bytes);
        const bool relative = specifier.startsWith(QLatin1String("./"))
            || specifier.startsWith(QLatin1String("../")) || specifier == QLatin1String(".")
            || specifier == QLatin1String("..");
        if (!relative && !specifier.startsWith(QLatin1Char('/'))) {
            // A package, Node's core module, or a path from the project root ("src/x").
            const int target
                = m_modules[language].value(stripExtension(specifier, scriptExtensions), -1);
            if (target >= 0)
                depend(file, target);
            else
                unresolved(specifier.startsWith(QLatin1Char('@'))
                               ? specifier.section(QLatin1Char('/'), 0, 1)
                               : specifier.section(QLatin1Char('/'), 0, 0));
            continue;
        }
        const QString joined = QDir::cleanPath(relative ? folder + specifier : specifier.mid(1));
        const QString base = stripExtension(joined, scriptExtensions);
        int target = m_modules[language].value(base, -1);
        if (target < 0)
            target = m_modules[language].value(base + QLatin1String("/index"), -1);
        if (target >= 0)
            depend(file, target);
        else
            unresolved(specifier);
    }
}

void Resolver::resolveInclude(int file, const QList<QByteArray> &includes)
{
    const int language = languageIndex(Language::Cpp);
    const QString &path = m_files.at(file).path;
    const qsizetype slash = path.lastIndexOf(QLatin1Char('/'));
    const QString folder = slash < 0 ? QString() : path.left(slash + 1);
    for (const QByteArray &bytes : includes) {
        const QString include = stripExtension(QString::fromUtf8(bytes), cppExtensions);
        int target = m_modules[language].value(QDir::cleanPath(folder + include), -1);
        if (target < 0)
            target = m_modules[language].value(QDir::cleanPath(include), -1);
        if (target < 0)
            target = bySuffix(m_suffixes[language], QDir::cleanPath(include));
        if (target >= 0)
            depend(file, target);
        else
            unresolved(QString::fromUtf8(bytes));
    }
}

void Resolver::resolve(int file, const Found &found)
{
    switch (m_files.at(file).language) {
    case Language::Python:
        resolvePython(file, found.python);
        break;
    case Language::Java:
        resolveJava(file, found);
        break;
    case Language::JavaScript:
        resolveScript(file, found.imports);
        break;
    case Language::Cpp:
        resolveInclude(file, found.imports);
        break;
    }
}

/** Lists the source files under `root`, skipping excluded folders, in path order. */

} // namespace Seams::SourceScanner::Detail
