// The archive: one SQLite file (WAL) holding every ingested report, its
// findings and passages, searchable through FTS5 with the Swedish tokenizer.
// Each report is stored all or nothing (its own transaction, or a savepoint in
// a batch's): a killed ingest never leaves half a report behind. The schema is versioned (PRAGMA
// user_version) and migrates.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "gransk/index/report_record.h"

namespace gransk::index {

inline constexpr int kSchemaVersion = 6;

struct Failure {
  std::string path, sha256, reason, at;
};

struct EntryRow {
  std::string type, text, verdict, due, section, rule_id;
  int page = 0;
  int64_t id = 0, report_id = 0;
};

struct ReportRow {
  int64_t id = 0;
  std::string sha256, path, organisation, kommunkod, lan, firm, report_type, title, date, addressee;
  std::optional<int> year;
  int entries = 0, pages = 0;
  std::optional<int> follows_up_year;  // a follow-up: the earlier audit it names
  std::string follows_up_title;
  std::string ocr;  // which pages were read with OCR, and how sure it was
};

class Archive {
 public:
  // Opens or creates the archive, migrating an older schema. nullptr and
  // `error` (Swedish, naming the file) if it cannot be opened.
  static std::unique_ptr<Archive> open(const std::string& path, std::string& error);
  ~Archive();
  Archive(const Archive&) = delete;
  Archive& operator=(const Archive&) = delete;

  // The default place: GRANSK_DB, else the user's data directory.
  static std::string default_path();

  bool contains(const std::string& sha256) const;
  std::vector<std::string> known_hashes() const;
  // Stores (or, for a known sha256, replaces) a report in one transaction; an
  // older version of the same file (same path, other sha256) is replaced.
  bool store(const std::string& sha256, const std::string& path, const ReportRecord& record,
             std::string& error);
  // Several stores and failures in one transaction (ingest): each report is
  // still all or nothing, but none is visible to readers or kept after a crash
  // until commit_batch. One commit per batch instead of per report spares the
  // writer (the one process -j N cannot spread) most of FTS5's segment merging.
  bool begin_batch(std::string& error);
  // False (and the batch rolled back, nothing of it stored) if it could not
  // be committed; disk_full() says whether that is why.
  bool commit_batch(std::string& error);
  bool in_batch() const { return in_batch_; }
  // The last store failed because the disk is full: no use going on.
  bool disk_full() const { return disk_full_; }
  // False if it could not be written (disk_full() says whether that is why).
  bool record_failure(const std::string& path, const std::string& sha256,
                      const std::string& reason);
  void clear_failure(const std::string& path);
  std::vector<Failure> failures() const;
  std::vector<ReportRow> reports() const;
  // Reports matching kommun (name or code), län, firm and years; empty filters match all.
  std::vector<ReportRow> reports(const std::string& kommun, const std::string& lan,
                                 const std::string& firma, std::optional<int> year_from,
                                 std::optional<int> year_to) const;
  std::optional<ReportRow> report(int64_t id) const;
  // A report's findings (not its passages), in page order.
  std::vector<EntryRow> findings(int64_t report_id) const;
  // One finding or passage by its id (a search hit's entry_id).
  std::optional<EntryRow> entry(int64_t id) const;
  int schema_version() const;
  // Grows with every change a register is built from (a report stored,
  // replaced or removed; a link decision; an answer), in the same transaction
  // as the change: what a derived result may be kept by. -1 if unreadable.
  int64_t data_version() const;
  // PRAGMA integrity_check and FTS5's own check of the index against its
  // content; "ok", or what is wrong.
  std::string check() const;

  struct Connection;  // SQLite's, inside index/ only (src/connection.h)

 private:
  friend struct ConnectionAccess;
  explicit Archive(std::unique_ptr<Connection> connection);
  bool migrate(std::string& error);
  std::unique_ptr<Connection> connection_;
  bool disk_full_ = false;
  bool in_batch_ = false;
  std::string batch_lost_;     // why SQLite rolled the open batch back itself
  bool writer_cache_ = false;  // the large page cache, set on the first store
};

// Lower-case hex SHA-256 of a file's bytes; empty if it cannot be read.
std::string file_sha256(const std::string& path);

}  // namespace gransk::index
