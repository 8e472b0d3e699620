#include "sourcescanner.h"

#include "modulegraph.h"
#include "progress.h"
#include "sourcelexer.h"
#include "sourceresolver.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QLoggingCategory>
#include <QSet>

#include <filesystem>
#include <system_error>

Q_LOGGING_CATEGORY(lcScanner, "seams.analysis.scanner", QtWarningMsg)

namespace Seams {

QStringList ScanOptions::defaultExcludedFolders()
{
    return {QStringLiteral("node_modules"), QStringLiteral("bower_components"),
            QStringLiteral("vendor"),       QStringLiteral("vendored"),
            QStringLiteral("_vendor"),      QStringLiteral("third_party"),
            QStringLiteral("third-party"),  QStringLiteral("thirdparty"),
            QStringLiteral("test"),         QStringLiteral("tests"),
            QStringLiteral("__tests__"),    QStringLiteral("testing"),
            QStringLiteral("__pycache__"),  QStringLiteral("site-packages")};
}

namespace SourceScanner {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Seams::SourceScanner", text);
}

using namespace Detail;

bool listFiles(const QString &root, const ScanOptions &options, QList<SourceFile> *files,
               Progress *progress, QString *error)
{
    namespace fs = std::filesystem;
    std::error_code code;
    const fs::path rootPath = fs::path(root.toStdString());
    fs::recursive_directory_iterator it(rootPath, fs::directory_options::skip_permission_denied,
                                        code);
    if (code) {
        *error = tr("cannot read %1: %2")
                     .arg(QDir::toNativeSeparators(root), QString::fromStdString(code.message()));
        return false;
    }
    const QSet<QString> excluded(options.excludedFolders.cbegin(), options.excludedFolders.cend());
    const qsizetype rootLength = QString::fromStdString(rootPath.string()).size();
    int seen = 0;
    for (; it != fs::recursive_directory_iterator(); it.increment(code)) {
        if (code)
            break;
        if (++seen % 256 == 0 && Progress::canceled(progress)) {
            *error = tr("canceled");
            return false;
        }
        const fs::directory_entry &entry = *it;
        const QString name = QString::fromStdString(entry.path().filename().string());
        std::error_code statusCode;
        if (entry.is_directory(statusCode)) {
            if (name.startsWith(QLatin1Char('.')) || excluded.contains(name))
                it.disable_recursion_pending();
            continue;
        }
        Language language;
        if (!entry.is_regular_file(statusCode) || !languageOf(name, &language))
            continue;
        if (options.skipTestFiles && isTestFile(name, language))
            continue;
        if (entry.file_size(statusCode) > quint64(options.maximumFileSize))
            continue;
        SourceFile file;
        file.path = QString::fromStdString(entry.path().string()).mid(rootLength);
        while (file.path.startsWith(QLatin1Char('/')))
            file.path.remove(0, 1);
        file.language = language;
        files->append(file);
    }
    if (code) {
        *error = tr("cannot read %1: %2")
                     .arg(QDir::toNativeSeparators(root), QString::fromStdString(code.message()));
        return false;
    }
    std::sort(files->begin(), files->end(),
              [](const SourceFile &a, const SourceFile &b) { return a.path < b.path; });
    return true;
}

/** Module names that do not need the file's content. */
void nameModule(const QString &root, bool rootIsPythonPackage, SourceFile *file)
{
    switch (file->language) {
    case Language::Python: {
        QStringList parts = file->path.chopped(3).split(QLatin1Char('/'));
        if (parts.last() == QLatin1String("__init__")) {
            parts.removeLast();
            file->pythonPackage = true;
        }
        if (rootIsPythonPackage)
            parts.prepend(QFileInfo(root).fileName());
        file->module = parts.join(QLatin1Char('.'));
        if (file->module.isEmpty())
            file->module = QFileInfo(root).fileName();
        break;
    }
    case Language::JavaScript:
        file->module = stripExtension(file->path, scriptExtensions);
        break;
    case Language::Cpp:
        file->module = stripExtension(file->path, cppExtensions);
        break;
    case Language::Java:
        break; // from its package declaration, once read
    }
}

} // namespace

bool scan(const QString &root, const ScanOptions &options, ModuleGraph *graph, Progress *progress,
          QString *error)
{
    const QFileInfo rootInfo(root);
    if (!rootInfo.isDir()) {
        *error = tr("%1 is not a folder").arg(QDir::toNativeSeparators(root));
        return false;
    }
    const QString rootPath = rootInfo.canonicalFilePath();
    if (progress)
        progress->setStep(tr("Listing source files"));
    QList<SourceFile> files;
    if (!listFiles(rootPath, options, &files, progress, error))
        return false;
    if (files.isEmpty()) {
        *error = tr("%1 holds no Python, Java, JavaScript/TypeScript or C/C++ source files "
                    "(tests and vendored folders are skipped)")
                     .arg(QDir::toNativeSeparators(root));
        return false;
    }
    const bool rootIsPythonPackage = QFileInfo::exists(rootPath + QLatin1String("/__init__.py"));
    if (progress)
        progress->setStep(tr("Reading source files"), files.size());
    QList<Found> found(files.size());
    QStringList languages;
    for (qsizetype i = 0; i < files.size(); ++i) {
        if (Progress::canceled(progress)) {
            *error = tr("canceled");
            return false;
        }
        SourceFile &file = files[i];
        nameModule(rootPath, rootIsPythonPackage, &file);
        QFile input(rootPath + QLatin1Char('/') + file.path);
        QByteArray text;
        if (input.open(QIODevice::ReadOnly))
            text = input.readAll();
        else
            qCWarning(lcScanner) << "skipping unreadable" << file.path << input.errorString();
        switch (file.language) {
        case Language::Python:
            found[i].python = SourceLexer::python(text);
            break;
        case Language::Java: {
            SourceLexer::JavaFile java = SourceLexer::java(text);
            const QString className = QFileInfo(file.path).completeBaseName();
            file.module = java.package.isEmpty()
                ? className
                : QString::fromUtf8(java.package) + QLatin1Char('.') + className;
            found[i].imports = std::move(java.imports);
            found[i].typeNames = std::move(java.typeNames);
            break;
        }
        case Language::JavaScript:
            found[i].imports = SourceLexer::javaScript(text);
            break;
        case Language::Cpp:
            found[i].imports = SourceLexer::cppIncludes(text);
            break;
        }
        static const char *const names[] = {"python", "java", "javascript", "c++"};
        const QString language = QLatin1String(names[int(file.language)]);
        if (!languages.contains(language))
            languages.append(language);
        if (progress)
            progress->setDone(i + 1);
    }

    Resolver resolver(files);
    for (qsizetype i = 0; i < files.size(); ++i) {
        resolver.resolve(int(i), found.at(i));
        found[i] = Found(); // release as we go
    }
    // Several files can share a module (foo.h and foo.cpp, index.js and index.d.ts, or a
    // whole package at depth N): the graph merges them.
    QList<int> moduleOf(files.size());
    for (qsizetype i = 0; i < files.size(); ++i) {
        const QString &name = files.at(i).module;
        moduleOf[i]
            = graph->addModule(options.depth > 0 ? ModuleGraph::prefix(name, options.depth) : name);
    }
    for (const Dependency &dependency : resolver.dependencies())
        graph->addDependency(moduleOf.at(dependency.from), moduleOf.at(dependency.to),
                             dependency.weight);
    graph->addExternalDependencies(resolver.external());
    graph->setExternalModules(graph->externalModules() + resolver.externalNames());
    languages.sort();
    graph->setOrigin(languages.join(QLatin1Char('+')));
    graph->finish();
    qCDebug(lcScanner) << "scanned" << files.size() << "files into" << graph->moduleCount()
                       << "modules," << graph->dependencies().size() << "dependencies";
    return true;
}

} // namespace SourceScanner
} // namespace Seams
