// The main question is answered by the overall assessment that restates it
// ("Vår samlade bedömning är att regionstyrelsen delvis har säkerställt …" for
// "Har regionstyrelsen säkerställt …?"), and an answer under a "Revisionsfrågan"
// heading is a verdict, not one more question.
#include <gtest/gtest.h>

#include "corpus_fixture.h"

namespace gransk {
namespace {

using corpus::Report;

const corpus::Question* question_starting(const Report& r, const std::string& start) {
  for (const corpus::Question& q : r.questions)
    if (q.text.rfind(start, 0) == 0) return &q;
  return nullptr;
}

TEST(MainQuestionVerdict, TheOverallAssessmentAnswersTheQuestionItRestates) {
  const Report r = test::devset_report("synth3/dev/region-varmland-2022-inhyrd-personal.pdf");
  const corpus::Question* main = question_starting(r, "Har regionstyrelsen säkerställt");
  ASSERT_NE(main, nullptr);
  ASSERT_TRUE(main->assessment.has_value());
  EXPECT_EQ(*main->assessment, "delvis");
  // The sub-questions keep the verdicts of their own answers.
  const corpus::Question* sub = question_starting(r, "Följer regionstyrelsen upp kostnader");
  ASSERT_NE(sub, nullptr);
  EXPECT_EQ(sub->assessment.value_or(""), "nej");
}

TEST(MainQuestionVerdict, AnAnswerUnderTheQuestionHeadingIsNoQuestion) {
  const Report r = test::devset_report("synth/dev/tranemo-2020-sarskilt-stod.pdf");
  for (const corpus::Question& q : r.questions)
    EXPECT_EQ(q.text.find("bedömning är att"), std::string::npos) << q.text;
  const corpus::Question* main = question_starting(r, "Granskningen syftar till att bedöma om");
  ASSERT_NE(main, nullptr);
  EXPECT_EQ(main->assessment.value_or(""), "delvis");
}

}  // namespace
}  // namespace gransk
