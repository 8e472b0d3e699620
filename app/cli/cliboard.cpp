// Verbs that create and inspect boards: new, import, info, check.

#include "clicommon.h"

#include "analysis/findings.h"
#include "model/board.h"
#include "model/boardgenerator.h"
#include "model/naming.h"
#include "storage/boardjson.h"
#include "storage/projectfile.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Seams::Cli {

namespace {

int writeBoardFile(const QString &path, const Board &board, bool overwrite)
{
    StorageError error;
    if (!ProjectFile::create(path, board, overwrite, &error)) {
        err(QStringLiteral("seams: %1%2\n")
                .arg(error.message,
                     error.code == StorageError::Code::WriteFailed && QFile::exists(path)
                             && !overwrite
                         ? tr(" Use --force to replace it.")
                         : QString()));
        return FileError;
    }
    return Success;
}

} // namespace

int runNew(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Create a board file: empty, the sample shop from the migration guide, or a "
           "generated board for benchmarks."));
    parser.addPositionalArgument(QStringLiteral("new"), tr("Create a board."),
                                 QStringLiteral("new"));
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("The .seams file to create."));
    const QCommandLineOption sample(QStringLiteral("sample"),
                                    tr("Start from a sample board: shop."), tr("NAME"));
    const QCommandLineOption generate(QStringLiteral("generate"),
                                      tr("Generate a synthetic board of N notes."), tr("N"));
    const QCommandLineOption seed(QStringLiteral("seed"),
                                  tr("Seed of the generated board (default 1)."), tr("SEED"),
                                  QStringLiteral("1"));
    const QCommandLineOption name(QStringLiteral("name"), tr("The board's name."), tr("NAME"));
    const QCommandLineOption force(QStringLiteral("force"), tr("Replace an existing file."));
    parser.addOptions({sample, generate, seed, name, force});
    int exitCode = Success;
    QString path;
    if (!parse(parser, QStringLiteral("new"), arguments, &exitCode)
        || !onePositional(parser, QStringLiteral("new"), tr("FILE"), &path, &exitCode))
        return exitCode;

    Board board;
    if (parser.isSet(sample) && parser.isSet(generate)) {
        err(tr("seams new: --sample and --generate cannot be combined.\n"));
        return UsageError;
    }
    if (parser.isSet(sample)) {
        const QString sampleName = parser.value(sample);
        QFile resource(QStringLiteral(":/samples/%1.json").arg(sampleName));
        QString message;
        if (sampleName.contains(QLatin1Char('/')) || !resource.open(QIODevice::ReadOnly)) {
            err(tr("seams new: unknown sample \"%1\" (available: shop).\n").arg(sampleName));
            return UsageError;
        }
        if (!BoardJson::read(resource.readAll(), &board, &message)) {
            err(tr("seams new: the sample is broken: %1\n").arg(message));
            return FileError;
        }
    } else if (parser.isSet(generate)) {
        bool countOk = false;
        bool seedOk = false;
        const int count = parser.value(generate).toInt(&countOk);
        const uint seedValue = parser.value(seed).toUInt(&seedOk);
        if (!countOk || count < 1 || count > 1'000'000) {
            err(tr("seams new: --generate needs a number of notes from 1 to 1000000, not "
                   "\"%1\".\n")
                    .arg(parser.value(generate)));
            return UsageError;
        }
        if (!seedOk) {
            err(tr("seams new: --seed needs a whole number, not \"%1\".\n")
                    .arg(parser.value(seed)));
            return UsageError;
        }
        BoardGenerator::generate(&board, count, seedValue);
    }
    if (parser.isSet(name))
        board.setName(parser.value(name));
    else if (board.name().isEmpty())
        board.setName(QFileInfo(path).completeBaseName());
    return writeBoardFile(path, board, parser.isSet(force));
}

int runImport(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Create a .seams board file from the JSON interchange form (see \"seams export "
           "json\")."));
    parser.addPositionalArgument(QStringLiteral("import"), tr("Import a board."),
                                 QStringLiteral("import"));
    parser.addPositionalArgument(QStringLiteral("IN.json"), tr("The JSON board to read."));
    const QCommandLineOption output({QStringLiteral("o"), QStringLiteral("output")},
                                    tr("The .seams file to create (required)."), tr("FILE"));
    const QCommandLineOption force(QStringLiteral("force"), tr("Replace an existing file."));
    parser.addOptions({output, force});
    int exitCode = Success;
    QString input;
    if (!parse(parser, QStringLiteral("import"), arguments, &exitCode)
        || !onePositional(parser, QStringLiteral("import"), tr("IN.json"), &input, &exitCode))
        return exitCode;
    if (!parser.isSet(output)) {
        err(tr("seams import: -o FILE is required.\n"));
        return UsageError;
    }
    QFile file(input);
    if (!file.open(QIODevice::ReadOnly)) {
        err(tr("seams import: cannot read %1: %2\n")
                .arg(QDir::toNativeSeparators(input), file.errorString()));
        return FileError;
    }
    Board board;
    QString message;
    if (!BoardJson::read(file.readAll(), &board, &message)) {
        err(tr("seams import: %1: %2\n").arg(QDir::toNativeSeparators(input), message));
        return FileError;
    }
    return writeBoardFile(parser.value(output), board, parser.isSet(force));
}

int runInfo(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Show a board's name and its counts per kind and per "
                                        "bounded context."));
    parser.addPositionalArgument(QStringLiteral("info"), tr("Describe a board."),
                                 QStringLiteral("info"));
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("The board (.seams or .json)."));
    const QCommandLineOption json(QStringLiteral("json"), tr("Print JSON instead of text."));
    parser.addOption(json);
    int exitCode = Success;
    QString path;
    if (!parse(parser, QStringLiteral("info"), arguments, &exitCode)
        || !onePositional(parser, QStringLiteral("info"), tr("FILE"), &path, &exitCode))
        return exitCode;
    Board board;
    if (const int loaded = loadBoard(path, &board); loaded != Success)
        return loaded;

    QJsonObject kinds;
    for (NoteKind kind : allNoteKinds())
        kinds.insert(toKey(kind), 0);
    for (const Note &note : board.notes())
        kinds[toKey(note.kind)] = kinds[toKey(note.kind)].toInt() + 1;
    QJsonArray contexts;
    for (const BoundedContext *context : board.sortedContexts()) {
        const ResolvedHandoff handoff = Naming::resolve(*context, board.settings());
        QJsonObject object;
        object.insert(QStringLiteral("name"), context->name);
        object.insert(QStringLiteral("service"), handoff.serviceName);
        object.insert(QStringLiteral("status"), toKey(handoff.status));
        object.insert(QStringLiteral("wave"), handoff.wave);
        object.insert(QStringLiteral("notes"), int(board.memberIds(context->id).size()));
        contexts.append(object);
    }
    const int outside = int(board.memberIds(QUuid()).size());

    if (parser.isSet(json)) {
        QJsonObject root;
        root.insert(QStringLiteral("name"), board.name());
        root.insert(QStringLiteral("notes"), board.noteCount());
        root.insert(QStringLiteral("kinds"), kinds);
        root.insert(QStringLiteral("contexts"), contexts);
        root.insert(QStringLiteral("outside_contexts"), outside);
        root.insert(QStringLiteral("links"), int(board.links().size()));
        root.insert(QStringLiteral("relationships"), int(board.relationships().size()));
        out(QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Indented)));
        return Success;
    }
    QString text = tr("Board: %1\n").arg(board.name());
    text += tr("Notes: %n\n", nullptr, board.noteCount());
    for (NoteKind kind : allNoteKinds())
        text += QStringLiteral("  %1 %2\n")
                    .arg(displayName(kind), -18)
                    .arg(kinds[toKey(kind)].toInt(), 6);
    text += tr("Bounded contexts: %n\n", nullptr, int(board.contexts().size()));
    for (const QJsonValue &value : std::as_const(contexts)) {
        const QJsonObject context = value.toObject();
        const auto status
            = fromKey<MigrationStatus>(context.value(QStringLiteral("status")).toString());
        text += QStringLiteral("  %1 %2 %3 %4\n")
                    .arg(context.value(QStringLiteral("name")).toString(), -24)
                    .arg(tr("%n note(s)", nullptr, context.value(QStringLiteral("notes")).toInt()),
                         -12)
                    .arg(displayName(status.value_or(MigrationStatus::Monolith)), -16)
                    .arg(context.value(QStringLiteral("wave")).toInt() > 0
                             ? tr("wave %1").arg(context.value(QStringLiteral("wave")).toInt())
                             : QString());
    }
    if (outside > 0)
        text += tr("  (outside every context: %n note(s))\n", nullptr, outside);
    text += tr("Arrows: %1\nRelationships: %2\n")
                .arg(board.links().size())
                .arg(board.relationships().size());
    out(text);
    return Success;
}

int runCheck(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Run the model checks. Prints one line per finding; exits with 1 when any "
           "finding is an error."));
    parser.addPositionalArgument(QStringLiteral("check"), tr("Check a board."),
                                 QStringLiteral("check"));
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("The board (.seams or .json)."));
    const QCommandLineOption area(
        QStringLiteral("area"),
        tr("Only this area (repeatable): %1.").arg(Checks::areas().join(QLatin1String(", "))),
        tr("AREA"));
    const QCommandLineOption json(QStringLiteral("json"), tr("Print JSON instead of text."));
    parser.addOptions({area, json});
    int exitCode = Success;
    QString path;
    if (!parse(parser, QStringLiteral("check"), arguments, &exitCode)
        || !onePositional(parser, QStringLiteral("check"), tr("FILE"), &path, &exitCode))
        return exitCode;
    const QStringList areas = parser.values(area);
    for (const QString &name : areas) {
        if (!Checks::areas().contains(name)) {
            err(tr("seams check: unknown area \"%1\" (areas: %2).\n")
                    .arg(name, Checks::areas().join(QLatin1String(", "))));
            return UsageError;
        }
    }
    Board board;
    if (const int loaded = loadBoard(path, &board); loaded != Success)
        return loaded;
    const QList<Finding> findings = Checks::run(board, areas);
    if (parser.isSet(json)) {
        QJsonArray array;
        for (const Finding &finding : findings) {
            QJsonObject object;
            object.insert(QStringLiteral("severity"), Checks::severityKey(finding.severity));
            object.insert(QStringLiteral("area"), finding.area);
            object.insert(QStringLiteral("code"), finding.code);
            object.insert(QStringLiteral("message"), finding.message);
            QJsonArray items;
            for (const QUuid &id : finding.items)
                items.append(id.toString(QUuid::WithoutBraces));
            object.insert(QStringLiteral("items"), items);
            array.append(object);
        }
        out(QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented)));
    } else {
        int errors = 0;
        int warnings = 0;
        for (const Finding &finding : findings) {
            errors += finding.severity == Finding::Severity::Error;
            warnings += finding.severity == Finding::Severity::Warning;
            out(QStringLiteral("%1: %2: %3 [%4]\n")
                    .arg(QDir::toNativeSeparators(path), Checks::severityKey(finding.severity),
                         finding.message, finding.code));
        }
        out(tr("%1: %2, %3\n")
                .arg(QDir::toNativeSeparators(path), tr("%n error(s)", nullptr, errors),
                     tr("%n warning(s)", nullptr, warnings)));
    }
    return Checks::hasErrors(findings) ? CheckFailed : Success;
}

} // namespace Seams::Cli
