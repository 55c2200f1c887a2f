// A judgement that restates a kontrollfråga nearly word for word answers it,
// even in a theme's section far from the questions ("Vår bedömning är att
// socialnämnden i huvudsak har fastställt mål och riktlinjer för hemtjänsten
// som är kända i verksamheten."). PwC-like report, rendered by LibreOffice,
// whose framed questions come with paragraph-wide gaps between their lines.
#include <gtest/gtest.h>

#include "corpus_fixture.h"

namespace gransk {
namespace {

TEST(RestatedQuestionVerdict, EachControlQuestionGetsTheJudgementThatRestatesIt) {
  const corpus::Report r = test::devset_report("synth/dev/soderhamn-2023-hemtjanst.pdf");
  auto verdict_of = [&](const std::string& start) -> std::string {
    for (const corpus::Question& q : r.questions)
      if (q.text.rfind(start, 0) == 0) return q.assessment.value_or("(ingen)");
    return "(saknas)";
  };
  // Whole questions, though LibreOffice set each line of the frame apart.
  EXPECT_EQ(verdict_of("Socialnämnden har fastställt mål och riktlinjer för hemtjänsten som är "
                       "kända i verksamheten."),
            "ja");
  EXPECT_EQ(verdict_of("Planeringen av insatser sker utifrån biståndsbeslut och aktuella "
                       "genomförandeplaner."),
            "delvis");
  EXPECT_EQ(verdict_of("Det finns system och rutiner som säkerställer att utförd tid registreras"),
            "nej");
  EXPECT_EQ(verdict_of("Nämnden följer upp hemtjänstens kvalitet och ekonomi"), "delvis");
}

}  // namespace
}  // namespace gransk
