// Line-end hyphens in real PDFs: Quartz, LaTeX and Distiller break words with
// a plain hyphen (U+002D), which must be joined ("årsredovis-" + "ningslagen"),
// while Swedish compounds written with one stay ("e-tjänst", "it-avdelningen").
#include <gtest/gtest.h>

#include "corpus_fixture.h"
#include "join.h"

namespace gransk::extractor::detail {
namespace {

Line line_of(const std::string& text) {
  Line l;
  double x = 0;
  size_t start = 0;
  while (start <= text.size()) {
    size_t end = text.find(' ', start);
    if (end == std::string::npos) end = text.size();
    Word w;
    w.text = text.substr(start, end - start);
    w.box = {x, 0, x + 5.0 * static_cast<double>(w.text.size()), 10};
    w.font_size = 10;
    w.space_after = end < text.size();
    x = w.box.x1 + 3;
    l.words.push_back(w);
    start = end + 1;
  }
  return l;
}

// One paragraph per entry, each a list of lines; returns the blocks' texts.
std::vector<std::string> joined(const std::vector<std::vector<std::string>>& paragraphs) {
  std::vector<Block> blocks;
  for (const auto& lines : paragraphs) {
    Block b;
    for (const std::string& l : lines) append_line(b.text, b.notes, line_of(l));
    finish_text(b.text);
    blocks.push_back(std::move(b));
  }
  resolve_line_end_hyphens(blocks);
  std::vector<std::string> out;
  for (const Block& b : blocks) out.push_back(b.text);
  return out;
}

TEST(LineEndHyphen, ABrokenWordIsJoined) {
  EXPECT_EQ(joined({{"enligt årsredovis-", "ningslagen gäller"}})[0],
            "enligt årsredovisningslagen gäller");
  EXPECT_EQ(joined({{"genomförda gransk-", "ningsåtgärder visar"}})[0],
            "genomförda granskningsåtgärder visar");
}

TEST(LineEndHyphen, ACompoundWithAHyphenStays) {
  EXPECT_EQ(joined({{"en ny e-", "tjänst för"}})[0], "en ny e-tjänst för");
  EXPECT_EQ(joined({{"inom it-", "avdelningen finns"}})[0], "inom it-avdelningen finns");
  EXPECT_EQ(joined({{"kommunens IT-", "säkerhet brister"}})[0], "kommunens IT-säkerhet brister");
  EXPECT_EQ(joined({{"en risk-", "och sårbarhetsanalys"}})[0], "en risk- och sårbarhetsanalys");
  EXPECT_EQ(joined({{"år 2022-", "2023 gäller"}})[0], "år 2022-2023 gäller");
}

TEST(LineEndHyphen, TheDocumentsOwnSpellingDecides) {
  // Written with a hyphen elsewhere in the document: kept at the line end too.
  const auto kept = joined({{"det statliga stats-", "bidraget"}, {"stats-bidraget ökar"}});
  EXPECT_EQ(kept[0], "det statliga stats-bidraget");
  // Written joined elsewhere: joined, also after a short fragment.
  const auto joined_text = joined({{"vi be-", "viljar medel"}, {"nämnden beviljar"}});
  EXPECT_EQ(joined_text[0], "vi beviljar medel");
}

TEST(LineEndHyphen, NoteMarkersMoveWithTheText) {
  std::vector<Block> blocks(1);
  Block& b = blocks[0];
  append_line(b.text, b.notes, line_of("enligt årsredovis-"));
  Line second = line_of("ningslagen gäller");
  second.words[0].note = 3;
  append_line(b.text, b.notes, second);
  resolve_line_end_hyphens(blocks);
  ASSERT_EQ(b.notes.size(), 1u);
  EXPECT_EQ(b.text.substr(0, b.notes[0].offset), "enligt årsredovisningslagen");
}

TEST(LineEndHyphen, ALatexTwoColumnPaperReadsItsWordsWhole) {
  const auto shared = test::shared_corpus();
  if (shared.empty()) GTEST_SKIP() << "../shared saknas";
  const auto pdf = shared.parent_path() / "realworld" / "multicolumn.pdf";
  if (!std::filesystem::exists(pdf)) GTEST_SKIP() << pdf << " saknas";
  const Result r = extract(pdf.string());
  ASSERT_TRUE(r.ok()) << r.error().message();
  std::string all;
  for (const Block& b : r.document().blocks) {
    all += b.text + "\n";
    for (const TableRow& row : b.rows)  // its columns may be read as a table's cells
      for (const std::string& cell : row.cells) all += cell + "\n";
  }
  // pdfTeX breaks these at line ends as "adip-" + "iscing", "con-" + "sectetuer".
  for (const char* broken : {"adip-iscing", "con-sectetuer", "sollic-itudin"})
    EXPECT_EQ(all.find(broken), std::string::npos) << broken;
  for (const char* whole : {"adipiscing", "consectetuer", "sollicitudin"})
    EXPECT_NE(all.find(whole), std::string::npos) << whole;
  EXPECT_EQ(all.find('\x1f'), std::string::npos);  // no marker left behind
}

}  // namespace
}  // namespace gransk::extractor::detail
