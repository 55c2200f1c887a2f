#include "pdf_writer.h"

#include <cairo-pdf.h>
#include <pango/pangocairo.h>

#include <algorithm>
#include <array>
#include <string_view>

namespace gransk::samplegen {
namespace {

constexpr double kPageW = 595.28, kPageH = 841.89;
constexpr double kLeft = 70, kRight = 525, kTop = 90;
constexpr double kBodyBottom = 700;  // below it: footnotes, then the footer
constexpr double kBodySize = 10.5;
constexpr const char* kFont = "DejaVu Sans";

std::string escape(const std::string& s) {
  gchar* e = g_markup_escape_text(s.c_str(), static_cast<gssize>(s.size()));
  std::string out(e);
  g_free(e);
  return out;
}

// "{N}" -> a raised, smaller marker; returns markup and the notes in order.
std::string note_markup(const std::string& text, std::vector<int>& notes) {
  std::string out;
  for (size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '{') {
      const size_t close = text.find('}', i);
      const int n = std::stoi(text.substr(i + 1, close - i - 1));
      notes.push_back(n);
      out += "<span rise=\"3500\" size=\"60%\">" + std::to_string(n) + "</span>";
      i = close;
      continue;
    }
    out += escape(std::string(1, text[i]));
  }
  return out;
}

}  // namespace

std::string with_soft_hyphens(const std::string& text) {
  static const std::array<std::string_view, 12> joints = {
      "informations", "säkerhets", "verksamhets", "kommunstyrelse", "kontroll", "uppföljnings",
      "upphandlings", "risk",      "klassnings",  "utbildnings",    "ledning",  "incident"};
  std::string out;
  size_t word_start = 0;
  for (size_t i = 0; i < text.size(); ++i) {
    out += text[i];
    if (text[i] == ' ') {
      word_start = out.size();
      continue;
    }
    const size_t len = out.size() - word_start;
    for (std::string_view j : joints) {
      if (len == j.size() && out.compare(word_start, j.size(), j) == 0 && i + 5 < text.size() &&
          text[i + 1] != ' ' && text[i + 1] != '-' && text[i + 1] != ',' && text[i + 1] != '.')
        out += "\xC2\xAD";
    }
  }
  return out;
}

PdfWriter::PdfWriter(const std::string& path, PageFurniture furniture)
    : furniture_(std::move(furniture)) {
  surface_ = cairo_pdf_surface_create(path.c_str(), kPageW, kPageH);
  cr_ = cairo_create(surface_);
}

PdfWriter::~PdfWriter() {
  if (cr_) cairo_destroy(cr_);
  if (surface_) cairo_surface_destroy(surface_);
}

PangoLayout* PdfWriter::layout(const std::string& markup, double width, double size, bool bold) {
  PangoLayout* l = pango_cairo_create_layout(cr_);
  pango_cairo_context_set_resolution(pango_layout_get_context(l), 72);
  pango_layout_context_changed(l);
  PangoFontDescription* fd = pango_font_description_from_string(kFont);
  pango_font_description_set_size(fd, static_cast<gint>(size * PANGO_SCALE));
  if (bold) pango_font_description_set_weight(fd, PANGO_WEIGHT_BOLD);
  pango_layout_set_font_description(l, fd);
  pango_font_description_free(fd);
  pango_layout_set_width(l, static_cast<int>(width * PANGO_SCALE));
  pango_layout_set_wrap(l, PANGO_WRAP_WORD);
  pango_layout_set_markup(l, markup.c_str(), -1);
  return l;
}

void PdfWriter::new_page() {
  if (page_open_) end_page();
  page_open_ = true;
  ++page_;
  y_ = kTop;
  page_notes_.clear();
  auto small = [&](const std::string& s, double x, double y, bool right) {
    PangoLayout* l = layout(escape(s), 300, 7.5, false);
    int w = 0, h = 0;
    pango_layout_get_size(l, &w, &h);
    cairo_move_to(cr_, right ? x - w / double(PANGO_SCALE) : x, y);
    pango_cairo_show_layout(cr_, l);
    g_object_unref(l);
  };
  small(furniture_.header_left, kLeft, 40, false);
  small(furniture_.header_left2, kLeft, 50, false);
  small(furniture_.header_right, kRight, 50, true);
  small(furniture_.footer_left, kLeft, 790, false);
  small(furniture_.footer_left2, kLeft, 800, false);
  small(std::to_string(page_), kRight, 790, true);
}

void PdfWriter::end_page() {
  if (!page_notes_.empty()) {
    double y = kBodyBottom + 12;
    cairo_set_line_width(cr_, 0.5);
    cairo_move_to(cr_, kLeft, y - 4);
    cairo_line_to(cr_, kLeft + 120, y - 4);
    cairo_stroke(cr_);
    for (int n : page_notes_) {
      PangoLayout* l =
          layout(escape(std::to_string(n) + " " + notes_[n]), kRight - kLeft, 7.5, false);
      int w = 0, h = 0;
      pango_layout_get_size(l, &w, &h);
      cairo_move_to(cr_, kLeft, y);
      pango_cairo_show_layout(cr_, l);
      y += h / double(PANGO_SCALE) + 2;
      g_object_unref(l);
    }
  }
  cairo_show_page(cr_);
  page_open_ = false;
}

void PdfWriter::ensure_page() {
  if (!page_open_) new_page();
}

void PdfWriter::flow(PangoLayout* l, double x, const std::vector<std::pair<int, int>>& note_index) {
  ensure_page();
  PangoLayoutIter* it = pango_layout_get_iter(l);
  int line_no = 0;
  do {
    PangoRectangle logical;
    pango_layout_iter_get_line_extents(it, nullptr, &logical);
    const double h = logical.height / double(PANGO_SCALE);
    if (y_ + h > kBodyBottom) new_page();
    const double baseline = (pango_layout_iter_get_baseline(it) - logical.y) / double(PANGO_SCALE);
    cairo_move_to(cr_, x + logical.x / double(PANGO_SCALE), y_ + baseline);
    pango_cairo_show_layout_line(cr_, pango_layout_iter_get_line_readonly(it));
    for (const auto& [note, line] : note_index)
      if (line == line_no) page_notes_.push_back(note);
    y_ += h;
    ++line_no;
  } while (pango_layout_iter_next_line(it));
  pango_layout_iter_free(it);
}

void PdfWriter::cover(const std::string& firm, const std::string& title,
                      const std::string& organisation, const std::string& subtitle,
                      const std::string& date) {
  auto put = [&](const std::string& s, double y, double size, bool bold) {
    PangoLayout* l = layout(escape(s), kRight - kLeft, size, bold);
    cairo_move_to(cr_, kLeft, y);
    pango_cairo_show_layout(cr_, l);
    g_object_unref(l);
  };
  put(firm, 60, 20, true);
  put(title, 300, 24, true);
  put(organisation, 380, 16, false);
  put(subtitle, 410, 12, false);
  put(date, 430, 12, false);
  cairo_show_page(cr_);
  ++page_;
}

void PdfWriter::heading(int level, const std::string& number, const std::string& text) {
  const double size = level == 1 ? 15 : level == 2 ? 12.5 : 11.5;
  ensure_page();
  if (y_ > kBodyBottom - 80) new_page();  // keep a heading with what follows
  vspace(level == 1 ? 14 : 9);
  PangoLayout* l =
      layout(escape(number.empty() ? text : number + " " + text), kRight - kLeft, size, true);
  flow(l, kLeft, {});
  g_object_unref(l);
  vspace(4);
}

void PdfWriter::paragraph(const std::string& text) {
  std::vector<int> notes;
  const std::string markup = note_markup(with_soft_hyphens(text), notes);
  PangoLayout* l = layout(markup, kRight - kLeft, kBodySize, false);
  // Which line each marker lands on, so its note goes to that line's page.
  std::vector<std::pair<int, int>> note_index;
  const std::string plain = pango_layout_get_text(l);
  size_t from = 0;
  for (int n : notes) {
    const std::string digits = std::to_string(n);
    size_t p = plain.find(digits, from);
    if (p == std::string::npos) continue;
    int line = 0, x = 0;
    pango_layout_index_to_line_x(l, static_cast<int>(p), FALSE, &line, &x);
    note_index.emplace_back(n, line);
    from = p + digits.size();
  }
  flow(l, kLeft, note_index);
  g_object_unref(l);
  vspace(7);
}

void PdfWriter::list(const std::string& bullet, const std::vector<std::string>& items) {
  int number = 0;
  for (const std::string& item : items) {
    // "1." numbers the items 1., 2., 3.
    const std::string mark = bullet == "1." ? std::to_string(++number) + "." : bullet;
    PangoLayout* b = layout(escape(mark), 12, kBodySize, false);
    PangoLayout* l = layout(escape(with_soft_hyphens(item)), kRight - kLeft - 18, kBodySize, false);
    ensure_page();
    PangoRectangle first;
    pango_layout_get_extents(l, nullptr, &first);
    if (y_ + 14 > kBodyBottom) new_page();
    cairo_move_to(cr_, kLeft + 4, y_);
    pango_cairo_show_layout(cr_, b);
    flow(l, kLeft + 18, {});
    g_object_unref(b);
    g_object_unref(l);
    vspace(3);
  }
  vspace(5);
}

void PdfWriter::table(const std::vector<std::string>& header,
                      const std::vector<std::vector<std::string>>& rows,
                      const std::vector<double>& widths) {
  ensure_page();
  constexpr double pad = 6;
  auto draw_row = [&](const std::vector<std::string>& cells, bool bold) {
    std::vector<PangoLayout*> ls;
    double h = 0;
    for (size_t c = 0; c < cells.size(); ++c) {
      ls.push_back(
          layout(escape(with_soft_hyphens(cells[c])), widths[c] - 2 * pad, kBodySize, bold));
      int w = 0, lh = 0;
      pango_layout_get_size(ls.back(), &w, &lh);
      h = std::max(h, lh / double(PANGO_SCALE));
    }
    if (y_ + h + 2 * pad > kBodyBottom) new_page();
    double x = kLeft;
    cairo_set_line_width(cr_, 0.5);
    for (size_t c = 0; c < cells.size(); ++c) {
      cairo_rectangle(cr_, x, y_, widths[c], h + 2 * pad);
      cairo_stroke(cr_);
      cairo_move_to(cr_, x + pad, y_ + pad);
      pango_cairo_show_layout(cr_, ls[c]);
      g_object_unref(ls[c]);
      x += widths[c];
    }
    y_ += h + 2 * pad;
  };
  draw_row(header, true);
  for (const auto& r : rows) draw_row(r, false);
  vspace(12);
}

void PdfWriter::finish() {
  if (page_open_) end_page();
  cairo_surface_finish(surface_);
}

}  // namespace gransk::samplegen
