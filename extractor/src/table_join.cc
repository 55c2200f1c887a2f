#include "table_join.h"

#include <cmath>

#include "internal.h"

namespace gransk::extractor::detail {
namespace {

// The first row of a table set in bold: a header of its own, a new table.
bool bold_first_row(const Block& t) {
  if (t.lines.empty()) return false;
  double top = 1e9;
  for (const Line& l : t.lines) top = std::min(top, l.box.y0);
  bool any = false;
  for (const Line& l : t.lines) {
    if (l.box.y0 > top + 0.5 * l.box.height()) continue;
    if (!l.bold) return false;
    any = true;
  }
  return any;
}

// The column of `into` each column of `part` starts at, left to right; empty
// when one of them starts where no column of `into` does.
std::vector<size_t> column_map(const Block& into, const Block& part) {
  if (into.columns.empty() || part.columns.empty() || part.columns.size() > into.columns.size())
    return {};
  std::vector<size_t> map;
  for (double x : part.columns) {
    size_t best = 0;
    for (size_t c = 1; c < into.columns.size(); ++c)
      if (std::abs(into.columns[c] - x) < std::abs(into.columns[best] - x)) best = c;
    if (std::abs(into.columns[best] - x) > 10 || (!map.empty() && best <= map.back())) return {};
    map.push_back(best);
  }
  return map;
}

// A header centred over its columns starts right of where the cells below
// start: each header cell lies within a column of `body`, one per column.
std::vector<size_t> header_map(const Block& header, const Block& body) {
  if (header.columns.size() > body.columns.size()) return {};
  std::vector<size_t> map;
  for (double x : header.columns) {
    size_t col = body.columns.size();
    for (size_t c = 0; c < body.columns.size(); ++c)
      if (body.columns[c] <= x + 2) col = c;
    if (col == body.columns.size() || (!map.empty() && col <= map.back())) return {};
    map.push_back(col);
  }
  return map;
}

void reslot(TableRow& row, const std::vector<size_t>& map, size_t columns) {
  TableRow n{std::vector<std::string>(columns)};
  for (size_t c = 0; c < row.cells.size() && c < map.size(); ++c)
    n.cells[map[c]] = std::move(row.cells[c]);
  row = std::move(n);
}

// `part` starts right below `table` on its page: within three em.
bool right_below(const Block& table, const Block& part) {
  return part.page == table.page && part.box.y0 > table.box.y1 - 1 &&
         part.box.y0 - table.box.y1 < 3 * table.font_size;
}

// `part` goes on `table`: right below it on its page, or at the top of the
// next page; no bold header of its own; its columns among the table's.
std::vector<size_t> continuation(const Block& table, const Block& part) {
  if (table.kind != BlockKind::Table || part.kind != BlockKind::Table || table.rows.empty() ||
      part.rows.empty() || bold_first_row(part))
    return {};
  if (!right_below(table, part) && part.page != table.page + 1) return {};
  return column_map(table, part);
}

// A lone line between two parts of a table, starting on one of its inner
// columns close above the next part: the top of a cell beside cells set
// lower (a comment at the top of its cell, the recommendation centred), or
// the first line of a cell whose row a page break cut (LibreOffice and Word
// break rows across pages). LibreOffice's line boxes are taller than its line
// step, so the line may overlap the part below by a little.
bool lone_cell_line(const Block& table, const Block& line, const Block& next) {
  if (line.kind != BlockKind::Paragraph || line.lines.size() != 1 || line.page != next.page ||
      next.box.y0 - line.box.y1 > line.font_size ||
      next.box.y0 < line.box.y1 - 0.25 * line.box.height())
    return false;
  for (size_t c = 1; c < table.columns.size(); ++c)
    if (std::abs(table.columns[c] - line.box.x0) <= 2) return true;
  return false;
}

// A lone header row right above a body whose columns it is centred over.
bool header_over(const Block& table, const Block& part) {
  return table.kind == BlockKind::Table && part.kind == BlockKind::Table &&
         table.rows.size() == 1 && bold_first_row(table) && !bold_first_row(part) &&
         right_below(table, part) && !header_map(table, part).empty();
}

// Over a page break, a row whose cells (two or more) all go on in lower case
// from cells the cut row left mid-sentence is the rest of that row: a word
// processor's table cut inside its cells ("… med anledning av" / "rekommendationerna
// i 2021 års granskning?", "… och en är" / "inte genomförd.").
bool rest_of_cut_row(const TableRow& cut, const TableRow& first) {
  if (cut.cells.size() != first.cells.size()) return false;
  int filled = 0;
  for (size_t c = 0; c < first.cells.size(); ++c) {
    const std::string& next = first.cells[c];
    if (next.empty()) continue;
    ++filled;
    if (!sentence_goes_on(cut.cells[c], next)) return false;
  }
  return filled >= 2;
}

void append(Block& table, Block& part, const std::vector<size_t>& map) {
  std::vector<TableRow> rows = std::move(part.rows);
  for (TableRow& r : rows) reslot(r, map, table.columns.size());
  auto row = rows.begin();
  TableRow& last = table.rows.back();
  // Over a page break, the cut row goes on when the first row here leaves
  // empty a cell that the cut row filled (its number, its verdict).
  bool goes_on = false;
  if (part.page != table.page && last.cells.size() == row->cells.size()) {
    for (size_t c = 0; c < last.cells.size(); ++c)
      goes_on = goes_on || (row->cells[c].empty() && !last.cells[c].empty());
    goes_on = goes_on || rest_of_cut_row(last, *row);
  }
  if (goes_on) {
    for (size_t c = 0; c < last.cells.size(); ++c) {
      if (row->cells[c].empty()) continue;
      if (!last.cells[c].empty()) last.cells[c] += ' ';
      last.cells[c] += row->cells[c];
    }
    ++row;
  }
  table.rows.insert(table.rows.end(), std::make_move_iterator(row),
                    std::make_move_iterator(rows.end()));
  table.lines.insert(table.lines.end(), part.lines.begin(), part.lines.end());
  if (part.page == table.page) {
    table.box.x0 = std::min(table.box.x0, part.box.x0);
    table.box.x1 = std::max(table.box.x1, part.box.x1);
    table.box.y1 = std::max(table.box.y1, part.box.y1);
  }
}

}  // namespace

void join_tables(std::vector<Block>& blocks) {
  std::vector<Block> out;
  int open = -1;  // the last block in `out` that is no footnote
  for (size_t i = 0; i < blocks.size(); ++i) {
    Block& b = blocks[i];
    if (b.kind == BlockKind::Footnote) {
      out.push_back(std::move(b));
      continue;
    }
    if (open >= 0) {
      Block& table = out[static_cast<size_t>(open)];
      if (header_over(table, b)) {
        reslot(table.rows.front(), header_map(table, b), b.columns.size());
        table.columns = b.columns;
        std::vector<size_t> same(b.columns.size());
        for (size_t c = 0; c < same.size(); ++c) same[c] = c;
        append(table, b, same);
        continue;
      }
      if (const auto map = continuation(table, b); !map.empty()) {
        append(table, b, map);
        continue;
      }
      if (i + 1 < blocks.size() && lone_cell_line(table, b, blocks[i + 1])) {
        Block& next = blocks[i + 1];
        if (const auto map = continuation(table, next); !map.empty()) {
          // At the top of the next page, a line that goes on the sentence its
          // column's cell left open in the cut row ends that cell ("… enligt
          // MSB:s" / "föreskrifter och allmänna råd."): a word processor broke
          // the row across the page.
          if (b.page != table.page) {
            TableRow& cut = table.rows.back();
            size_t c = 0;
            while (c < table.columns.size() && std::abs(table.columns[c] - b.box.x0) > 2) ++c;
            if (c < cut.cells.size() && sentence_goes_on(cut.cells[c], b.text)) {
              cut.cells[c] += ' ' + b.text;
              table.lines.insert(table.lines.end(), b.lines.begin(), b.lines.end());
              continue;
            }
          }
          // The line opens the cell of the next row under its column.
          size_t column = 0;
          for (size_t c = 0; c < map.size(); ++c)
            if (std::abs(table.columns[map[c]] - b.box.x0) <= 2) column = c;
          std::string& cell = next.rows.front().cells[column];
          cell = cell.empty() ? b.text : b.text + ' ' + cell;
          next.lines.insert(next.lines.begin(), b.lines.begin(), b.lines.end());
          next.box.y0 = std::min(next.box.y0, b.box.y0);
          continue;
        }
      }
    }
    out.push_back(std::move(b));
    open = static_cast<int>(out.size()) - 1;
  }
  blocks = std::move(out);
}

}  // namespace gransk::extractor::detail
