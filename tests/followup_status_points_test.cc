// A follow-up that gives each earlier audit's status as a point of prose
// ("• Vi bedömer att kommunstyrelsen inte helt har vidtagit åtgärder … utifrån
// genomförd granskning av …") has those as its follow-ups, with the status the
// words say: "ej" is nej, "inte helt" delvis.
#include <gtest/gtest.h>

#include <filesystem>

#include "gransk/corpus/analysis.h"

#ifndef GRANSK_SHARED_DIR
#define GRANSK_SHARED_DIR "../shared"
#endif

namespace gransk::corpus {
namespace {

TEST(FollowUpStatusPoints, EachPointIsAnEarlierAuditWithItsStatus) {
  const std::string path =
      std::string(GRANSK_SHARED_DIR) + "/devdata/real-a/uppsala-2022-uppfoljande-granskning.lo.pdf";
  if (!std::filesystem::exists(path)) GTEST_SKIP() << path << " saknas";
  static const rules::RuleSet rules = rules::load_rules({rules::default_rules_dir()});
  AnalysisResult a = analyse(path, rules);
  ASSERT_TRUE(std::holds_alternative<Analysis>(a));
  const Report& r = std::get<Analysis>(a).report;
  ASSERT_EQ(r.followups.size(), 4u);
  EXPECT_EQ(r.followups[0].status, "nej");
  EXPECT_NE(r.followups[0].earlier_recommendation.find("anställdas bisysslor"), std::string::npos);
  for (size_t i = 1; i < 4; ++i) EXPECT_EQ(r.followups[i].status, "delvis");
  EXPECT_TRUE(r.recommendations.empty());
}

}  // namespace
}  // namespace gransk::corpus
