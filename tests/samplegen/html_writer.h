// The same page elements as PdfWriter (pdf_writer.h), written as an HTML page
// for a word processor to lay out: real lists (<ul>), real tables (<table>)
// and boxes (a one-cell table), as a report exported from Word or LibreOffice
// Writer carries them. bench/structure-variants --libreoffice converts these
// pages with LibreOffice Writer, so the structure variants are read from a
// Word-like producer too, not only from our own cairo layout.
#pragma once

#include <string>
#include <vector>

namespace gransk::samplegen {

struct PageFurniture;

class HtmlWriter {
 public:
  HtmlWriter(const std::string& path, const PageFurniture& furniture);
  ~HtmlWriter() { finish(); }
  HtmlWriter(const HtmlWriter&) = delete;
  HtmlWriter& operator=(const HtmlWriter&) = delete;

  void cover(const std::string& firm, const std::string& title, const std::string& organisation,
             const std::string& subtitle, const std::string& date);
  void heading(int level, const std::string& number, const std::string& text);
  void paragraph(const std::string& text);
  void list(const std::string& bullet, const std::vector<std::string>& items);
  void table(const std::vector<std::string>& header,
             const std::vector<std::vector<std::string>>& rows, const std::vector<double>& widths);
  void finish();

 private:
  std::string path_, html_;
  bool done_ = false;
};

}  // namespace gransk::samplegen
