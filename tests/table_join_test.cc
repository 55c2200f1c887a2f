// One table that the page-by-page layout read as several is joined: a page
// break cut it (the part on the next page has no header of its own and may
// begin with the rest of the cut row, in fewer columns), its header stands
// apart, centred over the columns of the rows below, or a cell's first line
// stands alone between two rows (a comment set at the top of its cell beside
// a recommendation centred in its own). A new table with its own bold header
// stays apart.
#include "table_join.h"

#include <gtest/gtest.h>

#include "synthetic_words.h"

namespace gransk::extractor::detail {
namespace {

// A table block on `page` from y, its columns starting at `columns`, a line
// per row (the first bold when `header`).
Block table(int page, double y, std::vector<double> columns,
            std::vector<std::vector<std::string>> rows, bool header = false) {
  Block t;
  t.kind = BlockKind::Table;
  t.page = page;
  t.font_size = 11;
  t.columns = std::move(columns);
  t.box = {t.columns.front(), y, 539, y + 20.0 * static_cast<double>(rows.size())};
  for (auto& cells : rows) {
    Line l;
    test::set_words(l.words, cells.back().empty() ? "x" : cells.back(), t.columns.front(), y);
    l.box = l.words.front().box;
    l.bold = header && t.rows.empty();
    t.lines.push_back(l);
    t.rows.push_back({std::move(cells)});
    y += 20;
  }
  return t;
}

Block paragraph(int page, double x, double y, const std::string& text) {
  Block p;
  p.page = page;
  p.font_size = 11;
  Line l;
  test::set_words(l.words, text, x, y);
  l.box = {x, y, l.words.back().box.x1, y + 13.65};
  p.lines.push_back(l);
  p.box = l.box;
  p.text = text;
  return p;
}

const std::vector<double> kColumns{58, 77, 250, 304};

TEST(TableJoin, ATableCutByThePageBreakIsOneTableAndTheCutRowGoesOn) {
  std::vector<Block> blocks;
  blocks.push_back(table(1, 600, kColumns,
                         {{"Nr", "Revisionsfråga", "Bedömning", "Kommentar"},
                          {"1", "Finns ett styrdokument?", "Grön", "Antaget 2023."},
                          {"2", "Finns en aktuell risk- och sårbarhetsanalys som ligger", "Gul",
                           "RSA finns men har inte"}},
                         true));
  // The rest of row 2 at the top of page 2, in the two columns it fills.
  blocks.push_back(table(2, 60, {77, 304}, {{"till grund för arbetet?", "omsatts i åtgärder."}}));
  blocks.push_back(table(2, 90, kColumns, {{"3", "Finns en krisledning?", "Grön", "Reviderad."}}));
  join_tables(blocks);
  ASSERT_EQ(blocks.size(), 1u);
  ASSERT_EQ(blocks[0].rows.size(), 4u);
  EXPECT_EQ(blocks[0].rows[2].cells[1],
            "Finns en aktuell risk- och sårbarhetsanalys som ligger till grund för arbetet?");
  EXPECT_EQ(blocks[0].rows[2].cells[3], "RSA finns men har inte omsatts i åtgärder.");
  EXPECT_EQ(blocks[0].rows[3].cells[2], "Grön");
}

// A word processor's two-column table cut inside a row: at the top of the next
// page both cells go on in lower case from cells left mid-sentence, so no cell
// is empty to say so; the row still goes on. A row that begins anew (a capital,
// or after a cell that ended its sentence) stays a row of its own.
TEST(TableJoin, ARowCutInsideBothCellsGoesOnInLowerCase) {
  const std::vector<double> two{58, 300};
  std::vector<Block> blocks;
  blocks.push_back(table(1, 600, two,
                         {{"Revisionsfråga", "Svar"},
                          {"Har kommunstyrelsen vidtagit ändamålsenliga åtgärder med anledning av",
                           "Delvis. Två av fem rekommendationer är genomförda och en är"}},
                         true));
  blocks.push_back(table(2, 60, two,
                         {{"rekommendationerna i 2021 års granskning?", "inte genomförd."},
                          {"Har kommunstyrelsen följt upp åtgärderna?", "Nej."},
                          {"följs besluten upp?", "nej."}}));
  join_tables(blocks);
  ASSERT_EQ(blocks.size(), 1u);
  ASSERT_EQ(blocks[0].rows.size(), 4u);
  EXPECT_EQ(blocks[0].rows[1].cells[0],
            "Har kommunstyrelsen vidtagit ändamålsenliga åtgärder med anledning av "
            "rekommendationerna i 2021 års granskning?");
  EXPECT_EQ(blocks[0].rows[1].cells[1],
            "Delvis. Två av fem rekommendationer är genomförda och en är inte genomförd.");
  EXPECT_EQ(blocks[0].rows[2].cells[0], "Har kommunstyrelsen följt upp åtgärderna?");
}

TEST(TableJoin, ARowAfterCellsThatEndedStaysItsOwn) {
  const std::vector<double> two{58, 300};
  std::vector<Block> blocks;
  blocks.push_back(table(
      1, 600, two,
      {{"Rekommendation", "Status"}, {"upprätta en plan för underhållet.", "åtgärdad."}}, true));
  blocks.push_back(table(2, 60, two, {{"utse en samordnare", "pågående"}}));
  join_tables(blocks);
  ASSERT_EQ(blocks.size(), 1u);
  EXPECT_EQ(blocks[0].rows.size(), 3u);
}

TEST(TableJoin, AHeaderCentredOverItsColumnsHeadsTheRowsBelow) {
  std::vector<Block> blocks;
  // "Rekommendation" centred in its column starts at 96, right of 77.
  blocks.push_back(table(1, 600, {60, 96, 258, 389},
                         {{"Nr", "Rekommendation (2021)", "Status 2023", "Kommentar"}}, true));
  blocks.push_back(
      table(1, 640, kColumns,
            {{"1", "Säkerställa att policyn revideras.", "Åtgärdad", "Antagen 2022."}}));
  join_tables(blocks);
  ASSERT_EQ(blocks.size(), 1u);
  ASSERT_EQ(blocks[0].rows.size(), 2u);
  EXPECT_EQ(blocks[0].rows[0].cells,
            (std::vector<std::string>{"Nr", "Rekommendation (2021)", "Status 2023", "Kommentar"}));
  EXPECT_EQ(blocks[0].columns, kColumns);
}

TEST(TableJoin, ACellsLoneFirstLineOpensItsCellInTheNextRow) {
  std::vector<Block> blocks;
  blocks.push_back(table(1, 600, kColumns,
                         {{"Nr", "Rekommendation", "Status", "Kommentar"},
                          {"1", "Säkerställa att policyn revideras.", "Åtgärdad", "Antagen."}},
                         true));
  blocks.push_back(paragraph(1, 304, 650, "Ett avtalssystem har upphandlats och"));
  blocks.push_back(table(
      1, 666, kColumns, {{"2", "Införa en central avtalsdatabas.", "Pågår", "driftsattes 2023."}}));
  join_tables(blocks);
  ASSERT_EQ(blocks.size(), 1u);
  ASSERT_EQ(blocks[0].rows.size(), 3u);
  EXPECT_EQ(blocks[0].rows[2].cells[3], "Ett avtalssystem har upphandlats och driftsattes 2023.");
}

// LibreOffice broke a row across the page: the question and comment go on at
// the top of the next page, the comment's first line alone above the rest,
// its box (taller than the line step) overlapping the line below by 1.6 pt.
TEST(TableJoin, ARowBrokenAcrossThePageGoesOnFromItsCellsLoneFirstLine) {
  const std::vector<double> columns{58, 246, 454};
  std::vector<Block> blocks;
  blocks.push_back(table(1, 700, columns,
                         {{"Revisionsfråga", "Kommentar", "Bedömning"},
                          {"Vidtar kommunstyrelsen", "Avvikelser har uppmärksammats", "Delvis"}},
                         true));
  Block line = paragraph(2, 246, 58, "i ägardialogerna, men det saknas");
  line.box.y1 = line.lines[0].box.y1 = 73.6;
  blocks.push_back(line);
  blocks.push_back(table(2, 72, {58, 246},
                         {{"åtgärder när rapporteringen visar avvikelser?",
                           "dokumentation av vilka åtgärder som har överenskommits."}}));
  join_tables(blocks);
  ASSERT_EQ(blocks.size(), 1u);
  ASSERT_EQ(blocks[0].rows.size(), 2u);
  EXPECT_EQ(blocks[0].rows[1].cells[0],
            "Vidtar kommunstyrelsen åtgärder när rapporteringen visar avvikelser?");
  EXPECT_EQ(blocks[0].rows[1].cells[1],
            "Avvikelser har uppmärksammats i ägardialogerna, men det saknas dokumentation av "
            "vilka åtgärder som har överenskommits.");
  EXPECT_EQ(blocks[0].rows[1].cells[2], "Delvis");
}

// The page break cut a recommendation's cell one line before its end: that
// line, alone at the top of the next page, ends the cut row's sentence; the
// next row, with its own number, starts below it.
TEST(TableJoin, TheLoneLineAfterABreakEndsTheCutCellNotTheNextRow) {
  std::vector<Block> blocks;
  blocks.push_back(
      table(1, 700, kColumns,
            {{"Nr", "Rekommendation 2021", "Status 2023", "Kommentar"},
             {"4", "Direktionen bör säkerställa att tillsynsförrättare har kompetens enligt MSB:s",
              "Ej åtgärdad", "Kompetensen dokumenteras inte samlat."}},
            true));
  blocks.push_back(paragraph(2, 77, 58, "föreskrifter och allmänna råd."));
  blocks.push_back(table(2, 72, kColumns,
                         {{"5", "Direktionen bör utveckla samverkan med byggnadsnämnderna.",
                           "Delvis åtgärdad", "Etablerad med två av tre kommuner."}}));
  join_tables(blocks);
  ASSERT_EQ(blocks.size(), 1u);
  ASSERT_EQ(blocks[0].rows.size(), 3u);
  EXPECT_EQ(blocks[0].rows[1].cells[1],
            "Direktionen bör säkerställa att tillsynsförrättare har kompetens enligt MSB:s "
            "föreskrifter och allmänna råd.");
  EXPECT_EQ(blocks[0].rows[2].cells[1],
            "Direktionen bör utveckla samverkan med byggnadsnämnderna.");
}

TEST(TableJoin, ANextTableWithItsOwnBoldHeaderStaysApart) {
  std::vector<Block> blocks;
  blocks.push_back(table(1, 600, kColumns,
                         {{"Nr", "Revisionsfråga", "Bedömning", "Kommentar"},
                          {"1", "Finns en plan?", "Ja", "Antagen."}},
                         true));
  blocks.push_back(table(2, 60, kColumns,
                         {{"Nr", "Rekommendation", "Status", "Kommentar"},
                          {"1", "Upprätta en plan.", "Åtgärdad", "Klar."}},
                         true));
  join_tables(blocks);
  EXPECT_EQ(blocks.size(), 2u);
}

TEST(TableJoin, ATableFarBelowOnTheSamePageStaysApart) {
  std::vector<Block> blocks;
  blocks.push_back(table(1, 100, kColumns, {{"1", "Finns en plan?", "Ja", "Antagen."}}));
  blocks.push_back(table(1, 400, kColumns, {{"1", "Upprätta en plan.", "Åtgärdad", "Klar."}}));
  join_tables(blocks);
  EXPECT_EQ(blocks.size(), 2u);
}

}  // namespace
}  // namespace gransk::extractor::detail
