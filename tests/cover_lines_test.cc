// A cover set in the body's type (a word processor that dropped the styles):
// "Revisionsrapport" / "Granskning av investeringsprocessen" / "Falkenbergs
// kommun" / "2022-11-24", each line far shorter than the page is wide and the
// next line's first word would have fitted after it. Each is a block of its
// own, so the title and the date are found; a paragraph that wraps stays one.
#include <gtest/gtest.h>

#include "layout.h"
#include "synthetic_page.h"
#include "synthetic_words.h"

namespace gransk::extractor::detail {
namespace {

using test::set_words;

std::vector<std::string> blocks_of(std::vector<Word> words, int page) {
  PageLines p = test::page_of(std::move(words));
  p.number = page;
  p.first_with_text = page == 1;
  std::vector<Block> blocks;
  layout_page(p, 11, blocks);
  std::vector<std::string> out;
  for (const Block& b : blocks) out.push_back(b.text);
  return out;
}

std::vector<Word> cover_and_paragraph() {
  std::vector<Word> words;
  double y = 90;
  for (const char* line : {"Revisionsrapport", "Granskning av investeringsprocessen",
                           "Falkenbergs kommun", "2022-11-24"}) {
    set_words(words, line, 57, y);
    y += 16.4;
  }
  // A paragraph whose lines run to the right edge (57 to about 540).
  set_words(words, "Grant Thornton har på uppdrag av de förtroendevalda revisorerna i kommunen", 57,
            200);
  set_words(words, "granskat kommunens investeringsprocess under år 2022 och lämnar sina", 57,
            216.4);
  set_words(words, "rekommendationer till kommunstyrelsen.", 57, 232.8);
  return words;
}

TEST(CoverLines, EachShortLineOfACoverIsABlock) {
  const auto blocks = blocks_of(cover_and_paragraph(), 1);
  ASSERT_EQ(blocks.size(), 5u);
  EXPECT_EQ(blocks[1], "Granskning av investeringsprocessen");
  EXPECT_EQ(blocks[3], "2022-11-24");
  EXPECT_EQ(blocks[4].rfind("Grant Thornton har", 0), 0u);
}

TEST(CoverLines, AfterTheFirstPageShortLinesStillJoin) {
  // Signatures ("Karin Lövgren" / "Certifierad kommunal revisor") are read as
  // one block of name and role there.
  EXPECT_EQ(blocks_of(cover_and_paragraph(), 3).size(), 2u);
}

}  // namespace
}  // namespace gransk::extractor::detail
