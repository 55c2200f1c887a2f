// Newspaper columns are read column by column; a table of two columns stays a
// table. Built from words with boxes, as Poppler gives them, so the steps
// (lines, column zones, layout) are tested without a PDF producer.
#include <gtest/gtest.h>

#include <algorithm>

#include "layout.h"
#include "synthetic_page.h"
#include "synthetic_words.h"

namespace gransk::extractor::detail {
namespace {

constexpr double kSize = 10;
constexpr double kPitch = 12.3;

// Words of `text` set from x on baseline row y (box top), word by word.
void set(std::vector<Word>& out, const std::string& text, double x, double y, bool bold = false) {
  // Tall boxes: lines overlap a little.
  test::set_words(out, text, x, y,
                  {.char_width = 4.0, .height = 13.6, .size = kSize, .bold = bold});
}

// A column of prose: `n` lines of about 45 characters (each ~240 pt wide),
// whose word spaces fall at different places from line to line.
std::vector<std::string> prose(const std::string& tag, int n) {
  const std::vector<std::string> words = {"texten", "fortsätter", "här", "ungefär",
                                          "lika",   "lång",       "rad", "som"};
  std::vector<std::string> lines;
  for (int i = 0; i < n; ++i) {
    std::string line = tag + std::to_string(i);
    for (size_t k = 0; k < words.size(); ++k) line += " " + words[(k + i) % words.size()];
    lines.push_back(line);
  }
  return lines;
}

// Two columns of `n` prose lines each, "vänster0…" at x 60 and "höger0…" at
// x 330, the right column's baselines `drop` pt below the left's.
void two_columns(std::vector<Word>& words, int n, double drop = 0) {
  const auto left = prose("vänster", n), right = prose("höger", n);
  for (int i = 0; i < n; ++i) {
    set(words, left[i], 60, 100 + i * kPitch);
    set(words, right[i], 330, 100 + drop + i * kPitch);
  }
}

std::string all_text(const std::vector<Block>& blocks) {
  std::string s;
  for (const Block& b : blocks) {
    if (b.kind == BlockKind::Table) {
      s += "[tabell]";
      for (const TableRow& r : b.rows)
        for (const std::string& c : r.cells) s += c + "|";
    } else {
      s += b.text;
    }
    s += "\n";
  }
  return s;
}

TEST(ReadingColumns, TwoColumnsWithOffsetBaselinesAreReadLeftThenRight) {
  std::vector<Word> words;
  set(words, "Revisionsberättelse för år 2023", 60, 60, true);
  // The right column's baselines sit half a line lower: a loose row would
  // swallow a line of each column and interleave them.
  two_columns(words, 20, 6);
  const PageLines page = test::page_of(words, true);
  ASSERT_EQ(page.zones.size(), 1u);
  std::vector<Block> blocks;
  layout_page(page, kSize, blocks);
  const std::string text = all_text(blocks);
  EXPECT_EQ(text.find("[tabell]"), std::string::npos) << text;
  const size_t last_left = text.find("vänster19"), first_right = text.find("höger0");
  ASSERT_NE(last_left, std::string::npos) << text;
  ASSERT_NE(first_right, std::string::npos) << text;
  EXPECT_LT(last_left, first_right) << text;
  // The heading above the columns comes first.
  EXPECT_LT(text.find("Revisionsberättelse"), text.find("vänster0")) << text;
}

TEST(ReadingColumns, ParagraphGoesOnAtTheTopOfTheNextColumn) {
  std::vector<Word> words;
  two_columns(words, 12);
  const PageLines page = test::page_of(words, true);
  ASSERT_EQ(page.zones.size(), 1u);
  std::vector<Block> blocks;
  layout_page(page, kSize, blocks);
  ASSERT_EQ(blocks.size(), 1u) << all_text(blocks);  // one sentence across the column break
}

TEST(ReadingColumns, TwoColumnTableWithHeaderStaysATable) {
  std::vector<Word> words;
  set(words, "Revisionsfråga", 60, 100, true);
  set(words, "Bedömning", 320, 100, true);
  double y = 120;
  for (int row = 0; row < 5; ++row) {
    set(words, "Finns det en antagen policy med riktlinjer", 60, y);
    set(words, "Delvis. Policyn är antagen men riktlinjer", 320, y);
    set(words, "för informationssäkerhet nummer " + std::to_string(row) + "?", 60, y + kPitch);
    set(words, "saknas för klassning och behörigheter.", 320, y + kPitch);
    y += 2 * kPitch + 8;
  }
  const PageLines page = test::page_of(words, true);
  EXPECT_TRUE(page.zones.empty());
  std::vector<Block> blocks;
  layout_page(page, kSize, blocks);
  const std::string text = all_text(blocks);
  EXPECT_NE(text.find("[tabell]"), std::string::npos) << text;
  EXPECT_NE(text.find("nummer 3?|Delvis."), std::string::npos) << text;
}

TEST(ReadingColumns, TableWithCellsCentredOnTheirRowStaysATable) {
  std::vector<Word> words;
  double y = 100;
  for (int row = 0; row < 4; ++row) {
    // A question over three lines, its answer of one line centred beside it.
    set(words, "Har nämnden säkerställt en ändamålsenlig", 60, y);
    set(words, "styrning och uppföljning av verksamheten", 60, y + kPitch);
    set(words, "inom område nummer " + std::to_string(row) + "?", 60, y + 2 * kPitch);
    set(words, "Bedömningen är att så delvis har skett.", 320, y + kPitch);
    y += 3 * kPitch + 10;
  }
  const PageLines page = test::page_of(words, true);
  EXPECT_TRUE(page.zones.empty());
}

// Two columns of prose on one baseline grid, paragraphs marked only by a short
// last line: three of five paragraphs happen to start on the same line as one
// in the other column (tracemonkey.pdf, page 5). Still columns, not a table.
TEST(ReadingColumns, ParagraphsStartingOnTheSameLineByChanceAreColumns) {
  std::vector<Word> words;
  auto column = [&](const std::string& tag, double x, const std::vector<int>& starts) {
    const auto lines = prose(tag, 40);
    for (int i = 0; i < 40; ++i) {
      const bool last_of_paragraph =
          std::find(starts.begin(), starts.end(), i + 1) != starts.end() || i == 39;
      set(words, last_of_paragraph ? tag + std::to_string(i) + " slutar här." : lines[i], x,
          100 + i * kPitch);
    }
  };
  column("vänster", 60, {0, 6, 12, 20, 27, 34});
  column("höger", 330, {0, 6, 15, 20, 27, 36});
  const PageLines page = test::page_of(words, true);
  ASSERT_EQ(page.zones.size(), 1u);
  std::vector<Block> blocks;
  layout_page(page, kSize, blocks);
  const std::string text = all_text(blocks);
  EXPECT_EQ(text.find("[tabell]"), std::string::npos) << text;
  EXPECT_LT(text.find("vänster39"), text.find("höger0")) << text;
}

// A status table whose cells of several lines are centred on their row, the
// rows apart: a table, though the cells are long.
TEST(ReadingColumns, LongCellsCentredInRowsApartStayATable) {
  std::vector<Word> words;
  double y = 100;
  for (int row = 0; row < 5; ++row) {
    for (int k = 0; k < 5; ++k)
      set(words, "Säkerställa att rutinen för läkemedel del " + std::to_string(k), 60,
          y + k * kPitch);
    for (int k = 0; k < 3; ++k)
      set(words, "Delvis. Arbete pågår med rutinen del " + std::to_string(k), 330,
          y + (k + 1) * kPitch);
    y += 5 * kPitch + 12;
  }
  const PageLines page = test::page_of(words, true);
  EXPECT_TRUE(page.zones.empty());
}

// A two-column paper with a code listing and a figure in the right column:
// the left column's prose is read through, not paired line by line with the
// listing's short lines as a table's rows (tracemonkey.pdf, page 2).
TEST(ReadingColumns, ProseBesideAListingAndAFigureIsReadThrough) {
  std::vector<Word> words;
  const auto left = prose("vänster", 16);
  for (int i = 0; i < 16; ++i) set(words, left[i], 60, 100 + i * kPitch);
  const std::vector<std::string> listing = {
      "1 for (i = 2; i < 100; ++i) {", "2   if (!p[i])",      "3     continue;",
      "4   for (k = i + i; k < 100)",  "5     p[k] = false;", "6 }"};
  for (size_t i = 0; i < listing.size(); ++i) set(words, listing[i], 330, 100 + i * kPitch);
  set(words, "Figur 1. Ett exempelprogram som sållar fram", 330, 100 + 7 * kPitch);
  set(words, "primtal med Eratosthenes metod.", 330, 100 + 8 * kPitch);
  // A diagram's labels, scattered.
  set(words, "Tolka", 340, 100 + 10 * kPitch);
  set(words, "Spela in", 450, 100 + 10 * kPitch);
  set(words, "Kompilera", 360, 100 + 13 * kPitch);
  set(words, "Kör", 500, 100 + 13 * kPitch);
  set(words, "Avbryt", 420, 100 + 15 * kPitch);
  const PageLines page = test::page_of(words, true);
  ASSERT_EQ(page.zones.size(), 1u);
  std::vector<Block> blocks;
  layout_page(page, kSize, blocks);
  const std::string text = all_text(blocks);
  // The prose is no table's cells; the diagram's labels may be.
  EXPECT_EQ(text.find("|1 for"), std::string::npos) << text;
  EXPECT_EQ(text.find("vänster3 ungefär lika lång rad som texten fortsätter här|"),
            std::string::npos)
      << text;
  ASSERT_NE(text.find("1 for (i"), std::string::npos) << text;
  EXPECT_LT(text.find("vänster15"), text.find("1 for (i")) << text;
}

TEST(ReadingColumns, OneColumnPageHasNoZone) {
  std::vector<Word> words;
  for (int i = 0; i < 30; ++i)
    set(words, "En rad brödtext som går över hela sidans bredd från marginal till marginal nu", 60,
        100 + i * kPitch);
  EXPECT_TRUE(test::page_of(words, true).zones.empty());
}

// A two-column revisionsberättelse on the first page: a column's lines are
// short against the page, but they are its paragraph's lines, not a cover's
// lines set one by one ("Vi, av fullmäktige utsedda revisorer, har" /
// "granskat den verksamhet …" were six paragraphs).
TEST(ReadingColumns, ColumnsOnTheFirstPageKeepTheirParagraphs) {
  std::vector<Word> words;
  set(words, "Revisionsberättelse för år 2023", 60, 60, true);
  two_columns(words, 12);
  PageLines page = test::page_of(words, true);
  page.first_with_text = true;
  ASSERT_EQ(page.zones.size(), 1u);
  std::vector<Block> blocks;
  layout_page(page, kSize, blocks);
  int holding_left = 0;
  for (const Block& b : blocks)
    if (b.text.find("vänster") != std::string::npos) {
      ++holding_left;
      EXPECT_NE(b.text.find("vänster11"), std::string::npos) << b.text;
    }
  EXPECT_EQ(holding_left, 1) << all_text(blocks);
}

// `tokens` spread from x0 to x1 on row y, as a justified line is set.
void justify(std::vector<Word>& out, const std::vector<std::string>& tokens, double x0, double x1,
             double y) {
  double width = 0;
  for (const std::string& t : tokens) width += 4.0 * static_cast<double>(t.size());
  const double gap =
      tokens.size() > 1 ? (x1 - x0 - width) / static_cast<double>(tokens.size() - 1) : 0;
  double x = x0;
  for (const std::string& t : tokens) {
    set(out, t, x, y);
    x += 4.0 * static_cast<double>(t.size()) + gap;
  }
}

// LibreOffice's narrow justified columns: a line of two or three long words
// has gaps of many em ("genom            utsedda"), several such lines in a
// row, and their gaps fall at different places. They are prose, read in
// order, not a table whose cells take words from three lines.
TEST(ReadingColumns, JustifiedLinesWithWideGapsAreProse) {
  const std::vector<std::vector<std::string>> lines = {
      {"Vi", "bedömer", "sammantaget", "att", "styrelsen"},
      {"och", "nämnderna", "i", "Exempelby", "kommun"},
      {"väsentligt", "har", "bedrivit"},
      {"verksamheten", "på", "ett"},
      {"ändamålsenligt", "och", "från"},
      {"ekonomisk", "synpunkt"},
      {"tillfredsställande", "sätt."},
      {"Vi", "bedömer", "att", "räkenskaperna", "i"},
      {"allt", "väsentligt", "är", "rättvisande."}};
  std::vector<Word> words;
  for (size_t i = 0; i < lines.size(); ++i)
    justify(words, lines[i], 60, 215, 100 + static_cast<double>(i) * kPitch);
  std::vector<Block> blocks;
  layout_page(test::page_of(words), kSize, blocks);
  const std::string text = all_text(blocks);
  EXPECT_EQ(text.find("[tabell]"), std::string::npos) << text;
  EXPECT_NE(text.find("väsentligt har bedrivit verksamheten på ett ändamålsenligt och från "
                      "ekonomisk synpunkt tillfredsställande sätt."),
            std::string::npos)
      << text;
}

// The same gaps at the same places line after line are a table's columns,
// however flush its rows are with the prose around it.
TEST(ReadingColumns, FlushRowsWithAlignedGapsStayATable) {
  std::vector<Word> words;
  justify(words, {"Vi", "bedömer", "sammantaget", "att", "nämnden", "i", "allt"}, 60, 215, 100);
  for (int i = 0; i < 4; ++i)
    justify(words, {"Fråga" + std::to_string(i), "Delvis"}, 60, 215,
            100 + static_cast<double>(i + 1) * kPitch);
  justify(words, {"Vi", "bedömer", "att", "räkenskaperna", "i", "allt", "är"}, 60, 215,
          100 + 5 * kPitch);
  std::vector<Block> blocks;
  layout_page(test::page_of(words), kSize, blocks);
  const std::string text = all_text(blocks);
  // (Rows this close are one row to the table step; what matters is the cells.)
  EXPECT_NE(text.find("[tabell]Fråga0"), std::string::npos) << text;
  EXPECT_NE(text.find("|Delvis"), std::string::npos) << text;
}

}  // namespace
}  // namespace gransk::extractor::detail
