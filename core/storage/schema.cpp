#include "schema.h"

#include "sqlite.h"

#include <sqlite3.h>

namespace Seams::Schema {

namespace {

// Version 2, the current schema. Ids are UUID text; colours "#rrggbb"; lists JSON arrays.
// Foreign keys cascade so that a hand-edited file cannot keep orphans, but the Document
// removes dependent rows itself, in the same transaction.
constexpr const char *currentSchema = R"sql(
CREATE TABLE board (
    key TEXT PRIMARY KEY NOT NULL,
    value TEXT NOT NULL
) STRICT;

CREATE TABLE settings (
    key TEXT PRIMARY KEY NOT NULL,
    value TEXT NOT NULL
) STRICT;

CREATE TABLE contexts (
    id TEXT PRIMARY KEY NOT NULL,
    name TEXT NOT NULL,
    x REAL NOT NULL,
    y REAL NOT NULL,
    width REAL NOT NULL,
    height REAL NOT NULL,
    color TEXT NOT NULL,
    service_name TEXT NOT NULL DEFAULT '',
    upstream_url TEXT NOT NULL DEFAULT '',
    route_prefixes TEXT NOT NULL DEFAULT '[]',
    database_name TEXT NOT NULL DEFAULT '',
    database_engine TEXT,
    team TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL DEFAULT 'monolith',
    wave INTEGER NOT NULL DEFAULT 0
) STRICT;

CREATE TABLE notes (
    id TEXT PRIMARY KEY NOT NULL,
    kind TEXT NOT NULL,
    text TEXT NOT NULL,
    x REAL NOT NULL,
    y REAL NOT NULL,
    width REAL NOT NULL,
    height REAL NOT NULL,
    z INTEGER NOT NULL DEFAULT 0,
    context_id TEXT REFERENCES contexts(id) ON DELETE SET NULL,
    http_method TEXT NOT NULL DEFAULT '',
    http_path TEXT NOT NULL DEFAULT '',
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL
) STRICT;
CREATE INDEX notes_by_context ON notes(context_id);

CREATE TABLE fields (
    note_id TEXT NOT NULL REFERENCES notes(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    name TEXT NOT NULL,
    type TEXT NOT NULL,
    nullable INTEGER NOT NULL,
    reference TEXT,
    enum_values TEXT NOT NULL DEFAULT '[]',
    PRIMARY KEY (note_id, position)
) STRICT;

CREATE TABLE links (
    id TEXT PRIMARY KEY NOT NULL,
    source_id TEXT NOT NULL REFERENCES notes(id) ON DELETE CASCADE,
    target_id TEXT NOT NULL REFERENCES notes(id) ON DELETE CASCADE,
    label TEXT NOT NULL DEFAULT ''
) STRICT;
CREATE INDEX links_by_source ON links(source_id);
CREATE INDEX links_by_target ON links(target_id);

CREATE TABLE relationships (
    id TEXT PRIMARY KEY NOT NULL,
    upstream_id TEXT NOT NULL REFERENCES contexts(id) ON DELETE CASCADE,
    downstream_id TEXT NOT NULL REFERENCES contexts(id) ON DELETE CASCADE,
    pattern TEXT NOT NULL,
    sync TEXT NOT NULL DEFAULT 'none',
    description TEXT NOT NULL DEFAULT ''
) STRICT;
)sql";

struct MigrationStep
{
    int fromVersion;
    const char *sql;
};

// Version 1 was the first file format: notes had no stacking order and commands no HTTP
// override; relationships had no data-sync option.
constexpr MigrationStep migrationSteps[] = {
    {1, R"sql(
ALTER TABLE notes ADD COLUMN z INTEGER NOT NULL DEFAULT 0;
ALTER TABLE notes ADD COLUMN http_method TEXT NOT NULL DEFAULT '';
ALTER TABLE notes ADD COLUMN http_path TEXT NOT NULL DEFAULT '';
UPDATE notes SET z = (SELECT count(*) FROM notes AS older
                      WHERE older.created_at < notes.created_at
                         OR (older.created_at = notes.created_at AND older.id < notes.id));
ALTER TABLE relationships ADD COLUMN sync TEXT NOT NULL DEFAULT 'none';
)sql"},
};

bool setVersion(sqlite3 *database, int version, QString *error)
{
    const QByteArray sql = "PRAGMA user_version = " + QByteArray::number(version);
    return Sqlite::exec(database, sql.constData(), error);
}

} // namespace

bool create(sqlite3 *database, QString *error)
{
    const QByteArray stampId
        = "PRAGMA application_id = " + QByteArray::number(qint32(applicationId));
    return Sqlite::exec(database, stampId.constData(), error)
        && Sqlite::exec(database, currentSchema, error)
        && setVersion(database, currentVersion, error);
}

bool migrate(sqlite3 *database, int fromVersion, QString *error)
{
    for (const MigrationStep &step : migrationSteps) {
        if (step.fromVersion < fromVersion)
            continue;
        Sqlite::Transaction transaction(database);
        if (!transaction.isActive()) {
            *error = transaction.errorString();
            return false;
        }
        if (!Sqlite::exec(database, step.sql, error)
            || !setVersion(database, step.fromVersion + 1, error))
            return false;
        if (!transaction.commit()) {
            *error = transaction.errorString();
            return false;
        }
    }
    return true;
}

} // namespace Seams::Schema
