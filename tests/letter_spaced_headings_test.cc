// A heading set with letter spacing comes from Poppler as bits of words
// ("ÅRS RE DOV I S NI NG 2 0 2 2"); it is read as the words it spells, so a
// search for "årsredovisning" finds it. Prose, formulas and rows of figures
// keep their words.
#include <gtest/gtest.h>

#include "lines.h"
#include "synthetic_words.h"

namespace gransk::extractor::detail {
namespace {

// Each token at its own x, as Poppler gives the pieces of a spaced line.
std::vector<Word> pieces(const std::vector<std::pair<std::string, double>>& at, double size) {
  std::vector<Word> out;
  for (const auto& [text, x] : at)
    test::set_words(out, text, x, 100,
                    {.char_width = 0.6 * size, .height = size * 1.2, .size = size});
  return out;
}

std::string only_line(std::vector<Word> words) {
  const std::vector<Line> lines = group_lines(std::move(words));
  std::string out;
  for (const Line& l : lines) out += (out.empty() ? "" : " | ") + l.text();
  return out;
}

TEST(LetterSpacedHeadings, SpacedCapitalsAreOneWord) {
  // 20 pt capitals spaced 8 pt (0.4 em); the word space is 8 + 6 pt.
  std::vector<std::pair<std::string, double>> at;
  double x = 80;
  for (const char* bit : {"ÅRS", "RE", "DOV", "I", "S", "NI", "NG"}) {
    at.push_back({bit, x});
    x += 12.0 * static_cast<double>(std::string(bit).size()) + 8;
  }
  x += 6;
  for (const char* digit : {"2", "0", "2", "2"}) {
    at.push_back({digit, x});
    x += 12.0 + 8;
  }
  EXPECT_EQ(only_line(pieces(at, 20)), "ÅRSREDOVISNING 2022");
}

TEST(LetterSpacedHeadings, ProseFormulasAndFiguresKeepTheirWords) {
  // A formula of short words with word spaces: lower case, not spaced capitals.
  EXPECT_EQ(only_line(pieces({{"Sei", 80}, {"D", 103}, {"R", 113}, {"und", 123}, {"x", 146}}, 10)),
            "Sei D R und x");
  // Signs are no letters.
  EXPECT_EQ(only_line(pieces({{"U", 80}, {"∈", 90}, {"T", 112}, {"X", 122}, {"T", 132}}, 10)),
            "U ∈ T X T");
  // A row of figures.
  EXPECT_EQ(only_line(pieces({{"1", 80}, {"2", 90}, {"3", 100}, {"4", 110}, {"5", 120}}, 10)),
            "1 2 3 4 5");
  // Prose in capitals: words of more than three letters.
  std::vector<Word> prose;
  test::set_words(prose, "VI HAR GRANSKAT OM NÄMNDEN HAR EN GOD STYRNING", 80, 100);
  EXPECT_EQ(only_line(prose), "VI HAR GRANSKAT OM NÄMNDEN HAR EN GOD STYRNING");
}

}  // namespace
}  // namespace gransk::extractor::detail
