#include "lines.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <map>

#include "columns.h"
#include "internal.h"

namespace gransk::extractor::detail {
namespace {

double vertical_overlap(const Box& a, const Box& b) {
  return std::min(a.y1, b.y1) - std::max(a.y0, b.y0);
}

bool same_line(const Line& line, const Word& w) {
  const double overlap = vertical_overlap(line.box, w.box);
  const double smaller = std::min(line.box.height(), w.box.height());
  if (overlap < 0.5 * smaller) return false;
  // A slide title printed over a bullet is a separate line: font sizes differ.
  const double ratio =
      std::max(line.font_size, w.font_size) / std::max(0.1, std::min(line.font_size, w.font_size));
  return ratio <= 1.25;
}

// Wider than any justified word space, narrower than a table's column gap.
bool column_gap(const Word& left, const Word& right) {
  const double fs = std::max(left.font_size, right.font_size);
  return right.box.x0 - left.box.x1 > std::max(1.6 * fs, 12.0);
}

}  // namespace

void finish_line(Line& line) {
  if (line.words.empty()) return;
  line.box = line.words.front().box;
  std::map<double, size_t> sizes;
  size_t bold = 0, total = 0;
  for (const Word& w : line.words) {
    line.box.x0 = std::min(line.box.x0, w.box.x0);
    line.box.y0 = std::min(line.box.y0, w.box.y0);
    line.box.x1 = std::max(line.box.x1, w.box.x1);
    line.box.y1 = std::max(line.box.y1, w.box.y1);
    sizes[std::round(w.font_size * 2) / 2] += w.text.size();
    if (w.bold) bold += w.text.size();
    total += w.text.size();
  }
  line.font_size = std::max_element(sizes.begin(), sizes.end(), [](auto& a, auto& b) {
                     return a.second < b.second;
                   })->first;
  line.bold = bold * 2 > total;
}

namespace {

// Appends `line`'s words to `out` as segments, a new one starting before word
// i (i > 0) where cut(i) holds. With `bullet_stays`, a lone bullet glyph
// belongs to the text after it, however wide the gap.
template <class Cut>
void cut_line(Line& line, std::vector<Line>& out, bool bullet_stays, Cut cut) {
  Line seg;
  for (size_t i = 0; i < line.words.size(); ++i) {
    const bool lone_bullet = seg.words.size() == 1 && is_bullet(seg.words[0].text);
    if (i > 0 && !(bullet_stays && lone_bullet) && cut(i)) {
      finish_line(seg);
      out.push_back(std::move(seg));
      seg = Line{};
    }
    seg.words.push_back(std::move(line.words[i]));
  }
  finish_line(seg);
  if (!seg.words.empty()) out.push_back(std::move(seg));
}

// Words (sorted by their middle's height) on one baseline form a row.
// `strict` rows take a word only when its middle is level with the row's
// first word: two columns whose baselines are offset by half a line then stay
// apart, where the growing box of a loose row would swallow both. Loose rows
// are strict too for a word of the first word's size: the cells of a table
// whose lines are offset (LibreOffice's tall boxes overlap the next line's)
// are not merged word by word into one line, while a smaller raised mark
// (a superscript reference) still joins its line.
std::vector<Line> make_rows(const std::vector<Word>& words, bool strict) {
  std::vector<Line> rows;
  std::vector<Box> first;          // each row's first word
  std::vector<double> first_size;  // and its font size
  for (const Word& w : words) {
    Line* home = nullptr;
    for (size_t k = rows.size(); k-- > 0;) {
      Line& row = rows[k];
      if (row.box.y1 < w.box.y0 - 50) break;  // sorted: nothing further up can overlap
      bool same = same_line(row, w);
      const bool level = strict || std::abs(first_size[k] - w.font_size) <= 0.05 * w.font_size;
      if (same && level) {
        const Box& f = first[k];
        const double middle = (f.y0 + f.y1) / 2, wm = (w.box.y0 + w.box.y1) / 2;
        same = std::abs(middle - wm) <= 0.25 * std::min(f.height(), w.box.height());
      }
      if (same) {
        home = &row;
        break;
      }
    }
    if (!home) {
      rows.emplace_back();
      first.push_back(w.box);
      first_size.push_back(w.font_size);
      home = &rows.back();
    }
    home->words.push_back(w);
    finish_line(*home);
  }
  for (Line& row : rows)
    std::stable_sort(row.words.begin(), row.words.end(),
                     [](const Word& a, const Word& b) { return a.box.x0 < b.box.x0; });
  return rows;
}

size_t code_points(const std::string& s) {
  return static_cast<size_t>(std::count_if(
      s.begin(), s.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xc0) != 0x80; }));
}

// Letters and digits only: ASCII, or a Latin letter of two bytes (å, é, ł);
// a formula's signs (∈, =, ∅) are not.
bool letters_or_digits(const std::string& t) {
  for (size_t i = 0; i < t.size(); ++i) {
    const unsigned char c = t[i];
    if (c < 0x80) {
      if (!std::isalnum(c)) return false;
    } else if (c >= 0xc3 && c <= 0xc5 && i + 1 < t.size()) {
      ++i;
    } else {
      return false;
    }
  }
  return !t.empty();
}

// A heading set with letter spacing ("Å R S R E D O V I S N I N G") comes from
// Poppler as letters and bits of words ("ÅRS RE DOV I S NI NG 2 0 2 2"), which
// no search finds. On a line of nothing but such bits (none over three
// letters, most of one or two, letters and digits only, mostly letters, in
// capitals unless a long run of single letters), the gaps of the spacing (the
// smallest, all about equal, under 0.8 em) join them; a gap a word space
// wider stays a space. A line of prose or a formula has longer words, signs
// or lower case; a table row of digits has column gaps.
void join_spaced_letters(Line& line) {
  const std::vector<Word>& w = line.words;
  if (w.size() < 4) return;
  size_t bits = 0, letters = 0;
  bool capitals = true;
  for (const Word& x : w) {
    const size_t n = code_points(x.text);
    if (n > 3 || !letters_or_digits(x.text)) return;
    letters += !std::isdigit(static_cast<unsigned char>(x.text.front()));
    bits += n <= 2;
    for (size_t i = 0; i < x.text.size(); ++i) {
      const unsigned char c = x.text[i];
      const bool lower =
          (c >= 'a' && c <= 'z') ||
          (c == 0xc3 && i + 1 < x.text.size() && static_cast<unsigned char>(x.text[i + 1]) >= 0x9f);
      capitals = capitals && !lower;
    }
  }
  if (bits * 10 < w.size() * 6 || letters * 2 < w.size()) return;
  // Spaced capitals (as designers set them), or a long run of single letters:
  // a formula's "Z und y y" or "Sei D R und x" is neither.
  if (!capitals && (w.size() < 8 || bits < w.size())) return;
  const double fs = line.font_size > 0 ? line.font_size : w.front().font_size;
  double smallest = 1e9;
  for (size_t i = 1; i < w.size(); ++i)
    smallest = std::min(smallest, w[i].box.x0 - w[i - 1].box.x1);
  if (smallest < 0 || smallest > 0.8 * fs) return;
  const double joins = std::min(smallest + 0.15 * fs, 0.8 * fs);
  std::vector<Word> out;
  for (const Word& x : w) {
    if (!out.empty() && x.box.x0 - out.back().box.x1 <= joins) {
      Word& last = out.back();
      last.text += x.text;
      last.box.x1 = std::max(last.box.x1, x.box.x1);
      last.box.y0 = std::min(last.box.y0, x.box.y0);
      last.box.y1 = std::max(last.box.y1, x.box.y1);
      last.space_after = x.space_after;
      continue;
    }
    out.push_back(x);
  }
  if (out.size() == w.size()) return;
  line.words = std::move(out);
  finish_line(line);
}

}  // namespace

std::vector<Line> group_lines(std::vector<Word> words, std::vector<ColumnZone>* zones) {
  std::stable_sort(words.begin(), words.end(), [](const Word& a, const Word& b) {
    return (a.box.y0 + a.box.y1) < (b.box.y0 + b.box.y1);
  });
  std::vector<ColumnZone> found;
  if (zones) found = find_column_zones(make_rows(words, true));
  // Rows are made per column of each zone, so lines of two columns never merge.
  std::vector<Line> rows;
  if (found.empty()) {
    rows = make_rows(words, false);
  } else {
    std::map<int, std::vector<Word>> parts;  // -1: outside the zones; else 2 * zone + side
    for (Word& w : words) {
      const int z = zone_of(w.box, found);
      const bool right = z >= 0 && (w.box.x0 + w.box.x1) / 2 > found[z].gutter;
      parts[z < 0 ? -1 : 2 * z + right].push_back(std::move(w));
    }
    for (auto& [key, part] : parts)
      for (Line& row : make_rows(part, false)) rows.push_back(std::move(row));
  }

  std::vector<Line> segments;
  for (Line& row : rows)
    cut_line(row, segments, true,
             [&](size_t i) { return column_gap(row.words[i - 1], row.words[i]); });
  for (Line& segment : segments) join_spaced_letters(segment);
  std::stable_sort(segments.begin(), segments.end(), [](const Line& a, const Line& b) {
    return a.box.y0 != b.box.y0 ? a.box.y0 < b.box.y0 : a.box.x0 < b.box.x0;
  });
  if (zones) *zones = std::move(found);
  return segments;
}

namespace {

// One pass: columns seen at least twice as a later segment of a row, then
// lines split where a word starts at such a column. True if anything split.
bool split_once_at_known_columns(std::vector<Line>& lines) {
  struct Column {
    double x, y0, y1;
    int seen;
  };
  std::vector<Column> columns;
  for (size_t i = 1; i < lines.size(); ++i) {
    const Line& a = lines[i - 1];
    const Line& b = lines[i];
    // Beside it on its row; a cell centred between two lines of the cell to
    // its left ("Endast delvis" beside a question of two lines) overlaps each
    // by less than half, but by more than lines of one column ever do.
    if (a.box.x1 >= b.box.x0 ||
        vertical_overlap(a.box, b.box) < 0.25 * std::min(a.box.height(), b.box.height()))
      continue;
    auto it = std::find_if(columns.begin(), columns.end(),
                           [&](const Column& c) { return std::abs(c.x - b.box.x0) <= 3; });
    if (it == columns.end()) {
      columns.push_back({b.box.x0, b.box.y0, b.box.y1, 1});
    } else {
      it->y0 = std::min(it->y0, b.box.y0);
      it->y1 = std::max(it->y1, b.box.y1);
      ++it->seen;
    }
  }
  std::erase_if(columns, [](const Column& c) { return c.seen < 2; });
  if (columns.empty()) return false;
  bool split = false;

  // Other lines near `line` that start where it does (its own cell's lines)
  // with a word across x: x lies inside that cell, not at the next one's edge.
  // The boxes are copied (the words move out as lines are cut) when first asked.
  std::vector<std::pair<Box, std::vector<Box>>> boxes;  // each line's box and its words'
  auto inside_own_cell = [&](size_t self, double x) {
    if (boxes.empty())
      for (const Line& l : lines) {
        boxes.push_back({l.box, {}});
        for (const Word& w : l.words) boxes.back().second.push_back(w.box);
      }
    const Box& line = boxes[self].first;
    const double h = line.height();
    for (size_t k = 0; k < boxes.size(); ++k) {
      const Box& o = boxes[k].first;
      if (k == self || std::abs(o.x0 - line.x0) > 3 || o.y0 > line.y1 + 3 * h ||
          o.y1 < line.y0 - 3 * h)
        continue;
      for (const Box& w : boxes[k].second)
        if (w.x0 < x - 1 && w.x1 > x + 1) return true;
    }
    return false;
  };
  std::vector<Line> out;
  for (size_t index = 0; index < lines.size(); ++index) {
    Line& line = lines[index];
    cut_line(line, out, true, [&](size_t i) {
      const Word& prev = line.words[i - 1];
      const Word& w = line.words[i];
      const bool at_column = std::any_of(columns.begin(), columns.end(), [&](const Column& c) {
        return std::abs(c.x - w.box.x0) <= 3 && line.box.y1 > c.y0 - 60 && line.box.y0 < c.y1 + 60;
      });
      // A word space only: the line's last words (a status cell, "Pågår",
      // centred beside a question that fills its cell) starting exactly at
      // a column seen three times or more in the table (its rows may be far
      // apart), which no other line of this line's own cell runs across.
      const bool tail = line.words.size() - i <= 3 &&
                        w.box.x0 - prev.box.x1 >= 0.15 * w.font_size &&
                        std::any_of(columns.begin(), columns.end(),
                                    [&](const Column& c) {
                                      return c.seen >= 3 && std::abs(c.x - w.box.x0) <= 0.6 &&
                                             line.box.y1 > c.y0 - 200 && line.box.y0 < c.y1 + 200;
                                    }) &&
                        !inside_own_cell(index, w.box.x0);
      const bool cut = (at_column && w.box.x0 - prev.box.x1 >= 0.5 * w.font_size) || tail;
      split = split || cut;
      return cut;
    });
  }
  lines = std::move(out);
  return split;
}

}  // namespace

void split_at_rules(std::vector<Line>& lines, const std::vector<Box>& rules) {
  std::vector<Box> vertical;
  for (const Box& r : rules)
    if (is_vertical_rule(r)) vertical.push_back(r);
  if (vertical.empty()) return;
  std::vector<Line> out;
  for (Line& line : lines) {
    const double middle = (line.box.y0 + line.box.y1) / 2;
    cut_line(line, out, false, [&](size_t i) {
      const double left = line.words[i - 1].box.x1, right = line.words[i].box.x0;
      return std::any_of(vertical.begin(), vertical.end(), [&](const Box& r) {
        const double x = (r.x0 + r.x1) / 2;
        return x > left - 0.5 && x < right + 0.5 && r.y0 <= middle && r.y1 >= middle;
      });
    });
  }
  lines = std::move(out);
}

void split_at_known_columns(std::vector<Line>& lines) {
  split_row_numbers(lines);
  // Each pass can reveal the column further down a long table.
  for (int pass = 0; pass < 4 && split_once_at_known_columns(lines); ++pass) {
  }
}

namespace {

// "1", "12", "3.", "4)", "#": a row number, not words of a cell.
bool is_row_number(const std::string& t) {
  if (t == "#") return true;
  size_t digits = 0;
  while (digits < t.size() && t[digits] >= '0' && t[digits] <= '9') ++digits;
  if (digits == 0 || digits > 2) return false;
  return digits == t.size() || (digits + 1 == t.size() && (t.back() == '.' || t.back() == ')'));
}

}  // namespace

void split_row_numbers(std::vector<Line>& lines) {
  std::vector<Line> out;
  for (size_t i = 0; i < lines.size(); ++i) {
    Line& line = lines[i];
    bool split = false;
    if (line.words.size() >= 2 && is_row_number(line.words[0].text) &&
        line.words[1].box.x0 - line.words[0].box.x1 >= 0.5 * line.words[1].font_size) {
      const double text_x = line.words[1].box.x0, h = line.box.height();
      bool beside = false, wraps = false;
      for (size_t k = 0; k < lines.size() && !(beside && wraps); ++k) {
        if (k == i) continue;
        const Line& o = lines[k];
        if (o.box.x0 > line.box.x1 && vertical_overlap(o.box, line.box) >= 0.5 * h)
          beside = true;  // another cell on the row: a table, not a numbered list
        if (std::abs(o.box.x0 - text_x) <= 3 && o.box.y0 > line.box.y0 &&
            o.box.y0 < line.box.y1 + 2.5 * h)
          wraps = true;  // the cell's text goes on below, clear of the number
      }
      split = beside && wraps;
    }
    if (!split) {
      out.push_back(std::move(line));
      continue;
    }
    Line number;
    number.words.push_back(std::move(line.words[0]));
    line.words.erase(line.words.begin());
    finish_line(number);
    finish_line(line);
    out.push_back(std::move(number));
    out.push_back(std::move(line));
  }
  lines = std::move(out);
}

}  // namespace gransk::extractor::detail

namespace gransk::extractor {

std::string Line::text() const {
  std::string s;
  for (size_t i = 0; i < words.size(); ++i) {
    s += words[i].text;
    if (i + 1 < words.size()) {
      const double gap = words[i + 1].box.x0 - words[i].box.x1;
      if (words[i].space_after || gap > 0.12 * words[i].font_size) s += ' ';
    }
  }
  return s;
}

}  // namespace gransk::extractor
