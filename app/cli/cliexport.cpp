// seams export FORMAT FILE [-o OUT] [...]: every exporter of the registry, headless.

#include "clicommon.h"

#include "analysis/findings.h"
#include "export/exporter.h"
#include "model/board.h"

#include <QBuffer>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

namespace Seams::Cli {

namespace {

/** Writes a File-shaped export to stdout. */
class StdoutOutput : public ExportOutput
{
public:
    QIODevice *open(const QString &) override
    {
        m_buffer.open(QIODevice::WriteOnly);
        return &m_buffer;
    }
    bool finish() override { return writeOutput(QString(), m_buffer.data()) == Success; }

private:
    QBuffer m_buffer;
};

/** Writes a File-shaped export to one named file, whatever name the exporter suggests. */
class SingleFileOutput : public ExportOutput
{
public:
    explicit SingleFileOutput(const QString &path)
        : m_file(path)
    { }
    QIODevice *open(const QString &) override
    {
        if (!m_file.open(QIODevice::WriteOnly)) {
            setErrorString(
                Cli::tr("cannot write %1: %2")
                    .arg(QDir::toNativeSeparators(m_file.fileName()), m_file.errorString()));
            return nullptr;
        }
        return &m_file;
    }
    bool finish() override
    {
        if (m_file.commit())
            return true;
        setErrorString(Cli::tr("cannot write %1: %2")
                           .arg(QDir::toNativeSeparators(m_file.fileName()), m_file.errorString()));
        return false;
    }

private:
    QSaveFile m_file;
};

QString formatList()
{
    return Exporters::names().join(QLatin1String(", "));
}

} // namespace

int runExport(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Export a board. Formats: %1. Folder-shaped formats need -o DIR; the others "
           "write to -o FILE or to standard output. The same board always gives the same "
           "bytes.")
            .arg(formatList()));
    parser.addPositionalArgument(QStringLiteral("export"), tr("Export a board."),
                                 QStringLiteral("export"));
    parser.addPositionalArgument(QStringLiteral("FORMAT"), tr("One of: %1.").arg(formatList()));
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("The board (.seams or .json)."));
    const QCommandLineOption output({QStringLiteral("o"), QStringLiteral("output")},
                                    tr("Output file or folder (\"-\" or absent: standard "
                                       "output, for single-file formats)."),
                                    tr("OUT"));
    const QCommandLineOption wave(QStringLiteral("wave"),
                                  tr("Export the state after migration wave N."), tr("N"));
    const QCommandLineOption listen(QStringLiteral("listen"),
                                    tr("Gateway listen address (default: the board's, :8000)."),
                                    tr("ADDR:PORT"));
    const QCommandLineOption dialect(
        QStringLiteral("dialect"), tr("SQL dialect: postgres, mariadb or sqlite."), tr("DIALECT"));
    const QCommandLineOption layout(QStringLiteral("layout"),
                                    tr("Migration file layout: flyway or golang-migrate."),
                                    tr("LAYOUT"));
    parser.addOptions({output, wave, listen, dialect, layout});
    int exitCode = Success;
    if (!parse(parser, QStringLiteral("export"), arguments, &exitCode))
        return exitCode;

    const QStringList positional = parser.positionalArguments().mid(1);
    if (positional.size() != 2 || positional.at(0).isEmpty() || positional.at(1).isEmpty()) {
        err(tr("seams export: expected FORMAT and FILE. Formats: %1. Run \"seams help "
               "export\".\n")
                .arg(formatList()));
        return UsageError;
    }
    const QString format = positional.at(0);
    const QString path = positional.at(1);
    const std::unique_ptr<Exporter> exporter = Exporters::create(format);
    if (!exporter) {
        err(tr("seams export: unknown format \"%1\" (formats: %2).\n").arg(format, formatList()));
        return UsageError;
    }

    ExportOptions options;
    const QList<std::pair<const QCommandLineOption *, QString>> named
        = {{&wave, QStringLiteral("wave")},
           {&listen, QStringLiteral("listen")},
           {&dialect, QStringLiteral("dialect")},
           {&layout, QStringLiteral("layout")}};
    for (const auto &[option, optionName] : named) {
        if (parser.isSet(*option) && !exporter->options().contains(optionName)) {
            err(tr("seams export: format \"%1\" has no --%2 option.\n").arg(format, optionName));
            return UsageError;
        }
    }
    if (parser.isSet(wave)) {
        bool ok = false;
        const int value = parser.value(wave).toInt(&ok);
        if (!ok || value < 0 || value > 1000) {
            err(tr("seams export: --wave needs a wave number from 0 to 1000, not \"%1\".\n")
                    .arg(parser.value(wave)));
            return UsageError;
        }
        options.wave = value;
    }
    options.listen = parser.value(listen);
    options.dialect = parser.value(dialect);
    options.layout = parser.value(layout);
    exporter->setOptions(options);
    if (const QString problem = exporter->optionsError(); !problem.isEmpty()) {
        err(tr("seams export: %1: %2.\n").arg(format, problem));
        return UsageError;
    }

    const QString target = parser.value(output);
    if (exporter->shape() == Exporter::Shape::Folder
        && (target.isEmpty() || target == QLatin1String("-"))) {
        err(tr("seams export: format \"%1\" writes a folder; give it with -o DIR.\n").arg(format));
        return UsageError;
    }
    if (exporter->shape() == Exporter::Shape::File && QFileInfo(target).isDir()) {
        err(tr("seams export: %1 is a folder; format \"%2\" writes one file.\n")
                .arg(QDir::toNativeSeparators(target), format));
        return UsageError;
    }

    Board board;
    if (const int loaded = loadBoard(path, &board); loaded != Success)
        return loaded;

    if (!exporter->checkAreas().isEmpty()) {
        const QList<Finding> findings = Checks::run(board, exporter->checkAreas());
        if (Checks::hasErrors(findings)) {
            for (const Finding &finding : findings) {
                if (finding.severity == Finding::Severity::Error)
                    err(QStringLiteral("%1: error: %2 [%3]\n")
                            .arg(QDir::toNativeSeparators(path), finding.message, finding.code));
            }
            err(tr("seams export: %1 not written: fix the errors above first.\n").arg(format));
            return CheckFailed;
        }
    }

    std::unique_ptr<ExportOutput> sink;
    if (exporter->shape() == Exporter::Shape::Folder)
        sink = std::make_unique<FolderOutput>(target);
    else if (target.isEmpty() || target == QLatin1String("-"))
        sink = std::make_unique<StdoutOutput>();
    else
        sink = std::make_unique<SingleFileOutput>(target);

    if (!exporter->write(board, *sink)) {
        err(tr("seams export: %1: %2\n").arg(format, exporter->errorString()));
        return FileError;
    }
    if (!sink->finish()) {
        err(tr("seams export: %1\n").arg(sink->errorString()));
        return FileError;
    }
    return Success;
}

} // namespace Seams::Cli
