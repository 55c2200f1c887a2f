// In a follow-up, the sentence after an earlier recommendation that says what
// became of it is its status, however it is worded: "Rekommendationen är
// genomförd." (ja), "Bedömning: Åtgärdad." (ja), "Vi bedömer att åtgärder har
// påbörjats men inte slutförts." (delvis), "Inga åtgärder har vidtagits." (nej).
#include <gtest/gtest.h>

#include "gransk/corpus/report.h"
#include "gransk/nlp/nlp.h"
#include "gransk/rules/rules.h"

namespace gransk::corpus {
namespace {

using extractor::BlockKind;

// The status of the one earlier recommendation, or "?" when none was read.
std::string status_after(const std::string& sentence) {
  auto block = [](BlockKind kind, const std::string& text, int level = 0) {
    extractor::Block b;
    b.kind = kind;
    b.page = 1;
    b.text = text;
    b.level = level;
    return b;
  };
  extractor::Document doc;
  doc.pages.resize(1);
  doc.pages[0].number = 1;
  doc.blocks = {
      block(BlockKind::Paragraph,
            "KPMG har på uppdrag av de förtroendevalda revisorerna genomfört en uppföljande "
            "granskning av granskningen av intern kontroll 2021. Granskningen avser "
            "kommunstyrelsen."),
      block(BlockKind::Heading, "Uppföljning av rekommendationerna", 1),
      block(BlockKind::Heading, "Rekommendation: Säkerställa att attestrutinerna dokumenteras", 2),
      block(BlockKind::Paragraph,
            "Nämnden har under året arbetat med frågan och redovisat sitt arbete. " + sentence)};
  extractor::Section root;
  root.end_block = 4;
  root.children = {1};
  extractor::Section chapter;
  chapter.heading = 1;
  chapter.level = 1;
  chapter.first_block = 1;
  chapter.end_block = 4;
  chapter.children = {2};
  extractor::Section rec;
  rec.heading = 2;
  rec.level = 2;
  rec.first_block = 2;
  rec.end_block = 4;
  doc.sections = {root, chapter, rec};
  const rules::RuleSet set = rules::load_rules({rules::default_rules_dir()});
  const nlp::CleanDocument clean = nlp::clean(doc);
  const Report r = build_report(doc, clean, set, rules::match(set, clean));
  if (r.followups.size() != 1) return "?";
  return r.followups[0].status;
}

TEST(FollowupStatusSentences, EveryWordingOfWhatBecameOfIt) {
  EXPECT_EQ(status_after("Rekommendationen är genomförd."), "ja");
  EXPECT_EQ(status_after("Bedömning: Åtgärdad."), "ja");
  EXPECT_EQ(status_after("Vi bedömer att åtgärder har påbörjats men inte slutförts."), "delvis");
  EXPECT_EQ(status_after("Inga åtgärder har vidtagits."), "nej");
  EXPECT_EQ(status_after("Vi bedömer att rekommendationen inte är åtgärdad."), "nej");
}

}  // namespace
}  // namespace gransk::corpus
