// A table whose short cells are centred beside a cell of two lines ("Endast
// delvis" beside a two-line question, as Word and LibreOffice set them): the
// column they stand in is known, so a later row whose question fills its cell
// up to a narrow gap is still cut into question and verdict.
#include <gtest/gtest.h>

#include "layout.h"
#include "synthetic_page.h"
#include "synthetic_words.h"

namespace gransk::extractor::detail {
namespace {

// Words of `text` from x on the row whose box top is y (LibreOffice's tall boxes).
void set(std::vector<Word>& out, const std::string& text, double x, double y) {
  test::set_words(out, text, x, y);
}

// The same, its spaces widened so that the line runs from x0 to x1.
void set_justified(std::vector<Word>& out, const std::string& text, double x0, double x1,
                   double y) {
  std::vector<Word> w;
  set(w, text, x0, y);
  const double extra = (x1 - w.back().box.x1) / static_cast<double>(w.size() - 1);
  for (size_t i = 0; i < w.size(); ++i) {
    w[i].box.x0 += extra * static_cast<double>(i);
    w[i].box.x1 += extra * static_cast<double>(i);
    out.push_back(w[i]);
  }
}

TEST(CentredCells, AVerdictBesideAFullQuestionIsItsOwnCell) {
  std::vector<Word> words;
  set(words, "Revisionsfråga", 70, 497);
  set(words, "Bedömning", 471, 497);
  // Two rows of two-line questions, their verdict centred between the lines.
  set(words, "Finns mål och styrdokument som prioriterar en", 70, 516);
  set(words, "minskad sjukfrånvaro?", 70, 532);
  set(words, "Endast delvis", 471, 524);
  set(words, "Har styrelse och nämnder genomfört en analys", 70, 551);
  set(words, "av orsakerna till sjukfrånvaron?", 70, 567);
  set(words, "Endast delvis", 471, 559);
  // One line that ends 14 pt left of the verdict: less than a column gap.
  set_justified(words, "Har styrelse och nämnden vidtagit tillräckliga åtgärder mot frånvaron?", 70,
                457, 586);
  set(words, "Endast delvis", 471, 586);
  const PageLines page = test::page_of(std::move(words));
  std::vector<Block> blocks;
  layout_page(page, 11, blocks);
  const Block* table = nullptr;
  for (const Block& b : blocks)
    if (b.kind == BlockKind::Table && !table) table = &b;
  ASSERT_NE(table, nullptr);
  ASSERT_EQ(table->rows.size(), 4u);
  EXPECT_EQ(table->rows[3].cells.back(), "Endast delvis");
  EXPECT_EQ(table->rows[3].cells.front().find("Endast"), std::string::npos);
}

}  // namespace
}  // namespace gransk::extractor::detail
