// A NUL byte in a query (a web form's %00, a line of a UTF-16 batch file)
// separates words like a space. Found by fuzz/query_fuzzer: "\0=" passed the
// parser, and FTS5, which reads the expression only up to the NUL, refused it,
// so a query the parser accepted failed as "Frågan kunde inte tolkas".
#include <gtest/gtest.h>

#include "gransk/index/search.h"

namespace gransk::index {
namespace {

class QueryNulByte : public ::testing::Test {
 protected:
  void SetUp() override {
    std::string error;
    archive_ = Archive::open(":memory:", error);
    ASSERT_NE(archive_, nullptr) << error;
    ReportRecord r;
    r.organisation = "Piteå kommun";
    r.year = 2022;
    StoredEntry e;
    e.type = "rekommendation";
    e.text = "Ta fram en riskanalys för brandskyddet.";
    e.page = 3;
    e.span_end = e.text.size();
    r.body = e.text;
    r.entries.push_back(e);
    ASSERT_TRUE(archive_->store("ab12", "pitea.pdf", r, error)) << error;
  }

  // Searched both ways the CLI and the web page do: with and without facets.
  int hits(const std::string& query) {
    int found = -1;
    for (const bool facets : {true, false}) {
      SearchResult r;
      std::string error;
      EXPECT_TRUE(search(*archive_, query, {}, 10, facets, r, error))
          << "with facets: " << facets << ": " << error;
      found = static_cast<int>(r.hits.size());
    }
    return found;
  }

  std::unique_ptr<Archive> archive_;
};

TEST_F(QueryNulByte, SeparatesWordsLikeASpace) {
  std::string hint;
  EXPECT_EQ(to_fts5(std::string("riskanalys\0brand*", 17), hint),
            "\"riskanalys\" AND \"brand\"*");
  EXPECT_EQ(hits(std::string("riskanalys\0brand*", 17)), 1);
  EXPECT_EQ(hits(std::string("riskanalys\0", 11)), 1);
  EXPECT_EQ(hits(std::string("\"risk\0analys\"", 13)), 0);  // a phrase of two words
}

TEST_F(QueryNulByte, AQueryOfOnlySeparatorsGetsAHint) {
  std::string hint;
  EXPECT_FALSE(to_fts5(std::string("\0\0", 2), hint));
  EXPECT_FALSE(hint.empty());
}

TEST_F(QueryNulByte, TheFuzzersQueryIsSearchedNotRefused) { hits(std::string("\0=", 2)); }

}  // namespace
}  // namespace gransk::index
