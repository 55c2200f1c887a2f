// The graded verdict vocabulary (rules/data/verdicts.toml): table cells, answer
// lines and assessment prose read as a revisor reads them.
#include <gtest/gtest.h>

#include "gransk/rules/rules.h"

namespace gransk::rules {
namespace {

const RuleSet& shipped() {
  static const RuleSet set = load_rules({default_rules_dir()});
  return set;
}

std::string cell(const std::string& text) { return grade_verdict(shipped(), text, false).verdict; }
std::string prose(const std::string& text) { return grade_verdict(shipped(), text, true).verdict; }

TEST(VerdictLexicon, CellsOnAnyScale) {
  EXPECT_EQ(cell("Delvis uppfyllt"), "delvis");
  EXPECT_EQ(cell("I allt väsentligt"), "ja");
  EXPECT_EQ(cell("I huvudsak"), "ja");
  EXPECT_EQ(cell("Till övervägande del"), "ja");
  EXPECT_EQ(cell("Endast delvis"), "delvis");
  EXPECT_EQ(cell("Till viss del"), "delvis");
  EXPECT_EQ(cell("Inte alls"), "nej");
  EXPECT_EQ(cell("Nej, dessa finns inte"), "nej");
  EXPECT_EQ(cell("Delvis. Rutinerna är inte dokumenterade."), "delvis");
  EXPECT_EQ(cell("Ja, delvis. Planen är inte antagen."), "delvis");
  EXPECT_EQ(cell("Till största delen"), "ja");
  EXPECT_EQ(cell("Se avsnitt 3"), "");
}

TEST(VerdictLexicon, ProseWithNegationAndDegree) {
  EXPECT_EQ(prose("Vår bedömning är att den interna kontrollen inte är tillräcklig."), "nej");
  EXPECT_EQ(prose("Vi bedömer att nämnden inte fullt ut har säkerställt en god kontroll."),
            "delvis");
  EXPECT_EQ(prose("Vi bedömer att nämnden ej har vidtagit åtgärder."), "nej");
  EXPECT_EQ(prose("Vi bedömer att nämnden inte helt har vidtagit åtgärder."), "delvis");
  EXPECT_EQ(prose("Det saknas förutsättningar för en ändamålsenlig styrning."), "nej");
  EXPECT_EQ(prose("Vi har inte funnit några brister i hanteringen."), "ja");
  EXPECT_EQ(prose("Vi bedömer att kommunstyrelsen har säkerställt en tydlig ansvarsfördelning."),
            "ja");
  // "otillräcklig" is a lack word, not "tillräcklig".
  EXPECT_EQ(prose("Uppföljningen bedöms som otillräcklig."), "nej");
}

TEST(VerdictLexicon, SurerForLabelsThanForProse) {
  EXPECT_GT(grade_verdict(shipped(), "Ja", false).confidence,
            grade_verdict(shipped(), "Vi bedömer att planen finns.", true).confidence);
}

}  // namespace
}  // namespace gransk::rules
