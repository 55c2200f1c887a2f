// Search hits as CSV, the same columns for `gransk search --csv`, the page's
// export and its batch search; every cell through csv_row.
#pragma once

#include <string>
#include <vector>

#include "gransk/index/search.h"

namespace gransk::cli {

std::vector<std::string> search_csv_header();
std::vector<std::string> search_csv_cells(const index::Hit& h);
// The position of a column by its name ("text").
size_t search_csv_column(const std::string& name);

}  // namespace gransk::cli
