// A word processor's table (LibreOffice Writer, Word) may set its rows with no
// more space between them than between the lines of a cell, and centre a
// short cell ("Delvis") beside a long one: only the borders it draws between
// the rows say where a row ends. Read without them, a Revisionsfråga/Bedömning
// table came out as one row holding every question and "Delvis Nej", and no
// question was found (bench/structure-variants --libreoffice: tables 0.23).
#include <gtest/gtest.h>

#include "layout.h"
#include "synthetic_page.h"
#include "synthetic_words.h"

namespace gransk::extractor::detail {
namespace {

using test::set_words;

Box horizontal(double y, double x0 = 56, double x1 = 412) { return {x0, y - 0.25, x1, y + 0.25}; }
Box vertical(double x, double y0, double y1) { return {x - 0.4, y0, x + 0.4, y1}; }

// Two questions of four lines each as LibreOffice set them from an HTML table
// with cellpadding 4 (measured in bench/structure-variants --libreoffice): a
// line step of 12.8 pt for boxes 14.3 pt high, rows 4.6 pt apart, each verdict
// centred beside its question.
std::vector<Word> question_table() {
  std::vector<Word> w;
  const test::Type lo{5.0, 14.3};
  set_words(w, "Revisionsfråga", 60, 105.5, lo);
  set_words(w, "Bedömning", 322, 105.5, lo);
  const char* q1[] = {"Det övergripande syftet med granskningen har",
                      "varit att bedöma om landstingets", "upphandlingsverksamhet bedrivs på ett",
                      "ändamålsenligt sätt."};
  const char* q2[] = {"Granskningen syftar även till att bedöma om",
                      "det finns förutsättningar för att uppnå den",
                      "kostnadsreduktion som 2010 års", "översyn indikerade."};
  for (int i = 0; i < 4; ++i) set_words(w, q1[i], 60, 124.3 + 12.8 * i, lo);
  set_words(w, "Delvis", 322, 143.5, lo);
  for (int i = 0; i < 4; ++i) set_words(w, q2[i], 60, 181.6 + 12.8 * i, lo);
  set_words(w, "Nej", 322, 200.8, lo);
  return w;
}

std::vector<Block> tables_of(const PageLines& page) {
  std::vector<Block> blocks;
  layout_page(page, 11, blocks);
  std::erase_if(blocks, [](const Block& b) { return b.kind != BlockKind::Table; });
  return blocks;
}

TEST(RuledTableRows, ABorderBetweenTouchingRowsEndsTheRow) {
  const std::vector<Box> rules{horizontal(102.3),        horizontal(121.5),
                               horizontal(178.7),        horizontal(236.4),
                               vertical(56.7, 102, 237), vertical(318.5, 102, 237),
                               vertical(411.5, 102, 237)};
  const auto tables = tables_of(test::page_of(question_table(), false, {}, rules));
  ASSERT_EQ(tables.size(), 1u);
  ASSERT_EQ(tables[0].rows.size(), 3u);
  const std::vector<std::string> header{"Revisionsfråga", "Bedömning"};
  const std::vector<std::string> first{
      "Det övergripande syftet med granskningen har varit att bedöma om landstingets "
      "upphandlingsverksamhet bedrivs på ett ändamålsenligt sätt.",
      "Delvis"};
  const std::vector<std::string> second{
      "Granskningen syftar även till att bedöma om det finns förutsättningar för att uppnå den "
      "kostnadsreduktion som 2010 års översyn indikerade.",
      "Nej"};
  EXPECT_EQ(tables[0].rows[0].cells, header);
  EXPECT_EQ(tables[0].rows[1].cells, first);
  EXPECT_EQ(tables[0].rows[2].cells, second);
}

// A line drawn inside a line's box (an underlined word, a strike-through) or
// a short one is no row border: the rows stay as the spacing says.
TEST(RuledTableRows, AnUnderlineIsNoBorder) {
  const std::vector<Box> rules{horizontal(135.5, 60, 200), horizontal(178.7, 60, 70)};
  const auto tables = tables_of(test::page_of(question_table(), false, {}, rules));
  ASSERT_EQ(tables.size(), 1u);
  EXPECT_EQ(tables[0].rows.size(), 1u);
}

}  // namespace
}  // namespace gransk::extractor::detail
