// The FTS5 tokenizer "gransk", through SQLite: what a revisor's query finds.
#include "gransk/index/swedish_tokenizer.h"

#include <gtest/gtest.h>
#include <sqlite3.h>

#include <set>

#include "connection.h"  // index/src: SQL-level checks of the archive

namespace gransk::index {
namespace {

class SwedishFts : public ::testing::Test {
 protected:
  void SetUp() override {
    ASSERT_EQ(sqlite3_open(":memory:", &db_), SQLITE_OK);
    std::string error;
    ASSERT_TRUE(register_swedish_tokenizer(db_, error)) << error;
    exec("CREATE VIRTUAL TABLE t USING fts5(body, tokenize='gransk')");
    const char* docs[] = {
        "Riskanalyserna har inte genomförts.",                                   // 1
        "Ett riskanalysarbete pågår inom förvaltningen.",                        // 2
        "Kommunen saknar en informationssäkerhetsriskanalys.",                   // 3
        "Det finns en kommunövergripande risk- och sårbarhetsanalys.",           // 4
        "Kommunens it-säkerhet är god.",                                         // 5
        "IT-säkerheten behöver stärkas.",                                        // 6
        "Arbetet med itsäkerhet har prioriterats.",                              // 7
        "Förvaltningen får stöd av IT-avdelningen.",                             // 8
        "En far och hans barn.",                                                 // 9
        "Kommunstyrelsen har inte säkerställt en tillräcklig intern kontroll.",  // 10
        "Informationssäkerhetsarbetet behöver struktur.",                        // 11
        "Informationssäkerheten är god.",                                        // 12
        "Leverantörsreskontran stäms av varje månad.",                           // 13
        "En säkerhetsincidenten rapporterades sent.",                            // 14
        "Rutiner för bortfall av it-stöd saknas, liksom för lagstift-ning.",     // 15
    };
    for (const char* d : docs) {
      sqlite3_stmt* s = nullptr;
      sqlite3_prepare_v2(db_, "INSERT INTO t(body) VALUES (?1)", -1, &s, nullptr);
      sqlite3_bind_text(s, 1, d, -1, SQLITE_STATIC);
      ASSERT_EQ(sqlite3_step(s), SQLITE_DONE);
      sqlite3_finalize(s);
    }
  }
  void TearDown() override { sqlite3_close(db_); }

  void exec(const char* sql) {
    char* err = nullptr;
    ASSERT_EQ(sqlite3_exec(db_, sql, nullptr, nullptr, &err), SQLITE_OK) << (err ? err : "");
  }

  std::set<int> search(const std::string& query) {
    std::set<int> rows;
    sqlite3_stmt* s = nullptr;
    EXPECT_EQ(sqlite3_prepare_v2(db_, "SELECT rowid FROM t WHERE t MATCH ?1", -1, &s, nullptr),
              SQLITE_OK);
    sqlite3_bind_text(s, 1, query.c_str(), -1, SQLITE_TRANSIENT);
    while (sqlite3_step(s) == SQLITE_ROW) rows.insert(sqlite3_column_int(s, 0));
    sqlite3_finalize(s);
    return rows;
  }

  sqlite3* db_ = nullptr;
};

TEST_F(SwedishFts, InflectionsAndCompoundsOfRiskanalys) {
  EXPECT_EQ(search("riskanalys"), (std::set<int>{1, 2, 3, 4}));
  EXPECT_EQ(search("riskanalyserna"), (std::set<int>{1, 2, 3, 4}));
}

TEST_F(SwedishFts, HyphenFormsAreOneTerm) {
  const std::set<int> want = {5, 6, 7};
  EXPECT_EQ(search("\"it-säkerhet\""), want);
  EXPECT_EQ(search("\"IT-säkerhet\""), want);
  EXPECT_EQ(search("itsäkerhet"), want);
}

TEST_F(SwedishFts, DiacriticsAreNotFolded) {
  EXPECT_EQ(search("får"), (std::set<int>{8}));
  EXPECT_EQ(search("far"), (std::set<int>{9}));
}

TEST_F(SwedishFts, CompoundFindsLongerCompoundsItBegins) {
  EXPECT_EQ(search("informationssäkerhet"), (std::set<int>{3, 11, 12}));
}

TEST_F(SwedishFts, PhrasesAndPrefixes) {
  EXPECT_EQ(search("\"intern kontroll\""), (std::set<int>{10}));
  EXPECT_EQ(search("\"kontroll intern\""), (std::set<int>{}));
  // Prefixes reach the colocated keys too: the compound and the hyphen ellipsis.
  EXPECT_EQ(search("riskanal*"), (std::set<int>{1, 2, 3, 4}));
  EXPECT_EQ(search("sårbarhet*"), (std::set<int>{4}));
}

// A compound in its base form finds its inflected forms and back, though
// Snowball stems them apart ("leverantörsreskontra" -> "leverantörsreskontr",
// "leverantörsreskontran" stays): the key is the compound's head as written
// with its last part in base form.
TEST_F(SwedishFts, CompoundInBaseFormFindsItsInflections) {
  EXPECT_EQ(search("leverantörsreskontra"), (std::set<int>{13}));
  EXPECT_EQ(search("leverantörsreskontran"), (std::set<int>{13}));
  EXPECT_EQ(search("säkerhetsincident"), (std::set<int>{14}));
  EXPECT_EQ(search("säkerhetsincidenter"), (std::set<int>{14}));
}

// The words a hyphen joins are found on their own; a line-break fragment is not.
TEST_F(SwedishFts, HyphenPartsThatAreWords) {
  EXPECT_EQ(search("stöd"), (std::set<int>{8, 15}));
  EXPECT_EQ(search("itstöd"), (std::set<int>{15}));
  EXPECT_EQ(search("lagstiftning"), (std::set<int>{15}));
  EXPECT_EQ(search("ning"), (std::set<int>{}));
}

TEST(SwedishTokens, QueryGivesOneKeyPerWordIndexAddsColocatedParts) {
  const auto q = analyse_for_query("Riskanalyserna");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "riskanalys");
  const auto d = analyse_for_index("informationssäkerhetsarbetet");
  ASSERT_GE(d.size(), 4u);
  EXPECT_FALSE(d[0].colocated);
  EXPECT_EQ(d[0].text, "informationssäkerhetsarbetet");
  std::set<std::string> colocated;
  for (size_t i = 1; i < d.size(); ++i) {
    EXPECT_TRUE(d[i].colocated);
    colocated.insert(d[i].text);
  }
  for (const char* part : {"information", "säkerhet", "arbete"})
    EXPECT_TRUE(colocated.count(part)) << part;
}

}  // namespace
}  // namespace gransk::index
