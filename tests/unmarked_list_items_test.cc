// A list whose bullets are drawn as shapes (no glyph in the text) and whose
// items have no end punctuation: an item ends where the next line's first
// word would have fitted after it, and wraps where it would not.
#include <gtest/gtest.h>

#include "layout.h"
#include "lines.h"
#include "synthetic_words.h"

namespace gransk::extractor::detail {
namespace {

void set(std::vector<Word>& out, const std::string& text, double x, double y) {
  test::set_words(out, text, x, y, {.char_width = 4.0, .height = 12, .size = 10});
}

TEST(UnmarkedListItems, ItemThatEndsShortOfTheWrapIsItsOwnItem) {
  std::vector<Word> words;
  // The body runs to x = 60 + 4 * 100 or so; the list is indented at 80.
  set(words, "Vår sammanfattande bedömning är att nämnden delvis har styrt hemtjänsten", 60, 100);
  set(words, "på ett ändamålsenligt sätt och att uppföljningen behöver utvecklas mer.", 60, 114);
  set(words, "Mot bakgrund av granskningen rekommenderar vi socialnämnden att:", 60, 134);
  double y = 152;
  // First item wraps: its second line's first word would not have fitted.
  set(words, "säkerställa att avvikelser mellan beviljad, planerad och utförd tid", 80, y);
  set(words, "analyseras månatligen och rapporteras till nämnden", 80, y += 14);
  // Two one-line items, then a last one.
  set(words, "ta fram en handlingsplan för personalkontinuitet", 80, y += 14);
  set(words, "tydliggöra rutinen för omprövning av biståndsbeslut", 80, y += 14);
  set(words, "komplettera uppföljningen med nyckeltal om kvalitet", 80, y += 14);
  PageLines page;
  page.number = 1;
  page.lines = group_lines(std::move(words));
  page.furniture.assign(page.lines.size(), false);
  std::vector<Block> blocks;
  layout_page(page, 10, blocks);
  std::vector<std::string> items;
  for (const Block& b : blocks)
    if (b.kind == BlockKind::ListItem) items.push_back(b.text);
  ASSERT_EQ(items.size(), 4u) << (items.empty() ? "" : items.front());
  EXPECT_EQ(items[0],
            "säkerställa att avvikelser mellan beviljad, planerad och utförd tid analyseras "
            "månatligen och rapporteras till nämnden");
  EXPECT_EQ(items[1], "ta fram en handlingsplan för personalkontinuitet");
  EXPECT_EQ(items[3], "komplettera uppföljningen med nyckeltal om kvalitet");
}

}  // namespace
}  // namespace gransk::extractor::detail
