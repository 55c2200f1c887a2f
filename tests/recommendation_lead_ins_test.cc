// A list is a list of recommendations when the sentence before it recommends,
// proposes or says what should be done, however it is worded ("Vi föreslår att
// nämnden:", "Våra rekommendationer:", "För att stärka den interna kontrollen
// bör nämnden:"); a lead-in in the past ("I granskningen 2021 rekommenderades
// nämnden att:") quotes earlier recommendations and makes none.
#include <gtest/gtest.h>

#include "gransk/corpus/report.h"
#include "gransk/nlp/nlp.h"
#include "gransk/rules/rules.h"

namespace gransk::corpus {
namespace {

using extractor::BlockKind;

std::vector<std::string> recommendations_after(const std::string& lead_in) {
  auto block = [](BlockKind kind, const std::string& text, int level = 0) {
    extractor::Block b;
    b.kind = kind;
    b.page = 1;
    b.text = text;
    b.level = level;
    if (kind == BlockKind::ListItem) b.number = "•";
    return b;
  };
  extractor::Document doc;
  doc.pages.resize(1);
  doc.pages[0].number = 1;
  doc.blocks = {
      block(BlockKind::Heading, "Slutsatser", 1),
      block(BlockKind::Paragraph,
            "KPMG har på uppdrag av de förtroendevalda revisorerna i Sala kommun granskat "
            "kommunstyrelsens interna kontroll. Revisionsrapport 2024. Granskningen avser "
            "kommunstyrelsen. Syftet med granskningen är "
            "att bedöma om kommunstyrelsen har en tillräcklig intern kontroll. Vår samlade "
            "bedömning är att den interna kontrollen delvis är tillräcklig."),
      block(BlockKind::Paragraph, lead_in),
      block(BlockKind::ListItem, "utveckla uppföljningen av avtalstroheten."),
      block(BlockKind::ListItem, "dokumentera riskanalysen för attestrutinerna.")};
  extractor::Section root;
  root.end_block = 5;
  root.children = {1};
  extractor::Section chapter;
  chapter.heading = 0;
  chapter.level = 1;
  chapter.end_block = 5;
  doc.sections = {root, chapter};
  const rules::RuleSet set = rules::load_rules({rules::default_rules_dir()});
  const nlp::CleanDocument clean = nlp::clean(doc);
  std::vector<std::string> out;
  for (const Recommendation& x :
       build_report(doc, clean, set, rules::match(set, clean)).recommendations)
    out.push_back(x.text);
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
