// Groups words into lines, and lines into column segments at wide gaps.
#pragma once

#include <vector>

#include "columns.h"
#include "gransk/extractor/document.h"

namespace gransk::extractor::detail {

// Words on one baseline that are separated by a gap wider than a column gap
// become separate lines (segments), so table cells and columns stay apart.
// With `zones`, the page's newspaper-column zones are found and returned, and
// the lines of each column are formed apart, so that two columns whose
// baselines are offset are not merged line by line.
std::vector<Line> group_lines(std::vector<Word> words, std::vector<ColumnZone>* zones = nullptr);

// A cell border drawn between two words of a line ("… som ligger | Gul", a
// word space apart in a word processor's table) parts them: `rules` are the
// page's thin drawn lines; a vertical one crossing the line between the words
// splits it there.
void split_at_rules(std::vector<Line>& lines, const std::vector<Box>& rules);

// A table cell filled to its edge leaves only a narrow gap before the next
// column ("… hot och risker och   Delvis"). Where other rows show a column
// starting at that x, the line is split there too.
void split_at_known_columns(std::vector<Line>& lines);

// A table whose first column numbers its rows ("1  Är nämndens budget- och",
// the question wrapping below at the text's x, not the number's) is split
// after the number when the row has another cell beside it and the text goes
// on below clear of the number; a numbered list (no cell beside) is kept.
void split_row_numbers(std::vector<Line>& lines);

// Recomputes box, font size and weight of a line from its words.
void finish_line(Line& line);

}  // namespace gransk::extractor::detail
