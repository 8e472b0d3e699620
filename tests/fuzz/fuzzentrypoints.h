#pragma once

// The entry points shared by the libFuzzer targets (fuzztarget.cpp, built with SEAMS_FUZZ=ON)
// and the corpus replay test (tst_fuzzcorpus.cpp, built in every build): each takes raw bytes
// from someone else, feeds them to the product code exactly as the app or the CLI would, and
// checks the promises the product makes about such input beyond "no crash".

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace Seams::Fuzz {

/** What one input did. */
struct Outcome
{
    /** True when the input was read (and, for the exporters, written) successfully. */
    bool accepted = false;
    /** The error shown to the user when the input was refused. */
    QString message;
    /** A broken promise, empty when every check held: a refusal without a message, a read-only
     *  open that changed the file, a board that does not survive a round trip, an export whose
     *  output its own consumer cannot parse, ... The fuzz targets abort on it (so libFuzzer
     *  keeps the input), the replay test fails on it. */
    QString violation;
};

/** The names of the targets, which are also the folders of tests/data/fuzz/. */
QStringList targets();

/** Runs `bytes` through the entry point of `target`; `scratchFolder` is an existing folder the
 *  project-file target may write to. */
Outcome run(const QString &target, const QByteArray &bytes, const QString &scratchFolder);

/** The project file, as the CLI reads it (ProjectFile::open ReadOnly + load) and as the app
 *  opens it (ReadWrite + load + one committed edit). `bytes` become scratchFolder/board.seams;
 *  bytes after a line "--seams-journal--" become its rollback journal (a crash left behind). */
Outcome projectFile(const QByteArray &bytes, const QString &scratchFolder);

/** BoardJson::read, then write/read/write must give the same bytes. */
Outcome boardJson(const QByteArray &bytes);

/** Graphviz::read on DOT text, then Graphviz::write must give DOT that reads again. */
Outcome dot(const QByteArray &bytes);

/** A board from BoardJson::read run through `seams check` and every exporter but the rendered
 *  images (svg, png), with options chosen from the input's bytes. An export that passes its
 *  checks must succeed with output its consumer parses (YAML, JSON, DOT, SQLite SQL) under
 *  safe relative paths; any export must fail, if it fails, with a message. */
Outcome exporters(const QByteArray &bytes);

} // namespace Seams::Fuzz
