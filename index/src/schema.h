// The archive's schema (PRAGMA user_version): version 1 and each step after it.
#pragma once

#include <sqlite3.h>

#include <string>

namespace gransk::index::detail {

// Brings a database at schema version `from` (0: empty) to kSchemaVersion, in
// the caller's transaction; false and `error` (SQLite's text) on failure.
bool apply_migrations(sqlite3* db, int from, std::string& error);

}  // namespace gransk::index::detail
