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

// A heading set in `size` pt on `page`: the title is the largest one.
extractor::Block heading(const std::string& text, double size, int page = 1) {
  extractor::Block h = test::block(BlockKind::Heading, text, page, 1);
  h.font_size = size;
  return h;
}

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

// "Vara kommun – Granskning av …": the title is what follows the organisation;
// a heading broken before its date ("… per" / "2020-12-31") ends with the date.
Report titled(const std::string& title, const std::string& next_line) {
  using test::block;
  return test::report_of(
      {heading(title, 24), block(BlockKind::Paragraph, next_line),
       block(BlockKind::Heading, "Sammanfattning", 2, 1),
       block(BlockKind::Paragraph,
             "KPMG har på uppdrag av de förtroendevalda revisorerna i Vara kommun granskat "
             "löneprocessen. Granskningen avser kommunstyrelsen.",
             2)});
}

TEST(CoverTitle, WithoutTheOrganisationBeforeIt) {
  EXPECT_EQ(titled("Vara kommun – Granskning av intern kontroll i löneprocessen", "Mars 2024")
                .title.value_or(""),
            "Granskning av intern kontroll i löneprocessen");
}

TEST(CoverTitle, AHeadingBrokenBeforeItsDate) {
  EXPECT_EQ(titled("Granskning av bokslut och årsredovisning per", "2020-12-31").title.value_or(""),
            "Granskning av bokslut och årsredovisning per 2020-12-31");
}

TEST(CoverTitle, TheCoverLineBeforeAHeadingOfPageTwo) {
  using test::block;
  const Report r = test::report_of(
      {heading("Rapport", 28), block(BlockKind::Paragraph, "Granskning av inköpsprocessen"),
       block(BlockKind::Paragraph, "Timrå kommun"), heading("Svar på revisionsfrågan", 16, 2),
       block(BlockKind::Paragraph,
             "Deloitte har på uppdrag av de förtroendevalda revisorerna granskat inköpsprocessen. "
             "Granskningen avser kommunstyrelsen.",
             2)});
  EXPECT_EQ(r.title.value_or(""), "Granskning av inköpsprocessen");
}

TEST(CoverTitle, AOneWordTitleButNotTheFirmOrThePlace) {
  using test::block;
  const Report r = test::report_of(
      {heading("Deloitte.", 30), heading("LUDVIKA", 28), heading("Bisysslor", 26),
       block(BlockKind::Paragraph, "Revisionsrapport 2012"),
       block(BlockKind::Heading, "Sammanfattning", 2, 1),
       block(BlockKind::Paragraph,
             "Deloitte har på uppdrag av de förtroendevalda revisorerna granskat bisysslor. "
             "Granskningen avser kommunstyrelsen.",
             2)});
  EXPECT_EQ(r.title.value_or(""), "Bisysslor");
}

// A blank page before the cover (a word processor's, or a cover that is one
// image): the cover is the first page with text, for every rule of the cover.
TEST(CoverTitle, ABlankPageBeforeTheCoverMovesNothing) {
  using test::block;
  const Report r = test::report_of(
      {block(BlockKind::Paragraph, "Revisionsrapport", 2),
       block(BlockKind::Paragraph, "Granskning av personalfunktionen", 2),
       block(BlockKind::Paragraph, "Kerstin Svensson, Cert. kommunal revisor", 2),
       block(BlockKind::Paragraph, "Johan Sjöberg", 2),
       block(BlockKind::Paragraph, "februari 2015", 2),
       block(BlockKind::Paragraph, "Mjölby kommun", 2),
       block(BlockKind::Heading, "Sammanfattning", 3, 1),
       block(BlockKind::Paragraph,
             "PwC har på uppdrag av de förtroendevalda revisorerna granskat personalfunktionen. "
             "Granskningen avser kommunstyrelsen.",
             3)});
  ASSERT_TRUE(r.organisation.has_value());
  EXPECT_EQ(r.organisation->name, "Mjölby kommun");
  EXPECT_EQ(r.title.value_or(""), "Granskning av personalfunktionen");
  std::vector<std::string> names;
  for (const Signatory& x : r.signatories) names.push_back(x.name);
  EXPECT_NE(std::find(names.begin(), names.end(), "Johan Sjöberg"), names.end());
}

}  // namespace
}  // namespace gransk::corpus
