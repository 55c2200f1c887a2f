// A page of synthetic words (synthetic_words.h) made into lines the way the
// extractor does it (extractor.cc): lines, with the page's newspaper-column
// zones when asked, split at drawn borders and known columns, nothing marked as
// furniture.
#pragma once

#include <vector>

#include "internal.h"
#include "lines.h"

namespace gransk::extractor::test {

inline detail::PageLines page_of(std::vector<Word> words, bool find_zones = false,
                                 std::vector<Box> marks = {}, std::vector<Box> rules = {}) {
  detail::PageLines p;
  p.number = 1;
  p.width = 595;  // A4
  p.height = 842;
  p.lines = detail::group_lines(std::move(words), find_zones ? &p.zones : nullptr);
  detail::split_at_rules(p.lines, rules);
  detail::split_at_known_columns(p.lines);
  p.furniture.assign(p.lines.size(), false);
  p.marks = std::move(marks);
  p.rules = std::move(rules);
  return p;
}

}  // namespace gransk::extractor::test
