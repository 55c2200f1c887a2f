#include "words.h"

#include <algorithm>
#include <array>
#include <cctype>

#include "internal.h"

namespace gransk::extractor::detail {
namespace {

// Turns a Poppler box (top-left origin) into the upright frame of rotation r.
Box upright(const poppler::rectf& b, int r, double W, double H) {
  switch (r & 3) {
    case 1:  // reads top to bottom
      return {b.top(), W - b.right(), b.bottom(), W - b.left()};
    case 2:
      return {W - b.right(), H - b.bottom(), W - b.left(), H - b.top()};
    case 3:  // reads bottom to top
      return {H - b.bottom(), b.left(), H - b.top(), b.right()};
    default:
      return {b.left(), b.top(), b.right(), b.bottom()};
  }
}

std::string strip_subset_prefix(const std::string& name) {
  // Embedded subsets are named "ABCDEF+RealName".
  if (name.size() > 7 && name[6] == '+' &&
      std::all_of(name.begin(), name.begin() + 6, [](char c) { return c >= 'A' && c <= 'Z'; }))
    return name.substr(7);
  return name;
}

bool is_bold_font(const std::string& name) {
  for (const char* w : {"Bold", "bold", "Black", "Heavy", "Semibold", "SemiBold", "Demi", ",B"})
    if (name.find(w) != std::string::npos) return true;
  return false;
}

bool all_digits(const std::string& s) {
  return !s.empty() && s.size() <= 3 &&
         std::all_of(s.begin(), s.end(), [](unsigned char c) { return std::isdigit(c); });
}

// A footnote marker is a short number in a smaller font, raised, and glued to
// the word before it ("ransomware-attack" + "1", "NIS2" + "11").
bool is_marker_after(const Word& prev, const Word& w) {
  if (!all_digits(w.text) || prev.space_after) return false;
  if (w.font_size > prev.font_size * 0.8) return false;
  const double gap = w.box.x0 - prev.box.x1;
  if (gap < -1.0 || gap > 1.5) return false;
  return w.box.y1 < prev.box.y1 - 0.15 * prev.box.height();
}

}  // namespace

PageWords read_words(const poppler::page& page) {
  const poppler::rectf rect = page.page_rect();
  const double W = rect.width(), H = rect.height();
  std::vector<poppler::text_box> boxes = page.text_list(poppler::page::text_list_include_font);

  std::array<size_t, 4> chars{};
  for (const auto& b : boxes) chars[b.rotation() & 3] += b.text().size();
  PageWords out;
  out.rotation = static_cast<int>(std::max_element(chars.begin(), chars.end()) - chars.begin());
  const bool quarter = out.rotation & 1;
  out.width = quarter ? H : W;
  out.height = quarter ? W : H;

  for (const auto& b : boxes) {
    Word w;
    w.text = utf8(b.text().to_utf8());
    if (w.text.empty()) continue;
    w.rotation = b.rotation() & 3;
    w.box = upright(b.bbox(), w.rotation, W, H);
    w.font_size = b.get_font_size();
    w.font = strip_subset_prefix(b.get_font_name());
    w.bold = is_bold_font(w.font);
    w.space_after = b.has_space_after();
    std::vector<Word>& target = w.rotation == out.rotation ? out.words : out.other;
    if (!target.empty() && is_marker_after(target.back(), w)) {
      target.back().note = std::stoi(w.text);
      target.back().space_after = w.space_after;
      target.back().box.x1 = w.box.x1;  // the next word's gap is measured from the marker
      continue;
    }
    target.push_back(std::move(w));
  }
  return out;
}

}  // namespace gransk::extractor::detail
