// Tables that the page-by-page layout reads as several are one: a page break
// cuts a table (the part on the next page has no header of its own, and may
// begin with the rest of the row the break cut), a header stands apart from
// its first row by padding, or a cell's lone line stands between two rows.
// Joined, a rule that reads a table's header sees every row under it.
#pragma once

#include <vector>

#include "gransk/extractor/document.h"

namespace gransk::extractor::detail {

void join_tables(std::vector<Block>& blocks);

}  // namespace gransk::extractor::detail
