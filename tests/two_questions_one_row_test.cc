// A table row that asks twice beside one verdict ("Har styrelse och nämnder
// genomfört någon analys av orsakerna? Omfattar analyserna skillnader mellan
// kön?" | "Endast delvis") is one revisionsfråga with that verdict. Two
// questions in one paragraph or list item are still two.
#include <gtest/gtest.h>

#include "gransk/corpus/report.h"
#include "gransk/nlp/nlp.h"
#include "gransk/rules/rules.h"

namespace gransk::corpus {
namespace {

using extractor::BlockKind;

extractor::Block block(BlockKind kind, const std::string& text, int level = 0) {
  extractor::Block b;
  b.kind = kind;
  b.page = 1;
  b.text = text;
  b.level = level;
  return b;
}

Report report_of(std::vector<extractor::Block> blocks) {
  extractor::Document doc;
  doc.pages.resize(1);
  doc.pages[0].number = 1;
  doc.blocks = std::move(blocks);
  extractor::Section root;
  root.end_block = static_cast<int>(doc.blocks.size());
  root.children = {1};
  extractor::Section chapter;
  chapter.heading = 0;
  chapter.level = 1;
  chapter.first_block = 0;
  chapter.end_block = root.end_block;
  doc.sections = {root, chapter};
  const rules::RuleSet set = rules::load_rules({rules::default_rules_dir()});
  const nlp::CleanDocument clean = nlp::clean(doc);
  return build_report(doc, clean, set, rules::match(set, clean));
}

const char* kIntro =
    "KPMG har på uppdrag av de förtroendevalda revisorerna i Örnsköldsviks kommun granskat "
    "kommunens arbete med sjukfrånvaron. Revisionsrapport 2025.";

TEST(TwoQuestionsOneRow, ARowThatAsksTwiceIsOneQuestionWithItsVerdict) {
  extractor::Block table = block(BlockKind::Table, "");
  table.rows = {{{"Revisionsfråga", "Bedömning"}},
                {{"Har styrelse och nämnder genomfört någon analys av orsakerna till "
                  "sjukfrånvaron? Omfattar analyserna skillnader mellan kön och yrkesgrupper?",
                  "Endast delvis"}}};
  const Report r = report_of(
      {block(BlockKind::Heading, "Sammanfattning", 1), block(BlockKind::Paragraph, kIntro), table});
  ASSERT_EQ(r.questions.size(), 1u);
  EXPECT_EQ(r.questions[0].text,
            "Har styrelse och nämnder genomfört någon analys av orsakerna till sjukfrånvaron? "
            "Omfattar analyserna skillnader mellan kön och yrkesgrupper?");
  EXPECT_EQ(r.questions[0].assessment.value_or(""), "delvis");
}

TEST(TwoQuestionsOneRow, TwoQuestionsInAParagraphAreTwo) {
  const Report r = report_of({block(BlockKind::Heading, "Revisionsfrågor", 1),
                              block(BlockKind::Paragraph, kIntro),
                              block(BlockKind::Paragraph,
                                    "Är rutinerna kända i verksamheten? Finns en förteckning över "
                                    "samtliga avtal?")});
  ASSERT_EQ(r.questions.size(), 2u);
  EXPECT_EQ(r.questions[1].text, "Finns en förteckning över samtliga avtal?");
}

}  // namespace
}  // namespace gransk::corpus
