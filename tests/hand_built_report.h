// A document built by hand, block by block, read into a Report with the shipped
// rules: for tests of one wording or structure without a PDF. Sections follow
// the headings (each runs to the next heading of its level or above).
#pragma once

#include <string>
#include <vector>

#include "gransk/corpus/report.h"
#include "gransk/extractor/document.h"

namespace gransk::test {

// A block of `kind` on `page`; a list item gets the bullet "•".
extractor::Block block(extractor::BlockKind kind, const std::string& text, int page = 1,
                       int level = 0);

corpus::Report report_of(std::vector<extractor::Block> blocks);
// The same with running headers or footers (furniture) on every page.
corpus::Report report_of(std::vector<extractor::Block> blocks, std::vector<std::string> furniture);

}  // namespace gransk::test
