// Fuzzed text -> an extractor::Document of the shape the extractor makes, so
// that the steps after it can be fuzzed without Poppler. One block per line:
//   "# …" heading (more '#' = deeper, "## 3.1 Titel" keeps its number),
//   "- …" list item, "| a | b" table row (adjacent rows form one table),
//   "^3 …" footnote 3, a form feed starts a new page, anything else a paragraph.
#pragma once

#include <string_view>

#include "gransk/extractor/document.h"

namespace gransk::fuzz {

extractor::Document document_from_text(std::string_view text);

}  // namespace gransk::fuzz
