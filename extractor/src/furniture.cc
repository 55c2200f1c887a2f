#include "furniture.h"

#include <re2/re2.h>

#include <algorithm>
#include <cctype>
#include <cmath>
#include <map>
#include <set>

namespace gransk::extractor::detail {
namespace {

// Same text modulo numbers and ids: "Sida 3 av 9" ~ "Sida 4 av 9",
// "DocuSign Envelope ID: 3F2A…" ~ "DocuSign Envelope ID: 77C1…".
std::string furniture_key(const std::string& text) {
  static const RE2 id(R"([0-9A-Fa-f]{4,}(?:-[0-9A-Fa-f]{2,})+|[0-9A-Za-z]{12,})");
  static const RE2 digits(R"(\d+)");
  std::string key = text;
  RE2::GlobalReplace(&key, id, "*");
  RE2::GlobalReplace(&key, digits, "#");
  // A stamp wrapped on one page and not on the next: "ID: *-" ~ "ID: *".
  while (!key.empty() && (key.back() == '-' || key.back() == ' ')) key.pop_back();
  return key;
}

bool has_letters(const std::string& key) {
  int letters = 0;
  for (unsigned char c : key)
    if (std::isalpha(c) || c >= 0x80) ++letters;
  return letters >= 2;
}

// Signing-service and classification stamps, furniture even on a one-page letter.
bool is_stamp(const std::string& text) {
  static const RE2 re(
      R"((?i)(?:docusign envelope id|document classification|dokumentklassificering|)"
      R"(verifikat(?:ion)?\s*(?:nr|id)?|transaktion\s+\d|signerat? (?:av|med)|scrive|assently)\b.*)");
  return RE2::FullMatch(text, re);
}

bool is_page_number(const std::string& text) {
  static const RE2 re(
      R"((?i)(?:sida\s*)?\d{1,3}(?:\s*(?:av|/)\s*\d{1,3})?|\d{1,3}\s*\(\d{1,3}\)|-\s*\d{1,3}\s*-)");
  return RE2::FullMatch(text, re);
}

struct Occurrence {
  size_t page, line;
  double y;
};

}  // namespace

double body_font_size(const std::vector<PageLines>& pages) {
  std::map<double, size_t> chars;
  for (const PageLines& p : pages)
    for (const Line& l : p.lines)
      for (const Word& w : l.words) chars[std::round(w.font_size * 2) / 2] += w.text.size();
  if (chars.empty()) return 10;
  return std::max_element(chars.begin(), chars.end(),
                          [](auto& a, auto& b) { return a.second < b.second; })
      ->first;
}

namespace {

// Between two drawn vertical borders close by on either side: a table's cell
// (the row number of a table cut at the page's foot), not a page number.
bool in_drawn_cell(const Line& l, const std::vector<Box>& rules) {
  const double middle = (l.box.y0 + l.box.y1) / 2;
  bool left = false, right = false;
  for (const Box& r : rules) {
    if (!is_vertical_rule(r) || r.y0 > middle || r.y1 < middle) continue;
    left = left || (r.x1 <= l.box.x0 + 0.5 && r.x1 >= l.box.x0 - 30);
    right = right || (r.x0 >= l.box.x1 - 0.5 && r.x0 <= l.box.x1 + 30);
  }
  return left && right;
}

}  // namespace

void mark_furniture(std::vector<PageLines>& pages, double body_size) {
  std::map<std::string, std::vector<Occurrence>> by_key;
  for (size_t p = 0; p < pages.size(); ++p) {
    pages[p].furniture.assign(pages[p].lines.size(), false);
    for (size_t i = 0; i < pages[p].lines.size(); ++i) {
      const Line& l = pages[p].lines[i];
      if (l.font_size > body_size * 1.1) continue;  // titles and headings are never furniture
      by_key[furniture_key(l.text())].push_back({p, i, l.box.y0});
    }
  }

  // A short memo repeats its header on every page too, so two pages suffice
  // there, but only in the margins: body text may repeat at the same height.
  const bool short_doc = pages.size() <= 4;
  const size_t min_pages = short_doc ? 2 : std::max<size_t>(3, (pages.size() * 3 + 9) / 10);
  auto in_margin = [&](const Occurrence& o) {
    const PageLines& p = pages[o.page];
    const Box& b = p.lines[o.line].box;
    return b.y1 < p.height * 0.12 || b.y0 > p.height * 0.85;
  };
  for (auto& [key, occ] : by_key) {
    // Copies that stand at the same height, page after page, are one running line.
    std::sort(occ.begin(), occ.end(), [](auto& a, auto& b) { return a.y < b.y; });
    for (size_t begin = 0; begin < occ.size();) {
      size_t end = begin + 1;
      while (end < occ.size() && occ[end].y - occ[end - 1].y <= 6) ++end;
      std::set<size_t> distinct;
      bool margins = true;
      for (size_t i = begin; i < end; ++i) {
        distinct.insert(occ[i].page);
        margins = margins && in_margin(occ[i]);
      }
      if (distinct.size() >= min_pages && (distinct.size() >= 3 || margins)) {
        for (size_t i = begin; i < end; ++i) pages[occ[i].page].furniture[occ[i].line] = true;
        // Its other copies are furniture too where furniture stands: in a
        // margin or on the cover. A bare number only at its running place.
        if (has_letters(key))
          for (const Occurrence& o : occ)
            if (in_margin(o) || o.page == 0) pages[o.page].furniture[o.line] = true;
      }
      begin = end;
    }
  }

  for (PageLines& p : pages) {
    for (size_t i = 0; i < p.lines.size(); ++i) {
      const Line& l = p.lines[i];
      const bool margin = l.box.y1 < p.height * 0.1 || l.box.y0 > p.height * 0.88;
      if (margin && (is_page_number(l.text()) || is_stamp(l.text())) && !in_drawn_cell(l, p.rules))
        p.furniture[i] = true;
    }
  }

  // A document that is nothing but the same line on every page (a test file,
  // a one-line stamp sheet) has no running header: that line is its text.
  bool any_body = false;
  for (const PageLines& p : pages)
    for (size_t i = 0; i < p.lines.size() && !any_body; ++i) any_body = !p.furniture[i];
  if (any_body) return;
  for (PageLines& p : pages)
    for (size_t i = 0; i < p.lines.size(); ++i) {
      const std::string t = p.lines[i].text();
      if (has_letters(t) && !is_stamp(t)) p.furniture[i] = false;
    }
}

}  // namespace gransk::extractor::detail
