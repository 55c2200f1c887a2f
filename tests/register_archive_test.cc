// The recommendation register over a real archive: the shared corpus's
// follow-up and missiv, and generated original/follow-up pairs for link
// decisions that must survive re-indexing.
#include <gtest/gtest.h>
#include <sqlite3.h>
#include <unistd.h>

#include <chrono>
#include <filesystem>

#include "connection.h"  // index/src: the kept register at SQL level
#include "corpus_fixture.h"
#include "gransk/index/followup_pack.h"
#include "gransk/index/ingest.h"
#include "gransk/index/register.h"
#include "gransk/index/stats.h"

namespace gransk::index {
namespace {

using corpus::RecommendationStatus;

std::filesystem::path fresh_dir(const std::string& name) {
  const auto dir = std::filesystem::temp_directory_path() /
                   ("gransk-register-" + name + "-" + std::to_string(::getpid()));
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir);
  return dir;
}

class CorpusRegisterTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    if (test::shared_corpus().empty()) return;
    dir_ = fresh_dir("corpus");
    std::string error;
    archive_ = Archive::open((dir_ / "arkiv.sqlite").string(), error).release();
    ASSERT_NE(archive_, nullptr) << error;
    const rules::RuleSet rules = rules::load_rules({rules::default_rules_dir()});
    IngestOptions o;
    o.jobs = 2;
    // The scanned Piteå copy is left unread: it is the same report again (its
    // OCR is tested in ocr_scanned_pages_test), and each test here is a process
    // of its own that would read it anew.
    o.extract.ocr = extractor::OcrMode::Never;
    ingest(*archive_, collect_pdfs({test::shared_corpus().string()}), rules, o, nullptr);
  }
  static void TearDownTestSuite() {
    delete archive_;
    archive_ = nullptr;
    if (!dir_.empty()) std::filesystem::remove_all(dir_);
  }
  void SetUp() override {
    if (!archive_) GTEST_SKIP() << "../shared/corpus saknas";
  }
  static Register read(const RegisterFilter& f, const std::string& today = "2026-11-23") {
    Register r;
    std::string error;
    EXPECT_TRUE(read_register(*archive_, f, today, r, error)) << error;
    return r;
  }
  static inline std::filesystem::path dir_;
  static inline Archive* archive_ = nullptr;
};

TEST_F(CorpusRegisterTest, VastraMalardalenEarlierRecommendationsComeFromTheFollowUp) {
  RegisterFilter f;
  f.kommun = "Västra Mälardalens kommunalförbund";
  const Register reg = read(f);
  std::vector<const RegisterEntry*> earlier, current;
  for (const auto& e : reg.recommendations) (e.from_followup ? earlier : current).push_back(&e);
  ASSERT_EQ(earlier.size(), 4u);
  ASSERT_EQ(current.size(), 5u);
  std::sort(earlier.begin(), earlier.end(),
            [](auto* a, auto* b) { return a->ordinal < b->ordinal; });
  const RecommendationStatus expected[] = {
      RecommendationStatus::Partly, RecommendationStatus::Partly, RecommendationStatus::NotResolved,
      RecommendationStatus::Partly};
  for (size_t i = 0; i < 4; ++i) {
    EXPECT_EQ(earlier[i]->status, expected[i]) << earlier[i]->text;
    EXPECT_EQ(earlier[i]->year, 2021);  // "granskningen av it-säkerhet från 2021"
    ASSERT_EQ(earlier[i]->history.size(), 1u);
    EXPECT_EQ(earlier[i]->history[0].link, "skapad");
    EXPECT_GT(earlier[i]->history[0].page, 0);
  }
  EXPECT_EQ(earlier[2]->text.rfind("Införa en modell/metod för riskanalys", 0), 0u);
  for (const auto* e : current) EXPECT_EQ(e->status, RecommendationStatus::Open);
  // Unresolved and oldest first: the 2021 ones lead.
  EXPECT_TRUE(reg.recommendations.front().from_followup);
}

TEST_F(CorpusRegisterTest, LessebosResponseRequestsAreOverdueUntilAnswered) {
  RegisterFilter f;
  f.kommun = "Lessebo";
  Register reg = read(f);
  ASSERT_EQ(reg.requests.size(), 3u);
  for (const auto& q : reg.requests) {
    EXPECT_EQ(q.due, "2019-09-03");
    EXPECT_TRUE(q.overdue);
  }
  EXPECT_FALSE(read(f, "2019-09-03").requests[0].overdue);  // due today is not overdue
  f.overdue_only = true;
  EXPECT_EQ(read(f).requests.size(), 3u);

  std::string error;
  const std::string report = reg.requests[0].id.substr(0, reg.requests[0].id.find('.'));
  ASSERT_TRUE(record_answer(*archive_, report + ".s2", "2019-08-30", "Svar i KS", false, error))
      << error;
  reg = read(f);
  EXPECT_EQ(reg.requests.size(), 2u);
  ASSERT_TRUE(record_answer(*archive_, report, "2019-09-10", "", false, error)) << error;
  EXPECT_TRUE(read(f).requests.empty());
  ASSERT_TRUE(record_answer(*archive_, report, "", "", true, error)) << error;
  ASSERT_TRUE(record_answer(*archive_, report + ".s2", "", "", true, error)) << error;
  EXPECT_EQ(read(f).requests.size(), 3u);
  EXPECT_FALSE(record_answer(*archive_, report + ".s9", "2019-09-10", "", false, error));
  EXPECT_FALSE(record_answer(*archive_, report + ".s1", "3 sept", "", false, error));
  EXPECT_NE(error.find("ÅÅÅÅ-MM-DD"), std::string::npos);
}

TEST_F(CorpusRegisterTest, FollowUpPackNamesTheMissingAuditAndAsksQuestions) {
  FollowUpPack pack;
  std::string error;
  ASSERT_TRUE(
      build_followup_pack(*archive_, "Västra Mälardalen", "it-säkerhet", "2026-11-23", pack, error))
      << error;
  EXPECT_EQ(pack.board, "förbundsdirektionen");
  EXPECT_EQ(pack.recommendations.size(), 9u);
  ASSERT_FALSE(pack.reports.empty());
  EXPECT_EQ(pack.reports.front().year, 2021);
  EXPECT_EQ(pack.reports.front().id, 0);  // not in the archive
  bool asked = false;
  for (const auto& q : pack.questions)
    asked |= q.question ==
             "Har förbundsdirektionen infört en modell för riskanalys avseende it-infrastruktur?";
  EXPECT_TRUE(asked);
  // The 2023 follow-up repeats the 2021 recommendation: one question for both.
  EXPECT_EQ(pack.questions.size(), 8u);

  EXPECT_FALSE(build_followup_pack(*archive_, "Ingenstans", "", "2026-11-23", pack, error));
  EXPECT_NE(error.find("Ingenstans"), std::string::npos);
}

TEST_F(CorpusRegisterTest, StatsCountEachOrganisationOnceWithItsReports) {
  std::vector<ThemeStats> stats;
  std::string error;
  ASSERT_TRUE(theme_stats(*archive_, "riskanalys", std::nullopt, std::nullopt, stats, error))
      << error;
  ASSERT_EQ(stats.size(), 1u);
  int counted = 0;
  for (const auto& [verdict, list] : stats[0].by_verdict) {
    counted += static_cast<int>(list.size());
    for (const auto& e : list) EXPECT_GT(e.report.id, 0);
  }
  EXPECT_EQ(counted, stats[0].organisations);
  EXPECT_GE(stats[0].organisations, 1);  // Skinnskatteberg asks about risk
  // A theme the data file does not name is refused.
  EXPECT_FALSE(theme_stats(*archive_, "rymdfart", std::nullopt, std::nullopt, stats, error));
}

class PairsRegisterTest : public ::testing::Test {
 protected:
  void SetUp() override {
    const char* pairs = std::getenv("GRANSK_PAIRS");
    ASSERT_NE(pairs, nullptr) << "GRANSK_PAIRS must hold generated pairs";
    dir_ = fresh_dir(::testing::UnitTest::GetInstance()->current_test_info()->name());
    std::string error;
    archive_ = Archive::open((dir_ / "arkiv.sqlite").string(), error);
    ASSERT_NE(archive_, nullptr) << error;
    rules_ = rules::load_rules({rules::default_rules_dir()});
    IngestOptions o;
    o.jobs = 2;
    ingest(*archive_, collect_pdfs({pairs}), rules_, o, nullptr);
    // A follow-up whose first item is linked to an original.
    for (const auto& r : archive_->reports()) {
      std::vector<LinkRow> rows;
      ASSERT_TRUE(read_links(*archive_, r.id, rows, error));
      if (rows.size() >= 2 && rows[0].target != rows[0].item) {
        followup_ = r.id;
        rows_ = rows;
        break;
      }
    }
    ASSERT_GT(followup_, 0);
  }
  void TearDown() override {
    archive_.reset();
    std::filesystem::remove_all(dir_);
  }
  std::vector<LinkRow> links() {
    std::vector<LinkRow> rows;
    std::string error;
    EXPECT_TRUE(read_links(*archive_, followup_, rows, error)) << error;
    return rows;
  }
  std::filesystem::path dir_;
  std::unique_ptr<Archive> archive_;
  rules::RuleSet rules_;
  int64_t followup_ = 0;
  std::vector<LinkRow> rows_;
};

TEST_F(PairsRegisterTest, LinkDecisionsSurviveReindexing) {
  std::string error;
  const std::string item0 = rows_[0].item, item1 = rows_[1].item;
  const std::string target0 = rows_[0].target, target1 = rows_[1].target;
  EXPECT_EQ(rows_[0].link, "automatisk");
  EXPECT_GE(rows_[0].confidence, corpus::kLinkThreshold);
  ASSERT_TRUE(decide_link(*archive_, item0, LinkAction::Confirm, "", error)) << error;
  // Swap: item 1 goes to item 0's target.
  ASSERT_TRUE(decide_link(*archive_, item1, LinkAction::Move, target0, error)) << error;
  auto rows = links();
  EXPECT_EQ(rows[0].link, "bekräftad");
  EXPECT_EQ(rows[1].target, target0);
  EXPECT_EQ(rows[1].link, "flyttad");
  // Item 0 keeps its confirmed target: a confirmation is not overridden by a move.
  EXPECT_EQ(rows[0].target, target0);

  ASSERT_TRUE(decide_link(*archive_, item0, LinkAction::Undo, "", error)) << error;
  rows = links();
  EXPECT_EQ(rows[0].target, item0);
  EXPECT_EQ(rows[0].link, "skapad");

  IngestOptions o;
  o.jobs = 1;
  const IngestSummary s = reindex(*archive_, rules_, o, nullptr);
  EXPECT_EQ(s.failed, 0);
  rows = links();
  EXPECT_EQ(rows[0].target, item0);
  EXPECT_EQ(rows[1].target, target0);
  EXPECT_EQ(rows[1].link, "flyttad");
  (void)target1;

  // Nonsense is refused with a reason.
  EXPECT_FALSE(decide_link(*archive_, "x", LinkAction::Confirm, "", error));
  EXPECT_FALSE(decide_link(*archive_, item1, LinkAction::Move, "999999.1", error));
  EXPECT_NE(error.find("999999.1"), std::string::npos);
}

TEST_F(PairsRegisterTest, AMoveToAnotherOrganisationIsRefused) {
  std::string error, other;
  const std::string org = archive_->report(followup_)->organisation;
  Register reg;
  ASSERT_TRUE(read_register(*archive_, {}, "2026-11-23", reg, error));
  for (const auto& e : reg.recommendations)
    if (e.organisation != org && !e.from_followup) other = e.id;
  ASSERT_FALSE(other.empty());
  EXPECT_FALSE(decide_link(*archive_, rows_[0].item, LinkAction::Move, other, error));
  EXPECT_NE(error.find("gäller"), std::string::npos) << error;
}

// What a revisor sees of the register, in order: every recommendation with
// its status and where it was followed up, every request with its answer.
std::string seen(const Register& r) {
  std::string out;
  for (const RegisterEntry& e : r.recommendations) {
    out += e.id + " " + corpus::status_key(e.status) + " " + e.due.value_or("-") +
           (e.overdue ? " sen" : "");
    for (const StatusEvent& ev : e.history) out += " <" + ev.item + " " + ev.link;
    out += "\n";
  }
  for (const ResponseRequestEntry& q : r.requests)
    out += q.id + (q.answer ? " besvarad " + q.answer->date : " obesvarad") + "\n";
  return out;
}

// The register kept in the archive (index/src/register_kept.h), at SQL level.
void forget_kept(const Archive& a) {
  sqlite3_exec(connection_of(a), "DELETE FROM register_kept", nullptr, nullptr, nullptr);
}
int64_t kept_version(const Archive& a) {
  sqlite3_stmt* s = nullptr;
  sqlite3_prepare_v2(connection_of(a), "SELECT version FROM register_kept", -1, &s, nullptr);
  const int64_t v = sqlite3_step(s) == SQLITE_ROW ? sqlite3_column_int64(s, 0) : -1;
  sqlite3_finalize(s);
  return v;
}

// `serve` keeps the register between requests by the archive's data version:
// every decision and answer (and every ingest) changes the version in its own
// transaction, so the kept register never shows what the archive no longer says.
TEST_F(PairsRegisterTest, AKeptRegisterFollowsEveryChange) {
  std::string error;
  auto fresh = [&] {
    keep_register_between_reads(false);
    forget_kept(*archive_);
    Register r;
    EXPECT_TRUE(read_register(*archive_, {}, "2030-01-01", r, error)) << error;
    keep_register_between_reads(true);
    return seen(r);
  };
  auto kept = [&] {
    Register r;
    EXPECT_TRUE(read_register(*archive_, {}, "2030-01-01", r, error)) << error;
    return seen(r);
  };
  keep_register_between_reads(true);
  const int64_t v0 = archive_->data_version();
  EXPECT_GT(v0, 0);  // every stored report counted
  EXPECT_EQ(kept(), fresh());

  ASSERT_TRUE(decide_link(*archive_, rows_[0].item, LinkAction::Undo, "", error)) << error;
  const int64_t v1 = archive_->data_version();
  EXPECT_GT(v1, v0);
  const std::string after_undo = kept();
  EXPECT_EQ(after_undo, fresh());
  EXPECT_NE(after_undo.find("<" + rows_[0].item + " skapad"), std::string::npos);

  // A refused decision writes nothing: the version stays.
  EXPECT_FALSE(decide_link(*archive_, rows_[1].item, LinkAction::Move, "999999.1", error));
  EXPECT_EQ(archive_->data_version(), v1);

  Register reg;
  ASSERT_TRUE(read_register(*archive_, {}, "2030-01-01", reg, error)) << error;
  if (!reg.requests.empty()) {
    const std::string request = reg.requests.front().id;
    ASSERT_TRUE(record_answer(*archive_, request, "2029-05-01", "Svar", false, error)) << error;
    EXPECT_GT(archive_->data_version(), v1);
    const std::string after_answer = kept();
    EXPECT_EQ(after_answer, fresh());
    EXPECT_NE(after_answer.find(request + " besvarad 2029-05-01"), std::string::npos);
  }
  keep_register_between_reads(false);
}

// Every process keeps the register it built in the archive, by the data
// version it was built from: the next `recs` reads it instead of building it
// again, a change makes it be built anew, and a damaged or stale one is never
// shown. A reader never waits for a writer to keep it.
TEST_F(PairsRegisterTest, TheRegisterKeptInTheArchiveIsNeverStale) {
  std::string error;
  auto read = [&] {
    Register r;
    EXPECT_TRUE(read_register(*archive_, {}, "2030-01-01", r, error)) << error;
    return seen(r);
  };
  auto built = [&] {
    forget_kept(*archive_);
    return read();
  };
  const std::string first = built();
  EXPECT_EQ(kept_version(*archive_), archive_->data_version());  // kept by the read
  EXPECT_EQ(read(), first);                                      // read from what was kept

  // A change: the next read builds it again, and keeps it for the new version.
  ASSERT_TRUE(decide_link(*archive_, rows_[0].item, LinkAction::Undo, "", error)) << error;
  EXPECT_LT(kept_version(*archive_), archive_->data_version());
  const std::string after = read();
  EXPECT_NE(after, first);
  EXPECT_EQ(kept_version(*archive_), archive_->data_version());
  EXPECT_EQ(after, built());

  // Damaged bytes at the right version are built again, not shown.
  sqlite3* db = connection_of(*archive_);
  ASSERT_EQ(sqlite3_exec(db, "UPDATE register_kept SET core = x'00'", nullptr, nullptr, nullptr),
            SQLITE_OK);
  EXPECT_EQ(read(), after);

  // Another process writing: the register is read without waiting for it, and
  // left unkept for a later read.
  forget_kept(*archive_);
  auto writer = Archive::open((dir_ / "arkiv.sqlite").string(), error);
  ASSERT_NE(writer, nullptr) << error;
  ASSERT_EQ(sqlite3_exec(connection_of(*writer), "BEGIN IMMEDIATE", nullptr, nullptr, nullptr),
            SQLITE_OK);
  const auto t0 = std::chrono::steady_clock::now();
  EXPECT_EQ(read(), after);
  EXPECT_LT(std::chrono::steady_clock::now() - t0, std::chrono::seconds(5));
  EXPECT_EQ(kept_version(*archive_), -1);
  sqlite3_exec(connection_of(*writer), "ROLLBACK", nullptr, nullptr, nullptr);
  EXPECT_EQ(read(), after);
  EXPECT_EQ(kept_version(*archive_), archive_->data_version());
}

}  // namespace
}  // namespace gransk::index
