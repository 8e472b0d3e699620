#pragma once

#include "sqlschema.h"

#include <QByteArray>

namespace Seams::Sql {

/** How migration files are named: Flyway's V1__init.sql (no down migration) or
 *  golang-migrate's 000001_init.up.sql / 000001_init.down.sql. */
enum class Layout { Flyway, GolangMigrate };

/** Creates the database and the service's role (or, for SQLite, sets the journal mode):
 *  statements that cannot run inside a transaction, hence kept out of the migrations. */
QByteArray bootstrapScript(const DatabaseSchema &schema);

/** The first migration: tables with keys and checks, indexes, foreign keys, the outbox. */
QByteArray upScript(const DatabaseSchema &schema, Layout layout);

/** Undoes upScript() (golang-migrate only). */
QByteArray downScript(const DatabaseSchema &schema);

/** The context's README.md: how to apply the files, tables, references to other contexts and
 *  how each is kept in sync, the outbox, and the `seams check` findings about this context. */
QByteArray readme(const DatabaseSchema &schema, Layout layout, const QList<Finding> &findings);

/** The relative paths of the migration files of a layout: {up} or {up, down}. */
QStringList migrationFiles(Layout layout);

} // namespace Seams::Sql
