#include "words.h"

#include <poppler/GfxState.h>
#include <poppler/PDFDoc.h>
#include <poppler/TextOutputDev.h>
#include <poppler/goo/GooString.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <cmath>

#include "internal.h"

namespace gransk::extractor::detail {
namespace {

// Turns a Poppler box (top-left origin) into the upright frame of rotation r.
Box upright(const Box& b, int r, double W, double H) {
  switch (r & 3) {
    case 1:  // reads top to bottom
      return {b.y0, W - b.x1, b.y1, W - b.x0};
    case 2:
      return {W - b.x1, H - b.y1, W - b.x0, H - b.y0};
    case 3:  // reads bottom to top
      return {H - b.y1, b.x0, H - b.y0, b.x1};
    default:
      return b;
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

// "[4]", "[5][6]": a web page's reference marks (Wikipedia printed); the
// first number, or 0 when the text is not such a mark.
int bracketed_marks(const std::string& s) {
  if (s.size() < 3 || s.size() > 24 || s.front() != '[' || s.back() != ']') return 0;
  int first = 0;
  for (size_t i = 0; i < s.size();) {
    if (s[i] != '[') return 0;
    const size_t close = s.find(']', i);
    if (close == std::string::npos || close == i + 1 || !all_digits(s.substr(i + 1, close - i - 1)))
      return 0;
    if (first == 0) first = std::stoi(s.substr(i + 1, close - i - 1));
    i = close + 1;
  }
  return first;
}

// A footnote marker is a short number in a smaller font, raised, and glued to
// the word before it ("ransomware-attack" + "1", "NIS2" + "11", "Firefox" +
// "[4]").
bool is_marker_after(const Word& prev, const Word& w) {
  const bool bracketed = bracketed_marks(w.text) > 0;
  if ((!all_digits(w.text) && !bracketed) || prev.space_after) return false;
  // Bracketed marks are set a little larger (about 80 % of the text, measured
  // on their box), so they get a little room.
  if (w.font_size > prev.font_size * (bracketed ? 0.85 : 0.8)) return false;
  const double gap = w.box.x0 - prev.box.x1;
  if (gap < -1.0 || gap > 1.5) return false;
  return w.box.y1 < prev.box.y1 - 0.15 * prev.box.height();
}

// Poppler's text device, also noting small filled shapes: the bullets that
// browsers and word processors draw as paths, not glyphs, so a list item is
// known by its mark and not only by its indent.
class MarkingTextOutputDev : public TextOutputDev {
 public:
  MarkingTextOutputDev() : TextOutputDev(nullptr, false, 0, false, false) {}
  void fill(GfxState* state) override {
    note(state);
    TextOutputDev::fill(state);
  }
  void eoFill(GfxState* state) override {
    note(state);
    TextOutputDev::eoFill(state);
  }
  void stroke(GfxState* state) override {
    note_strokes(state);
    TextOutputDev::stroke(state);
  }
  void drawChar(GfxState* state, double x, double y, double dx, double dy, double ox, double oy,
                CharCode c, int bytes, const Unicode* u, int len) override {
    ++glyphs;
    if (len == 0 || (u[0] < 0x20 && u[0] != '\t' && u[0] != '\n') || u[0] == 0xfffd ||
        (u[0] >= 0xe000 && u[0] <= 0xf8ff))
      ++unmapped;
    TextOutputDev::drawChar(state, x, y, dx, dy, ox, oy, c, bytes, u, len);
  }
  std::vector<Box> marks;
  std::vector<Box> rules;
  size_t glyphs = 0, unmapped = 0;

 private:
  void note(GfxState* state) {
    const GfxPath* path = state->getPath();
    if (!path || path->getNumSubpaths() == 0 || marks.size() > 2000) return;
    Box b{1e9, 1e9, -1e9, -1e9};
    for (int i = 0; i < path->getNumSubpaths(); ++i) {
      const GfxSubpath* sub = path->getSubpath(i);
      for (int k = 0; k < sub->getNumPoints(); ++k) {
        double x = 0, y = 0;
        state->transform(sub->getX(k), sub->getY(k), &x, &y);
        b.x0 = std::min(b.x0, x);
        b.y0 = std::min(b.y0, y);
        b.x1 = std::max(b.x1, x);
        b.y1 = std::max(b.y1, y);
      }
    }
    const double w = b.x1 - b.x0, h = b.y1 - b.y0;
    // A bullet: a small, nearly square shape (a disc, a square, a dash is not).
    if (w >= 1.5 && h >= 1.5 && w <= 8 && h <= 8 && w < 2 * h && h < 2 * w) marks.push_back(b);
    if (path->getNumSubpaths() == 1) note_rule(b);  // a cell border drawn as a thin box
  }
  // Table borders: a thin line, filled as a box or stroked as a segment.
  void note_rule(const Box& b) {
    const double w = b.x1 - b.x0, h = b.y1 - b.y0;
    if (rules.size() > 4000) return;
    if ((w <= 2.5 && h >= 6) || (h <= 2.5 && w >= 6)) rules.push_back(b);
  }
  void note_strokes(GfxState* state) {
    const GfxPath* path = state->getPath();
    if (!path) return;
    const double half = std::max(0.25, state->getTransformedLineWidth() / 2);
    for (int i = 0; i < path->getNumSubpaths(); ++i) {
      const GfxSubpath* sub = path->getSubpath(i);
      double px = 0, py = 0;
      for (int k = 0; k < sub->getNumPoints(); ++k) {
        double x = 0, y = 0;
        state->transform(sub->getX(k), sub->getY(k), &x, &y);
        if (k > 0 && (std::abs(x - px) < 0.5 || std::abs(y - py) < 0.5))
          note_rule({std::min(x, px) - half, std::min(y, py) - half, std::max(x, px) + half,
                     std::max(y, py) + half});
        px = x;
        py = y;
      }
    }
  }
};

}  // namespace

PageWords read_words(PDFDoc& pdf, int page) {
  // The same word list poppler-cpp's page::text_list builds, read directly:
  // no UTF-16 round trip per word and no font scan per page (see README).
  MarkingTextOutputDev dev;
  pdf.displayPage(&dev, page, 72, 72, 0, false, false, false);
  std::unique_ptr<TextWordList> list = dev.makeWordList();
  double W = pdf.getPageCropWidth(page), H = pdf.getPageCropHeight(page);
  if (pdf.getPageRotate(page) % 180 != 0) std::swap(W, H);  // displayPage turns the page

  std::array<size_t, 4> chars{};
  const int n = list ? list->getLength() : 0;
  for (int i = 0; i < n; ++i) chars[list->get(i)->getRotation() & 3] += list->get(i)->getLength();
  PageWords out;
  out.glyphs = dev.glyphs;
  out.unmapped_glyphs = dev.unmapped;
  out.rotation = static_cast<int>(std::max_element(chars.begin(), chars.end()) - chars.begin());
  const bool quarter = out.rotation & 1;
  out.width = quarter ? H : W;
  out.height = quarter ? W : H;

  for (const Box& m : dev.marks) out.marks.push_back(upright(m, out.rotation, W, H));
  for (const Box& r : dev.rules) out.rules.push_back(upright(r, out.rotation, W, H));
  for (int i = 0; i < n; ++i) {
    const TextWord* tw = list->get(i);
    const std::unique_ptr<GooString> text(tw->getText());
    Word w;
    w.text = text ? text->toStr() : std::string();
    if (w.text.empty()) continue;
    w.rotation = tw->getRotation() & 3;
    Box raw;
    tw->getBBox(&raw.x0, &raw.y0, &raw.x1, &raw.y1);
    w.box = upright(raw, w.rotation, W, H);
    w.font_size = tw->getFontSize();
    const TextFontInfo* font = tw->getFontInfo(0);
    const GooString* name = font ? font->getFontName() : nullptr;
    w.font = name ? strip_subset_prefix(name->toStr()) : std::string();
    w.bold = (font && font->isBold()) || is_bold_font(w.font);
    w.space_after = tw->hasSpaceAfter();
    std::vector<Word>& target = w.rotation == out.rotation ? out.words : out.other;
    if (!target.empty() && is_marker_after(target.back(), w)) {
      target.back().note = all_digits(w.text) ? std::stoi(w.text) : bracketed_marks(w.text);
      target.back().space_after = w.space_after;
      target.back().box.x1 = w.box.x1;  // the next word's gap is measured from the marker
      continue;
    }
    target.push_back(std::move(w));
  }
  return out;
}

}  // namespace gransk::extractor::detail
