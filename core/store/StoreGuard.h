#pragma once

// Private to core/store: what makes an untrusted store file safe to open.

#include "core/error/Result.h"

struct sqlite3;

namespace Patronage {

/// A .patronage file can come from anyone. Following sqlite.org's advice for
/// untrusted database files ("Defense Against The Dark Arts"), nothing in it
/// runs (no trigger, no view, no function of its schema), its schema must be
/// exactly Patronage's own, and a -wal file beside it is applied only when
/// it belongs to it and is whole.
namespace StoreGuard {

/// Defensive mode, an untrusted schema, no triggers or views, cell size
/// checks and tight limits on the connection, before anything is read.
void harden(sqlite3 *db);

/// Checks the -wal file beside \a storePath, if there is one and no
/// connection has the store open (a live WAL is SQLite's own business): its
/// page size, the frames' checksums, and that its last transaction is this
/// store's (by the marker of its identity row). Refuses a foreign or damaged one.
Status checkWal(const QString &storePath);

/// Whether a connection (of this process or another) has the store open.
bool isInUse(const QString &storePath);

/// Keeps count of this process's connections to each store file.
void noteOpened(const QString &storePath);
void noteClosed(const QString &storePath);

/// Checks that the schema of \a db is exactly what Patronage's migrations
/// make for \a version: the same tables and indexes, and nothing else.
Status checkSchema(sqlite3 *db, int version, const QString &storePath);

} // namespace StoreGuard

} // namespace Patronage
