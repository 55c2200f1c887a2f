// The tokenizer's two sides agree: every word of every stored entry, searched
// alone as it is written, finds that entry. Checked on the keys directly (the
// query's key must be among the tokens indexed at the word's position), over
// the generated reports and, where present, the shared corpus.
#include <gtest/gtest.h>
#include <sqlite3.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <map>
#include <set>

#include "connection.h"  // index/src: SQL-level checks of the archive
#include "gransk/index/archive.h"
#include "gransk/index/ingest.h"
#include "gransk/index/swedish_tokenizer.h"
#include "gransk/rules/rules.h"

#ifndef GRANSK_SHARED_DIR
#define GRANSK_SHARED_DIR "../shared"
#endif

namespace gransk::index {
namespace {

TEST(SearchProperty, EveryWordOfEveryEntryFindsItsEntry) {
  const char* samples = std::getenv("GRANSK_SAMPLES");
  ASSERT_NE(samples, nullptr) << "GRANSK_SAMPLES must hold the generated reports";
  const auto dir = std::filesystem::temp_directory_path() /
                   ("gransk-search-property-" + std::to_string(::getpid()));
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir);
  std::string error;
  auto archive = Archive::open((dir / "arkiv.sqlite").string(), error);
  ASSERT_NE(archive, nullptr) << error;
  std::vector<std::string> sources = {samples};
  if (std::filesystem::exists(std::string(GRANSK_SHARED_DIR) + "/corpus"))
    sources.push_back(std::string(GRANSK_SHARED_DIR) + "/corpus");
  const rules::RuleSet rules = rules::load_rules({rules::default_rules_dir()});
  IngestOptions o;
  o.jobs = 2;
  o.extract.ocr = extractor::OcrMode::Never;  // the scanned copy's text is not the point
  ingest(*archive, collect_pdfs(sources), rules, o, nullptr);

  size_t words = 0;
  std::map<std::string, std::string> misses;  // word as written -> its key
  sqlite3_stmt* s = nullptr;
  ASSERT_EQ(
      sqlite3_prepare_v2(connection_of(*archive), "SELECT text FROM entries", -1, &s, nullptr),
      SQLITE_OK);
  while (sqlite3_step(s) == SQLITE_ROW) {
    const unsigned char* raw = sqlite3_column_text(s, 0);
    const std::string text = raw ? reinterpret_cast<const char*>(raw) : "";
    std::map<size_t, std::set<std::string>> at;  // word start -> every token there
    std::vector<std::pair<size_t, size_t>> spans;
    for (const IndexToken& t : analyse_for_index(text)) {
      at[t.begin].insert(t.text);
      if (!t.colocated) spans.push_back({t.begin, t.end});
    }
    for (auto [b, e] : spans) {
      const std::string word = text.substr(b, e - b);
      for (const IndexToken& q : analyse_for_query(word)) {
        ++words;
        if (!at[b].count(q.text)) misses[word] = q.text;
      }
    }
  }
  sqlite3_finalize(s);
  archive.reset();
  std::filesystem::remove_all(dir);
  std::cout << words << " ord i lagrade poster kontrollerade\n";
  EXPECT_GT(words, 10000u);
  std::string list;
  for (const auto& [w, k] : misses) list += w + " (" + k + ") ";
  EXPECT_TRUE(misses.empty()) << misses.size() << " ord av " << words
                              << " hittar inte sin post: " << list;
}

// Every (term, entry, position) of the full-text index, as fts5vocab lists it.
std::vector<std::string> index_instances(sqlite3* db) {
  std::vector<std::string> out;
  sqlite3_exec(db, "CREATE VIRTUAL TABLE temp.v USING fts5vocab(main, 'entries_fts', 'instance')",
               nullptr, nullptr, nullptr);
  sqlite3_stmt* s = nullptr;
  if (sqlite3_prepare_v2(db, "SELECT term, doc, offset FROM temp.v", -1, &s, nullptr) != SQLITE_OK)
    return out;
  while (sqlite3_step(s) == SQLITE_ROW)
    out.push_back(std::string(reinterpret_cast<const char*>(sqlite3_column_text(s, 0))) + " " +
                  std::to_string(sqlite3_column_int64(s, 1)) + " " +
                  std::to_string(sqlite3_column_int64(s, 2)));
  sqlite3_finalize(s);
  return out;
}

TEST(SearchProperty, TheReadersTokensBuildTheIndexTheWriterWould) {
  // ingest's readers analyse the words and the writer hands their tokens to
  // FTS5; 'rebuild' makes FTS5 tokenize every entry itself. The two indexes
  // must be the same, term by term and position by position.
  const char* samples = std::getenv("GRANSK_SAMPLES");
  ASSERT_NE(samples, nullptr) << "GRANSK_SAMPLES must hold the generated reports";
  const auto dir = std::filesystem::temp_directory_path() /
                   ("gransk-pretokenized-" + std::to_string(::getpid()));
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir);
  std::string error;
  auto archive = Archive::open((dir / "arkiv.sqlite").string(), error);
  ASSERT_NE(archive, nullptr) << error;
  const rules::RuleSet rules = rules::load_rules({rules::default_rules_dir()});
  IngestOptions o;
  o.jobs = 2;
  o.readers_tokenize = true;
  o.extract.ocr = extractor::OcrMode::Never;
  const IngestSummary sum = ingest(*archive, collect_pdfs({samples}), rules, o, nullptr);
  EXPECT_GT(sum.stored, 10u);
  sqlite3* db = connection_of(*archive);
  const std::vector<std::string> from_readers = index_instances(db);
  ASSERT_EQ(sqlite3_exec(db, "INSERT INTO entries_fts(entries_fts) VALUES('rebuild')", nullptr,
                         nullptr, nullptr),
            SQLITE_OK);
  const std::vector<std::string> from_writer = index_instances(db);
  archive.reset();
  std::filesystem::remove_all(dir);
  EXPECT_GT(from_writer.size(), 10000u);
  EXPECT_EQ(from_readers.size(), from_writer.size());
  EXPECT_TRUE(from_readers == from_writer);
}

}  // namespace
}  // namespace gransk::index
