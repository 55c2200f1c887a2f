// A cover set in the body's type has no heading to take the title from: the
// line of the first page that names the audit is the title ("Granskning av
// kommunens krisberedskap"), not the firm, the organisation or the date; and a
// name on its own line with a line of titles below it is a signatory with that
// role, whether or not its first name is in the word list.
#include <gtest/gtest.h>

#include "gransk/corpus/report.h"
#include "gransk/nlp/nlp.h"
#include "gransk/rules/rules.h"

namespace gransk::corpus {
namespace {

using extractor::BlockKind;

Report cover_report() {
  auto block = [](BlockKind kind, const std::string& text, int page, int level = 0) {
    extractor::Block b;
    b.kind = kind;
    b.page = page;
    b.text = text;
    b.level = level;
    return b;
  };
  extractor::Document doc;
  doc.pages.resize(2);
  doc.pages[0].number = 1;
  doc.pages[1].number = 2;
  doc.blocks = {block(BlockKind::Paragraph, "Revisionsrapport", 1),
                block(BlockKind::Paragraph, "Granskning av kommunens krisberedskap", 1),
                block(BlockKind::Paragraph, "Laholms kommun", 1),
                block(BlockKind::Paragraph, "Susanna Huber", 1),
                block(BlockKind::Paragraph, "Revisionskonsult", 1),
                block(BlockKind::Paragraph, "2024-03-15", 1),
                block(BlockKind::Heading, "Sammanfattning", 2, 1),
                block(BlockKind::Paragraph,
                      "Grant Thornton har på uppdrag av de förtroendevalda revisorerna i Laholms "
                      "kommun granskat kommunens krisberedskap. Granskningen avser "
                      "kommunstyrelsen.",
                      2)};
  extractor::Section root;
  root.first_block = 0;
  root.end_block = 8;
  root.children = {1};
  extractor::Section summary;
  summary.heading = 6;
  summary.level = 1;
  summary.first_block = 6;
  summary.end_block = 8;
  doc.sections = {root, summary};
  const rules::RuleSet set = rules::load_rules({rules::default_rules_dir()});
  const nlp::CleanDocument clean = nlp::clean(doc);
  return build_report(doc, clean, set, rules::match(set, clean));
}

TEST(CoverTitle, TheLineThatNamesTheAudit) {
  const Report r = cover_report();
  EXPECT_EQ(r.title.value_or(""), "Granskning av kommunens krisberedskap");
  EXPECT_EQ(r.date.value_or(""), "2024-03-15");
}

TEST(CoverTitle, ANameWithItsTitleLineBelow) {
  const Report r = cover_report();
  ASSERT_EQ(r.signatories.size(), 1u);
  EXPECT_EQ(r.signatories[0].name, "Susanna Huber");
  EXPECT_EQ(r.signatories[0].role, "Revisionskonsult");
}

}  // namespace
}  // namespace gransk::corpus
