#include "cli.h"

#include "clicommon.h"

#include "model/board.h"
#include "storage/boardjson.h"
#include "storage/projectfile.h"

#include <QDir>
#include <QFile>
#include <QSaveFile>

#include <cstdio>

namespace Seams::Cli {

namespace {

struct Verb
{
    const char *name;
    const char *summary;
    int (*run)(const QStringList &arguments);
};

int runHelp(const QStringList &arguments);

const Verb verbs[] = {
    {"new", QT_TRANSLATE_NOOP("Seams::Cli", "Create a board: empty, the sample shop, or generated"),
     runNew},
    {"info", QT_TRANSLATE_NOOP("Seams::Cli", "Show a board's name and counts per kind and context"),
     runInfo},
    {"check",
     QT_TRANSLATE_NOOP("Seams::Cli", "Run the model checks; exit 1 when any error is found"),
     runCheck},
    {"export", QT_TRANSLATE_NOOP("Seams::Cli", "Export the board (json, and the handoff formats)"),
     runExport},
    {"import",
     QT_TRANSLATE_NOOP("Seams::Cli", "Create a board file from the JSON interchange form"),
     runImport},
    {"analyze",
     QT_TRANSLATE_NOOP("Seams::Cli", "Suggest service boundaries from module dependencies"),
     runAnalyze},
    {"help", QT_TRANSLATE_NOOP("Seams::Cli", "Show help for a verb"), runHelp},
};

const Verb *findVerb(const QString &name)
{
    for (const Verb &verb : verbs) {
        if (name == QLatin1String(verb.name))
            return &verb;
    }
    return nullptr;
}

QString overview()
{
    QString text = tr("Usage: seams [FILE]            open a board in the window\n"
                      "       seams VERB [OPTIONS]    work on boards without a display\n\n"
                      "Verbs:\n");
    for (const Verb &verb : verbs)
        text += QStringLiteral("  %1%2\n")
                    .arg(QLatin1String(verb.name), -9)
                    .arg(QCoreApplication::translate("Seams::Cli", verb.summary));
    text += tr("\nRun \"seams help VERB\" for the options of a verb.\n"
               "Exit codes: 0 success, 1 check failures, 2 usage errors, 3 file errors.\n");
    return text;
}

int runHelp(const QStringList &arguments)
{
    // arguments[0] is "help"
    if (arguments.size() < 2) {
        out(overview());
        return Success;
    }
    const Verb *verb = findVerb(arguments.at(1));
    if (!verb || QLatin1String(verb->name) == QLatin1String("help")) {
        err(tr("seams help: unknown verb \"%1\"\n\n").arg(arguments.at(1)) + overview());
        return UsageError;
    }
    return verb->run({arguments.at(1), QStringLiteral("--help")});
}

} // namespace

QString tr(const char *text, const char *disambiguation, int n)
{
    return QCoreApplication::translate("Seams::Cli", text, disambiguation, n);
}

void out(const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    std::fflush(stdout);
}

void err(const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stderr);
    std::fflush(stderr);
}

bool parse(QCommandLineParser &parser, const QString &verb, const QStringList &arguments,
           int *exitCode)
{
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")},
                                  tr("Show this help."));
    parser.addOption(help);
    // Prefix the program name so QCommandLineParser's usage line reads "seams VERB ...".
    QStringList withProgram = arguments;
    withProgram.prepend(QStringLiteral("seams"));
    const bool parsed = parser.parse(withProgram);
    // QCommandLineParser names the program as it was started ("build/bin/seams") on the
    // first line, after a word ("Usage:") that Qt's own catalogues translate.
    QString usage = parser.helpText();
    const QString program = QCoreApplication::arguments().value(0);
    const qsizetype firstLine = usage.indexOf(QLatin1Char('\n'));
    const qsizetype at = program.isEmpty() ? -1 : usage.indexOf(program);
    if (at >= 0 && (firstLine < 0 || at < firstLine))
        usage.replace(at, program.size(), QStringLiteral("seams"));
    if (parsed && parser.isSet(help)) {
        out(usage);
        *exitCode = Success;
        return false;
    }
    if (!parsed) {
        err(QStringLiteral("seams %1: %2\n\n%3").arg(verb, parser.errorText(), usage));
        *exitCode = UsageError;
        return false;
    }
    return true;
}

bool onePositional(const QCommandLineParser &parser, const QString &verb, const QString &name,
                   QString *value, int *exitCode)
{
    // positionalArguments()[0] is the verb itself.
    const QStringList positional = parser.positionalArguments().mid(1);
    if (positional.size() != 1) {
        err(positional.isEmpty()
                ? tr("seams %1: %2 is missing. Run \"seams help %1\".\n").arg(verb, name)
                : tr("seams %1: expected one %2, got %3 arguments. Run \"seams help %1\".\n")
                      .arg(verb, name)
                      .arg(positional.size()));
        *exitCode = UsageError;
        return false;
    }
    if (positional.first().isEmpty()) {
        err(tr("seams %1: %2 is empty. Run \"seams help %1\".\n").arg(verb, name));
        *exitCode = UsageError;
        return false;
    }
    *value = positional.first();
    return true;
}

int loadBoard(const QString &path, Board *board)
{
    QFile file(path);
    if (file.open(QIODevice::ReadOnly)) {
        const QByteArray start = file.peek(64).trimmed();
        if (start.startsWith('{')) {
            const QByteArray json = file.readAll();
            QString message;
            if (!BoardJson::read(json, board, &message)) {
                err(tr("seams: %1: %2\n").arg(QDir::toNativeSeparators(path), message));
                return FileError;
            }
            return Success;
        }
    }
    StorageError error;
    const auto projectFile = ProjectFile::open(path, ProjectFile::Access::ReadOnly, &error);
    if (!projectFile || !projectFile->load(board, &error)) {
        err(QStringLiteral("seams: %1\n").arg(error.message));
        return FileError;
    }
    return Success;
}

int writeOutput(const QString &path, const QByteArray &bytes)
{
    if (path.isEmpty() || path == QLatin1String("-")) {
        std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
        return std::fflush(stdout) == 0 ? Success : FileError;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        err(tr("seams: cannot write %1: %2\n")
                .arg(QDir::toNativeSeparators(path), file.errorString()));
        return FileError;
    }
    return Success;
}

bool isCommandLine(const QStringList &arguments)
{
    if (arguments.size() < 2)
        return false;
    const QString first = arguments.at(1);
    return findVerb(first) || first == QLatin1String("--version") || first == QLatin1String("-v")
        || first == QLatin1String("--help") || first == QLatin1String("-h")
        || (first.startsWith(QLatin1Char('-')) && first != QLatin1String("-"));
}

int run(const QStringList &arguments)
{
    const QString first = arguments.value(1);
    if (first == QLatin1String("--version") || first == QLatin1String("-v")) {
        out(QStringLiteral("seams %1\n").arg(QCoreApplication::applicationVersion()));
        return Success;
    }
    if (first == QLatin1String("--help") || first == QLatin1String("-h")) {
        out(overview());
        return Success;
    }
    const Verb *verb = findVerb(first);
    if (!verb) {
        err(tr("seams: unknown verb or option \"%1\"\n\n").arg(first) + overview());
        return UsageError;
    }
    return verb->run(arguments.mid(1));
}

} // namespace Seams::Cli
