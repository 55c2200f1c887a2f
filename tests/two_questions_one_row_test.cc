// A table row that asks twice beside one verdict ("Har styrelse och nämnder
// genomfört någon analys av orsakerna? Omfattar analyserna skillnader mellan
// kön?" | "Endast delvis") is one revisionsfråga with that verdict. Two
// questions in one paragraph or list item are still two.
#include <gtest/gtest.h>

#include "hand_built_report.h"

namespace gransk::corpus {
namespace {

using extractor::BlockKind;

using test::block;
using test::report_of;

const char* kIntro =
    "KPMG har på uppdrag av de förtroendevalda revisorerna i Örnsköldsviks kommun granskat "
    "kommunens arbete med sjukfrånvaron. Revisionsrapport 2025.";

TEST(TwoQuestionsOneRow, ARowThatAsksTwiceIsOneQuestionWithItsVerdict) {
  extractor::Block table = block(BlockKind::Table, "");
  table.rows = {{{"Revisionsfråga", "Bedömning"}},
                {{"Har styrelse och nämnder genomfört någon analys av orsakerna till "
                  "sjukfrånvaron? Omfattar analyserna skillnader mellan kön och yrkesgrupper?",
                  "Endast delvis"}}};
  const Report r = report_of({block(BlockKind::Heading, "Sammanfattning", 1, 1),
                              block(BlockKind::Paragraph, kIntro), table});
  ASSERT_EQ(r.questions.size(), 1u);
  EXPECT_EQ(r.questions[0].text,
            "Har styrelse och nämnder genomfört någon analys av orsakerna till sjukfrånvaron? "
            "Omfattar analyserna skillnader mellan kön och yrkesgrupper?");
  EXPECT_EQ(r.questions[0].assessment.value_or(""), "delvis");
}

TEST(TwoQuestionsOneRow, TwoQuestionsInAParagraphAreTwo) {
  const Report r = report_of({block(BlockKind::Heading, "Revisionsfrågor", 1, 1),
                              block(BlockKind::Paragraph, kIntro),
                              block(BlockKind::Paragraph,
                                    "Är rutinerna kända i verksamheten? Finns en förteckning över "
                                    "samtliga avtal?")});
  ASSERT_EQ(r.questions.size(), 2u);
  EXPECT_EQ(r.questions[1].text, "Finns en förteckning över samtliga avtal?");
}

}  // namespace
}  // namespace gransk::corpus
