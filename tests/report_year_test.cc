// A report's year is the year it came out, not the year it looks back on: "Nr
// 1, 2018" under "Årsrapport 2017", "Uppdraget ingår i revisionsplanen för år
// 2022" in a follow-up of "granskningar 2020-2021".
#include <gtest/gtest.h>

#include "hand_built_report.h"

namespace gransk::corpus {
namespace {

using extractor::BlockKind;
using test::block;

TEST(ReportYear, TheIssueNumbersYear) {
  const Report r = test::report_of(
      {block(BlockKind::Heading, "Årsrapport 2017 Kommunstyrelsen", 1, 1),
       block(BlockKind::Paragraph, "Nr 1, 2018 Dnr: 3.1.2-19/2018"),
       block(BlockKind::Paragraph,
             "Stadsrevisionen i Stockholm granskar nämnders och styrelsers ansvarstagande. "
             "Revisorerna bedömer att kommunstyrelsen bedrivit verksamheten på ett ändamålsenligt "
             "sätt.")});
  EXPECT_EQ(r.year.value_or(0), 2018);
}

TEST(ReportYear, TheAuditPlansYear) {
  const Report r = test::report_of(
      {block(BlockKind::Heading, "Uppföljande granskning av revisionens granskningar 2020-2021", 1,
             1),
       block(BlockKind::Paragraph,
             "KPMG har på uppdrag av de förtroendevalda revisorerna följt upp ett urval av "
             "granskningar genomförda under åren 2020-2021. Uppdraget ingår i revisionsplanen för "
             "år 2022.")});
  EXPECT_EQ(r.year.value_or(0), 2022);
}

}  // namespace
}  // namespace gransk::corpus
