// Browsers draw list bullets as small filled shapes, not glyphs. An item is
// known by its bullet: a wrapped item whose last line is full and has no end
// punctuation still ends where the next bullet stands ("… de kommunala
// befogenheterna" / "• dokumentera ägardialogerna …"), and a line without a
// bullet goes on the item above however short the line before it was.
#include <gtest/gtest.h>

#include "layout.h"
#include "synthetic_page.h"
#include "synthetic_words.h"

namespace gransk::extractor::detail {
namespace {

using test::set_words;

// A disc of 4 pt, 14 pt left of the item's text, at the height of its line.
Box bullet(double text_x, double y) { return {text_x - 18, y + 5, text_x - 14, y + 9}; }

// The texts of the list items the page is laid out into.
std::vector<std::string> items_of(std::vector<Word> words, std::vector<Box> marks) {
  std::vector<Block> blocks;
  layout_page(test::page_of(std::move(words), false, std::move(marks)), 11, blocks);
  std::vector<std::string> items;
  for (const Block& b : blocks)
    if (b.kind == BlockKind::ListItem) items.push_back(b.text);
  return items;
}

TEST(DrawnBullets, AFullLineWithoutPunctuationStillEndsItsItemAtTheNextBullet) {
  std::vector<Word> words;
  set_words(words, "Vi rekommenderar kommunstyrelsen att:", 57, 100);
  // Item 1 wraps; its second line runs to the right edge with no full stop.
  set_words(words, "säkerställa att underlaget för prövningen innehåller en bedömning per bolag",
            75, 120);
  set_words(words, "av om verksamheten har varit förenlig med det kommunala ändamålet och", 75, 134);
  set_words(words, "dokumentera ägardialogerna och de åtgärder som har överenskommits.", 75, 148);
  // A body line that sets the right edge of the column.
  set_words(words, "Revisorerna önskar få kommunstyrelsens yttrande över rapporten senast den", 57,
            175);
  const auto items = items_of(std::move(words), {bullet(75, 120), bullet(75, 148)});
  ASSERT_EQ(items.size(), 2u);
  EXPECT_EQ(items[1], "dokumentera ägardialogerna och de åtgärder som har överenskommits.");
}

TEST(DrawnBullets, ALineWithoutABulletGoesOnTheItemAbove) {
  std::vector<Word> words;
  set_words(words, "Vi rekommenderar nämnden att:", 57, 100);
  set_words(words, "fastställa en plan", 75, 120);
  set_words(words, "för internkontrollen.", 75, 134);  // would have fitted above: still no item
  set_words(words, "följa upp planen.", 75, 148);
  set_words(words, "Revisorerna önskar få kommunstyrelsens yttrande över rapporten senast den", 57,
            175);
  const auto items = items_of(std::move(words), {bullet(75, 120), bullet(75, 148)});
  ASSERT_EQ(items.size(), 2u);
  EXPECT_EQ(items[0], "fastställa en plan för internkontrollen.");
  EXPECT_EQ(items[1], "följa upp planen.");
}

}  // namespace
}  // namespace gransk::extractor::detail
