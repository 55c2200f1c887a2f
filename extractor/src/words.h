// Poppler's words for one page, turned upright, with footnote markers attached.
#pragma once

#include <vector>

#include "gransk/extractor/document.h"

class PDFDoc;

namespace gransk::extractor::detail {

struct PageWords {
  double width = 0, height = 0;  // upright frame of the dominant rotation
  int rotation = 0;              // dominant rotation (most characters)
  std::vector<Word> words;       // dominant rotation only, in Poppler's order
  std::vector<Word> other;       // text at other rotations (margin stamps), own frame
  std::vector<Box> marks;        // small filled shapes: bullets drawn as paths
  std::vector<Box> rules;        // thin drawn lines: table borders
  // Glyphs drawn, and those no font mapped to a character (no Unicode, a
  // control code, U+FFFD, private use): Poppler drops most of the latter from
  // the words, so only this count shows a page whose font has no Unicode table.
  size_t glyphs = 0, unmapped_glyphs = 0;
};

// `page` is 1-based.
PageWords read_words(PDFDoc& pdf, int page);

}  // namespace gransk::extractor::detail
