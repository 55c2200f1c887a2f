// Running headers and footers versus body text that happens to repeat.
#include "furniture.h"

#include <gtest/gtest.h>

namespace gransk::extractor::detail {
namespace {

Line line(const std::string& text, double y) {
  Line l;
  Word w;
  w.text = text;
  w.box = {70, y, 70 + 5.0 * text.size(), y + 12};
  w.font_size = 10.5;
  l.words.push_back(w);
  l.box = w.box;
  l.font_size = 10.5;
  return l;
}

std::vector<PageLines> pages(int n) {
  std::vector<PageLines> out(static_cast<size_t>(n));
  for (int i = 0; i < n; ++i) {
    out[i].number = i + 1;
    out[i].width = 595;
    out[i].height = 842;
  }
  return out;
}

TEST(Furniture, SentenceRepeatedMidPageOnTwoPagesIsBody) {
  auto p = pages(4);
  const std::string s = "Vår samlade bedömning är att nämnden delvis har styrt verksamheten.";
  p[1].lines = {line("Sala kommun", 40), line(s, 300)};
  p[3].lines = {line("Sala kommun", 40), line(s, 302)};
  mark_furniture(p, 10.5);
  EXPECT_TRUE(p[1].furniture[0]);   // the header, in the top margin of both pages
  EXPECT_FALSE(p[1].furniture[1]);  // the sentence, mid-page
  EXPECT_FALSE(p[3].furniture[1]);
}

TEST(Furniture, RunningLineOnManyPagesIsFurnitureEverywhereButTheBody) {
  auto p = pages(6);
  const char* body[] = {"",
                        "Kommunen har en policy.",
                        "Riktlinjerna saknas.",
                        "Ansvaret är oklart.",
                        "Utbildning ges inte.",
                        "Uppföljning sker årligen."};
  for (int i = 1; i < 6; ++i)
    p[i].lines = {line("© 2024 Revisionsbyrån AB", 790), line(body[i], 400)};
  p[0].lines = {line("© 2024 Revisionsbyrån AB", 760)};  // the cover's copy stands higher
  mark_furniture(p, 10.5);
  for (int i = 1; i < 6; ++i) {
    EXPECT_TRUE(p[i].furniture[0]);
    EXPECT_FALSE(p[i].furniture[1]);
  }
  EXPECT_TRUE(p[0].furniture[0]);
}

TEST(Furniture, PageNumbersInTheMarginOnly) {
  auto p = pages(5);
  // Page numbers at the foot; a count of 12 in a table on two pages, mid-page.
  for (int i = 0; i < 5; ++i) p[i].lines = {line(std::to_string(i + 1), 800), line("12", 400)};
  p[2].lines.pop_back();
  p[3].lines.pop_back();
  p[4].lines.pop_back();
  mark_furniture(p, 10.5);
  for (int i = 0; i < 5; ++i) EXPECT_TRUE(p[i].furniture[0]);
  EXPECT_FALSE(p[0].furniture[1]) << "a number in a table cell is body text";
  EXPECT_FALSE(p[1].furniture[1]);
}

// habibi-rotated.pdf (pypdf): four pages, each only the same line. Taken as a
// running header it left the file empty with exit 0; it is the text.
TEST(Furniture, ADocumentOfOneRepeatedLineKeepsItAsText) {
  auto p = pages(4);
  for (auto& page : p) page.lines = {line("habibi habibi", 400), line("3", 820)};
  mark_furniture(p, 10.5);
  for (const auto& page : p) {
    EXPECT_FALSE(page.furniture[0]) << "sidan " << page.number;
    EXPECT_TRUE(page.furniture[1]) << "sidan " << page.number;  // a page number stays furniture
  }
}

}  // namespace
}  // namespace gransk::extractor::detail
