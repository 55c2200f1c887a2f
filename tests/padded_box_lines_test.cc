// LibreOffice sets every line of a padded paragraph (a bordered box, a framed
// revisionsfråga) as far apart as paragraphs: the sentence is still one
// paragraph when it goes on in lower case below a full line. A line that ends
// a sentence, a short line, or a capital after it still parts paragraphs. A bold
// line cut at a comma goes on below even where that line looks like a heading.
#include <gtest/gtest.h>

#include "layout.h"
#include "synthetic_page.h"
#include "synthetic_words.h"

namespace gransk::extractor::detail {
namespace {

using test::set_words;

// Body text from the margin (57 pt) to the right edge, then the box's lines
// 41.8 pt apart (the body's lines are 16.9 pt apart), indented as in a frame.
std::vector<std::string> texts(const std::vector<std::string>& box_lines) {
  std::vector<Word> words;
  set_words(words, "Hemtjänst är en av de största verksamheterna inom socialnämndens område och",
            57, 100);
  set_words(words, "antalet personer med hemtjänst har ökat med fjorton procent sedan år 2019.", 57,
            117);
  double y = 160;
  for (const std::string& l : box_lines) {
    set_words(words, l, 78, y);
    y += 41.8;
  }
  std::vector<Block> blocks;
  layout_page(test::page_of(std::move(words)), 11, blocks);
  std::vector<std::string> out;
  for (const Block& b : blocks) out.push_back(b.text);
  return out;
}

TEST(PaddedBoxLines, ASentenceWrappedInABoxIsOneParagraph) {
  const auto t = texts({"Granskningen syftar till att bedöma om socialnämnden säkerställer att",
                        "hemtjänsten bedrivs ändamålsenligt och med tillräcklig intern kontroll."});
  ASSERT_EQ(t.size(), 2u);
  EXPECT_EQ(t[1],
            "Granskningen syftar till att bedöma om socialnämnden säkerställer att hemtjänsten "
            "bedrivs ändamålsenligt och med tillräcklig intern kontroll.");
}

TEST(PaddedBoxLines, AWrappedNumberedStatementIsOneItem) {
  const auto t = texts({"1. Socialnämnden har fastställt mål och riktlinjer för hemtjänsten som",
                        "är kända i verksamheten.",
                        "2. Planeringen av insatser sker utifrån biståndsbeslut och aktuella",
                        "genomförandeplaner."});
  ASSERT_EQ(t.size(), 3u);
  EXPECT_EQ(t[1],
            "Socialnämnden har fastställt mål och riktlinjer för hemtjänsten som är kända "
            "i verksamheten.");
  EXPECT_EQ(t[2],
            "Planeringen av insatser sker utifrån biståndsbeslut och aktuella "
            "genomförandeplaner.");
}

TEST(PaddedBoxLines, ParagraphsStayApart) {
  // A sentence that ended, a short line, a capital: three reasons to part.
  const auto t =
      texts({"Granskningen har genomförts genom dokumentstudier och intervjuer med chefer.",
             "revisionsfrågan besvaras nedan.", "Kontaktperson", "samordnare för revisionen",
             "Revisionen har genomförts under hösten", "Stickprov har tagits i tjugo akter."});
  EXPECT_EQ(t.size(), 7u);
}

// A framed question set in bold: its first line ends in a comma, and its second
// line alone (bold, ending in "?") would pass for a heading. It goes on.
TEST(PaddedBoxLines, ABoldQuestionThatWrapsAtACommaIsOneBlock) {
  std::vector<Word> words;
  set_words(words, "Hemtjänst är en av de största verksamheterna inom socialnämndens område och",
            57, 100);
  set_words(words, "antalet personer med hemtjänst har ökat med fjorton procent sedan år 2019.", 57,
            117);
  test::Type bold;
  bold.bold = true;
  set_words(words, "Fattas dokumenterade beslut när en bisyssla bedöms som förtroendeskadlig,", 71,
            150, bold);
  set_words(words, "arbetshindrande eller konkurrerande?", 71, 162, bold);
  std::vector<Block> blocks;
  layout_page(test::page_of(std::move(words)), 11, blocks);
  ASSERT_EQ(blocks.size(), 2u);
  EXPECT_EQ(blocks[1].text,
            "Fattas dokumenterade beslut när en bisyssla bedöms som förtroendeskadlig, "
            "arbetshindrande eller konkurrerande?");
}

// The same set by LibreOffice in a padded box, its lines as far apart as
// paragraphs (27.5 pt from line to line, as in Ljusdal's framed question 4):
// the question's second line alone passed for a heading and took the answer.
TEST(PaddedBoxLines, ABoldQuestionWrappedAtACommaInAPaddedBoxIsOneBlock) {
  std::vector<Word> words;
  set_words(words, "Hemtjänst är en av de största verksamheterna inom socialnämndens område och",
            57, 100);
  set_words(words, "antalet personer med hemtjänst har ökat med fjorton procent sedan år 2019.", 57,
            117);
  test::Type bold;
  bold.bold = true;
  set_words(words, "Fattas dokumenterade beslut när en bisyssla bedöms som förtroendeskadlig,", 74,
            160, bold);
  set_words(words, "arbetshindrande eller konkurrerande?", 74, 187.5, bold);
  std::vector<Block> blocks;
  layout_page(test::page_of(std::move(words)), 11, blocks);
  ASSERT_EQ(blocks.size(), 2u);
  EXPECT_EQ(blocks[1].text,
            "Fattas dokumenterade beslut när en bisyssla bedöms som förtroendeskadlig, "
            "arbetshindrande eller konkurrerande?");
}

// The same when only the line's last words are bold: the question after its
// label in running text ("… revisionsfråga är: Bedriver … en" / "ändamålsenlig
// ekonomistyrning?", the second line bold and ending in "?").
TEST(PaddedBoxLines, ABoldRunThatWrapsGoesOnInItsParagraph) {
  std::vector<Word> words;
  set_words(words, "Granskningens övergripande revisionsfråga är:", 57, 100);
  test::Type bold;
  bold.bold = true;
  set_words(words, "Bedriver vård- och omsorgsnämnden en", 285, 100, bold);
  set_words(words, "ändamålsenlig ekonomistyrning?", 57, 113, bold);
  std::vector<Block> blocks;
  layout_page(test::page_of(std::move(words)), 11, blocks);
  ASSERT_EQ(blocks.size(), 1u);
  EXPECT_EQ(blocks[0].kind, BlockKind::Paragraph);
}

// A bold question in a padded box, read as a heading: its second line, as far
// below as a paragraph would be, goes on when the first did not end.
TEST(PaddedBoxLines, ABoldHeadingInABoxGoesOnInLowerCase) {
  std::vector<Word> words;
  set_words(words, "Hemtjänst är en av de största verksamheterna inom socialnämndens område och",
            57, 100);
  set_words(words, "antalet personer med hemtjänst har ökat med fjorton procent sedan år 2019.", 57,
            117);
  test::Type bold;
  bold.bold = true;
  set_words(words, "Finns ändamålsenliga riktlinjer för hur bisysslor ska anmälas, prövas", 74, 150,
            bold);
  set_words(words, "och dokumenteras?", 74, 178, bold);  // 14 pt below the line above
  std::vector<Block> blocks;
  layout_page(test::page_of(std::move(words)), 11, blocks);
  ASSERT_EQ(blocks.size(), 2u);
  EXPECT_EQ(blocks[1].text,
            "Finns ändamålsenliga riktlinjer för hur bisysslor ska anmälas, prövas och "
            "dokumenteras?");
}

}  // namespace
}  // namespace gransk::extractor::detail
