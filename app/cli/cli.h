#pragma once

#include <QStringList>

namespace Seams::Cli {

/** Exit codes of every verb. */
enum ExitCode {
    Success = 0,
    CheckFailed = 1, ///< `check` found errors, or an export refused because of them
    UsageError = 2, ///< unknown verb or option, missing argument
    FileError = 3, ///< a file could not be read or written, or is not a valid board
};

/** True when the arguments name a verb (or --help/--version) rather than a board to open in
 *  the window. A board file that happens to be called like a verb opens as ./info. */
bool isCommandLine(const QStringList &arguments);

/** Runs a verb. Needs a QCoreApplication; never a display. */
int run(const QStringList &arguments);

} // namespace Seams::Cli
