#pragma once

#include <QString>

struct sqlite3;

namespace Seams::Schema {

/** PRAGMA application_id of every .seams file: "SEAM" in ASCII. The MIME magic matches it. */
constexpr quint32 applicationId = 0x5345414d;

/** PRAGMA user_version of files this build writes. Each change to the schema adds one
 *  migration step and bumps this number; files of older versions migrate on open. */
constexpr int currentVersion = 2;

/** Creates the current schema in an empty database, stamping application_id and
 *  user_version. Runs inside the caller's transaction. */
bool create(sqlite3 *database, QString *error);

/** Brings a file of an older schema to the current one, one transaction per step, from the
 *  table of steps; a failed step leaves the file at the previous version. */
bool migrate(sqlite3 *database, int fromVersion, QString *error);

} // namespace Seams::Schema
