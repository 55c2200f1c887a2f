// A cover set in the body's type has no heading to take the title from: the
// line of the first page that names the audit is the title ("Granskning av
// kommunens krisberedskap"), not the firm, the organisation or the date; and a
// name on its own line with a line of titles below it is a signatory with that
// role, whether or not its first name is in the word list.
#include <gtest/gtest.h>

#include "hand_built_report.h"

namespace gransk::corpus {
namespace {

using extractor::BlockKind;

Report cover_report() {
  using test::block;
  return test::report_of(
      {block(BlockKind::Paragraph, "Revisionsrapport"),
       block(BlockKind::Paragraph, "Granskning av kommunens krisberedskap"),
       block(BlockKind::Paragraph, "Laholms kommun"), block(BlockKind::Paragraph, "Susanna Huber"),
       block(BlockKind::Paragraph, "Revisionskonsult"), block(BlockKind::Paragraph, "2024-03-15"),
       block(BlockKind::Heading, "Sammanfattning", 2, 1),
       block(BlockKind::Paragraph,
             "Grant Thornton har på uppdrag av de förtroendevalda revisorerna i "
             "Laholms kommun granskat kommunens krisberedskap. Granskningen "
             "avser kommunstyrelsen.",
             2)});
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
