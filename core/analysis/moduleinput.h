#pragma once

#include "sourcescanner.h"

namespace Seams {

class ModuleGraph;
class Progress;

/** The one entry point the CLI and the GUI use to get a module graph from what the user
 *  points at: a DOT file, a folder of DOT files (jdeps -dotoutput), or a source folder. */
namespace ModuleInput {

enum class Kind { Dot, DotFolder, Sources, Missing };

/** What `path` is: a file is read as DOT; a folder holding .dot/.gv files at its top level
 *  and no source files there is a DOT folder; any other folder is scanned as sources. */
Kind kindOf(const QString &path);

/** Loads the module graph, with progress and cancellation. */
bool load(const QString &path, const ScanOptions &options, ModuleGraph *graph, Progress *progress,
          QString *error);

} // namespace ModuleInput
} // namespace Seams
