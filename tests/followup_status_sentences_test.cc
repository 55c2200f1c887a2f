// In a follow-up, the sentence after an earlier recommendation that says what
// became of it is its status, however it is worded: "Rekommendationen är
// genomförd." (ja), "Bedömning: Åtgärdad." (ja), "Vi bedömer att åtgärder har
// påbörjats men inte slutförts." (delvis), "Inga åtgärder har vidtagits." (nej).
#include <gtest/gtest.h>

#include "hand_built_report.h"

namespace gransk::corpus {
namespace {

using extractor::BlockKind;

// The status of the one earlier recommendation, or "?" when none was read.
std::string status_after(const std::string& sentence) {
  using test::block;
  const Report r = test::report_of(
      {block(BlockKind::Paragraph,
             "KPMG har på uppdrag av de förtroendevalda revisorerna genomfört en uppföljande "
             "granskning av granskningen av intern kontroll 2021. Granskningen avser "
             "kommunstyrelsen."),
       block(BlockKind::Heading, "Uppföljning av rekommendationerna", 1, 1),
       block(BlockKind::Heading, "Rekommendation: Säkerställa att attestrutinerna dokumenteras", 1,
             2),
       block(BlockKind::Paragraph,
             "Nämnden har under året arbetat med frågan och redovisat sitt arbete. " + sentence)});
  if (r.followups.size() != 1) return "?";
  return r.followups[0].status;
}

TEST(FollowupStatusSentences, EveryWordingOfWhatBecameOfIt) {
  EXPECT_EQ(status_after("Rekommendationen är genomförd."), "ja");
  EXPECT_EQ(status_after("Bedömning: Åtgärdad."), "ja");
  EXPECT_EQ(status_after("Vi bedömer att åtgärder har påbörjats men inte slutförts."), "delvis");
  EXPECT_EQ(status_after("Inga åtgärder har vidtagits."), "nej");
  EXPECT_EQ(status_after("Vi bedömer att rekommendationen inte är åtgärdad."), "nej");
}

}  // namespace
}  // namespace gransk::corpus
