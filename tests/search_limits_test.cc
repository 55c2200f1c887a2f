// Search limits: a query over 1 000 bytes or 32 words is refused before it
// runs, and a query that runs past its time is stopped with a Swedish error,
// leaving the connection usable (no transaction left open).
#include <gtest/gtest.h>
#include <sqlite3.h>
#include <unistd.h>

#include <filesystem>

#include "connection.h"  // index/src: SQL-level checks of the archive
#include "gransk/index/ingest.h"
#include "gransk/index/search.h"
#include "gransk/rules/rules.h"

namespace gransk::index {
namespace {

class SearchLimitsTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    const char* samples = std::getenv("GRANSK_SAMPLES");
    ASSERT_NE(samples, nullptr) << "GRANSK_SAMPLES must hold the generated reports";
    dir_ = std::filesystem::temp_directory_path() /
           ("gransk-search-limits-" + std::to_string(::getpid()));
    std::filesystem::remove_all(dir_);
    std::filesystem::create_directories(dir_);
    std::string error;
    archive_ = Archive::open((dir_ / "arkiv.sqlite").string(), error).release();
    ASSERT_NE(archive_, nullptr) << error;
    IngestOptions o;
    o.jobs = 2;
    ingest(*archive_, collect_pdfs({samples}), rules::load_rules({rules::default_rules_dir()}), o,
           nullptr);
  }
  static void TearDownTestSuite() {
    delete archive_;
    std::filesystem::remove_all(dir_);
  }

  static bool run(const std::string& q, std::string& error,
                  std::chrono::milliseconds limit = kSearchTimeLimit) {
    SearchResult r;
    return search(*archive_, q, {}, 20, true, r, error, limit);
  }

  static inline std::filesystem::path dir_;
  static inline Archive* archive_ = nullptr;
};

std::string words(int n) {
  std::string q;
  for (int i = 0; i < n; ++i) q += (i ? " ord" : "ord") + std::to_string(i);
  return q;
}

TEST_F(SearchLimitsTest, LongQueriesAreRefused) {
  std::string error;
  EXPECT_TRUE(to_fts5(std::string(kMaxQueryBytes, 'a'), error)) << error;
  EXPECT_FALSE(to_fts5(std::string(kMaxQueryBytes + 1, 'a'), error));
  EXPECT_NE(error.find("Sökfrågan är för lång"), std::string::npos) << error;
  EXPECT_FALSE(run(std::string(5000, 'a'), error));
  EXPECT_NE(error.find("Sökfrågan är för lång"), std::string::npos) << error;
}

TEST_F(SearchLimitsTest, QueriesWithTooManyWordsAreRefused) {
  std::string error;
  EXPECT_TRUE(to_fts5(words(kMaxQueryTerms), error)) << error;
  EXPECT_FALSE(to_fts5(words(kMaxQueryTerms + 1), error));
  EXPECT_NE(error.find("för många sökord"), std::string::npos) << error;
  // A phrase's words count, and so do excluded ones; OR does not.
  EXPECT_FALSE(to_fts5("\"" + words(kMaxQueryTerms + 1) + "\"", error));
  EXPECT_FALSE(to_fts5(words(kMaxQueryTerms) + " -brand", error));
  EXPECT_TRUE(to_fts5("a OR b OR c OR d", error)) << error;
}

TEST_F(SearchLimitsTest, ASearchPastItsTimeIsStopped) {
  std::string error;
  ASSERT_TRUE(run("riskanalys", error)) << error;
  EXPECT_FALSE(run("riskanalys", error, std::chrono::milliseconds(0)));
  EXPECT_NE(error.find("tog för lång tid"), std::string::npos) << error;
  // The stopped search left no transaction open and no handler behind.
  EXPECT_EQ(sqlite3_get_autocommit(connection_of(*archive_)), 1);
  EXPECT_TRUE(run("riskanalys", error)) << error;
  SearchResult r;
  EXPECT_FALSE(search(*archive_, "rutiner", {}, 20, false, r, error, std::chrono::milliseconds(0)));
  EXPECT_NE(error.find("tog för lång tid"), std::string::npos) << error;
  EXPECT_TRUE(r.timed_out);  // the page answers 503 then, not 400
  SearchResult refused;
  EXPECT_FALSE(
      search(*archive_, std::string(kMaxQueryBytes + 1, 'a'), {}, 20, false, refused, error));
  EXPECT_FALSE(refused.timed_out);
}

TEST_F(SearchLimitsTest, ASearchEndsItsReadTransaction) {
  std::string error;
  ASSERT_TRUE(run("intern kontroll", error)) << error;
  EXPECT_EQ(sqlite3_get_autocommit(connection_of(*archive_)), 1);
}

}  // namespace
}  // namespace gransk::index
