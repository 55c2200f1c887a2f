// One page's lines -> blocks in reading order: headings, paragraphs, list
// items, tables (rows of cells) and footnotes.
#pragma once

#include <vector>

#include "internal.h"

namespace gransk::extractor::detail {

void layout_page(const PageLines& page, double body_size, std::vector<Block>& out);

// A paragraph that a page break cut ("… behov av vägledande" | "riktlinjer …")
// is joined again; footnotes between the two halves stay where they are.
void join_across_pages(std::vector<Block>& blocks);

}  // namespace gransk::extractor::detail
