// Search hits as CSV, the same columns for `gransk search --csv`, the page's
// export and its batch search; every cell through csv_row. And the facet
// groups' names as a revisor reads them, on the terminal and the page.
#pragma once

#include <string>
#include <vector>

#include "gransk/index/search.h"

namespace gransk::cli {

std::vector<std::string> search_csv_header();
std::vector<std::string> search_csv_cells(const index::Hit& h);
// The position of a column by its name ("text").
size_t search_csv_column(const std::string& name);
// A facet group's key (kommun, lan, ar, firma, typ, bedomning, rapporttyp) as
// a revisor reads it ("Organisation", "År"); JSON and URLs keep the keys.
std::string search_facet_label(const std::string& key);

}  // namespace gransk::cli
