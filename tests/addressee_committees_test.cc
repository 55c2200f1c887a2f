// The executive board and every committee, however a report words them ("Har
// styrelse och nämnder genomfört …?", "om nämnder och kommunstyrelsen
// vidtagit …"), are one addressee by one name: "kommunstyrelsen och
// nämnderna" in a kommun, "regionstyrelsen och nämnderna" in a region. A board
// named on its own still wins.
#include <gtest/gtest.h>

#include "hand_built_report.h"

namespace gransk::corpus {
namespace {

using extractor::BlockKind;
using test::block;

Report with_purpose(const std::string& org, const std::string& purpose) {
  return test::report_of(
      {block(BlockKind::Heading, "Granskning av sjukfrånvaron", 1, 1),
       block(BlockKind::Paragraph, org),
       block(BlockKind::Heading, "Syfte och revisionsfrågor", 2, 1),
       block(BlockKind::Paragraph,
             "På uppdrag av de förtroendevalda revisorerna har KPMG granskat arbetet med "
             "sjukfrånvaron. Revisionsrapport 2025. " +
                 purpose,
             2)});
}

TEST(AddresseeCommittees, BoardAndCommitteesByOneName) {
  EXPECT_EQ(with_purpose("Uppsala kommun",
                         "Syftet är att bedöma om nämnder och kommunstyrelsen vidtagit "
                         "tillräckliga åtgärder.")
                .addressee.value_or(""),
            "kommunstyrelsen och nämnderna");
  EXPECT_EQ(with_purpose("Region Norrbotten",
                         "Har styrelse och nämnder genomfört någon analys av orsakerna?")
                .addressee.value_or(""),
            "regionstyrelsen och nämnderna");
}

TEST(AddresseeCommittees, TheBoardAFindingJudgesWhenNoOtherIsNamed) {
  EXPECT_EQ(with_purpose("Landstinget Västernorrland",
                         "Landstingsstyrelsen har inte vidtagit tillräckliga åtgärder för att nå "
                         "upp till fullmäktiges mål.")
                .addressee.value_or(""),
            "landstingsstyrelsen");
}

TEST(AddresseeCommittees, ABoardNamedOnItsOwnWins) {
  EXPECT_EQ(with_purpose("Uppsala kommun",
                         "Granskningen avser socialnämnden. Kommunstyrelsen och nämnderna ska "
                         "enligt reglementet följa upp sjukfrånvaron.")
                .addressee.value_or(""),
            "socialnämnden");
}

}  // namespace
}  // namespace gransk::corpus
