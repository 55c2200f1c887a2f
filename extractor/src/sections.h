// Headings -> a section tree over the blocks.
#pragma once

#include "gransk/extractor/document.h"

namespace gransk::extractor::detail {

// Gives unnumbered headings a level from their font size, then builds
// Document::sections (sections[0] is the root).
void build_sections(Document& doc);

}  // namespace gransk::extractor::detail
