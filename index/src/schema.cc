// The archive's schema: version 1 as first written and every step after it.
// A step is never edited once released; a new version adds one.
#include "schema.h"

#include <string>

#include "gransk/index/archive.h"
#include "sql.h"

namespace gransk::index::detail {
namespace {

// Version 1. Later versions add steps to `migrate`, never edit this text.
constexpr const char* kSchemaV1 = R"sql(
CREATE TABLE reports(
  id INTEGER PRIMARY KEY,
  sha256 TEXT NOT NULL UNIQUE,
  path TEXT NOT NULL,
  organisation TEXT, org_kind TEXT, kommunkod TEXT, lan TEXT,
  year INTEGER, date TEXT, firm TEXT, report_type TEXT NOT NULL, title TEXT, addressee TEXT,
  overall_assessment TEXT,
  pages INTEGER NOT NULL,
  body TEXT NOT NULL,
  ingested_at TEXT NOT NULL
);
-- Everything searchable: findings (fraga, bedomning, rekommendation, uppfoljning,
-- svarsbegaran) and the report's passages (text), each with page and section.
CREATE TABLE entries(
  id INTEGER PRIMARY KEY,
  report_id INTEGER NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
  type TEXT NOT NULL,
  text TEXT NOT NULL,
  verdict TEXT,
  due TEXT,
  page INTEGER,
  span_begin INTEGER,
  span_end INTEGER,
  section TEXT,
  rule_id TEXT
);
CREATE INDEX entries_by_report ON entries(report_id);
CREATE VIRTUAL TABLE entries_fts USING fts5(text, content='entries', content_rowid='id',
                                            tokenize='gransk');
CREATE TABLE failures(
  path TEXT PRIMARY KEY,
  sha256 TEXT,
  reason TEXT NOT NULL,
  at TEXT NOT NULL
);
)sql";

// Version 2: the audit a follow-up names (for linking recommendations), and
// what revisorer decide by hand: link decisions and recorded answers. These are
// keyed by the reports' SHA-256 and ordinals, not by row ids, so re-indexing
// keeps them.
constexpr const char* kMigrateV1ToV2 = R"sql(
ALTER TABLE reports ADD COLUMN follows_up_year INTEGER;
ALTER TABLE reports ADD COLUMN follows_up_title TEXT;
CREATE TABLE link_decisions(
  followup_sha256 TEXT NOT NULL,
  item INTEGER NOT NULL,
  action TEXT NOT NULL CHECK (action IN ('bekrafta', 'flytta', 'ta-bort')),
  target_sha256 TEXT,
  target_kind TEXT CHECK (target_kind IN ('r', 'u')),
  target_ordinal INTEGER,
  decided_at TEXT NOT NULL,
  PRIMARY KEY (followup_sha256, item)
);
-- The register reads the findings by type across all reports.
CREATE INDEX entries_by_type ON entries(type, report_id);
CREATE TABLE answers(
  report_sha256 TEXT NOT NULL,
  request INTEGER NOT NULL,
  answered_on TEXT NOT NULL,
  text TEXT,
  recorded_at TEXT NOT NULL,
  PRIMARY KEY (report_sha256, request)
);
)sql";

// Version 3: which pages were read with OCR and Tesseract's mean confidence,
// as the revisor reads it ("sidorna 3–4 lästa med OCR, 91 %").
constexpr const char* kMigrateV2ToV3 = R"sql(
ALTER TABLE reports ADD COLUMN ocr TEXT;
)sql";

// Version 4: the tokenizer's key for a compound the word list lacks is its
// head with the last part in base form ("leverantörsreskontra" for
// "leverantörsreskontran" too), no longer Snowball's stem: the full-text index
// is built again from the stored entries so old archives find what new ones do.
constexpr const char* kMigrateV3ToV4 = R"sql(
INSERT INTO entries_fts(entries_fts) VALUES('rebuild');
)sql";

// Version 5: a number that grows with every change a register is built from
// (a report stored, replaced or removed with its findings; a link decision; an
// answer), counted by triggers in the same transaction as the change, so a
// register kept by it is never stale, not even after a killed ingest. (Each
// statement may find its object already made: the step can run again.)
constexpr const char* kMigrateV4ToV5 = R"sql(
CREATE TABLE IF NOT EXISTS archive_state(id INTEGER PRIMARY KEY CHECK (id = 1), version INTEGER NOT NULL);
INSERT OR IGNORE INTO archive_state(id, version) VALUES (1, 0);
CREATE TRIGGER IF NOT EXISTS version_reports_insert AFTER INSERT ON reports
  BEGIN UPDATE archive_state SET version = version + 1; END;
CREATE TRIGGER IF NOT EXISTS version_reports_update AFTER UPDATE ON reports
  BEGIN UPDATE archive_state SET version = version + 1; END;
CREATE TRIGGER IF NOT EXISTS version_reports_delete AFTER DELETE ON reports
  BEGIN UPDATE archive_state SET version = version + 1; END;
CREATE TRIGGER IF NOT EXISTS version_decisions_insert AFTER INSERT ON link_decisions
  BEGIN UPDATE archive_state SET version = version + 1; END;
CREATE TRIGGER IF NOT EXISTS version_decisions_update AFTER UPDATE ON link_decisions
  BEGIN UPDATE archive_state SET version = version + 1; END;
CREATE TRIGGER IF NOT EXISTS version_decisions_delete AFTER DELETE ON link_decisions
  BEGIN UPDATE archive_state SET version = version + 1; END;
CREATE TRIGGER IF NOT EXISTS version_answers_insert AFTER INSERT ON answers
  BEGIN UPDATE archive_state SET version = version + 1; END;
CREATE TRIGGER IF NOT EXISTS version_answers_update AFTER UPDATE ON answers
  BEGIN UPDATE archive_state SET version = version + 1; END;
CREATE TRIGGER IF NOT EXISTS version_answers_delete AFTER DELETE ON answers
  BEGIN UPDATE archive_state SET version = version + 1; END;
)sql";

// Version 6: the register as prepare_register builds it, kept for the data
// version and the program it was built by (register_kept.h), so a read after
// no change does not build it again from every finding.
constexpr const char* kMigrateV5ToV6 = R"sql(
CREATE TABLE IF NOT EXISTS register_kept(id INTEGER PRIMARY KEY CHECK (id = 1),
  version INTEGER NOT NULL, program TEXT NOT NULL, core BLOB NOT NULL);
)sql";

}  // namespace

bool apply_migrations(sqlite3* db, int from, std::string& error) {
  bool ok = true;
  if (from < 1) ok = exec(db, kSchemaV1, error);
  if (from < 2) ok = ok && exec(db, kMigrateV1ToV2, error);
  if (from < 3) ok = ok && exec(db, kMigrateV2ToV3, error);
  if (from < 4) ok = ok && exec(db, kMigrateV3ToV4, error);
  if (from < 5) ok = ok && exec(db, kMigrateV4ToV5, error);
  if (from < 6) ok = ok && exec(db, kMigrateV5ToV6, error);
  return ok && exec(db, ("PRAGMA user_version = " + std::to_string(kSchemaVersion)).c_str(), error);
}

}  // namespace gransk::index::detail
