// A table whose short cells are centred beside a cell of two lines ("Endast
// delvis" beside a two-line question, as Word and LibreOffice set them): the
// column they stand in is known, so a later row whose question fills its cell
// up to a narrow gap is still cut into question and verdict, even when the gap
// is a single word space ("… kommunens Pågår", a status centred beside the
// middle line of its recommendation), but not where the line's own cell runs
// across that column elsewhere (a comment's wrapped line whose last word
// happens to start there).
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

// The lines the page is grouped into, as text.
std::vector<std::string> lines_of(std::vector<Word> words) {
  std::vector<std::string> out;
  for (const Line& l : test::page_of(std::move(words)).lines) out.push_back(l.text());
  return out;
}

TEST(CentredCells, AStatusAWordSpaceFromItsRecommendationIsItsOwnCell) {
  std::vector<Word> words;
  // Three rows whose status stands clear of the recommendation at x 270.
  for (int r = 0; r < 3; ++r) {
    set(words, "Utveckla uppföljningen av avtalen", 77, 300 + 40.0 * r);
    set(words, "Åtgärdad", 270, 300 + 40.0 * r);
  }
  // The recommendation fills its cell: "kommunens" ends 3 pt before "Pågår".
  std::vector<Word> row;
  set(row, "som omfattar samtliga kommunens", 77, 430);
  const double shift = 267 - row.back().box.x1;
  for (Word& w : row) {
    w.box.x0 += shift;
    w.box.x1 += shift;
  }
  words.insert(words.end(), row.begin(), row.end());
  set(words, "Pågår", 270, 430);
  const auto lines = lines_of(std::move(words));
  EXPECT_NE(std::find(lines.begin(), lines.end(), "Pågår"), lines.end());
}

TEST(CentredCells, AWordOfACellThatRunsAcrossTheColumnStaysInIt) {
  std::vector<Word> words;
  for (int r = 0; r < 3; ++r) {
    set(words, "Utveckla uppföljningen av avtalen", 77, 300 + 40.0 * r);
    set(words, "Åtgärdad", 270, 300 + 40.0 * r);
  }
  // A wide cell below: its first line runs across x 270, and its second
  // line's last word happens to start at 270, a word space after "alla".
  set(words, "Rutiner finns men är delvis inaktuella och inte alls", 77, 430);
  set_justified(words, "kända av chefer och medarbetare i alla", 77, 267, 446);
  set(words, "chefer.", 270, 446);
  const auto lines = lines_of(std::move(words));
  EXPECT_NE(std::find(lines.begin(), lines.end(), "kända av chefer och medarbetare i alla chefer."),
            lines.end());
}

// LibreOffice's word boxes are taller than its line pitch (15.6 pt boxes, 13.8
// pt apart), and a comment cell's lines sit half a line above the question's
// beside it: the lines stay lines, not one row of both cells' words sorted by x
// ("Är ändamålsenligt behörigheterna tilldelade …").
TEST(CentredCells, OffsetLinesOfTallBoxesStayApart) {
  test::Type tall;
  tall.height = 15.6;
  std::vector<Word> words;
  test::set_words(words, "Är behörigheterna i lönesystemet", 62.5, 618.4, tall);
  test::set_words(words, "ändamålsenligt tilldelade och följs de upp?", 62.5, 632.2, tall);
  test::set_words(words, "För många användare har utökad", 298.3, 611.5, tall);
  test::set_words(words, "behörighet och uppföljning saknas.", 298.3, 625.3, tall);
  const auto lines = lines_of(std::move(words));
  EXPECT_NE(std::find(lines.begin(), lines.end(), "Är behörigheterna i lönesystemet"), lines.end());
  EXPECT_NE(std::find(lines.begin(), lines.end(), "ändamålsenligt tilldelade och följs de upp?"),
            lines.end());
}

}  // namespace
}  // namespace gransk::extractor::detail
