// A list a word processor set as plain paragraphs (LibreOffice and Word lose
// the bullets of many lists): the short paragraphs after a lead-in that ends
// with a colon are its items. After a list with bullets, the paragraphs are
// text again: a signature or "Datum som ovan" is no recommendation.
#include <gtest/gtest.h>

#include "hand_built_report.h"

namespace gransk::corpus {
namespace {

using extractor::BlockKind;
using test::block;

const char* kIntro =
    "KPMG har på uppdrag av de förtroendevalda revisorerna i Sala kommun granskat "
    "socialnämndens interna kontroll. Revisionsrapport 2024. Granskningen avser socialnämnden. "
    "Syftet med granskningen är att "
    "bedöma om nämnden har en tillräcklig intern kontroll.";

// A summary that opens with who audited what, then `rest`.
Report summary_with(std::vector<extractor::Block> rest) {
  std::vector<extractor::Block> blocks = {block(BlockKind::Heading, "Sammanfattning", 1, 1),
                                          block(BlockKind::Paragraph, kIntro)};
  blocks.insert(blocks.end(), rest.begin(), rest.end());
  return test::report_of(std::move(blocks));
}

TEST(ParagraphListItems, ParagraphsAfterALeadInAreItsItems) {
  const Report r = summary_with(
      {block(BlockKind::Paragraph, "Mot bakgrund av granskningen lämnar vi följande förslag:"),
       block(BlockKind::Paragraph,
             "Ta fram en plan för kompetensförsörjningen inom äldreomsorgen."),
       block(BlockKind::Paragraph, "Inför en rutin för kontroll av leverantörsregistret."),
       block(BlockKind::Heading, "Inledning", 1, 1),
       block(BlockKind::Paragraph, "Granskningen har genomförts genom intervjuer.")});
  ASSERT_EQ(r.recommendations.size(), 2u);
  EXPECT_EQ(r.recommendations[0].text,
            "Ta fram en plan för kompetensförsörjningen inom äldreomsorgen.");
  EXPECT_EQ(r.recommendations[1].text, "Inför en rutin för kontroll av leverantörsregistret.");
}

TEST(ParagraphListItems, AfterABulletedListTheParagraphsAreText) {
  const Report r = summary_with(
      {block(BlockKind::Paragraph, "Vi rekommenderar socialnämnden att:"),
       block(BlockKind::ListItem, "utveckla uppföljningen av avtalstroheten."),
       block(BlockKind::Paragraph, "Datum som ovan"),
       block(BlockKind::Paragraph, "Karin Lövgren, certifierad kommunal revisor, KPMG AB")});
  ASSERT_EQ(r.recommendations.size(), 1u);
  EXPECT_EQ(r.recommendations[0].text, "utveckla uppföljningen av avtalstroheten.");
}

TEST(ParagraphListItems, ALongPassageEndsTheList) {
  const Report r = summary_with(
      {block(BlockKind::Paragraph, "Vi lämnar följande rekommendationer:"),
       block(BlockKind::Paragraph, "Upprätta en långsiktig underhållsplan för fastigheterna."),
       block(BlockKind::Paragraph, std::string(50, 'x') +
                                       " Under granskningen har vi tagit del av styrdokument, "
                                       "protokoll och uppföljningar och intervjuat tjänstemän " +
                                       std::string(400, 'y')),
       block(BlockKind::Paragraph, "Säkerställ att kontrollerna dokumenteras i systemet.")});
  ASSERT_EQ(r.recommendations.size(), 1u);
  EXPECT_EQ(r.recommendations[0].text, "Upprätta en långsiktig underhållsplan för fastigheterna.");
}

}  // namespace
}  // namespace gransk::corpus
