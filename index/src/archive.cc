#include "gransk/index/archive.h"

#include <openssl/evp.h>

#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <chrono>
#include <cstdio>
#include <ctime>
#include <memory>
#include <optional>
#include <thread>
#include <utility>
#include <vector>

#include "connection.h"
#include "gransk/corpus/kommuner.h"
#include "gransk/index/swedish_tokenizer.h"
#include "organisation_match.h"
#include "report_versions.h"
#include "schema.h"
#include "sql.h"

namespace gransk::index {
namespace {

using detail::delete_entries;
using detail::exec;
using detail::replace_older_versions;
using detail::Statement;

std::string now_iso() {
  const std::time_t t = std::time(nullptr);
  char buf[32];
  std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%S", std::localtime(&t));
  return buf;
}

}  // namespace

// OpenSSL's SHA-256 uses the CPU's SHA instructions: every file of a batch is
// hashed in the parent before any is read, and Qt's portable code made that
// a tenth of the ingest parent's time.
std::string file_sha256(const std::string& path) {
  std::unique_ptr<std::FILE, int (*)(std::FILE*)> f(std::fopen(path.c_str(), "rb"), &std::fclose);
  if (!f) return {};
  std::unique_ptr<EVP_MD_CTX, void (*)(EVP_MD_CTX*)> ctx(EVP_MD_CTX_new(), &EVP_MD_CTX_free);
  if (!ctx || EVP_DigestInit_ex(ctx.get(), EVP_sha256(), nullptr) != 1) return {};
  std::vector<unsigned char> buf(1 << 16);
  size_t n;
  while ((n = std::fread(buf.data(), 1, buf.size(), f.get())) > 0)
    if (EVP_DigestUpdate(ctx.get(), buf.data(), n) != 1) return {};
  if (std::ferror(f.get())) return {};
  unsigned char digest[EVP_MAX_MD_SIZE];
  unsigned int len = 0;
  if (EVP_DigestFinal_ex(ctx.get(), digest, &len) != 1) return {};
  static const char* hex = "0123456789abcdef";
  std::string out;
  for (unsigned int i = 0; i < len; ++i) {
    out += hex[digest[i] >> 4];
    out += hex[digest[i] & 15];
  }
  return out;
}

std::string Archive::default_path() {
  if (const char* env = std::getenv("GRANSK_DB"); env && *env) return env;
  QString dir = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
  if (dir.isEmpty()) dir = QDir::homePath() + "/.local/share";
  return (dir + "/gransk/arkiv.sqlite").toStdString();
}

std::unique_ptr<Archive> Archive::open(const std::string& path, std::string& error) {
  QDir().mkpath(QFileInfo(QString::fromStdString(path)).absolutePath());
  sqlite3* db = nullptr;
  if (sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr) !=
      SQLITE_OK) {
    error = path + ": arkivet kunde inte öppnas: " + (db ? sqlite3_errmsg(db) : "okänt fel");
    sqlite3_close(db);
    return nullptr;
  }
  auto connection = std::make_unique<Archive::Connection>();
  connection->db = db;
  std::unique_ptr<Archive> a(new Archive(std::move(connection)));
  sqlite3_busy_timeout(db, detail::kWaitForWriterMs);
  std::string why;
  if (!register_swedish_tokenizer(db, why) || !register_organisation_match(db, why)) {
    error = path + ": " + why;
    return nullptr;
  }
  // Two processes opening a new archive at once (an ingest creating it, `recs`
  // reading it) race for the switch to WAL, which SQLite refuses at once with
  // SQLITE_BUSY instead of waiting; the loser tries again, for up to 10 s.
  for (int attempt = 0;; ++attempt) {
    why.clear();
    if (exec(db, "PRAGMA journal_mode=WAL; PRAGMA foreign_keys=ON; PRAGMA synchronous=NORMAL;",
             why) &&
        a->migrate(why))
      return a;
    if ((sqlite3_errcode(db) & 0xff) != SQLITE_BUSY || attempt == 200) break;
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
  }
  error = path + ": " + detail::swedish_error(db, why);
  return nullptr;
}

Archive::Archive(std::unique_ptr<Connection> connection) : connection_(std::move(connection)) {}

Archive::~Archive() = default;  // the connection closes itself

int64_t Archive::data_version() const {
  Statement s(connection_->db, "SELECT version FROM archive_state WHERE id = 1");
  return s.step() == SQLITE_ROW ? s.integer(0) : -1;
}

int Archive::schema_version() const {
  Statement s(connection_->db, "PRAGMA user_version");
  return s.step() == SQLITE_ROW ? static_cast<int>(s.integer(0)) : 0;
}

bool Archive::migrate(std::string& error) {
  const int v = schema_version();
  if (v > kSchemaVersion) {
    error = "arkivet är skapat av en nyare Gransk (schema " + std::to_string(v) + ")";
    return false;
  }
  if (v == kSchemaVersion) return true;
  if (!exec(connection_->db, "BEGIN IMMEDIATE", error)) return false;
  // Another process (an ingest creating the archive while `recs` opens it)
  // may have migrated between the read above and this lock: read it again.
  if (const int now = schema_version(); now != v) {
    std::string ignored;
    exec(connection_->db, "ROLLBACK", ignored);
    return now == kSchemaVersion || migrate(error);
  }
  const bool ok = detail::apply_migrations(connection_->db, v, error);
  if (!ok) {
    std::string ignored;
    exec(connection_->db, "ROLLBACK", ignored);
    error = "schemat kunde inte uppgraderas: " + error;
    return false;
  }
  return exec(connection_->db, "COMMIT", error);
}

bool Archive::contains(const std::string& sha256) const {
  Statement s(connection_->db, "SELECT 1 FROM reports WHERE sha256 = ?1");
  s.bind(1, sha256);
  return s.step() == SQLITE_ROW;
}

std::vector<std::string> Archive::known_hashes() const {
  std::vector<std::string> out;
  Statement s(connection_->db, "SELECT sha256 FROM reports");
  while (s.step() == SQLITE_ROW) out.push_back(s.text(0));
  return out;
}

bool Archive::store(const std::string& sha256, const std::string& path, const ReportRecord& r,
                    std::string& error) {
  disk_full_ = false;
  // A writer gets a 64 MiB page cache (SQLite's default is 2 MiB): FTS5 merges
  // its segments on every report stored, and with the small cache it read the
  // same pages back from the OS again and again. On 2,000 reports that halved
  // the ingest parent's CPU time, the work -j N cannot spread over workers.
  // Readers (each serve thread has a connection) keep the default.
  if (!writer_cache_) writer_cache_ = exec(connection_->db, "PRAGMA cache_size=-65536", error);
  if (!exec(connection_->db, in_batch_ ? "SAVEPOINT report" : "BEGIN IMMEDIATE", error)) {
    error = path + ": kunde inte lagras: " + detail::swedish_error(connection_->db, error);
    return false;
  }
  auto fail = [&](const std::string& why) {
    disk_full_ = (sqlite3_errcode(connection_->db) & 0xff) == SQLITE_FULL;
    const std::string reason = detail::swedish_error(connection_->db, why);
    std::string ignored;
    if (in_batch_)  // this report only; the batch's earlier ones stay
      exec(connection_->db, "ROLLBACK TO report; RELEASE report", ignored);
    else
      exec(connection_->db, "ROLLBACK", ignored);
    // SQLite ends the whole transaction itself on some errors (a full disk):
    // then the batch's earlier reports are gone too, and commit_batch says so.
    if (in_batch_ && sqlite3_get_autocommit(connection_->db)) {
      in_batch_ = false;
      batch_lost_ = reason;
    }
    error = path + ": kunde inte lagras: " + reason;
    return false;
  };
  // Replacing a report (reindex) keeps its id and replaces its entries.
  if (!delete_entries(connection_->db, sha256, error)) return fail(error);
  std::optional<std::string> lan;
  if (r.kommunkod)
    if (const corpus::Kommun* k = corpus::KommunRegister::shared().by_code(*r.kommunkod))
      lan = k->lan;
  Statement ins(connection_->db,
                "INSERT INTO reports(sha256, path, organisation, org_kind, kommunkod, lan, year, "
                "date, firm, report_type, title, addressee, overall_assessment, pages, body, "
                "ingested_at, follows_up_year, follows_up_title, ocr) VALUES (?1,?2,?3,?4,?5,?6,?7,"
                "?8,?9,?10,?11,?12,?13,?14,?15,?16,?17,?18,?19) "
                "ON CONFLICT(sha256) DO UPDATE SET path = ?2, organisation = ?3, org_kind = ?4, "
                "kommunkod = ?5, lan = ?6, year = ?7, date = ?8, firm = ?9, report_type = ?10, "
                "title = ?11, addressee = ?12, overall_assessment = ?13, pages = ?14, body = ?15, "
                "ingested_at = ?16, follows_up_year = ?17, follows_up_title = ?18, ocr = ?19");
  ins.bind(1, sha256).bind(2, path);
  ins.bind(3, r.organisation).bind(4, r.org_kind).bind(5, r.kommunkod);
  ins.bind(6, lan).bind(7, r.year).bind(8, r.date).bind(9, r.firm).bind(10, r.report_type);
  ins.bind(11, r.title).bind(12, r.addressee).bind(13, r.overall_assessment);
  ins.bind(14, r.pages).bind(15, r.body);
  ins.bind(16, now_iso());
  ins.bind(17, r.follows_up_year).bind(18, r.follows_up_title);
  ins.bind(19, r.ocr.empty() ? std::optional<std::string>() : std::optional<std::string>(r.ocr));
  if (ins.step() != SQLITE_DONE) return fail(ins.error());
  Statement id(connection_->db, "SELECT id FROM reports WHERE sha256 = ?1");
  id.bind(1, sha256);
  if (id.step() != SQLITE_ROW) return fail(id.error());
  const int64_t report_id = id.integer(0);

  Statement entry(connection_->db,
                  "INSERT INTO entries(report_id, type, text, verdict, due, page, span_begin, "
                  "span_end, section, rule_id) VALUES (?1,?2,?3,?4,?5,?6,?7,?8,?9,?10)");
  Statement fts(connection_->db, "INSERT INTO entries_fts(rowid, text) VALUES (?1, ?2)");
  for (const StoredEntry& e : r.entries) {
    entry.reset();
    entry.bind(1, report_id).bind(2, e.type).bind(3, e.text).bind(4, e.verdict);
    entry.bind(5, e.due).bind(6, e.page).bind(7, static_cast<int64_t>(e.span_begin));
    entry.bind(8, static_cast<int64_t>(e.span_end)).bind(9, e.section).bind(10, e.rule_id);
    if (entry.step() != SQLITE_DONE) return fail(entry.error());
    fts.reset();
    fts.bind(1, static_cast<int64_t>(sqlite3_last_insert_rowid(connection_->db))).bind(2, e.text);
    std::optional<PretokenizedText> given;
    if (e.index_tokens) given.emplace(e.text, *e.index_tokens);
    if (fts.step() != SQLITE_DONE) return fail(fts.error());
  }
  // A changed file at the same path replaces the report it was.
  if (!replace_older_versions(connection_->db, sha256, path, error)) return fail(error);
  Statement clear(connection_->db, "DELETE FROM failures WHERE path = ?1");
  clear.bind(1, path);
  if (clear.step() != SQLITE_DONE) return fail(clear.error());
  return exec(connection_->db, in_batch_ ? "RELEASE report" : "COMMIT", error) || fail(error);
}

bool Archive::begin_batch(std::string& error) {
  if (in_batch_) return true;
  if (!exec(connection_->db, "BEGIN IMMEDIATE", error)) {
    error = detail::swedish_error(connection_->db, error);
    return false;
  }
  in_batch_ = true;
  return true;
}

bool Archive::commit_batch(std::string& error) {
  if (!batch_lost_.empty()) {
    error = std::exchange(batch_lost_, {});
    return false;
  }
  if (!in_batch_) return true;
  in_batch_ = false;
  if (exec(connection_->db, "COMMIT", error)) return true;
  disk_full_ = disk_full_ || (sqlite3_errcode(connection_->db) & 0xff) == SQLITE_FULL;
  error = detail::swedish_error(connection_->db, error);
  std::string ignored;
  exec(connection_->db, "ROLLBACK", ignored);  // may find none: SQLite can have rolled back already
  return false;
}

bool Archive::record_failure(const std::string& path, const std::string& sha256,
                             const std::string& reason) {
  Statement s(connection_->db,
              "INSERT INTO failures(path, sha256, reason, at) VALUES (?1,?2,?3,?4) "
              "ON CONFLICT(path) DO UPDATE SET sha256 = ?2, reason = ?3, at = ?4");
  s.bind(1, path).bind(2, sha256).bind(3, reason).bind(4, now_iso());
  const bool ok = s.step() == SQLITE_DONE;
  disk_full_ = !ok && (sqlite3_errcode(connection_->db) & 0xff) == SQLITE_FULL;
  return ok;
}

void Archive::clear_failure(const std::string& path) {
  Statement s(connection_->db, "DELETE FROM failures WHERE path = ?1");
  s.bind(1, path);
  s.step();
}

std::vector<Failure> Archive::failures() const {
  std::vector<Failure> out;
  Statement s(connection_->db, "SELECT path, sha256, reason, at FROM failures ORDER BY path");
  while (s.step() == SQLITE_ROW) out.push_back({s.text(0), s.text(1), s.text(2), s.text(3)});
  return out;
}

std::string Archive::check() const {
  Statement s(connection_->db, "PRAGMA integrity_check");
  std::string result = s.step() == SQLITE_ROW ? s.text(0) : "integrity_check gav inget svar";
  if (result != "ok") return result;
  std::string error;
  if (!exec(connection_->db, "INSERT INTO entries_fts(entries_fts) VALUES('integrity-check')",
            error))
    return "sökindexet stämmer inte med innehållet: " + error;
  return "ok";
}

}  // namespace gransk::index
