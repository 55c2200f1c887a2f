// OCR of one page: Poppler renders it, Tesseract (Swedish model) reads it, and
// the words come back as Poppler's would, so layout and rules need no special case.
#pragma once

#include <memory>
#include <string>

#include "words.h"

class PDFDoc;

namespace gransk::extractor::detail {

struct OcrPage {
  PageWords words;
  double confidence = 0;  // Tesseract's mean word confidence, 0..100, weighted by length
};

// One Tesseract instance per extraction: loading the model costs ~0.3 s, so
// it is loaded on the first page that needs it and kept for the rest.
class OcrEngine {
 public:
  OcrEngine();
  ~OcrEngine();
  OcrEngine(const OcrEngine&) = delete;
  OcrEngine& operator=(const OcrEngine&) = delete;

  // Reads `page` (1-based). False with `error` in Swedish when Tesseract or
  // its Swedish model is missing or the page cannot be rendered; a page with
  // nothing legible is true with no words.
  bool read(PDFDoc& pdf, int page, int time_limit_ms, OcrPage& out, std::string& error);

 private:
  struct State;
  std::unique_ptr<State> state_;
};

}  // namespace gransk::extractor::detail
