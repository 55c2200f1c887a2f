// A list is a list of recommendations when the sentence before it recommends,
// proposes or says what should be done, however it is worded ("Vi föreslår att
// nämnden:", "Våra rekommendationer:", "För att stärka den interna kontrollen
// bör nämnden:"); a lead-in in the past ("I granskningen 2021 rekommenderades
// nämnden att:") quotes earlier recommendations and makes none.
#include <gtest/gtest.h>

#include "hand_built_report.h"

namespace gransk::corpus {
namespace {

using extractor::BlockKind;

using test::block;

std::vector<std::string> recommendations_after(const std::string& lead_in) {
  const Report r = test::report_of(
      {block(BlockKind::Heading, "Slutsatser", 1, 1),
       block(BlockKind::Paragraph,
             "KPMG har på uppdrag av de förtroendevalda revisorerna i Sala kommun granskat "
             "kommunstyrelsens interna kontroll. Revisionsrapport 2024. Granskningen avser "
             "kommunstyrelsen. Syftet med granskningen är "
             "att bedöma om kommunstyrelsen har en tillräcklig intern kontroll. Vår samlade "
             "bedömning är att den interna kontrollen delvis är tillräcklig."),
       block(BlockKind::Paragraph, lead_in),
       block(BlockKind::ListItem, "utveckla uppföljningen av avtalstroheten."),
       block(BlockKind::ListItem, "dokumentera riskanalysen för attestrutinerna.")});
  std::vector<std::string> out;
  for (const Recommendation& x : r.recommendations) out.push_back(x.text);
  return out;
}

TEST(RecommendationLeadIns, AnyLeadInThatRecommendsOrProposes) {
  for (const char* lead_in :
       {"Vi föreslår att nämnden:", "Våra rekommendationer:",
        "Revisionen vill lämna följande förslag:",
        "För att stärka den interna kontrollen bör nämnden:", "Vi anser att kommunstyrelsen bör:",
        "Revisorerna rekommenderar att socialnämnden:"})
    EXPECT_EQ(recommendations_after(lead_in).size(), 2u) << lead_in;
}

TEST(RecommendationLeadIns, ALeadInInThePastQuotes) {
  EXPECT_TRUE(recommendations_after("I granskningen 2021 rekommenderades nämnden att:").empty());
  EXPECT_TRUE(recommendations_after("Granskningen omfattar följande områden:").empty());
}

}  // namespace
}  // namespace gransk::corpus
