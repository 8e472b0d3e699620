#pragma once

#include "cli.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QString>

#include <memory>

namespace Seams {
class Board;
}

namespace Seams::Cli {

/** Translated text in the CLI's context. */
QString tr(const char *text, const char *disambiguation = nullptr, int n = -1);

/** Writes to stdout / stderr (UTF-8, flushed). */
void out(const QString &text);
void err(const QString &text);

/** Parses a verb's arguments; on failure prints the error and the verb's usage and returns
 *  false with `exitCode` set to UsageError. --help prints the usage and sets Success. */
bool parse(QCommandLineParser &parser, const QString &verb, const QStringList &arguments,
           int *exitCode);

/** The single positional argument named `name`, or a usage error. */
bool onePositional(const QCommandLineParser &parser, const QString &verb, const QString &name,
                   QString *value, int *exitCode);

/** Loads a board from a .seams file or its JSON form (told apart by content), read-only.
 *  Prints the reason and returns FileError when it cannot. */
int loadBoard(const QString &path, Board *board);

/** Writes bytes to a file (atomically) or, for an empty path or "-", to stdout. */
int writeOutput(const QString &path, const QByteArray &bytes);

int runNew(const QStringList &arguments);
int runInfo(const QStringList &arguments);
int runCheck(const QStringList &arguments);
int runExport(const QStringList &arguments);
int runImport(const QStringList &arguments);
int runAnalyze(const QStringList &arguments);

} // namespace Seams::Cli
