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
  const FileCheck check = check_file_structure(path);
  if (check.refuse) return *check.refuse;
  take_poppler_complaints();
  Error error;
  std::unique_ptr<PDFDoc> pdf = open_pdf(path, error);
  if (!pdf) return check.suspect && error.kind == ErrorKind::Damaged ? *check.suspect : error;

  Document doc;
  doc.path = path;
  if (check.suspect)
    doc.warnings.push_back("korsreferenstabellen (xref) pekade fel; Poppler reparerade den");
  read_info(*pdf, doc);
  read_outline(*pdf, doc);
  take_poppler_complaints();  // damage outside the pages is repaired or harmless

  std::vector<PageLines> pages;
  size_t total_words = 0;
  const int count = pdf->getNumPages();
  if (count <= 0)
    return make_error(ErrorKind::Damaged, path,
                      "sidträdet anger inga sidor (/Count " + std::to_string(count) + ")");
  std::vector<int> broken;  // pages whose content Poppler could not parse
  std::string first_complaint;
  for (int i = 0; i < count; ++i) {
    if (std::chrono::steady_clock::now() - start > options.time_limit) {
      return make_error(
          ErrorKind::Timeout, path,
          "tidsgränsen " + std::to_string(options.time_limit.count() / 1000) + " s överskreds",
          i + 1);
    }
    if (options.on_page) options.on_page(i + 1);
    // A page the page tree declares but the file does not hold is lost text,
    // counted with the pages that cannot be parsed.
    if (!pdf->getPage(i + 1)) {
      broken.push_back(i + 1);
      if (first_complaint.empty())
        first_complaint = "sidträdet anger " + std::to_string(count) +
                          " sidor, men sidan finns inte i filen";
      take_poppler_complaints();
      continue;
    }
    PageLines pl;
    pl.number = i + 1;
    PageWords words = read_words(*pdf, i + 1);
    const size_t page_words = words.words.size() + words.other.size();
    total_words += page_words;
    if (PopplerComplaints c = take_poppler_complaints(); c.count > 0 && page_words < 20) {
      broken.push_back(i + 1);
      if (first_complaint.empty()) first_complaint = "Poppler: " + c.first;
    }
    pl.width = words.width;
    pl.height = words.height;
    pl.rotation = words.rotation;
    pl.lines = group_lines(std::move(words.words));
    split_at_known_columns(pl.lines);
    // Text at another rotation (a stamp along the margin) is read after the page.
    for (Line& l : group_lines(std::move(words.other))) pl.lines.push_back(std::move(l));
    pages.push_back(std::move(pl));
  }
  // A page that gave Poppler errors and (almost) no words is lost text, not
  // a scan: said as damage with its page. One such page among many is a
  // warning; more is a broken file, since its report would miss too much.
  if (!broken.empty()) {
    std::string pages_text;
    for (size_t k = 0; k < broken.size() && k < 10; ++k)
      pages_text += (k ? ", " : "") + std::to_string(broken[k]);
    if (broken.size() > 10) pages_text += " …";
    const std::string what = "innehållet på sidan " + pages_text + " går inte att läsa (" +
                             first_complaint + ")";
    if (broken.size() * 10 > static_cast<size_t>(count) || total_words == 0)
      return make_error(ErrorKind::Damaged, path,
                        std::to_string(broken.size()) + " av " + std::to_string(count) +
                            " sidor går inte att läsa: " + what,
                        broken.front());
    doc.warnings.push_back(what);
  }
  if (total_words == 0) {
    int with_images = 0;
    for (int i = 1; i <= count; ++i) with_images += page_has_images(*pdf, i);
    if (with_images == 0)
      return make_error(ErrorKind::Damaged, path,
                        std::to_string(count) +
                            (count == 1 ? " sida" : " sidor") +
                            " utan läsbar text och utan bilder (typsnitt eller innehåll skadat)",
                        1);
    return make_error(ErrorKind::NoTextLayer, path,
                      std::to_string(count) + (count == 1 ? " sida" : " sidor") +
                          " utan text, bara bilder");
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
