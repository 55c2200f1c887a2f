// Types shared by the extractor's own steps; not part of the public header.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "columns.h"
#include "gransk/extractor/document.h"

namespace gransk::extractor::detail {

// One page's lines (column segments) in its upright reading frame.
struct PageLines {
  int number = 0;
  double width = 0, height = 0;  // of the upright frame
  int rotation = 0;
  std::vector<Line> lines;
  std::vector<bool> furniture;    // parallel to lines
  std::vector<ColumnZone> zones;  // newspaper columns, top to bottom
  std::vector<Box> marks;         // bullets drawn as shapes (PageWords::marks)
  std::vector<Box> rules;         // thin drawn lines: table borders (PageWords::rules)
  bool ocr = false;               // read with OCR (Page::ocr)
  bool first_with_text = false;   // the cover, or the first page after blank ones
  double ocr_confidence = 0;
};

void append_utf8(std::string& out, uint32_t code_point);
bool is_bullet(const std::string& token);
// A drawn rule (PageWords::rules) that stands upright: a cell's left or right border.
inline bool is_vertical_rule(const Box& r) { return r.width() <= 2.5 && r.height() >= 6; }
bool starts_with(const std::string& s, const std::string& prefix);
bool ends_with(const std::string& s, const std::string& suffix);
// "vilket …", "ändå …": a text that goes on a sentence, not one that starts it
// (å, ä, ö and the other Latin-1 lower-case letters included).
bool starts_lower_case(const std::string& s);
// The text after `before` goes on its sentence: `before` did not end one and
// `after` starts in lower case.
bool sentence_goes_on(const std::string& before, const std::string& after);

}  // namespace gransk::extractor::detail
