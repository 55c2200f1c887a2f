// A follow-up that labels each earlier recommendation ("Rek. 3 Upprätta planer
// för reservkraft …") and judges it in the prose below ("Rekommendationen bedöms
// som åtgärdad", "bedömer vi att rekommendationen delvis har beaktats",
// "Kommunstyrelsen har inte vidtagit några åtgärder med anledning av
// rekommendationen") has each as a follow-up with the status those words give.
#include <gtest/gtest.h>

#include "corpus_fixture.h"

namespace gransk {
namespace {

TEST(LabelledFollowUps, EachLabelledRecommendationHasTheStatusOfItsProse) {
  const corpus::Report r =
      test::devset_report("synth2/dev/harnosand-2022-uppfoljning-2021-ars-granskningar.pdf");
  ASSERT_EQ(r.followups.size(), 7u);
  const std::vector<std::string> expected = {"ja", "delvis", "nej", "delvis", "ja", "ja", "nej"};
  for (size_t i = 0; i < expected.size(); ++i)
    EXPECT_EQ(r.followups[i].status, expected[i]) << r.followups[i].earlier_recommendation;
  EXPECT_EQ(r.followups[2].earlier_recommendation,
            "Upprätta planer för reservkraft och nödvattenförsörjning för prioriterade "
            "verksamheter.");
}

}  // namespace
}  // namespace gransk
