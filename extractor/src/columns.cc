#include "columns.h"

#include <algorithm>
#include <cmath>

namespace gransk::extractor::detail {
namespace {

struct Interval {
  double a = 0, b = 0;
  double width() const { return b - a; }
};

// Where words (sorted by x) leave no ink between lo and hi.
std::vector<Interval> free_in(const std::vector<Word>& words, double lo, double hi,
                              double min_width) {
  std::vector<Interval> out;
  double x = lo;
  for (const Word& w : words) {
    if (w.box.x0 > x) out.push_back({x, std::min(w.box.x0, hi)});
    x = std::max(x, w.box.x1);
    if (x >= hi) break;
  }
  if (x < hi) out.push_back({x, hi});
  std::erase_if(out, [&](const Interval& i) { return i.width() < min_width; });
  return out;
}

std::vector<Interval> intersect(const std::vector<Interval>& p, const std::vector<Interval>& q,
                                double min_width) {
  std::vector<Interval> out;
  size_t i = 0, j = 0;
  while (i < p.size() && j < q.size()) {
    const Interval x{std::max(p[i].a, q[j].a), std::min(p[i].b, q[j].b)};
    if (x.width() >= min_width) out.push_back(x);
    (p[i].b < q[j].b) ? ++i : ++j;
  }
  return out;
}

// One side of the gutter in one row.
struct Piece {
  std::vector<Word> words;  // left to right
  double font_size = 0;     // the row's
  bool present() const { return !words.empty(); }
  bool bold = true;  // all its words
  double x0 = 1e9, x1 = -1e9, y0 = 1e9, y1 = -1e9;
  bool ends_sentence = false;
};

struct Side {
  std::vector<Piece> rows;  // one per run row, maybe absent
  double x0 = 1e9, x1 = -1e9, y0 = 1e9, y1 = -1e9;
  double width() const { return x1 - x0; }
  double height() const { return y1 - y0; }
};

Side side_of(const std::vector<Line>& rows, size_t first, size_t end, double gutter, bool left) {
  Side s;
  for (size_t r = first; r < end; ++r) {
    Piece p;
    p.font_size = rows[r].font_size;
    for (const Word& w : rows[r].words) {
      if ((w.box.x1 <= gutter) != left) continue;
      p.words.push_back(w);
      p.bold = p.bold && w.bold;
      p.x0 = std::min(p.x0, w.box.x0);
      p.x1 = std::max(p.x1, w.box.x1);
      p.y0 = std::min(p.y0, w.box.y0);
      p.y1 = std::max(p.y1, w.box.y1);
      const char last = w.text.empty() ? ' ' : w.text.back();
      p.ends_sentence = last == '.' || last == '?' || last == '!' || last == ':';
    }
    if (p.present()) {
      s.x0 = std::min(s.x0, p.x0);
      s.x1 = std::max(s.x1, p.x1);
      s.y0 = std::min(s.y0, p.y0);
      s.y1 = std::max(s.y1, p.y1);
    }
    s.rows.push_back(p);
  }
  return s;
}

// The paragraphs (or cells) of a side as (top, middle): a new one starts
// after a gap, or after a line that ended a sentence well short of the edge.
struct Paragraph {
  double top = 0, bottom = 0;
  double middle() const { return (top + bottom) / 2; }
};

std::vector<Paragraph> paragraphs(const Side& s) {
  std::vector<Paragraph> out;
  const Piece* prev = nullptr;
  for (const Piece& p : s.rows) {
    if (!p.present()) continue;
    bool starts = !prev;
    if (prev) {
      const double height = p.y1 - p.y0;
      const bool gap = p.y0 - prev->y1 > 0.6 * height;
      const bool ended = prev->ends_sentence && prev->x1 < s.x1 - 0.15 * s.width();
      starts = gap || ended;
    }
    if (starts) out.push_back({p.y0, p.y1});
    out.back().bottom = p.y1;
    prev = &p;
  }
  return out;
}

size_t lines_of(const Side& s) {
  return static_cast<size_t>(
      std::count_if(s.rows.begin(), s.rows.end(), [](const Piece& p) { return p.present(); }));
}

// Most lines reach across their column: prose, not short cells.
bool full(const Side& s) {
  size_t n = 0, long_lines = 0;
  for (const Piece& p : s.rows) {
    if (!p.present()) continue;
    ++n;
    long_lines += p.x1 - p.x0 >= 0.7 * s.width();
  }
  return long_lines * 2 >= n;
}

// Some x inside the side that none of its lines crosses: the side holds two
// columns of a table (text | status), where a column of prose has lines that
// run across all of it.
bool split_inside(const Side& s) {
  const double lo = s.x0 + 0.1 * s.width(), hi = s.x1 - 0.1 * s.width();
  if (hi - lo < 10) return false;
  std::vector<Interval> open{{lo, hi}};
  for (const Piece& p : s.rows) {
    if (open.empty()) break;
    if (!p.present()) continue;
    // Wider than a word space: a table's columns stand apart by an em or so.
    const double min_width = std::max(4.0, 0.8 * p.font_size);
    open = intersect(open, free_in(p.words, lo, hi, min_width), min_width);
  }
  return !open.empty();
}

bool columns(const std::vector<Line>& rows, size_t first, size_t end, double gutter) {
  const Side left = side_of(rows, first, end, gutter, true);
  const Side right = side_of(rows, first, end, gutter, false);
  if (lines_of(left) < 5 || lines_of(right) < 5) return false;
  // Prose beside a figure, a code listing or a diagram (a two-column paper):
  // the left column reads across itself line after line, the right one is
  // no prose. Read left first, then right; a table's aligned cells are still
  // told apart below.
  if (split_inside(left)) return false;
  const bool left_full = full(left);
  const bool prose_left = left_full && lines_of(left) >= 8;
  if (split_inside(right) && !prose_left) return false;
  const double total = right.x1 - left.x0;
  const double narrow = std::min(left.width(), right.width());
  const double wide = std::max(left.width(), right.width());
  if (narrow < 0.25 * total || wide > 2.5 * narrow) return false;
  if (!left_full || (!full(right) && !prose_left)) return false;
  // A table's header: both sides start with a bold line.
  auto first_piece = [](const Side& s) {
    return *std::find_if(s.rows.begin(), s.rows.end(), [](const Piece& p) { return p.present(); });
  };
  if (first_piece(left).bold && first_piece(right).bold) return false;
  // Columns run down most of the zone, both of them; a table's short
  // column stops where its rows do (a legend below is no second column).
  const double height = rows[end - 1].box.y1 - rows[first].box.y0;
  if (left.height() < 0.5 * height || right.height() < 0.5 * height) return false;
  // A table's cells start side by side, or are centred on each other;
  // columns' paragraphs start anywhere. (The first ones start together.)
  const std::vector<Paragraph> l = paragraphs(left), r = paragraphs(right);
  if (l.size() < 2 || r.size() < 2) return true;
  const double line = rows[first].box.height();
  const double tolerance = 0.3 * line;
  // A table's rows stand apart: both cells of a row start after white space.
  // Prose paragraphs follow each other with none (an indent marks them).
  auto after_gap = [&](const std::vector<Paragraph>& side, size_t k) {
    return k > 0 && side[k].top - side[k - 1].bottom >= 0.25 * line;
  };
  size_t aligned = 0, apart = 0;
  for (size_t i = 1; i < l.size(); ++i)
    for (size_t k = 1; k < r.size(); ++k) {
      const Paragraph& p = r[k];
      const bool both_apart = after_gap(l, i) && after_gap(r, k);
      // Centred on each other: a short label beside a longer cell, or cells
      // of a row that stands apart.
      const bool short_one = std::min(p.bottom - p.top, l[i].bottom - l[i].top) < 2.5 * line;
      if (std::abs(p.top - l[i].top) <= tolerance ||
          ((short_one || both_apart) && std::abs(p.middle() - l[i].middle()) <= tolerance)) {
        ++aligned;
        apart += both_apart;
        break;
      }
    }
  // Half of them, and rows that stand apart or most of them: two columns of
  // prose on one baseline grid start a paragraph on the same line now and
  // then (tracemonkey.pdf page 5: 3 of 8, none after white space).
  const size_t fewer = std::min(l.size(), r.size()) - 1;
  const bool table = aligned >= 1 && aligned * 2 >= fewer && (apart >= 1 || aligned * 4 >= 3 * fewer);
  return !table;
}

}  // namespace

std::vector<ColumnZone> find_column_zones(const std::vector<Line>& rows) {
  std::vector<ColumnZone> zones;
  // A page of thousands of rows is no newspaper page; the search is quadratic.
  if (rows.size() < 6 || rows.size() > 400) return zones;
  double x0 = 1e9, x1 = -1e9;
  for (const Line& r : rows) {
    x0 = std::min(x0, r.box.x0);
    x1 = std::max(x1, r.box.x1);
  }
  // The gutter lies inside the text, not in a margin.
  const double lo = x0 + 0.2 * (x1 - x0), hi = x1 - 0.2 * (x1 - x0);
  if (hi - lo < 20) return zones;
  size_t i = 0;
  while (i < rows.size()) {
    const double min_width = std::max(4.0, 0.5 * rows[i].font_size);
    std::vector<Interval> open = free_in(rows[i].words, lo, hi, min_width);
    size_t j = i + 1;
    while (!open.empty() && j < rows.size()) {
      std::vector<Interval> next =
          intersect(open, free_in(rows[j].words, lo, hi, min_width), min_width);
      if (next.empty()) break;
      open = std::move(next);
      ++j;
    }
    if (!open.empty() && j - i >= 10) {
      const Interval g = *std::max_element(open.begin(), open.end(),
                                           [](auto& a, auto& b) { return a.width() < b.width(); });
      const double gutter = (g.a + g.b) / 2;
      // Lines above the columns that stop short of the gutter (the end of a
      // paragraph) belong to the text before, not to the left column: they
      // end a line or more above the right column's first line.
      auto right_of = [&](const Line& row) {
        return std::any_of(row.words.begin(), row.words.end(),
                           [&](const Word& w) { return w.box.x0 >= gutter; });
      };
      size_t first = i;
      size_t first_right = i;
      while (first_right < j && !right_of(rows[first_right])) ++first_right;
      if (first_right < j) {
        const Box& top = rows[first_right].box;
        while (first < first_right && rows[first].box.y1 < top.y0 - 0.5 * top.height()) ++first;
      }
      const bool judged = j - first >= 10;
      if (judged && columns(rows, first, j, gutter)) {
        ColumnZone z{1e9, -1e9, gutter};
        for (size_t r = first; r < j; ++r) {
          z.y0 = std::min(z.y0, rows[r].box.y0);
          z.y1 = std::max(z.y1, rows[r].box.y1);
        }
        zones.push_back(z);
        i = j;
        continue;
      }
      // A table is a table all the way down: no part of it is tried again.
      if (judged) {
        i = j;
        continue;
      }
    }
    ++i;
  }
  return zones;
}

int zone_of(const Box& line, const std::vector<ColumnZone>& zones) {
  const double middle = (line.y0 + line.y1) / 2;
  for (size_t z = 0; z < zones.size(); ++z)
    if (middle >= zones[z].y0 && middle <= zones[z].y1) return static_cast<int>(z);
  return -1;
}

}  // namespace gransk::extractor::detail
