// A word processor's table (LibreOffice from HTML, Word) leaves only a word
// space between a cell filled to its edge and the next cell ("… som ligger
// Gul"). The cell borders it draws say where cells end: a drawn vertical
// line between two words parts them, and a row number between two borders at
// the page's foot is a cell, not a page number.
#include <gtest/gtest.h>

#include "furniture.h"
#include "layout.h"
#include "synthetic_page.h"
#include "synthetic_words.h"

namespace gransk::extractor::detail {
namespace {

using test::set_words;

// A vertical border from y0 to y1 at x, half a point wide.
Box border(double x, double y0, double y1) { return {x - 0.25, y0, x + 0.25, y1}; }

// Borders of a three-column table (x 56 | 74 | cell | cell + 60) from y0 to y1.
std::vector<Box> borders(double y0, double y1, double cell = 340) {
  return {border(56, y0, y1), border(74, y0, y1), border(cell, y0, y1), border(cell + 60, y0, y1)};
}

std::vector<Block> tables_of(const PageLines& page) {
  std::vector<Block> blocks;
  layout_page(page, 11, blocks);
  std::erase_if(blocks, [](const Block& b) { return b.kind != BlockKind::Table; });
  return blocks;
}

TEST(DrawnTableBorders, ABorderPartsCellsAWordSpaceApart) {
  // The question of row 2 fills its cell: "ligger" ends 3 pt before "Gul".
  std::vector<Word> row2;
  set_words(row2, "Finns en aktuell risk- och sårbarhetsanalys som ligger", 76, 140);
  const double border_x = row2.back().box.x1 + 1.5, cell_x = border_x + 1.5;
  std::vector<Word> words;
  set_words(words, "Nr", 58, 100);
  set_words(words, "Revisionsfråga", 76, 100);
  set_words(words, "Bedömning", cell_x, 100);
  set_words(words, "1", 58, 120);
  set_words(words, "Finns en krisledningsorganisation?", 76, 120);
  set_words(words, "Grön", cell_x, 120);
  set_words(words, "2", 58, 140);
  words.insert(words.end(), row2.begin(), row2.end());
  set_words(words, "Gul", cell_x, 140);
  const auto tables =
      tables_of(test::page_of(std::move(words), false, {}, borders(98, 160, border_x)));
  ASSERT_EQ(tables.size(), 1u);
  ASSERT_EQ(tables[0].rows.size(), 3u);
  const std::vector<std::string> expected{
      "2", "Finns en aktuell risk- och sårbarhetsanalys som ligger", "Gul"};
  EXPECT_EQ(tables[0].rows[2].cells, expected);
}

TEST(DrawnTableBorders, NoBorderNoSplit) {
  // The same words in running text, with no border drawn: one line.
  std::vector<Word> words;
  set_words(words, "Finns en aktuell risk- och sårbarhetsanalys som ligger Gul", 76, 140);
  const PageLines page = test::page_of(std::move(words));
  ASSERT_EQ(page.lines.size(), 1u);
}

// The furniture of a one-page document whose foot holds a lone "2".
std::vector<std::string> furniture_of(bool in_cell) {
  std::vector<Word> words;
  set_words(words, "Löptext på sidan som sätter brödtextens storlek.", 76, 100);
  set_words(words, "2", 58, 758);  // at the foot, where a page number stands
  std::vector<PageLines> pages{
      test::page_of(std::move(words), false, {}, in_cell ? borders(750, 772) : std::vector<Box>{})};
  mark_furniture(pages, 11);
  std::vector<std::string> out;
  for (size_t i = 0; i < pages[0].lines.size(); ++i)
    if (pages[0].furniture[i]) out.push_back(pages[0].lines[i].text());
  return out;
}

TEST(DrawnTableBorders, ARowNumberInACellAtThePageFootIsNoPageNumber) {
  EXPECT_TRUE(furniture_of(true).empty());
  EXPECT_EQ(furniture_of(false), std::vector<std::string>{"2"});
}

}  // namespace
}  // namespace gransk::extractor::detail
