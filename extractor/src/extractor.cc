// Orchestrates the steps: open, words, lines, furniture, layout, sections.
#include "gransk/extractor/extractor.h"

#include <poppler/PDFDoc.h>

#include <memory>

#include "furniture.h"
#include "join.h"
#include "layout.h"
#include "lines.h"
#include "misdecoded.h"
#include "ocr.h"
#include "pdf_file.h"
#include "sections.h"
#include "table_join.h"
#include "words.h"

namespace gransk::extractor {
namespace {

// Each OCR'd page extends the time limit; this bounds what a file of a
// thousand image pages can cost (about half an hour at the default).
constexpr int kMaxOcrPages = 100;

size_t text_bytes(const detail::PageWords& w) {
  size_t n = 0;
  for (const Word& x : w.words) n += x.text.size();
  for (const Word& x : w.other) n += x.text.size();
  return n;
}

// Share of the page's characters that no font could map to Unicode: U+FFFD,
// control characters and the private use area (a font without a ToUnicode
// table whose glyph names say nothing).
double undecodable_share(const detail::PageWords& w) {
  size_t bad = 0, all = 0;
  auto count = [&](const std::string& t) {
    for (size_t i = 0; i < t.size();) {
      const unsigned char c = t[i];
      const size_t len = c < 0x80 ? 1 : c < 0xe0 ? 2 : c < 0xf0 ? 3 : 4;
      uint32_t cp = c;
      if (len == 3 && i + 2 < t.size())
        cp = (c & 0x0f) << 12 | (t[i + 1] & 0x3f) << 6 | (t[i + 2] & 0x3f);
      ++all;
      if ((len == 1 && c < 0x20) || cp == 0xfffd || (cp >= 0xe000 && cp <= 0xf8ff)) ++bad;
      i += len;
    }
  };
  for (const Word& x : w.words) count(x.text);
  for (const Word& x : w.other) count(x.text);
  return all ? static_cast<double>(bad) / static_cast<double>(all) : 0;
}

// Why a page is read with OCR.
enum class OcrCause {
  None,
  Scan,         // no text layer, an image: "saknar text"
  Undecodable,  // a text layer no font maps to Unicode
  Asked,        // --ocr alltid
};

OcrCause ocr_cause(PDFDoc& pdf, int page, const detail::PageWords& words, OcrMode mode) {
  if (mode == OcrMode::Always) return OcrCause::Asked;
  const size_t bytes = text_bytes(words);
  // A few characters on a scan are a stamp or a page number, not its text.
  if (bytes < 40 && detail::page_has_images(pdf, page)) return OcrCause::Scan;
  // With OCR off the text layer is judged only when it is nearly empty: a
  // readable page is not scanned for undecodable characters it will not use.
  if ((mode != OcrMode::Never || bytes < 40) && bytes >= 20 && undecodable_share(words) > 0.3)
    return OcrCause::Undecodable;
  // Glyphs no font maps, or codes passed on as they stand that read as no
  // language: said even with OCR off.
  // (A short page, a heading alone, needs most of its glyphs unmapped: a few
  // symbol-font bullets in the private use area are no reason.)
  const size_t glyphs = words.glyphs, unmapped = words.unmapped_glyphs;
  if ((glyphs >= 40 && unmapped * 10 > glyphs * 3) ||
      (glyphs >= 10 && unmapped * 10 > glyphs * 6) || detail::garbled_text_layer(words.words))
    return OcrCause::Undecodable;
  return OcrCause::None;
}

std::string page_list(const std::vector<int>& pages) {
  std::string out;
  for (size_t k = 0; k < pages.size() && k < 10; ++k)
    out += (k ? ", " : "") + std::to_string(pages[k]);
  if (pages.size() > 10) out += " …";
  return out;
}

}  // namespace

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
  OcrEngine ocr;
  int ocr_pages = 0;
  std::vector<int> scans_unread, undecodable_unread;  // said in warnings
  std::vector<int> misdecoded_pages;
  std::string misdecoded_example;
  std::string ocr_failure;
  for (int i = 0; i < count; ++i) {
    if (std::chrono::steady_clock::now() - start >
        options.time_limit + ocr_pages * options.ocr_page_time) {
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
        first_complaint =
            "sidträdet anger " + std::to_string(count) + " sidor, men sidan finns inte i filen";
      take_poppler_complaints();
      continue;
    }
    PageLines pl;
    pl.number = i + 1;
    PageWords words = read_words(*pdf, i + 1);
    const OcrCause cause = ocr_cause(*pdf, i + 1, words, options.ocr);
    auto unread = [&] {
      (cause == OcrCause::Scan ? scans_unread : undecodable_unread).push_back(i + 1);
    };
    if (cause != OcrCause::None) {
      if (options.ocr == OcrMode::Never || !ocr_failure.empty()) {
        unread();
      } else if (ocr_pages >= kMaxOcrPages) {
        ocr_failure = "fler än " + std::to_string(kMaxOcrPages) + " sidor behöver OCR";
        unread();
      } else {
        if (options.on_ocr_page) options.on_ocr_page(i + 1, count);
        ++ocr_pages;
        OcrPage read;
        std::string failure;
        take_poppler_complaints();
        if (ocr.read(*pdf, i + 1, static_cast<int>(options.ocr_page_time.count()), read, failure)) {
          // An undecodable text layer is replaced only when OCR finds words.
          if (cause != OcrCause::Undecodable || !read.words.words.empty()) {
            words = std::move(read.words);
            pl.ocr = true;
            pl.ocr_confidence = read.confidence;
            if (cause == OcrCause::Undecodable)
              doc.warnings.push_back("sidan " + std::to_string(i + 1) +
                                     ": texten går inte att avkoda (teckensnitt utan "
                                     "Unicode-tabell); den lästes med OCR");
          }
        } else {
          ocr_failure = failure;
          unread();
        }
        take_poppler_complaints();  // rendering repeats the text pass's complaints
      }
    }
    const size_t page_words = words.words.size() + words.other.size();
    total_words += page_words;
    if (PopplerComplaints c = take_poppler_complaints(); c.count > 0 && page_words < 20) {
      broken.push_back(i + 1);
      if (first_complaint.empty()) first_complaint = "Poppler: " + c.first;
    }
    if (!pl.ocr) {
      const std::vector<std::string> wrong = misdecoded_words(words.words);
      if (many_misdecoded(wrong.size(), words.words.size())) {
        misdecoded_pages.push_back(i + 1);
        if (misdecoded_example.empty()) misdecoded_example = wrong.front();
      }
    }
    pl.width = words.width;
    pl.height = words.height;
    pl.rotation = words.rotation;
    pl.marks = std::move(words.marks);
    pl.lines = group_lines(std::move(words.words), &pl.zones);
    split_at_rules(pl.lines, words.rules);
    split_at_known_columns(pl.lines);
    pl.rules = std::move(words.rules);
    // Text at another rotation (a stamp along the margin) is read after the page.
    for (Line& l : group_lines(std::move(words.other))) pl.lines.push_back(std::move(l));
    pages.push_back(std::move(pl));
  }
  // A page that gave Poppler errors and (almost) no words is lost text, not
  // a scan: said as damage with its page. One such page among many is a
  // warning; more is a broken file, since its report would miss too much.
  if (!broken.empty()) {
    const std::string what =
        "innehållet på sidan " + page_list(broken) + " går inte att läsa (" + first_complaint + ")";
    if (broken.size() * 10 > static_cast<size_t>(count) || total_words == 0)
      return make_error(ErrorKind::Damaged, path,
                        std::to_string(broken.size()) + " av " + std::to_string(count) +
                            " sidor går inte att läsa: " + what,
                        broken.front());
    doc.warnings.push_back(what);
  }
  if (!scans_unread.empty()) {
    const std::string why = ocr_failure.empty() ? "OCR är avstängt (--ocr aldrig)" : ocr_failure;
    if (total_words > 0)
      doc.warnings.push_back(std::to_string(scans_unread.size()) + " av " + std::to_string(count) +
                             " sidor saknar text (bara bilder) och " + "lästes inte: " + why +
                             "; sidorna " + page_list(scans_unread));
    else if (!ocr_failure.empty())
      return make_error(ErrorKind::NoTextLayer, path,
                        std::to_string(count) + (count == 1 ? " sida" : " sidor") +
                            " utan text, bara bilder, och OCR gick inte: " + ocr_failure);
  }
  if (!misdecoded_pages.empty())
    doc.warnings.push_back(
        "en del av texten avkodas fel (teckensnitt utan fullständig "
        "Unicode-tabell) på " +
        std::string(misdecoded_pages.size() == 1 ? "sidan " : "sidorna ") +
        page_list(misdecoded_pages) + ", t.ex. \"" + misdecoded_example +
        "\"; sökningar kan missa de orden");
  if (!undecodable_unread.empty())
    doc.warnings.push_back("texten går inte att avkoda (teckensnitt utan Unicode-tabell) på " +
                           std::string(undecodable_unread.size() == 1 ? "sidan " : "sidorna ") +
                           page_list(undecodable_unread) + "; sökningar kan missa den");
  if (total_words == 0) {
    int with_images = 0;
    for (int i = 1; i <= count; ++i) with_images += page_has_images(*pdf, i);
    if (with_images == 0)
      return make_error(ErrorKind::Damaged, path,
                        std::to_string(count) + (count == 1 ? " sida" : " sidor") +
                            " utan läsbar text och utan bilder (typsnitt eller innehåll skadat)",
                        1);
    if (ocr_pages > 0)
      return make_error(ErrorKind::NoText, path,
                        std::to_string(count) + (count == 1 ? " sida" : " sidor") +
                            " med bara bilder, och OCR fann ingen text i dem");
    return make_error(
        ErrorKind::NoTextLayer, path,
        std::to_string(count) + (count == 1 ? " sida" : " sidor") + " utan text, bara bilder" +
            (options.ocr == OcrMode::Never ? " (OCR är avstängt: --ocr aldrig)" : ""));
  }

  const double body = body_font_size(pages);
  mark_furniture(pages, body);
  for (PageLines& pl : pages)
    if (!pl.lines.empty()) {
      pl.first_with_text = true;
      break;
    }
  for (const PageLines& pl : pages) {
    Page p;
    p.number = pl.number;
    p.width = pl.width;
    p.height = pl.height;
    p.rotation = pl.rotation;
    p.ocr = pl.ocr;
    p.ocr_confidence = pl.ocr_confidence;
    for (size_t i = 0; i < pl.lines.size(); ++i)
      if (pl.furniture[i]) p.furniture.push_back(pl.lines[i].text());
    doc.pages.push_back(std::move(p));
    layout_page(pl, body, doc.blocks);
  }
  join_tables(doc.blocks);
  join_across_pages(doc.blocks);
  resolve_line_end_hyphens(doc.blocks);
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
    case ErrorKind::NoText:
      reason = "ingen text";
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
