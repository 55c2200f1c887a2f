// Two questions asked together ("Det övergripande syftet … har varit att bedöma
// om … Granskningen syftar även till att bedöma om …") and answered together
// under one heading ("Svar på revisionsfrågan": "Vi bedömer att … Vi bedömer
// vidare att …"): each judgement goes to the question it restates, not both to
// the last question asked.
#include <gtest/gtest.h>

#include "hand_built_report.h"

namespace gransk::corpus {
namespace {

using extractor::BlockKind;
using test::block;

TEST(TwoQuestionsOneAnswer, EachJudgementToTheQuestionItRestates) {
  const Report r = test::report_of(
      {block(BlockKind::Heading, "Granskning av landstingets upphandlingsverksamhet", 1, 1),
       block(BlockKind::Heading, "Sammanfattning", 2, 1),
       block(BlockKind::Paragraph,
             "På uppdrag av Landstinget Västernorrlands revisorer har Deloitte granskat "
             "landstingets upphandlingsverksamhet.",
             2),
       block(BlockKind::Heading, "Revisionsfråga", 2, 2),
       block(BlockKind::Paragraph,
             "Det övergripande syftet med granskningen har varit att bedöma om landstingets "
             "upphandlingsverksamhet bedrivs på ett ändamålsenligt sätt. Granskningen syftar även "
             "till att bedöma om det finns förutsättningar för att uppnå den kostnadsreduktion "
             "som 2010 års översyn indikerade.",
             2),
       block(BlockKind::Heading, "Svar på revisionsfrågan", 2, 2),
       block(BlockKind::Paragraph,
             "Vi bedömer att landstingets upphandlingsverksamhet inte fungerar fullt ut "
             "ändamålsenligt. Landstingsstyrelsen har inte vidtagit tillräckliga åtgärder för att "
             "nå upp till fullmäktiges mål. Vi bedömer vidare att det i dagsläget saknas "
             "förutsättningar för att nå den kostnadsreduktion som 2010 års översyn indikerade.",
             2)});
  ASSERT_EQ(r.questions.size(), 2u);
  EXPECT_EQ(r.questions[0].assessment.value_or(""), "delvis") << r.questions[0].text;
  EXPECT_EQ(r.questions[1].assessment.value_or(""), "nej") << r.questions[1].text;
}

TEST(TwoQuestionsOneAnswer, AnswersInTurnStayWithTheirQuestions) {
  const Report r = test::report_of(
      {block(BlockKind::Heading, "Granskning av avtalshantering", 1, 1),
       block(BlockKind::Paragraph,
             "EY har på uppdrag av de förtroendevalda revisorerna i Ockelbo kommun granskat "
             "kommunstyrelsens avtalshantering. Revisionsrapport 2024."),
       block(BlockKind::Heading, "Svar på revisionsfrågorna", 2, 1),
       block(BlockKind::Paragraph, "Har nämnden ett fullständigt och uppdaterat avtalsregister?",
             2),
       block(BlockKind::Paragraph, "Nej. Registret saknar en tredjedel av avtalen.", 2),
       block(BlockKind::Paragraph, "Följer nämnden upp avtalstroheten i de upphandlade avtalen?",
             2),
       block(BlockKind::Paragraph, "Delvis. Uppföljning sker men dokumenteras inte.", 2)});
  ASSERT_EQ(r.questions.size(), 2u);
  EXPECT_EQ(r.questions[0].assessment.value_or(""), "nej");
  EXPECT_EQ(r.questions[1].assessment.value_or(""), "delvis");
}

}  // namespace
}  // namespace gransk::corpus
