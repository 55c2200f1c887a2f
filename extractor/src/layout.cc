#include "layout.h"

#include <re2/re2.h>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <deque>
#include <map>
#include <optional>

#include "join.h"
#include "lines.h"

namespace gransk::extractor::detail {
namespace {

struct Band {
  std::vector<const Line*> segments;  // left to right
  Box box;
};

void grow(Box& a, const Box& b) {
  a.x0 = std::min(a.x0, b.x0);
  a.y0 = std::min(a.y0, b.y0);
  a.x1 = std::max(a.x1, b.x1);
  a.y1 = std::max(a.y1, b.y1);
}

bool has_letter(const std::string& s) {
  for (unsigned char c : s)
    if (std::isalpha(c) || c >= 0xC3) return true;
  return false;
}

// ---- footnotes -------------------------------------------------------------

std::optional<int> footnote_number(const Line& l) {
  static const RE2 re(R"((\d{1,3})(?:\s.*)?)");
  int n = 0;
  if (RE2::FullMatch(l.text(), re, &n)) return n;
  return std::nullopt;
}

// Small-font lines below the body that start with a note number.
std::vector<const Line*> take_footnotes(std::vector<const Line*>& lines, double body_size, int page,
                                        std::vector<Block>& out) {
  double body_bottom = 0;
  for (const Line* l : lines)
    if (l->font_size >= body_size * 0.9) body_bottom = std::max(body_bottom, l->box.y1);
  std::vector<const Line*> body;
  Block* current = nullptr;
  bool zone = false;
  for (const Line* l : lines) {
    const bool small = l->font_size <= body_size * 0.85;
    const bool below = l->box.y0 >= body_bottom - 1;
    std::optional<int> n = small && below ? footnote_number(*l) : std::nullopt;
    if (n && l->words.size() > 1) {
      zone = true;
      Block b;
      b.kind = BlockKind::Footnote;
      b.page = page;
      b.box = l->box;
      b.font_size = l->font_size;
      b.number = std::to_string(*n);
      Line rest = *l;
      rest.words.erase(rest.words.begin());
      append_line(b.text, b.notes, rest);
      b.lines.push_back(*l);
      out.push_back(std::move(b));
      current = &out.back();
    } else if (zone && small && below && current) {
      append_line(current->text, current->notes, *l);
      grow(current->box, l->box);
      current->lines.push_back(*l);
    } else {
      body.push_back(l);
    }
  }
  for (Block& b : out)
    if (b.kind == BlockKind::Footnote) finish_text(b.text);
  return body;
}

// ---- bands: what stands side by side ---------------------------------------

double vertical_overlap(const Box& a, const Box& b) {
  return std::min(a.y1, b.y1) - std::max(a.y0, b.y0);
}

// The next line of a cell, under one already in the band: a cell centred
// between the two lines beside them overlaps both, but the lines are two
// bands, not one whose segments overlap. Only among text of one size: beside
// a larger name (a letterhead) the lines are read one by one, larger first.
bool stacked_below(const Band& b, const Line& l) {
  const bool one_size = std::all_of(b.segments.begin(), b.segments.end(), [&](const Line* s) {
    return std::abs(s->font_size - l.font_size) <= 0.6;
  });
  if (!one_size) return false;
  return std::any_of(b.segments.begin(), b.segments.end(), [&](const Line* s) {
    const bool same_column = l.box.x0 < s->box.x1 - 1 && s->box.x0 < l.box.x1 - 1;
    const double smaller = std::min(s->box.height(), l.box.height());
    return same_column && l.box.y0 > s->box.y0 && vertical_overlap(s->box, l.box) < 0.5 * smaller;
  });
}

std::vector<Band> make_bands(std::vector<const Line*> lines) {
  std::stable_sort(lines.begin(), lines.end(),
                   [](const Line* a, const Line* b) { return a->box.y0 < b->box.y0; });
  std::vector<Band> bands;
  for (const Line* l : lines) {
    if (!bands.empty()) {
      Band& b = bands.back();
      const double overlap = vertical_overlap(b.box, l->box);
      if (overlap >= 0.3 * std::min(b.box.height(), l->box.height()) && !stacked_below(b, *l)) {
        b.segments.push_back(l);
        grow(b.box, l->box);
        continue;
      }
    }
    bands.push_back({{l}, l->box});
  }
  // Segments that overlap horizontally are not columns (a slide title printed
  // over its first bullet): the larger text is read first, then the rest.
  std::vector<Band> out;
  for (Band& b : bands) {
    std::sort(b.segments.begin(), b.segments.end(),
              [](const Line* x, const Line* y) { return x->box.x0 < y->box.x0; });
    bool overlapping = false;
    for (size_t i = 0; i + 1 < b.segments.size(); ++i)
      if (b.segments[i + 1]->box.x0 < b.segments[i]->box.x1 - 1) overlapping = true;
    if (!overlapping) {
      out.push_back(std::move(b));
      continue;
    }
    std::stable_sort(b.segments.begin(), b.segments.end(), [](const Line* x, const Line* y) {
      return x->font_size > y->font_size + 0.5;
    });
    for (const Line* l : b.segments) out.push_back({{l}, l->box});
  }
  return out;
}

// ---- tables ----------------------------------------------------------------

bool crosses_column(const Line& l, const std::vector<double>& columns) {
  for (double c : columns)
    if (c > l.box.x0 + 10 && c < l.box.x1 - 4) return true;
  return false;
}

void add_columns(const Band& b, std::vector<double>& columns) {
  for (const Line* l : b.segments) {
    const bool known = std::any_of(columns.begin(), columns.end(),
                                   [&](double c) { return std::abs(c - l->box.x0) < 10; });
    if (!known) columns.push_back(l->box.x0);
  }
  std::sort(columns.begin(), columns.end());
}

size_t column_of(const Line& l, const std::vector<double>& columns) {
  size_t col = 0;
  for (size_t i = 0; i < columns.size(); ++i)
    if (columns[i] <= l.box.x0 + 10) col = i;
  return col;
}

bool on_columns(const Band& b, const std::vector<double>& columns) {
  return std::all_of(b.segments.begin(), b.segments.end(), [&](const Line* l) {
    return std::any_of(columns.begin(), columns.end(),
                       [&](double c) { return std::abs(c - l->box.x0) < 10; });
  });
}

// The bands of the row that starts at `first`: they overlap or nearly touch.
size_t row_end(const std::vector<Band>& bands, size_t first, double body_size) {
  size_t end = first + 1;
  while (end < bands.size() && bands[end].box.y0 - bands[end - 1].box.y1 <= 0.45 * body_size) ++end;
  return end;
}

// A row whose cells have padding stands further from the one above than a
// wrapped line does; it is still a row of this table if one of its bands has
// several cells and all of them start on the table's columns.
bool padded_row(const std::vector<Band>& bands, size_t first, double body_size,
                const std::vector<double>& columns) {
  const size_t end = row_end(bands, first, body_size);
  bool several = false;
  for (size_t i = first; i < end; ++i) {
    if (!on_columns(bands[i], columns)) return false;
    several = several || bands[i].segments.size() >= 2;
  }
  return several;
}

// Header cells centred over their columns start right of where the cells
// below them do. If each header cell lies within a column of its own of the
// first row, the first row's columns are the table's.
bool realign_to_first_row(const Band& header, const std::vector<Band>& bands, size_t first,
                          double body_size, std::vector<double>& columns) {
  std::vector<double> row;
  for (size_t i = first; i < row_end(bands, first, body_size); ++i) add_columns(bands[i], row);
  if (row.size() < 2 || row.size() < header.segments.size()) return false;
  size_t previous = row.size();
  for (const Line* h : header.segments) {
    const size_t col = column_of(*h, row);
    const bool inside =
        h->box.x0 >= row[col] - 2 && (col + 1 == row.size() || h->box.x1 <= row[col + 1] + 2);
    if (!inside || col == previous) return false;
    previous = col;
  }
  columns = std::move(row);
  return true;
}

// Whether an upright drawn border runs beside the middle of `b`, within the
// table's width: a bordered table's row has one at each of its cell edges.
bool beside_upright_border(const Box& b, double left, double right, const std::vector<Box>& rules) {
  const double mid = (b.y0 + b.y1) / 2;
  return std::any_of(rules.begin(), rules.end(), [&](const Box& r) {
    return is_vertical_rule(r) && r.y0 < mid && r.y1 > mid && r.x1 > left - 6 && r.x0 < right + 6;
  });
}

// Multi-column bands and the lines that wrap inside their cells.
size_t table_end(const std::vector<Band>& bands, size_t start, double body_size,
                 std::vector<double>& columns, const std::vector<Box>& rules) {
  add_columns(bands[start], columns);
  // A table whose first row stands between drawn cell borders ends at the
  // first line with none beside it: text set right below a word processor's
  // table, as close as a wrapped line of its last cell ("Utifrån vår
  // uppföljning rekommenderar vi …" under the answers).
  const bool bordered =
      beside_upright_border(bands[start].box, bands[start].box.x0, bands[start].box.x1, rules);
  // The sizes of the table's lines so far, for the size test below.
  double smallest = 1e9, largest = 0;
  size_t end = start + 1;
  for (; end < bands.size(); ++end) {
    for (const Line* s : bands[end - 1].segments)
      smallest = std::min(smallest, s->font_size), largest = std::max(largest, s->font_size);
    const Band& b = bands[end];
    const double gap = b.box.y0 - bands[end - 1].box.y1;
    if (gap > 3 * body_size) break;
    const std::vector<double> header_columns = columns;
    if (end == start + 1 && !on_columns(b, columns))
      realign_to_first_row(bands[start], bands, end, body_size, columns);
    if (gap > 1.8 * body_size && !padded_row(bands, end, body_size, columns)) {
      if (end == start + 1) columns = header_columns;  // no first row to align to
      break;
    }
    if (b.segments.size() >= 2) {
      // Cells that start where no column of this table starts: the next table.
      if (!on_columns(b, columns) && end - start >= 2) break;
      add_columns(b, columns);
      continue;
    }
    const Line& l = *b.segments.front();
    if (l.font_size > body_size * 1.15 || crosses_column(l, columns)) break;
    // A size no line of the table has: the text after it (a word processor
    // sets its cells smaller than the body, and the body right below).
    if (l.font_size < smallest - 0.6 || l.font_size > largest + 0.6) break;
    if (bordered && !beside_upright_border(l.box, bands[start].box.x0, bands[start].box.x1, rules))
      break;
    if (l.box.x0 < columns.front() - 2) break;  // back at the margin, left of the first cell
  }
  return end;
}

// A border drawn between two bands of a table: the next band starts a row,
// however close it stands (a word processor's cells without padding, a cell
// centred beside several lines of its neighbour). Only a rule across some
// width: a cell's border, not a word's underline.
bool ruled_between(const Band& above, const Band& below, const std::vector<Box>& rules) {
  const double left = std::max(above.box.x0, below.box.x0);
  const double right = std::min(above.box.x1, below.box.x1);
  return std::any_of(rules.begin(), rules.end(), [&](const Box& r) {
    const double y = (r.y0 + r.y1) / 2;
    return r.height() <= 2.5 && r.width() >= 20 && y > above.box.y1 - 0.5 &&
           y < below.box.y0 + 0.5 && r.x0 < right && r.x1 > left;
  });
}

Block make_table(const std::vector<Band>& bands, size_t begin, size_t end,
                 const std::vector<double>& columns, double body_size, int page,
                 const std::vector<Box>& rules) {
  Block t;
  t.kind = BlockKind::Table;
  t.page = page;
  t.box = bands[begin].box;
  t.font_size = body_size;
  t.columns = columns;
  std::vector<NoteRef> ignored;  // markers are already cut from the words
  for (size_t i = begin; i < end; ++i) {
    const Band& b = bands[i];
    grow(t.box, b.box);
    const bool new_row = i == begin || b.box.y0 - bands[i - 1].box.y1 > 0.45 * body_size ||
                         ruled_between(bands[i - 1], b, rules);
    if (new_row) t.rows.push_back({std::vector<std::string>(columns.size())});
    for (const Line* l : b.segments) {
      std::string& cell = t.rows.back().cells[column_of(*l, columns)];
      if (!cell.empty() && !l->words.empty() && is_bullet(l->words.front().text)) cell += '\n';
      append_line(cell, ignored, *l);
      t.lines.push_back(*l);
    }
  }
  for (TableRow& r : t.rows)
    for (std::string& c : r.cells) finish_text(c);
  return t;
}

// ---- paragraphs, headings, list items ---------------------------------------

struct HeadingInfo {
  std::string number;
  int level = 0;
};

std::optional<HeadingInfo> heading_info(const Line& l, double body_size) {
  const std::string text = l.text();
  if (!has_letter(text) || text.size() > 200) return std::nullopt;
  static const RE2 numbered(R"((\d{1,2}(?:\.\d{1,2}){0,4})\.?\s+\S.*)");
  std::string number;
  const bool is_numbered = RE2::FullMatch(text, numbered, &number);
  const bool all_bold = std::all_of(l.words.begin(), l.words.end(), [](auto& w) { return w.bold; });
  const bool large = l.font_size >= body_size * 1.15;
  const char last = text.back();
  const bool bold_heading =
      all_bold && text.size() < 160 && last != '.' && last != ',' && last != ';';
  if (!large && !bold_heading && !(is_numbered && l.bold && text.size() < 100)) return std::nullopt;
  HeadingInfo h;
  if (is_numbered) {
    h.number = number;
    h.level = 1 + static_cast<int>(std::count(number.begin(), number.end(), '.'));
  }
  return h;
}

std::optional<std::string> list_marker(const Line& l) {
  if (l.words.size() < 2) return std::nullopt;
  const std::string& first = l.words.front().text;
  if (is_bullet(first)) return first;
  static const RE2 enumerator(R"((?:\d{1,2}|[a-z])[.)])");
  if (RE2::FullMatch(first, enumerator) && !l.bold) return first;
  // "2    Finns en …": a bare number set off by more than twice the line's
  // word space (a numbered row of a table without drawn borders, a list
  // tabbed out by a word processor) numbers an item; "2 000 kronor" does not.
  static const RE2 bare(R"(\d{1,2})");
  if (!l.bold && RE2::FullMatch(first, bare) && l.words.size() >= 3) {
    const double gap = l.words[1].box.x0 - l.words[0].box.x1;
    double spaces = 0;
    for (size_t i = 2; i < l.words.size(); ++i)
      spaces = std::max(spaces, l.words[i].box.x0 - l.words[i - 1].box.x1);
    if (gap >= 0.6 * l.font_size && gap > 2 * spaces) return first + ".";
  }
  return std::nullopt;
}

class BlockBuilder {
 public:
  BlockBuilder(double body_size, double margin, double right, int page, double page_width,
               bool cover, const std::vector<Box>& marks, std::vector<Block>& out)
      : body_size_(body_size),
        margin_(margin),
        right_(right),
        page_(page),
        page_width_(page_width),
        cover_(cover),
        marks_(marks),
        out_(out) {}

  void add(const Line& l) {
    std::optional<HeadingInfo> h = heading_info(l, body_size_);
    std::optional<std::string> marker = h ? std::nullopt : list_marker(l);
    bool implicit = false;
    // A bullet drawn as a shape beside the line starts an item; in a list of
    // such bullets, a line without one goes on the item above, however it ends.
    const bool mark = !h && !marker && marked(l);
    if (!h && !marker && (mark || (!(open_ && marked_) && implicit_item(l)))) {
      marker = "•";
      implicit = true;
    }
    const bool goes_on = open_ && (new_flow_ ? continues_in_next_flow(l, h || marker)
                                             : continues(l, h.has_value(), marker.has_value()));
    new_flow_ = false;
    if (goes_on) {
      append_line(block_.text, block_.notes, l);
      grow(block_.box, l.box);
      block_.lines.push_back(l);
      last_ = &l;
      return;
    }
    flush();
    block_ = Block{};
    block_.page = page_;
    block_.box = l.box;
    block_.font_size = l.font_size;
    if (h) {
      block_.kind = BlockKind::Heading;
      block_.number = h->number;
      block_.level = h->level;
    } else if (marker) {
      block_.kind = BlockKind::ListItem;
      block_.number = *marker;
    }
    Line body = l;
    if (marker && !implicit) body.words.erase(body.words.begin());
    implicit_ = implicit;
    marked_ = mark;
    append_line(block_.text, block_.notes, body);
    block_.lines.push_back(l);
    open_ = true;
    last_ = &l;
  }

  // The next lines are another column (or the text after the columns): a
  // paragraph may go on at its top when it did not end a sentence.
  // `column`: the flow is one column of a zone, so its own right edge, not
  // the page's, is where a line is full.
  void next_flow(double margin, double right, bool column) {
    margin_ = margin;
    right_ = right;
    column_ = column;
    new_flow_ = open_;
  }

  void flush() {
    new_flow_ = false;
    if (!open_) return;
    // A break hyphen at the end stays until join_across_pages has seen it.
    while (!block_.text.empty() && (block_.text.back() == ' ' || block_.text.back() == '\n'))
      block_.text.pop_back();
    if (block_.kind == BlockKind::Heading && !block_.number.empty()) {
      // "3.1.4 Bedömning": the number is kept apart from the title.
      const size_t sp = block_.text.find(' ');
      if (sp != std::string::npos) {
        const size_t cut = sp + 1;
        for (NoteRef& n : block_.notes) n.offset = n.offset > cut ? n.offset - cut : 0;
        block_.text.erase(0, cut);
      }
    }
    if (!block_.text.empty()) out_.push_back(std::move(block_));
    open_ = false;
  }

 private:
  // A small filled shape left of the line's first word, within three em, at
  // the height of the line: a bullet.
  bool marked(const Line& l) const {
    return std::any_of(marks_.begin(), marks_.end(), [&](const Box& m) {
      const double middle = (m.y0 + m.y1) / 2;
      return m.x1 <= l.box.x0 + 0.5 && m.x1 >= l.box.x0 - 3 * l.font_size && middle > l.box.y0 &&
             middle < l.box.y1;
    });
  }

  // Browsers and some word processors draw bullets as shapes, not glyphs: an
  // indented line after a lead-in ending in ':' or ';' (or after such an item
  // that ended short) starts a list item with no marker in the text.
  bool implicit_item(const Line& l) const {
    if (l.words.empty()) return false;
    const double indent = l.box.x0 - margin_;
    if (indent < 0.9 * body_size_ || indent > 6 * body_size_) return false;
    if (!open_) {
      // The lead-in at the foot of the previous page, the list at the top of
      // this one; or the list goes on, its last item there having ended short.
      if (out_.empty() || out_.back().page != page_ - 1 || out_.back().text.empty()) return false;
      const Block& before = out_.back();
      const char end = before.text.back();
      if (before.kind == BlockKind::Paragraph) return end == ':' || end == ';';
      if (before.kind != BlockKind::ListItem || before.number != "•" || before.lines.empty())
        return false;
      const Line& last = before.lines.back();
      const bool ended_short = last.box.x1 < before.box.x1 - 0.15 * before.box.width() ||
                               end == '.' || end == ';' || end == ',';
      return ended_short && std::abs(last.box.x0 - l.box.x0) < 2;
    }
    if (std::abs(l.font_size - last_->font_size) > 0.6) return false;
    if (l.box.y0 - last_->box.y1 > 1.6 * l.font_size) return false;
    const std::string prev = last_->text();
    const char end = prev.empty() ? ' ' : prev.back();
    if (block_.kind == BlockKind::Paragraph)
      return (end == ':' || end == ';') && last_->box.x0 < l.box.x0 - 0.5 * body_size_;
    if (block_.kind == BlockKind::ListItem && implicit_) {
      // The item before ended, rather than wrapped, when this line's first
      // word would have fitted after it (items without end punctuation).
      const double room = std::max(right_, block_.box.x1) - last_->box.x1;
      const bool ended = room > l.words.front().box.width() + 0.5 * l.font_size;
      const bool short_line = last_->box.x1 < block_.box.x1 - 0.15 * block_.box.width() || ended ||
                              end == '.' || end == ';';
      return short_line && std::abs(last_->box.x0 - l.box.x0) < 2;
    }
    return false;
  }

  bool continues_in_next_flow(const Line& l, bool heading_or_marker) const {
    if (heading_or_marker || block_.kind == BlockKind::Heading) return false;
    if (std::abs(l.font_size - last_->font_size) > 0.6) return false;
    return sentence_goes_on(last_->text(), l.text());
  }

  bool continues(const Line& l, bool heading, bool marker) const {
    const double gap = l.box.y0 - last_->box.y1;
    const bool same_size = std::abs(l.font_size - last_->font_size) <= 0.6;
    if (block_.kind == BlockKind::Heading) {
      if (!heading || !same_size || l.bold != last_->bold) return false;
      if (gap <= 0.6 * l.font_size) return true;
      // A heading set in a padded box (LibreOffice spaces its lines like
      // paragraphs, up to three em apart) goes on when it did not end and the
      // next line is lower case.
      return gap <= 3 * l.font_size && l.box.y0 > last_->box.y0 &&
             sentence_goes_on(last_->text(), l.text());
    }
    // A bold line or run that did not end its sentence ("… som
    // förtroendeskadlig,", "… revisionsfråga är: Bedriver … en") goes on below
    // in lower case, though that line alone looks like a heading.
    // In a padded box LibreOffice sets such lines as far apart as paragraphs
    // (a framed question under "Revisionsfråga 4").
    if (heading && !marker && same_size && !last_->words.empty() && !l.words.empty() &&
        last_->words.back().bold == l.words.front().bold && l.box.y0 > last_->box.y0 &&
        sentence_goes_on(last_->text(), l.text()) &&
        (gap <= 0.5 * l.font_size || wrapped_despite_leading(l, gap)))
      return true;
    if (heading || marker || !same_size) return false;
    if (l.box.y0 < last_->box.y0) return false;  // not below: another column
    if (gap > 0.5 * l.font_size) return wrapped_despite_leading(l, gap);
    // A sentence that ends well short of the column's right edge ends its paragraph.
    const std::string prev = last_->text();
    const char end = prev.empty() ? ' ' : prev.back();
    const bool short_line = last_->box.x1 < block_.box.x1 - 0.2 * block_.box.width();
    if (short_line && (end == '.' || end == ':' || end == '?' || end == '!')) return false;
    // A first line that ended its sentence where the next line's first word
    // would have fitted, the next line at another indent: a new paragraph set
    // with no space between (a word processor's labelled line, "Rek. 5 Ta
    // fram …", above the comment on it). A first line can be short only
    // against the column's edge, not against the block it alone makes.
    if (block_.lines.size() == 1 && (end == '.' || end == '?' || end == '!') && !l.words.empty() &&
        std::abs(last_->box.x0 - l.box.x0) > 2 &&
        std::max(right_, block_.box.x1) - last_->box.x1 >
            l.words.front().box.width() + 0.5 * l.font_size)
      return false;
    // On the first page with text, a short line after which the next line's first word
    // would have fitted with room to spare was broken on purpose: a cover set
    // in the body's type ("Revisionsrapport" / "Granskning av …" / "2022-11-24").
    // Later pages keep such lines together: a signature's name and its role.
    // A cover page holds only such lines: the page's width (less the left
    // margin on the right) is the measure then, not its longest line; in a
    // column (a two-column revisionsberättelse) it is the column's edge.
    const double right = column_ ? right_ : std::max(right_, page_width_ - margin_);
    if (cover_ && block_.kind == BlockKind::Paragraph && !l.words.empty() &&
        last_->box.width() < 0.6 * (right - margin_) &&
        right - last_->box.x1 > l.words.front().box.width() + 2 * l.font_size)
      return false;
    return true;
  }

  // LibreOffice sets every line of a padded paragraph (a bordered box, a
  // framed question) as far apart as paragraphs are. A line still wraps into
  // the next when the sentence goes on in lower case at the same left edge and
  // the line above is full.
  bool wrapped_despite_leading(const Line& l, double gap) const {
    if (gap > 3 * l.font_size || l.words.empty() || !sentence_goes_on(last_->text(), l.text()))
      return false;
    const bool same_edge = std::abs(l.box.x0 - last_->box.x0) < 2 ||
                           (block_.kind == BlockKind::ListItem && l.box.x0 > last_->box.x0 &&
                            l.box.x0 < last_->box.x0 + 3 * l.font_size);
    // Or the line above is long: a box's padding narrows its lines, so a word
    // may have had room on the page but not inside the box.
    const double right = std::max(right_, block_.box.x1);
    const bool full = right - last_->box.x1 < l.words.front().box.width() + 0.3 * l.font_size ||
                      last_->box.width() > 0.6 * (right - margin_);
    return same_edge && full;
  }

  double body_size_;
  double margin_;
  double right_;  // where the body's lines end (the column's right edge)
  int page_;
  double page_width_;
  bool cover_;           // the first page with text
  bool column_ = false;  // the flow is a column of a zone
  const std::vector<Box>& marks_;
  std::vector<Block>& out_;
  Block block_;
  bool open_ = false;
  bool new_flow_ = false;
  bool implicit_ = false;
  bool marked_ = false;  // the open item began at a drawn bullet
  const Line* last_ = nullptr;
};

bool about_body_size(const Line& l, double body_size) {
  return l.font_size >= 0.8 * body_size && l.font_size <= 1.15 * body_size;
}

// The body's left margin: the leftmost start of a line of about body size (a
// page that is mostly a list still has its margin left of the list).
double left_margin(const std::vector<const Line*>& lines, double body_size) {
  std::map<int, int> starts;
  for (const Line* l : lines)
    if (about_body_size(*l, body_size)) ++starts[static_cast<int>(l->box.x0 / 3)];
  return starts.empty() ? 0 : starts.begin()->first * 3.0;
}

// Where the body's lines end: the rightmost end of a line of about body size.
double right_edge(const std::vector<const Line*>& lines, double body_size) {
  double right = 0;
  for (const Line* l : lines)
    if (about_body_size(*l, body_size)) right = std::max(right, l->box.x1);
  return right;
}

// Lines in reading order, as flows: the text above the first column zone,
// its left column, its right column, the text below it, the next zone, ...
std::vector<std::vector<const Line*>> flows(const std::vector<const Line*>& lines,
                                            const std::vector<ColumnZone>& zones) {
  std::map<size_t, std::vector<const Line*>> by_key;
  for (const Line* l : lines) {
    const int z = zone_of(l->box, zones);
    size_t key = 0;
    if (z >= 0) {
      const bool right = (l->box.x0 + l->box.x1) / 2 > zones[z].gutter;
      key = (2 * static_cast<size_t>(z) + 1) * 2 + right;
    } else {
      const double middle = (l->box.y0 + l->box.y1) / 2;
      size_t above = 0;
      for (const ColumnZone& zone : zones) above += zone.y1 < middle;
      key = 2 * above * 2;
    }
    by_key[key].push_back(l);
  }
  std::vector<std::vector<const Line*>> out;
  for (auto& [key, flow] : by_key) out.push_back(std::move(flow));
  return out;
}

// A justified line of a few long words in a narrow column has spaces wider
// than a table's gap, so it comes as several segments. It is one line when a
// line next to it, of its size and close by, runs from the same left edge to
// the same right edge: prose, not a table's row. In LibreOffice's narrow
// justified columns several such lines follow one another ("genom        utsedda",
// "väsentligt     har     bedrivit"), with gaps of many em: then the run of
// lines flush with it must hold a line of one segment, and its gaps must not
// fall where the line above or below has its own (a table's columns line up).
bool spread_line(const std::vector<Band>& bands, size_t i) {
  const Band& b = bands[i];
  const double size = b.segments.front()->font_size;
  for (const Line* s : b.segments)
    if (std::abs(s->font_size - size) > 0.6) return false;
  auto flush = [&](const Band& n, const Band& next_to) {
    for (const Line* s : n.segments)
      if (std::abs(s->font_size - size) > 0.6) return false;
    const double gap = std::max(n.box.y0 - next_to.box.y1, next_to.box.y0 - n.box.y1);
    return gap <= 0.5 * size && std::abs(n.box.x0 - b.box.x0) <= 2 &&
           std::abs(n.box.x1 - b.box.x1) <= 3;
  };
  bool narrow_gaps = true;
  for (size_t k = 1; k < b.segments.size(); ++k)
    if (b.segments[k]->box.x0 - b.segments[k - 1]->box.x1 > 6 * size) narrow_gaps = false;
  if (narrow_gaps) {
    auto single = [&](size_t k) { return bands[k].segments.size() == 1 && flush(bands[k], b); };
    if ((i > 0 && single(i - 1)) || (i + 1 < bands.size() && single(i + 1))) return true;
  }
  // The run of flush lines around it.
  size_t first = i, last = i;
  while (first > 0 && flush(bands[first - 1], bands[first])) --first;
  while (last + 1 < bands.size() && flush(bands[last + 1], bands[last])) ++last;
  bool one_segment = false;
  for (size_t k = first; k <= last; ++k) one_segment |= bands[k].segments.size() == 1;
  if (!one_segment) return false;
  // A table's row: the line above or below has its gaps at the same places.
  auto same_columns = [&](const Band& n) {
    if (n.segments.size() != b.segments.size()) return false;
    for (size_t a = 1; a < b.segments.size(); ++a)
      if (std::abs(b.segments[a]->box.x0 - n.segments[a]->box.x0) > 2) return false;
    return true;
  };
  return !(i > first && same_columns(bands[i - 1])) && !(i < last && same_columns(bands[i + 1]));
}

Line joined(const Band& b) {
  Line l;
  for (const Line* s : b.segments) l.words.insert(l.words.end(), s->words.begin(), s->words.end());
  finish_line(l);
  return l;
}

}  // namespace

void layout_page(const PageLines& page, double body_size, std::vector<Block>& out) {
  std::vector<const Line*> lines;
  for (size_t i = 0; i < page.lines.size(); ++i)
    if (!page.furniture[i]) lines.push_back(&page.lines[i]);

  std::vector<Block> notes;
  lines = take_footnotes(lines, body_size, page.number, notes);
  bool first_flow = true;
  std::deque<Line> spread;  // joined lines, alive while the builder points at them
  BlockBuilder builder(body_size, left_margin(lines, body_size), right_edge(lines, body_size),
                       page.number, page.width, page.first_with_text, page.marks, out);
  for (std::vector<const Line*>& flow : flows(lines, page.zones)) {
    // Each flow (a column) has its own edges, the first one too.
    if (!first_flow || !page.zones.empty())
      builder.next_flow(left_margin(flow, body_size), right_edge(flow, body_size),
                        !flow.empty() && zone_of(flow.front()->box, page.zones) >= 0);
    first_flow = false;
    const std::vector<Band> bands = make_bands(std::move(flow));
    for (size_t i = 0; i < bands.size();) {
      if (bands[i].segments.size() >= 2 && spread_line(bands, i)) {
        builder.add(spread.emplace_back(joined(bands[i])));
        ++i;
        continue;
      }
      if (bands[i].segments.size() >= 2) {
        std::vector<double> columns;
        const size_t end = table_end(bands, i, body_size, columns, page.rules);
        builder.flush();
        out.push_back(make_table(bands, i, end, columns, body_size, page.number, page.rules));
        i = end;
        continue;
      }
      builder.add(*bands[i].segments.front());
      ++i;
    }
  }
  builder.flush();
  for (Block& n : notes) out.push_back(std::move(n));
}

void join_across_pages(std::vector<Block>& blocks) {
  std::vector<Block> out;
  int open = -1;  // last body block in `out`
  for (Block& b : blocks) {
    if (b.kind == BlockKind::Footnote) {
      out.push_back(std::move(b));
      continue;
    }
    if (open >= 0 && b.kind == BlockKind::Paragraph && b.page == out[open].page + 1) {
      Block& prev = out[open];
      const bool continuable =
          prev.kind == BlockKind::Paragraph || prev.kind == BlockKind::ListItem;
      if (continuable && sentence_goes_on(prev.text, b.text)) {
        Line bridge;  // reuse the line joiner's hyphenation rules on the first word
        std::string joined = prev.text;
        Word w;
        w.text = b.text;
        bridge.words.push_back(w);
        std::vector<NoteRef> ignored;
        append_line(joined, ignored, bridge);
        const size_t shift = joined.size() - b.text.size();
        for (NoteRef n : b.notes) prev.notes.push_back({n.offset + shift, n.note});
        prev.text = std::move(joined);
        prev.lines.insert(prev.lines.end(), b.lines.begin(), b.lines.end());
        continue;
      }
    }
    out.push_back(std::move(b));
    open = static_cast<int>(out.size()) - 1;
  }
  for (Block& b : out) finish_text(b.text);
  blocks = std::move(out);
}

}  // namespace gransk::extractor::detail
