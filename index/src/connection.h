// The archive's SQLite connection, for index/'s own files and for white-box
// tests and tools (tests/, bench/): no public header of index/ shows SQLite,
// so a second store can stand behind the same Archive interface.
#pragma once

#include <sqlite3.h>

#include <string>

#include "gransk/index/archive.h"

namespace gransk::index {

struct Archive::Connection {
  sqlite3* db = nullptr;
  Connection() = default;
  Connection(const Connection&) = delete;
  Connection& operator=(const Connection&) = delete;
  ~Connection() { sqlite3_close(db); }
};

struct ConnectionAccess {
  static sqlite3* of(const Archive& a) { return a.connection_->db; }
};

inline sqlite3* connection_of(const Archive& a) { return ConnectionAccess::of(a); }

// Registers the FTS5 tokenizer "gransk" (swedish_tokenizer.h) on a connection;
// false and `error` set on failure.
bool register_swedish_tokenizer(sqlite3* db, std::string& error);

}  // namespace gransk::index
