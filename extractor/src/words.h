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
};

// `page` is 1-based.
PageWords read_words(PDFDoc& pdf, int page);

}  // namespace gransk::extractor::detail
