// A small page-flow typesetter over cairo + pango: headings, paragraphs that
// break across pages, footnotes with raised markers, bullet lists, tables,
// running header and footer. Enough to lay out audit reports as firms do.
#pragma once

#include <map>
#include <string>
#include <vector>

typedef struct _cairo cairo_t;
typedef struct _cairo_surface cairo_surface_t;
typedef struct _PangoLayout PangoLayout;

namespace gransk::samplegen {

struct PageFurniture {
  std::string header_left, header_left2, header_right;
  std::string footer_left, footer_left2;
};

class PdfWriter {
 public:
  PdfWriter(const std::string& path, PageFurniture furniture);
  ~PdfWriter();
  PdfWriter(const PdfWriter&) = delete;
  PdfWriter& operator=(const PdfWriter&) = delete;

  void cover(const std::string& firm, const std::string& title, const std::string& organisation,
             const std::string& subtitle, const std::string& date);
  void heading(int level, const std::string& number, const std::string& text);
  // Plain text; "{N}" marks footnote N glued to the preceding word.
  void paragraph(const std::string& text);
  // `bullet` before each item; "1." numbers them.
  void list(const std::string& bullet, const std::vector<std::string>& items);
  void table(const std::vector<std::string>& header,
             const std::vector<std::vector<std::string>>& rows, const std::vector<double>& widths);
  void footnote_text(int number, const std::string& text) { notes_[number] = text; }
  void page_break() {
    if (page_open_) end_page();
  }
  void finish();

 private:
  PangoLayout* layout(const std::string& markup, double width, double size, bool bold);
  void new_page();
  void end_page();
  void ensure_page();
  // Draws a laid-out block line by line, breaking pages between lines.
  void flow(PangoLayout* l, double x, const std::vector<std::pair<int, int>>& note_index);
  void vspace(double pt) { y_ += pt; }

  cairo_surface_t* surface_ = nullptr;
  cairo_t* cr_ = nullptr;
  PageFurniture furniture_;
  bool page_open_ = false;
  int page_ = 0;
  double y_ = 0;
  std::map<int, std::string> notes_;
  std::vector<int> page_notes_;
};

// Inserts soft hyphens at compound joints of long words, as typesetters do.
std::string with_soft_hyphens(const std::string& text);

}  // namespace gransk::samplegen
