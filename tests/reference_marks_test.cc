// A web page printed to PDF (Wikipedia's "PDF.js") marks its references as
// raised "[4]", "[5][6]" glued to a word. They are footnote marks, not words
// of a line above: the sentence reads on, and the infobox beside it is read as
// its own table instead of rows interleaved with the text.
#include <gtest/gtest.h>

#include <filesystem>

#include "gransk/extractor/extractor.h"

#ifndef GRANSK_SHARED_DIR
#define GRANSK_SHARED_DIR "../shared"
#endif

namespace gransk::extractor {
namespace {

TEST(ReferenceMarks, BracketedMarksAreNotesAndTheSidebarIsATable) {
  const std::string path = std::string(GRANSK_SHARED_DIR) + "/realworld/pdfjs_wikipedia.pdf";
  if (!std::filesystem::exists(path)) GTEST_SKIP() << path << " saknas";
  Options o;
  o.ocr = OcrMode::Never;
  const Result r = extract(path, o);
  ASSERT_TRUE(r.ok()) << r.error().message();
  bool sentence = false, infobox_row = false;
  int notes = 0;
  for (const Block& b : r.document().blocks) {
    sentence |= b.text.find(
                    "created as an extension for Firefox and is included in Firefox "
                    "since 2012.") != std::string::npos;
    EXPECT_EQ(b.text.find("[4]"), std::string::npos) << b.text;
    notes += static_cast<int>(b.notes.size());
    for (const TableRow& row : b.rows)
      infobox_row |= row.cells.size() == 2 && row.cells[0] == "Original author(s)" &&
                     row.cells[1] == "Andreas Gal";
  }
  EXPECT_TRUE(sentence);
  EXPECT_TRUE(infobox_row);
  EXPECT_GE(notes, 10);
}

}  // namespace
}  // namespace gransk::extractor
