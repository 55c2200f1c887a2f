// A yes/no question answered by the sentence that states it, with no "vi
// bedömer": "Har styrelsen säkerställt en tillräcklig intern kontroll?" -
// "Styrelsen har inte säkerställt en tillräcklig intern kontroll." A duty
// ("har ansvaret för att säkerställa …") or the purpose ("bedöma om …")
// shares the words but answers nothing.
#include <gtest/gtest.h>

#include "hand_built_report.h"

namespace gransk {
namespace {

using extractor::BlockKind;
using test::block;

constexpr const char* kQuestion = "Har styrelsen säkerställt en tillräcklig intern kontroll?";

corpus::Report audit_with(const std::vector<std::string>& summary) {
  std::vector<extractor::Block> blocks = {
      block(BlockKind::Heading, "Granskning av intern kontroll", 1, 1),
      block(BlockKind::Paragraph,
            "KPMG har på uppdrag av de förtroendevalda revisorerna i Sala kommun granskat "
            "styrelsens interna kontroll."),
      block(BlockKind::Heading, "Syfte och revisionsfrågor", 1, 2),
      block(BlockKind::Paragraph, "Granskningen ska besvara följande revisionsfråga:"),
      block(BlockKind::ListItem, kQuestion),
      block(BlockKind::Heading, "Sammanfattning", 2, 2)};
  for (const std::string& p : summary) blocks.push_back(block(BlockKind::Paragraph, p, 2));
  return test::report_of(std::move(blocks));
}

std::string verdict_in(const corpus::Report& r) {
  for (const corpus::Question& q : r.questions)
    if (q.text == kQuestion) return q.assessment.value_or("(ingen)");
  return "(ingen fråga)";
}

TEST(StatedQuestionAnswer, TheStatementAnswersTheQuestion) {
  const corpus::Report no =
      audit_with({"Styrelsen har inte säkerställt en tillräcklig intern kontroll."});
  EXPECT_EQ(verdict_in(no), "nej");
  for (const corpus::Question& q : no.questions)
    if (q.text == kQuestion) {
      ASSERT_TRUE(q.assessment_where);
      EXPECT_EQ(q.assessment_where->rule_id, "corpus.verdict.question-stated");
      EXPECT_EQ(q.assessment_where->page, 2);
    }
  EXPECT_EQ(verdict_in(audit_with({"Styrelsen har i huvudsak säkerställt en tillräcklig intern "
                                   "kontroll."})),
            "ja");
  EXPECT_EQ(verdict_in(audit_with({"Styrelsen har delvis säkerställt en tillräcklig intern "
                                   "kontroll."})),
            "delvis");
}

TEST(StatedQuestionAnswer, ADutyOrThePurposeAnswersNothing) {
  EXPECT_EQ(verdict_in(audit_with({"Styrelsen har ansvaret för att säkerställa en tillräcklig "
                                   "intern kontroll."})),
            "(ingen)");
  EXPECT_EQ(verdict_in(audit_with({"Syftet är att bedöma om styrelsen har säkerställt en "
                                   "tillräcklig intern kontroll."})),
            "(ingen)");
  EXPECT_EQ(verdict_in(audit_with({"Enligt kommunallagen ska styrelsen ha säkerställt en "
                                   "tillräcklig intern kontroll."})),
            "(ingen)");
}

}  // namespace
}  // namespace gransk
