// A prepared statement that finalises itself; binding by position.
#pragma once

#include <sqlite3.h>

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace gransk::index::detail {

// How long a connection waits for another process's write before SQLITE_BUSY.
inline constexpr int kWaitForWriterMs = 10000;

class Statement {
 public:
  Statement(sqlite3* db, const char* sql) : db_(db) {
    if (sqlite3_prepare_v2(db, sql, -1, &stmt_, nullptr) != SQLITE_OK) stmt_ = nullptr;
  }
  ~Statement() { sqlite3_finalize(stmt_); }
  Statement(const Statement&) = delete;
  Statement& operator=(const Statement&) = delete;

  bool ok() const { return stmt_ != nullptr; }
  std::string error() const { return sqlite3_errmsg(db_); }

  Statement& bind(int i, const std::string& v) {
    sqlite3_bind_text(stmt_, i, v.data(), static_cast<int>(v.size()), SQLITE_TRANSIENT);
    return *this;
  }
  Statement& bind(int i, int64_t v) {
    sqlite3_bind_int64(stmt_, i, v);
    return *this;
  }
  Statement& bind(int i, std::nullopt_t) {
    sqlite3_bind_null(stmt_, i);
    return *this;
  }
  template <typename T>
  Statement& bind(int i, const std::optional<T>& v) {
    return v ? bind(i, *v) : bind(i, std::nullopt);
  }
  Statement& bind(int i, int v) { return bind(i, static_cast<int64_t>(v)); }
  Statement& bind_blob(int i, std::string_view v) {
    sqlite3_bind_blob64(stmt_, i, v.data(), v.size(), SQLITE_TRANSIENT);
    return *this;
  }

  // SQLITE_ROW, SQLITE_DONE or an error code.
  int step() { return stmt_ ? sqlite3_step(stmt_) : SQLITE_ERROR; }
  void reset() {
    sqlite3_reset(stmt_);
    sqlite3_clear_bindings(stmt_);
  }

  std::string text(int col) const {
    const unsigned char* t = sqlite3_column_text(stmt_, col);
    return t ? reinterpret_cast<const char*>(t) : "";
  }
  // Valid until the next step(): the column's bytes as SQLite holds them.
  std::string_view blob(int col) const {
    const void* b = sqlite3_column_blob(stmt_, col);
    return b ? std::string_view(static_cast<const char*>(b),
                                static_cast<size_t>(sqlite3_column_bytes(stmt_, col)))
             : std::string_view();
  }
  int64_t integer(int col) const { return sqlite3_column_int64(stmt_, col); }
  double real(int col) const { return sqlite3_column_double(stmt_, col); }
  bool is_null(int col) const { return sqlite3_column_type(stmt_, col) == SQLITE_NULL; }

 private:
  sqlite3* db_;
  sqlite3_stmt* stmt_ = nullptr;
};

// SQLite's English message in a Swedish sentence a revisor can act on.
inline std::string swedish_error(sqlite3* db, const std::string& english) {
  switch (sqlite3_errcode(db) & 0xff) {
    case SQLITE_FULL:
      return "disken är full (frigör utrymme och kör igen)";
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
      return "arkivet är upptaget av en annan process (försök igen)";
    case SQLITE_READONLY:
      return "arkivet är skrivskyddat";
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
      return "arkivfilen är skadad (kör gransk status --check)";
    case SQLITE_IOERR:
      return "läs- eller skrivfel på disken";
    case SQLITE_CANTOPEN:
      return "arkivfilen kunde inte öppnas";
    default:
      return "databasfel (SQLite: " + english + ")";
  }
}

inline bool exec(sqlite3* db, const char* sql, std::string& error) {
  char* err = nullptr;
  if (sqlite3_exec(db, sql, nullptr, nullptr, &err) == SQLITE_OK) return true;
  error = err ? err : "okänt SQLite-fel";
  sqlite3_free(err);
  return false;
}

// One snapshot for a read in several statements: without it an ingest that
// commits between them makes the reads disagree (a recommendation whose
// report is not there). Nested inside a caller's transaction it does nothing.
class ReadTransaction {
 public:
  explicit ReadTransaction(sqlite3* db) : db_(db) {
    if (sqlite3_get_autocommit(db_)) active_ = sqlite3_exec(db_, "BEGIN", nullptr, nullptr, nullptr) == SQLITE_OK;
  }
  ~ReadTransaction() {
    if (active_) sqlite3_exec(db_, "COMMIT", nullptr, nullptr, nullptr);
  }
  ReadTransaction(const ReadTransaction&) = delete;
  ReadTransaction& operator=(const ReadTransaction&) = delete;

 private:
  sqlite3* db_;
  bool active_ = false;
};

// Stops the connection's statements once `limit` has passed (SQLite asks
// every 1,000 virtual-machine steps; a statement stopped returns
// SQLITE_INTERRUPT). Construct it after a ReadTransaction, so that it is gone
// before that transaction's COMMIT, which it would otherwise stop too.
class TimeLimit {
 public:
  TimeLimit(sqlite3* db, std::chrono::milliseconds limit)
      : db_(db), deadline_(std::chrono::steady_clock::now() + limit) {
    sqlite3_progress_handler(db_, 1000, &TimeLimit::check, this);
  }
  ~TimeLimit() { sqlite3_progress_handler(db_, 0, nullptr, nullptr); }
  TimeLimit(const TimeLimit&) = delete;
  TimeLimit& operator=(const TimeLimit&) = delete;

  bool expired() const { return expired_; }

 private:
  static int check(void* self) {
    auto* t = static_cast<TimeLimit*>(self);
    if (std::chrono::steady_clock::now() >= t->deadline_) t->expired_ = true;
    return t->expired_ ? 1 : 0;
  }

  sqlite3* db_;
  std::chrono::steady_clock::time_point deadline_;
  bool expired_ = false;
};

}  // namespace gransk::index::detail
