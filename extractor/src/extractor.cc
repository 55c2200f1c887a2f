// Orchestrates the steps: open, words, lines, furniture, layout, sections.
#include "gransk/extractor/extractor.h"

#include <poppler/PDFDoc.h>

#include <memory>

#include "furniture.h"
#include "layout.h"
#include "lines.h"
#include "pdf_file.h"
#include "sections.h"
#include "words.h"

namespace gransk::extractor {

Result extract(const std::string& path, const Options& options) {
  using namespace detail;
  const auto start = std::chrono::steady_clock::now();
  if (std::optional<Error> e = check_file_structure(path)) return *e;
  Error error;
  std::unique_ptr<PDFDoc> pdf = open_pdf(path, error);
  if (!pdf) return error;

  Document doc;
  doc.path = path;
  read_info(*pdf, doc);
  read_outline(*pdf, doc);

  std::vector<PageLines> pages;
  size_t total_words = 0;
  const int count = pdf->getNumPages();
  for (int i = 0; i < count; ++i) {
    if (std::chrono::steady_clock::now() - start > options.time_limit) {
      return make_error(
          ErrorKind::Timeout, path,
          "tidsgränsen " + std::to_string(options.time_limit.count() / 1000) + " s överskreds",
          i + 1);
    }
    PageLines pl;
    pl.number = i + 1;
    PageWords words = read_words(*pdf, i + 1);
    total_words += words.words.size() + words.other.size();
    pl.width = words.width;
    pl.height = words.height;
    pl.rotation = words.rotation;
    pl.lines = group_lines(std::move(words.words));
    split_at_known_columns(pl.lines);
    // Text at another rotation (a stamp along the margin) is read after the page.
    for (Line& l : group_lines(std::move(words.other))) pl.lines.push_back(std::move(l));
    pages.push_back(std::move(pl));
  }
  if (count > 0 && total_words == 0) {
    return make_error(ErrorKind::NoTextLayer, path,
                      std::to_string(count) + " sidor utan text, bara bilder");
  }

  const double body = body_font_size(pages);
  mark_furniture(pages, body);
  for (const PageLines& pl : pages) {
    Page p;
    p.number = pl.number;
    p.width = pl.width;
    p.height = pl.height;
    p.rotation = pl.rotation;
    for (size_t i = 0; i < pl.lines.size(); ++i)
      if (pl.furniture[i]) p.furniture.push_back(pl.lines[i].text());
    doc.pages.push_back(std::move(p));
    layout_page(pl, body, doc.blocks);
  }
  join_across_pages(doc.blocks);
  build_sections(doc);
  return doc;
}

std::string Error::message() const {
  std::string reason;
  switch (kind) {
    case ErrorKind::EmptyFile:
      reason = "tom fil";
      break;
    case ErrorKind::NotPdf:
      reason = "inte en PDF";
      break;
    case ErrorKind::Encrypted:
      reason = "lösenordsskyddad";
      break;
    case ErrorKind::Damaged:
      reason = "trasig";
      break;
    case ErrorKind::NoTextLayer:
      reason = "saknar textlager — OCR behövs";
      break;
    case ErrorKind::Timeout:
      reason = "tog för lång tid";
      break;
    case ErrorKind::Unreadable:
      reason = "kunde inte läsas";
      break;
  }
  std::string m = file + ": " + reason;
  if (page > 0) m += " (sida " + std::to_string(page) + ")";
  if (!detail.empty()) m += ": " + detail;
  return m;
}

}  // namespace gransk::extractor
