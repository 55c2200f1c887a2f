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
  // Approval words, reservations and small shortcomings on a cell's own scale.
  EXPECT_EQ(cell("Huvudsakligen"), "ja");
  EXPECT_EQ(cell("Godkänt"), "ja");
  EXPECT_EQ(cell("Uppfylls"), "ja");
  EXPECT_EQ(cell("Uppfylls inte"), "nej");
  EXPECT_EQ(cell("Åtgärdat"), "ja");
  EXPECT_EQ(cell("Ej åtgärdat"), "nej");
  EXPECT_EQ(cell("Ja, med vissa undantag"), "delvis");
  EXPECT_EQ(cell("Finns, men behöver utvecklas"), "delvis");
  EXPECT_EQ(cell("Mindre brister"), "delvis");
  EXPECT_EQ(cell("Väsentliga brister"), "nej");
  // A follow-up's status words.
  EXPECT_EQ(cell("Avslutad"), "ja");
  EXPECT_EQ(cell("Omhändertagen"), "ja");
  EXPECT_EQ(cell("Genomförd i sin helhet"), "ja");
  EXPECT_EQ(cell("Planerad"), "delvis");
  EXPECT_EQ(cell("Påbörjad"), "delvis");
  EXPECT_EQ(cell("Ej påbörjad"), "nej");
  EXPECT_EQ(cell("Kvarstår"), "nej");
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

// A positive judgement with a reservation after "men" / "dock" is delvis, not
// ja; a contrast that adds nothing still to be done, or a negative main
// clause, keeps its own verdict.
TEST(VerdictLexicon, PositiveJudgementWithReservationIsPartial) {
  EXPECT_EQ(prose("Vi bedömer att nämnden har säkerställt en ändamålsenlig styrning, men att "
                  "uppföljningen behöver utvecklas."),
            "delvis");
  EXPECT_EQ(prose("Rutinerna är i huvudsak tillräckliga, dock saknas en dokumenterad riskanalys."),
            "delvis");
  EXPECT_EQ(prose("Många åtgärder har vidtagits, men tillgången till vård behöver förbättras."),
            "delvis");
  EXPECT_EQ(cell("Ja, rutiner finns men de är inte dokumenterade"), "delvis");
  EXPECT_EQ(prose("Vi bedömer att kontrollen är tillräcklig men vill understryka vikten av den."),
            "ja");
  EXPECT_EQ(prose("Vi bedömer att nämnden inte har säkerställt en tillräcklig intern kontroll, "
                  "men att det finns rutiner."),
            "nej");
  // "menade" holds no contrast word.
  EXPECT_EQ(prose("Vi bedömer att planen är tillräcklig, vilket förvaltningen menade behöver sägas."),
            "ja");
}

TEST(VerdictLexicon, SurerForLabelsThanForProse) {
  EXPECT_GT(grade_verdict(shipped(), "Ja", false).confidence,
            grade_verdict(shipped(), "Vi bedömer att planen finns.", true).confidence);
}

}  // namespace
}  // namespace gransk::rules
