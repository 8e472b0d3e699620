#include "benchdatasets.h"

#include "analysis/dotimport.h"
#include "analysis/graphgenerator.h"
#include "analysis/sourcescanner.h"

#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QProcess>
#include <QStandardPaths>

namespace Seams::Bench {

namespace {

bool run(const QString &program, const QStringList &arguments, const QString &workingFolder,
         QByteArray *output, QString *problem)
{
    QProcess process;
    process.setWorkingDirectory(workingFolder);
    process.start(program, arguments);
    if (!process.waitForFinished(600000) || process.exitStatus() != QProcess::NormalExit
        || process.exitCode() != 0) {
        *problem = QStringLiteral("%1 failed: %2 %3")
                       .arg(program, process.errorString(),
                            QString::fromUtf8(process.readAllStandardError()).left(300));
        return false;
    }
    if (output)
        *output = process.readAllStandardOutput();
    return true;
}

bool copyTree(const QString &from, const QString &to)
{
    QDir().mkpath(to);
    const QDir source(from);
    for (const QFileInfo &entry :
         source.entryInfoList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot)) {
        const QString target = QDir(to).filePath(entry.fileName());
        if (entry.isDir() ? !copyTree(entry.filePath(), target)
                          : !QFile::copy(entry.filePath(), target))
            return false;
    }
    return true;
}

void addJdeps(const QString &workFolder, QList<Dataset> *datasets, QStringList *skipped)
{
    if (QStandardPaths::findExecutable(QStringLiteral("jdeps")).isEmpty()) {
        skipped->append(QStringLiteral("jdeps graphs: jdeps is not installed"));
        return;
    }
    const QString java = QStringLiteral("/usr/share/java/");
    const QList<QPair<QString, QStringList>> sets = {
        {QStringLiteral("guava"), {QStringLiteral("guava-31.1-jre.jar")}},
        {QStringLiteral("commons-lang3"), {QStringLiteral("commons-lang3-3.12.0.jar")}},
        {QStringLiteral("commons-io"), {QStringLiteral("commons-io-2.11.0.jar")}},
        {QStringLiteral("guice"), {QStringLiteral("guice-4.2.3.jar")}},
        {QStringLiteral("maven (10 jars)"),
         {QStringLiteral("maven3-core-3.8.7.jar"), QStringLiteral("maven3-model-3.8.7.jar"),
          QStringLiteral("maven3-model-builder-3.8.7.jar"),
          QStringLiteral("maven3-compat-3.8.7.jar"), QStringLiteral("maven3-embedder-3.8.7.jar"),
          QStringLiteral("maven3-settings-builder-3.8.7.jar"),
          QStringLiteral("maven-resolver-impl-1.6.3.jar"),
          QStringLiteral("maven-resolver-api-1.6.3.jar"),
          QStringLiteral("maven-resolver-util-1.6.3.jar"),
          QStringLiteral("maven-resolver-spi-1.6.3.jar")}},
    };
    for (const auto &[name, jars] : sets) {
        QStringList arguments = {QStringLiteral("-verbose:class"), QStringLiteral("-filter:none"),
                                 QStringLiteral("-dotoutput")};
        const QString output = QDir(workFolder).filePath(QStringLiteral("jdeps-") + name);
        arguments.append(output);
        bool present = true;
        for (const QString &jar : jars) {
            present = present && QFileInfo::exists(java + jar);
            arguments.append(java + jar);
        }
        QString problem;
        if (!present) {
            skipped->append(QStringLiteral("jdeps %1: jars missing").arg(name));
            continue;
        }
        if (!run(QStringLiteral("jdeps"), arguments, workFolder, nullptr, &problem)) {
            skipped->append(problem);
            continue;
        }
        Dataset dataset;
        dataset.name = QStringLiteral("Java: ") + name;
        dataset.source = QStringLiteral("jdeps -verbose:class -filter:none");
        if (!DotImport::readFile(output, &dataset.graph, nullptr, &problem)) {
            skipped->append(problem);
            continue;
        }
        dataset.truth = packageTruth(dataset.graph);
        datasets->append(std::move(dataset));
    }
}

void addPython(QList<Dataset> *datasets, QStringList *skipped)
{
    for (const QString &package : {QStringLiteral("pip"), QStringLiteral("setuptools"),
                                   QStringLiteral("pygments"), QStringLiteral("cryptography")}) {
        const QString folder = QStringLiteral("/usr/lib/python3/dist-packages/") + package;
        if (!QFileInfo(folder).isDir()) {
            skipped->append(QStringLiteral("Python %1: %2 is missing").arg(package, folder));
            continue;
        }
        Dataset dataset;
        dataset.name = QStringLiteral("Python: ") + package;
        dataset.source = QStringLiteral("Seams' Python scanner");
        ScanOptions options;
        QString problem;
        if (!SourceScanner::scan(folder, options, &dataset.graph, nullptr, &problem)) {
            skipped->append(problem);
            continue;
        }
        dataset.truth = packageTruth(dataset.graph);
        datasets->append(std::move(dataset));
    }
}

void addJavaScript(const QString &workFolder, QList<Dataset> *datasets, QStringList *skipped)
{
    const QString tools = QStringLiteral(SEAMS_TOOLING_DIR "/node_modules");
    const QString depcruise = tools + QStringLiteral("/.bin/depcruise");
    if (!QFileInfo::exists(depcruise)) {
        skipped->append(QStringLiteral("JavaScript graphs: dependency-cruiser is not installed"));
        return;
    }
    const QList<QPair<QString, QString>> packages = {
        {QStringLiteral("dependency-cruiser"), QStringLiteral("dependency-cruiser/src")},
        {QStringLiteral("ajv"), QStringLiteral("ajv/dist")},
        {QStringLiteral("@asyncapi/parser"), QStringLiteral("@asyncapi/parser/cjs")},
    };
    for (const auto &[name, folder] : packages) {
        // Both tools skip anything under node_modules: analyse a copy.
        const QString copy = QDir(workFolder).filePath(QStringLiteral("js/") + name);
        if (!copyTree(tools + QLatin1Char('/') + folder, copy)) {
            skipped->append(QStringLiteral("JavaScript %1: cannot copy").arg(name));
            continue;
        }
        QByteArray dot;
        QString problem;
        if (!run(depcruise,
                 {QStringLiteral("--no-config"), QStringLiteral("-T"), QStringLiteral("dot"),
                  QStringLiteral(".")},
                 copy, &dot, &problem)) {
            skipped->append(problem);
            continue;
        }
        Dataset dataset;
        dataset.name = QStringLiteral("JavaScript: ") + name;
        dataset.source = QStringLiteral("dependency-cruiser -T dot");
        if (!DotImport::readData(dot, name, &dataset.graph, &problem)) {
            skipped->append(problem);
            continue;
        }
        dataset.truth = packageTruth(dataset.graph);
        datasets->append(std::move(dataset));
    }
}

} // namespace

QList<int> packageTruth(const ModuleGraph &graph)
{
    QHash<QString, int> groups;
    QList<int> truth;
    for (const QString &module : graph.modules()) {
        const QString package = ModuleGraph::packageOf(module);
        const auto found = groups.constFind(package);
        const int group = found != groups.cend() ? found.value() : int(groups.size());
        if (found == groups.cend())
            groups.insert(package, group);
        truth.append(group);
    }
    return truth;
}

QList<Dataset> realDatasets(const QString &workFolder, QStringList *skipped)
{
    QList<Dataset> datasets;
    addJdeps(workFolder, &datasets, skipped);
    addPython(&datasets, skipped);
    addJavaScript(workFolder, &datasets, skipped);
    return datasets;
}

QList<Dataset> syntheticDatasets()
{
    QList<Dataset> datasets;
    for (double noise : {0.1, 0.3, 0.5, 0.6, 0.7}) {
        Dataset dataset;
        dataset.name = QStringLiteral("planted, noise %1").arg(noise);
        dataset.source = QStringLiteral("5,000 modules, 50 groups");
        GraphGenerator::PlantedOptions options;
        options.noise = noise;
        GraphGenerator::planted(options, &dataset.graph, &dataset.truth);
        datasets.append(std::move(dataset));
    }
    return datasets;
}

} // namespace Seams::Bench
