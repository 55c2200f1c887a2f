// A report's rows and a changed file's older versions, inside the caller's
// transaction.
#pragma once

#include <string>

struct sqlite3;

namespace gransk::index::detail {

// Removes a stored report's entries (and their FTS rows); the report row stays.
bool delete_entries(sqlite3* db, const std::string& sha256, std::string& error);

// Reports stored from `path` under another SHA-256 are older versions of the
// file: they are removed, and the revisor's decisions on them (link decisions,
// recorded answers) move to the new version where its findings of that kind
// read the same, in the same order — a decision is never carried to a
// different recommendation.
bool replace_older_versions(sqlite3* db, const std::string& sha256, const std::string& path,
                            std::string& error);

}  // namespace gransk::index::detail
