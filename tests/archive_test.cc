// The archive: ingest, dedupe, failures, search with filters and facets.
#include <gtest/gtest.h>
#include <sqlite3.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>

#include "connection.h"  // index/src: SQL-level checks of the archive
#include "corpus_fixture.h"
#include "gransk/index/ingest.h"
#include "gransk/index/register.h"
#include "gransk/index/search.h"

namespace gransk::index {
namespace {

bool detail_exec(sqlite3* db, const char* sql, std::string& error) {
  char* err = nullptr;
  if (sqlite3_exec(db, sql, nullptr, nullptr, &err) == SQLITE_OK) return true;
  error = err ? err : "?";
  sqlite3_free(err);
  return false;
}

class ArchiveTest : public ::testing::Test {
 protected:
  void SetUp() override {
    const char* samples = std::getenv("GRANSK_SAMPLES");
    ASSERT_NE(samples, nullptr) << "GRANSK_SAMPLES must hold the generated reports";
    // ctest runs tests in parallel: each gets a directory of its own.
    dir_ = std::filesystem::temp_directory_path() /
           ("gransk-archive-" +
            std::string(::testing::UnitTest::GetInstance()->current_test_info()->name()) + "-" +
            std::to_string(::getpid()));
    std::filesystem::remove_all(dir_);
    std::filesystem::create_directories(dir_);
    std::ofstream(dir_ / "tom.pdf");  // an empty file: must fail, not stop the batch
    rules_ = rules::load_rules({rules::default_rules_dir()});
    std::string error;
    archive_ = Archive::open((dir_ / "arkiv.sqlite").string(), error);
    ASSERT_NE(archive_, nullptr) << error;
    pdfs_ = collect_pdfs({samples, (dir_ / "tom.pdf").string()});
    IngestOptions o;
    o.jobs = 2;
    summary_ = ingest(*archive_, pdfs_, rules_, o, nullptr);
  }
  void TearDown() override {
    archive_.reset();
    std::filesystem::remove_all(dir_);
  }

  SearchResult find(const std::string& q, const SearchFilters& f = {}) {
    SearchResult r;
    std::string error;
    EXPECT_TRUE(search(*archive_, q, f, 50, true, r, error)) << error;
    return r;
  }

  std::filesystem::path dir_;
  rules::RuleSet rules_;
  std::unique_ptr<Archive> archive_;
  std::vector<std::string> pdfs_;
  IngestSummary summary_;
};

TEST_F(ArchiveTest, StoresGoodFilesAndRecordsTheBadOne) {
  EXPECT_EQ(summary_.stored, static_cast<int>(pdfs_.size()) - 1);
  EXPECT_EQ(summary_.failed, 1);
  ASSERT_EQ(archive_->failures().size(), 1u);
  EXPECT_NE(archive_->failures()[0].reason.find("tom fil"), std::string::npos);
  EXPECT_EQ(archive_->schema_version(), kSchemaVersion);
  sqlite3_stmt* s = nullptr;
  sqlite3_prepare_v2(connection_of(*archive_), "PRAGMA integrity_check", -1, &s, nullptr);
  ASSERT_EQ(sqlite3_step(s), SQLITE_ROW);
  EXPECT_STREQ(reinterpret_cast<const char*>(sqlite3_column_text(s, 0)), "ok");
  sqlite3_finalize(s);
}

TEST_F(ArchiveTest, ReIngestSkipsIdenticalFiles) {
  const IngestSummary again = ingest(*archive_, pdfs_, rules_, {}, nullptr);
  EXPECT_EQ(again.stored, 0);
  EXPECT_EQ(again.unchanged, static_cast<int>(pdfs_.size()) - 1);
  EXPECT_EQ(again.failed, 1);
  EXPECT_EQ(archive_->reports().size(), pdfs_.size() - 1);
}

// A file downloaded again under the same name replaces its report; a
// revisor's recorded answer follows it when the requests read the same.
TEST_F(ArchiveTest, AChangedFileReplacesItsOldReport) {
  int64_t with_request = 0;
  std::string source;
  for (const ReportRow& r : archive_->reports())
    for (const EntryRow& e : archive_->findings(r.id))
      if (e.type == "svarsbegaran" && !with_request) with_request = r.id, source = r.path;
  ASSERT_NE(with_request, 0) << "no generated report asks for an answer";
  const std::filesystem::path path = dir_ / "nedladdad.pdf";
  std::filesystem::copy_file(source, path);
  // The same bytes as a stored report: nothing new.
  ASSERT_EQ(ingest(*archive_, {path.string()}, rules_, {}, nullptr).unchanged, 1);
  const size_t count = archive_->reports().size();

  // The same report saved again (bytes after %%EOF): same findings, new SHA-256.
  std::string error;
  const auto stored_at = [&](const std::filesystem::path& p) {
    std::vector<ReportRow> out;
    for (const ReportRow& r : archive_->reports())
      if (r.path == p.string()) out.push_back(r);
    return out;
  };
  std::ofstream(path, std::ios::app) << "\n% sparad igen\n";
  // First stored under this path, with an answer recorded on it.
  ASSERT_EQ(ingest(*archive_, {path.string()}, rules_, {}, nullptr).stored, 1);
  ASSERT_EQ(stored_at(path).size(), 1u);
  const int64_t first = stored_at(path)[0].id;
  ASSERT_TRUE(
      record_answer(*archive_, std::to_string(first) + ".s1", "2024-05-02", "Svar", false, error))
      << error;
  std::ofstream(path, std::ios::app) << "% och igen\n";
  ASSERT_EQ(ingest(*archive_, {path.string()}, rules_, {}, nullptr).stored, 1);
  const auto now = stored_at(path);
  ASSERT_EQ(now.size(), 1u) << "the old version must be gone";
  EXPECT_NE(now[0].sha256, file_sha256(source));
  EXPECT_EQ(now[0].sha256, file_sha256(path.string()));
  EXPECT_EQ(archive_->reports().size(), count + 1);
  Register reg;
  ASSERT_TRUE(read_register(*archive_, {}, "2024-06-01", reg, error)) << error;
  bool answered = false;
  for (const ResponseRequestEntry& e : reg.requests)
    if (e.id == std::to_string(now[0].id) + ".s1") answered = e.answer.has_value();
  EXPECT_TRUE(answered) << "the answer must follow the new version";
  EXPECT_EQ(archive_->check(), "ok");
}

// A full disk (here: SQLite's page limit) stops the batch with a Swedish
// reason; what was stored stays whole and nothing is half-written.
TEST_F(ArchiveTest, AFullDiskStopsTheBatchAndSaysSo) {
  std::string error;
  auto full = Archive::open((dir_ / "fullt.sqlite").string(), error);
  ASSERT_NE(full, nullptr) << error;
  sqlite3_stmt* s = nullptr;
  sqlite3_prepare_v2(connection_of(*full), "PRAGMA page_count", -1, &s, nullptr);
  ASSERT_EQ(sqlite3_step(s), SQLITE_ROW);
  const int64_t pages = sqlite3_column_int64(s, 0);
  sqlite3_finalize(s);
  ASSERT_TRUE(detail_exec(connection_of(*full),
                          ("PRAGMA max_page_count = " + std::to_string(pages + 40)).c_str(), error))
      << error;
  IngestOptions o;
  o.jobs = 1;
  const IngestSummary sum = ingest(*full, pdfs_, rules_, o, nullptr);
  EXPECT_NE(sum.stopped.find("disken är full"), std::string::npos) << sum.stopped;
  EXPECT_GT(sum.not_tried, 0u);
  ASSERT_FALSE(sum.failures.empty());
  EXPECT_NE(sum.failures.back().reason.find("disken är full"), std::string::npos)
      << sum.failures.back().reason;
  EXPECT_LT(static_cast<size_t>(sum.stored), pdfs_.size());
  EXPECT_EQ(full->reports().size(), static_cast<size_t>(sum.stored));
  EXPECT_EQ(full->check(), "ok");
}

// Reports are committed in batches: one said stored ("lagrad" in the
// progress) is already committed, visible to any reader; a killed ingest
// loses at most the batch it had not said stored.
TEST_F(ArchiveTest, AReportSaidStoredIsCommitted) {
  std::string error;
  const std::string path = (dir_ / "batch.sqlite").string();
  auto writer = Archive::open(path, error);
  ASSERT_NE(writer, nullptr) << error;
  auto reader = Archive::open(path, error);
  ASSERT_NE(reader, nullptr) << error;
  IngestOptions o;
  o.jobs = 2;
  size_t said = 0, seen = 0;
  const IngestSummary sum = ingest(*writer, pdfs_, rules_, o, [&](const IngestEvent& ev) {
    if (ev.kind != IngestEvent::Stored) return;
    ++said;
    seen += reader->contains(file_sha256(ev.path)) ? 1 : 0;
  });
  EXPECT_EQ(said, static_cast<size_t>(sum.stored));
  EXPECT_GT(said, 1u);
  EXPECT_EQ(seen, said) << "every report said stored must be readable at once";
  EXPECT_FALSE(writer->in_batch());
  EXPECT_EQ(reader->reports().size(), said);
}

TEST_F(ArchiveTest, ReindexKeepsIdsAndReplacesEntries) {
  const auto before = archive_->reports();
  const IngestSummary s = reindex(*archive_, rules_, {}, nullptr);
  EXPECT_EQ(s.stored, static_cast<int>(before.size()));
  const auto after = archive_->reports();
  ASSERT_EQ(after.size(), before.size());
  for (size_t i = 0; i < before.size(); ++i) {
    EXPECT_EQ(after[i].id, before[i].id);
    EXPECT_EQ(after[i].entries, before[i].entries);
  }
  EXPECT_EQ(archive_->check(), "ok");
  ASSERT_FALSE(archive_->findings(before[0].id).empty());
}

TEST_F(ArchiveTest, SearchFindsFindingsWithProvenanceAndFilters) {
  const SearchResult all = find("riskanalys");
  ASSERT_FALSE(all.hits.empty());
  EXPECT_GE(all.facets.at("kommun").size(), 2u);
  SearchFilters recs;
  recs.typ = "rekommendation";
  for (const Hit& h : find("riskanalys", recs).hits) {
    EXPECT_EQ(h.type, "rekommendation");
    EXPECT_GT(h.page, 0);
    EXPECT_FALSE(h.organisation.empty());
  }
  SearchFilters nej;
  nej.bedomning = "nej";
  for (const Hit& h : find("kommunstyrelsen OR nämnden", nej).hits) EXPECT_EQ(h.verdict, "nej");
  SearchFilters years;
  years.year_from = 2020;
  years.year_to = 2021;
  for (const Hit& h : find("granskning", years).hits) {
    ASSERT_TRUE(h.year);
    EXPECT_GE(*h.year, 2020);
    EXPECT_LE(*h.year, 2021);
  }
}

TEST_F(ArchiveTest, FindingsRankAbovePassages) {
  SearchResult r = find("\"intern kontroll\"");
  ASSERT_GE(r.hits.size(), 2u);
  bool seen_text = false;
  for (const Hit& h : r.hits) {
    if (h.type == "text")
      seen_text = true;
    else
      EXPECT_FALSE(seen_text) << "a finding ranked below a passage: " << h.text;
    if (seen_text) break;
  }
}

// A report is known by its file's SHA-256 (register decisions are keyed by
// it): the digest must be the standard one, as sha256sum gives it.
TEST(FileHash, IsTheStandardSha256) {
  const auto path =
      std::filesystem::temp_directory_path() / ("gransk-sha-" + std::to_string(getpid()));
  { std::ofstream(path, std::ios::binary) << "abc"; }
  EXPECT_EQ(file_sha256(path.string()),
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  {
    std::ofstream big(path, std::ios::binary);  // more than one read buffer
    for (int i = 0; i < 200000; ++i) big << "0123456789";
  }
  EXPECT_EQ(file_sha256(path.string()).size(), 64u);
  std::filesystem::remove(path);
  EXPECT_EQ(file_sha256(path.string()), "");  // a missing file has no hash
}

TEST(Query, SyntaxAndSwedishHints) {
  std::string hint;
  EXPECT_EQ(to_fts5("riskanalys kommun", hint), "\"riskanalys\" AND \"kommun\"");
  EXPECT_EQ(to_fts5("riskanalys OR sårbarhetsanalys kommun", hint),
            "(\"riskanalys\" OR \"sårbarhetsanalys\") AND \"kommun\"");
  EXPECT_EQ(to_fts5("\"intern kontroll\" -brand riskanal*", hint),
            "(\"intern kontroll\" AND \"riskanal\"*) NOT \"brand\"");
  EXPECT_EQ(to_fts5("it-säkerhet", hint), "\"it-säkerhet\"");
  EXPECT_EQ(to_fts5("NEAR(a b)", hint), "\"NEAR(a\" AND \"b)\"");  // no raw FTS5 syntax
  for (const char* bad : {"\"intern kontroll", "-brand", "OR kommun", "risk OR", "ri*sk", ""}) {
    hint.clear();
    EXPECT_FALSE(to_fts5(bad, hint)) << bad;
    EXPECT_FALSE(hint.empty()) << bad;
  }
}

}  // namespace
}  // namespace gransk::index

namespace gransk::index {
namespace {

// An archive written by schema version 1 (before the register and OCR) opens, migrates
// to the current version and keeps its reports; the register reads it.
TEST_F(ArchiveTest, MigratesAVersionOneArchive) {
  const int64_t reports = static_cast<int64_t>(archive_->reports().size());
  std::string error;
  ASSERT_TRUE(
      detail_exec(connection_of(*archive_),
                  "DROP TABLE link_decisions; DROP TABLE answers; DROP INDEX entries_by_type; "
                  "ALTER TABLE reports DROP COLUMN follows_up_year; "
                  "ALTER TABLE reports DROP COLUMN follows_up_title; "
                  "ALTER TABLE reports DROP COLUMN ocr; "
                  "PRAGMA user_version = 1;",
                  error))
      << error;
  archive_.reset();
  archive_ = Archive::open((dir_ / "arkiv.sqlite").string(), error);
  ASSERT_NE(archive_, nullptr) << error;
  EXPECT_EQ(archive_->schema_version(), kSchemaVersion);
  EXPECT_EQ(static_cast<int64_t>(archive_->reports().size()), reports);
  EXPECT_EQ(archive_->check(), "ok");
  Register reg;
  EXPECT_TRUE(read_register(*archive_, {}, "2026-11-23", reg, error)) << error;
  EXPECT_FALSE(reg.recommendations.empty());
}

// An archive of version 3 was indexed with the tokenizer's older keys: opening
// it builds the full-text index again, so a search finds what a new archive's
// would (here: an index emptied, as the extreme of keys that no longer match).
TEST_F(ArchiveTest, MigrationBuildsTheFullTextIndexAgain) {
  const size_t before = find("granskning").hits.size();
  ASSERT_GT(before, 0u);
  std::string error;
  ASSERT_TRUE(detail_exec(connection_of(*archive_),
                          "INSERT INTO entries_fts(entries_fts) VALUES('delete-all'); "
                          "PRAGMA user_version = 3;",
                          error))
      << error;
  EXPECT_TRUE(find("granskning").hits.empty());
  archive_.reset();
  archive_ = Archive::open((dir_ / "arkiv.sqlite").string(), error);
  ASSERT_NE(archive_, nullptr) << error;
  EXPECT_EQ(archive_->schema_version(), kSchemaVersion);
  EXPECT_EQ(find("granskning").hits.size(), before);
  EXPECT_EQ(archive_->check(), "ok");
}

}  // namespace
}  // namespace gransk::index
