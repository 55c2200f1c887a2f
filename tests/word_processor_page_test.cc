// A word processor's page (LibreOffice Writer from HTML, Word) sets text with
// less space than a browser: a labelled line stands right above the comment on
// it, and the paragraph after a table right below its last row, as close as a
// wrapped line. What still parts them: a first line that ended its sentence
// where the next line's first word would have fitted, at another indent; a
// line with no cell border beside it under a bordered table; a line in the
// body's size under a table set smaller.
#include <gtest/gtest.h>

#include "layout.h"
#include "synthetic_page.h"
#include "synthetic_words.h"

namespace gransk::extractor::detail {
namespace {

using test::set_words;

std::vector<Block> layout(std::vector<Word> words, std::vector<Box> rules = {}) {
  std::vector<Block> blocks;
  layout_page(test::page_of(std::move(words), false, {}, std::move(rules)), 11, blocks);
  return blocks;
}

// A page's body lines run from 57 to about 540 pt (5 pt a character).
TEST(WordProcessorPage, ALabelledLineIsAParagraphAboveItsComment) {
  std::vector<Word> w;
  set_words(w, "Rek. 5 Ta fram en dokumenterad rutin för kommunicering med grannar.", 72, 100);
  set_words(w, "En rutin för kommunicering fastställdes av nämnden i februari 2022 och har", 57,
            114);
  set_words(w, "implementerats genom standardiserade skrivelser.", 57, 128);
  const auto blocks = layout(std::move(w));
  ASSERT_EQ(blocks.size(), 2u);
  EXPECT_EQ(blocks[0].text, "Rek. 5 Ta fram en dokumenterad rutin för kommunicering med grannar.");
}

// A paragraph whose first line is indented and full: the next word did not
// fit, so the line wrapped and the paragraph goes on.
TEST(WordProcessorPage, AFullIndentedFirstLineGoesOn) {
  std::vector<Word> w;
  set_words(w, "Nämnden har infört månatlig uppföljning av handläggningstiderna i bygglov.", 150,
            100);
  set_words(w, "Andelen ärenden som beslutades inom tio veckor har ökat sedan förra året.", 57,
            114);
  const auto blocks = layout(std::move(w));
  ASSERT_EQ(blocks.size(), 1u);
}

// Two rows of a bordered table (cells 57–330 and 330–540), then a lead-in set
// right below the bottom border with none beside it.
TEST(WordProcessorPage, TextRightBelowABorderedTableIsNotItsLastCell) {
  std::vector<Word> w;
  set_words(w, "Revisionsfråga", 60, 100);
  set_words(w, "Svar", 335, 100);
  set_words(w, "Följer nämnden upp att åtgärderna har haft effekt?", 60, 118);
  set_words(w, "Nej", 335, 118);
  set_words(w, "Utifrån vår uppföljning rekommenderar vi nämnden att:", 58.5, 136);
  const std::vector<Box> rules{{57, 97, 540, 97.5},     {57, 115, 540, 115.5},
                               {57, 133, 540, 133.5},   {56.8, 97, 57.3, 133.5},
                               {330, 97, 330.5, 133.5}, {539.5, 97, 540, 133.5}};
  const auto blocks = layout(std::move(w), rules);
  ASSERT_EQ(blocks.size(), 2u);
  EXPECT_EQ(blocks[0].kind, BlockKind::Table);
  EXPECT_EQ(blocks[0].rows.size(), 2u);
  EXPECT_EQ(blocks[1].text, "Utifrån vår uppföljning rekommenderar vi nämnden att:");
}

// The same table without borders, its cells set in 9.5 pt, the body's 11 pt
// line right below: a size no line of the table has.
TEST(WordProcessorPage, TextInTheBodysSizeBelowASmallerTableIsNotItsLastCell) {
  const test::Type cell{4.3, 11.7, 9.5};
  std::vector<Word> w;
  set_words(w, "Revisionsfråga", 58, 152, cell);
  set_words(w, "Svar", 506, 152, cell);
  set_words(w, "Har nämnden vidtagit ändamålsenliga åtgärder med anledning av granskningen?", 58,
            169.5, cell);
  set_words(w, "Delvis", 506, 169.5, cell);
  set_words(w, "Följer nämnden upp att vidtagna åtgärder har fått avsedd effekt?", 58, 186.5, cell);
  set_words(w, "Nej", 506, 186.5, cell);
  set_words(w, "Utifrån vår uppföljning rekommenderar vi nämnden att:", 56.8, 202.5);
  const auto blocks = layout(std::move(w));
  ASSERT_EQ(blocks.size(), 2u);
  EXPECT_EQ(blocks[0].kind, BlockKind::Table);
  EXPECT_EQ(blocks[1].text, "Utifrån vår uppföljning rekommenderar vi nämnden att:");
}

}  // namespace
}  // namespace gransk::extractor::detail
