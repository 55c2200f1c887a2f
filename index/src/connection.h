// The archive's SQLite connection, for index/'s own files and for white-box
// tests and tools (tests/, bench/): no public header of index/ shows SQLite,
// so a second store can stand behind the same Archive interface.
#pragma once

#include <sqlite3.h>

#include <string>
#include <string_view>
#include <vector>

#include "gransk/index/archive.h"
#include "gransk/index/swedish_tokenizer.h"

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

// While one lives, the tokenizer gives FTS5 `tokens` for a document text equal
// to `text` (what a reader already computed) instead of analysing it again.
class PretokenizedText {
 public:
  PretokenizedText(std::string_view text, const std::vector<IndexToken>& tokens);
  ~PretokenizedText();
  PretokenizedText(const PretokenizedText&) = delete;
  PretokenizedText& operator=(const PretokenizedText&) = delete;
};

}  // namespace gransk::index
