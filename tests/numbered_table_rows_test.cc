// A table whose first column numbers its rows, the question wrapping below
// clear of its number (BDO's "# | Delfråga | Svar | Kommentar"): each row keeps
// its whole question beside its verdict. A numbered list with the same hanging
// indent but no cell beside it stays a list. A number set off from its text by
// more than a word space ("2    Finns en …", a two-column table LibreOffice
// draws without borders) numbers an item even without "." or ")".
#include <gtest/gtest.h>

#include "layout.h"
#include "synthetic_page.h"
#include "synthetic_words.h"

namespace gransk::extractor::detail {
namespace {

using test::set_words;

std::vector<Block> laid_out(std::vector<Word> words) {
  std::vector<Block> blocks;
  layout_page(test::page_of(std::move(words)), 11, blocks);
  return blocks;
}

TEST(NumberedTableRows, AWrappedQuestionStaysInItsRowBesideItsVerdict) {
  std::vector<Word> words;
  // The number 12 pt left of the question: less than a column gap.
  set_words(words, "#", 68, 178);
  set_words(words, "Delfråga", 87, 178);
  set_words(words, "Svar", 284, 178);
  set_words(words, "Kommentar", 331, 178);
  set_words(words, "1", 68, 198);
  set_words(words, "Är nämndens budget- och", 87, 198);
  set_words(words, "Ja", 284, 198);
  set_words(words, "Tidsplan finns.", 331, 198);
  set_words(words, "uppföljningsprocess dokumenterad?", 87, 212);
  set_words(words, "2", 68, 238);
  set_words(words, "Är budgeten fördelad på", 87, 238);
  set_words(words, "Delvis", 284, 238);
  set_words(words, "Gäller hemtjänsten", 331, 238);
  set_words(words, "enhetsnivå utifrån behov?", 87, 252);
  set_words(words, "men inte LSS.", 331, 252);
  const std::vector<Block> blocks = laid_out(std::move(words));
  const Block* table = nullptr;
  for (const Block& b : blocks)
    if (b.kind == BlockKind::Table && !table) table = &b;
  ASSERT_NE(table, nullptr);
  ASSERT_EQ(table->rows.size(), 3u);
  for (const TableRow& row : table->rows) ASSERT_EQ(row.cells.size(), 4u);
  EXPECT_EQ(table->rows[1].cells[1], "Är nämndens budget- och uppföljningsprocess dokumenterad?");
  EXPECT_EQ(table->rows[1].cells[2], "Ja");
  EXPECT_EQ(table->rows[2].cells[1], "Är budgeten fördelad på enhetsnivå utifrån behov?");
  EXPECT_EQ(table->rows[2].cells[2], "Delvis");
}

TEST(NumberedTableRows, ANumberedListWithAHangingIndentStaysAList) {
  std::vector<Word> words;
  set_words(words, "Vi rekommenderar nämnden att:", 68, 178);
  set_words(words, "1.", 68, 198);
  set_words(words, "säkerställa att budgeten fördelas utifrån", 87, 198);
  set_words(words, "aktuella volymer.", 87, 212);
  set_words(words, "2.", 68, 232);
  set_words(words, "utveckla prognosarbetet.", 87, 232);
  const std::vector<Block> blocks = laid_out(std::move(words));
  for (const Block& b : blocks) EXPECT_NE(b.kind, BlockKind::Table);
  bool whole = false;
  for (const Block& b : blocks)
    whole |= b.kind == BlockKind::ListItem &&
             b.text == "säkerställa att budgeten fördelas utifrån aktuella volymer.";
  EXPECT_TRUE(whole);
}

TEST(NumberedTableRows, ABareNumberSetOffFromItsTextNumbersAnItem) {
  std::vector<Word> words;
  set_words(words, "Följande revisionsfrågor ska besvaras:", 57, 160);
  set_words(words, "1", 58, 180);  // 11 pt before the question: a cell's padding, not a space
  set_words(words, "Har nämnden fastställt mål för hemtjänsten?", 75, 180);
  set_words(words, "2", 58, 200);
  set_words(words, "Finns en ändamålsenlig process för biståndsbedömning?", 75, 200);
  // A number in running text, a word space from the next word: no item.
  set_words(words, "3 000 ärenden handlades under året enligt nämndens egen statistik.", 57, 230);
  std::vector<std::string> items, paragraphs;
  for (const Block& b : laid_out(std::move(words)))
    (b.kind == BlockKind::ListItem ? items : paragraphs).push_back(b.text);
  const std::vector<std::string> expected{"Har nämnden fastställt mål för hemtjänsten?",
                                          "Finns en ändamålsenlig process för biståndsbedömning?"};
  EXPECT_EQ(items, expected);
  ASSERT_FALSE(paragraphs.empty());
  EXPECT_EQ(paragraphs.back(),
            "3 000 ärenden handlades under året enligt nämndens egen statistik.");
}

}  // namespace
}  // namespace gransk::extractor::detail
