// PDF -> Document. The only entry point of the extractor stage.
#pragma once

#include <chrono>
#include <functional>
#include <string>
#include <variant>

#include "gransk/extractor/document.h"

namespace gransk::extractor {

enum class ErrorKind {
  EmptyFile,    // tom fil
  NotPdf,       // inte en PDF
  Encrypted,    // lösenordsskyddad
  Damaged,      // trasig
  NoTextLayer,  // saknar textlager — OCR behövs
  NoText,       // ingen text: OCR found nothing legible on the image pages
  Timeout,      // tog för lång tid
  Unreadable,   // kunde inte läsas (I/O)
};

// An error a revisor can act on: which file, which page (0 = whole file), what.
struct Error {
  ErrorKind kind = ErrorKind::Unreadable;
  std::string file;
  int page = 0;
  std::string detail;
  std::string message() const;  // Swedish, names the file and the reason
};

// When pages are read with OCR (`--ocr auto|alltid|aldrig`).
enum class OcrMode {
  Auto,    // auto: pages without a text layer (only images) or with an undecodable one
  Always,  // alltid: every page, the text layer is ignored
  Never,   // aldrig: no OCR; such pages are said to lack text
};
const char* label(OcrMode mode);                        // "auto", "alltid", "aldrig"
bool parse_ocr_mode(const std::string& text, OcrMode& mode);

struct Options {
  // Extraction stops with ErrorKind::Timeout after this long (checked per page;
  // a page that never ends is stopped by the isolating child process).
  std::chrono::milliseconds time_limit{60000};
  // Called as each page is started, e.g. so a crash can name its page.
  std::function<void(int page)> on_page;
  OcrMode ocr = OcrMode::Auto;
  // Each page read with OCR adds this to time_limit (Tesseract needs 1–3 s a
  // page on one core); it also bounds the recognition of that page.
  std::chrono::milliseconds ocr_page_time{20000};
  // Called as a page is about to be read with OCR: progress, and so an
  // isolating worker can grant the extra time.
  std::function<void(int page, int pages)> on_ocr_page;
};

// "sidorna 3–4 lästa med OCR, 91 %", or empty when no page was: for `show`,
// the report page and the ingest log.
std::string ocr_summary(const Document& doc);

class Result {
 public:
  Result(Document d) : value_(std::move(d)) {}
  Result(Error e) : value_(std::move(e)) {}
  bool ok() const { return std::holds_alternative<Document>(value_); }
  const Document& document() const { return std::get<Document>(value_); }
  Document& document() { return std::get<Document>(value_); }
  const Error& error() const { return std::get<Error>(value_); }

 private:
  std::variant<Document, Error> value_;
};

Result extract(const std::string& path, const Options& options = {});

}  // namespace gransk::extractor
