// Pages set in newspaper columns (a revisionsberättelse through Quartz, a
// LibreOffice column section, a two-column LaTeX paper): the run of rows whose
// words all keep clear of one vertical gutter is a zone, read left column
// first, then right. A run that looks like a table (cells that start side by
// side, short cells) is not a zone: the table reader keeps its rows together.
#pragma once

#include <vector>

#include "gransk/extractor/document.h"

namespace gransk::extractor::detail {

struct ColumnZone {
  double y0 = 0, y1 = 0;  // the rows it spans
  double gutter = 0;      // x of the gutter's middle
};

// `rows`: every baseline of the page, words left to right, top to bottom.
std::vector<ColumnZone> find_column_zones(const std::vector<Line>& rows);

// The zone a line belongs to (its middle lies in the zone's rows), or -1.
int zone_of(const Box& line, const std::vector<ColumnZone>& zones);

}  // namespace gransk::extractor::detail
