// Signatures set side by side, with their titles on the line below or in the
// same cell after a party: whatever stands above them (a place and date, a
// firm's short name, a board), they are the report's signatories. A table
// row of names with no titles under it is not. Names and titles read as one
// block ("Anders Wikström Regiondirektör  Camilla Sjödin HR-direktör"), and a
// name whose title line went over a page break, sign too; a name over a title in
// the middle of a report (a list of those interviewed) does not.
#include <gtest/gtest.h>

#include "hand_built_report.h"

namespace gransk::corpus {
namespace {

using extractor::BlockKind;
using test::block;

const char* kIntro =
    "EY har på uppdrag av de förtroendevalda revisorerna i Ockelbo kommun granskat "
    "kommunstyrelsens avtalshantering. Revisionsrapport 2024. Granskningen avser "
    "kommunstyrelsen.";

extractor::Block row(std::vector<std::string> cells, int page = 1) {
  extractor::Block t = block(BlockKind::Table, "", page);
  t.rows = {extractor::TableRow{std::move(cells)}};
  return t;
}

std::vector<std::string> names(const Report& r) {
  std::vector<std::string> out;
  for (const Signatory& s : r.signatories) out.push_back(s.name);
  std::sort(out.begin(), out.end());
  return out;
}

TEST(SignatureRows, NamesOverALineOfTitles) {
  const Report r = test::report_of(
      {block(BlockKind::Heading, "Sammanfattning", 1, 1), block(BlockKind::Paragraph, kIntro),
       block(BlockKind::Paragraph, "Gävle den 16 maj 2024"), block(BlockKind::Paragraph, "EY"),
       row({"Karin Hedlund", "Jonas Wiklund"}),
       block(BlockKind::Paragraph,
             "Certifierad kommunal revisor, uppdragsledare Revisionskonsult")});
  EXPECT_EQ(names(r), (std::vector<std::string>{"Jonas Wiklund", "Karin Hedlund"}));
}

TEST(SignatureRows, NameWithPartyAndTitleInOneCell) {
  const Report r = test::report_of(
      {block(BlockKind::Heading, "Sammanfattning", 1, 1), block(BlockKind::Paragraph, kIntro),
       block(BlockKind::Paragraph, "Socialnämnden"),
       row({"Maria Engström (S) Ordförande", "Jan-Erik Holm Socialchef"})});
  EXPECT_EQ(names(r), (std::vector<std::string>{"Jan-Erik Holm", "Maria Engström"}));
}

TEST(SignatureRows, ARowOfNamesWithoutTitlesIsNoSignature) {
  const Report r = test::report_of(
      {block(BlockKind::Heading, "Sammanfattning", 1, 1), block(BlockKind::Paragraph, kIntro),
       block(BlockKind::Heading, "Metod", 3, 1),
       block(BlockKind::Paragraph, "Intervjuer har genomförts med:", 3),
       row({"Anders Berg", "Lisa Holm"}, 3),
       block(BlockKind::Paragraph, "Granskningen har genomförts under våren 2024.", 3)});
  EXPECT_TRUE(r.signatories.empty()) << r.signatories.front().name;
}

TEST(SignatureRows, NamesAndTitlesInOneBlock) {
  const Report r = test::report_of(
      {block(BlockKind::Heading, "Sammanfattning", 1, 1), block(BlockKind::Paragraph, kIntro),
       block(BlockKind::Paragraph, "Västerås den 12 mars 2024", 2),
       block(BlockKind::Paragraph, "Anders Wikström Regiondirektör\tCamilla Sjödin HR-direktör", 2),
       block(BlockKind::Paragraph, "Sofia Bengtsson Henrik Malm Revisionsdirektör Certifierad "
                                   "kommunal revisor", 2)});
  EXPECT_EQ(names(r), (std::vector<std::string>{"Anders Wikström", "Camilla Sjödin",
                                                "Henrik Malm", "Sofia Bengtsson"}));
}

TEST(SignatureRows, TitleLineAfterAPageBreak) {
  const Report r = test::report_of(
      {block(BlockKind::Heading, "Sammanfattning", 1, 1), block(BlockKind::Paragraph, kIntro),
       block(BlockKind::Paragraph, "Malmö den 18 september 2023", 4),
       block(BlockKind::Paragraph, "Sara Lund Projektledare", 4),
       block(BlockKind::Paragraph, "Ahmed Karimi", 4), block(BlockKind::Paragraph, "Revisor", 5)});
  EXPECT_EQ(names(r), (std::vector<std::string>{"Ahmed Karimi", "Sara Lund"}));
}

TEST(SignatureRows, InterviewedInTheMiddleIsNoSignature) {
  const Report r = test::report_of(
      {block(BlockKind::Heading, "Sammanfattning", 1, 1), block(BlockKind::Paragraph, kIntro),
       block(BlockKind::Heading, "Metod", 2, 1),
       block(BlockKind::Paragraph, "Intervjuer har genomförts med:", 2),
       block(BlockKind::Paragraph, "Ahmed Karimi", 2), block(BlockKind::Paragraph, "Ekonomichef", 2),
       block(BlockKind::Paragraph, "Lisa Holm Kommundirektör\tAnders Berg HR-chef", 2),
       block(BlockKind::Heading, "Iakttagelser", 3, 1),
       block(BlockKind::Paragraph, "Nämnden har en plan.", 3),
       block(BlockKind::Heading, "Bedömning", 4, 1),
       block(BlockKind::Paragraph, "Vi bedömer att planen är tillräcklig.", 4),
       block(BlockKind::Heading, "Bilaga", 5, 1),
       block(BlockKind::Paragraph, "Dokumentförteckning.", 5)});
  EXPECT_TRUE(r.signatories.empty()) << r.signatories.front().name;
}

}  // namespace
}  // namespace gransk::corpus
