// Running headers, footers, page numbers and stamp lines: text that repeats at
// the same place on many pages, or a bare page number in the margin.
#pragma once

#include <vector>

#include "internal.h"

namespace gransk::extractor::detail {

// The body font size: the size most characters are set in.
double body_font_size(const std::vector<PageLines>& pages);

// Sets PageLines::furniture for every line.
void mark_furniture(std::vector<PageLines>& pages, double body_size);

}  // namespace gransk::extractor::detail
