// The OCR mode's Swedish labels and the one-line account of OCR'd pages.
#include <cmath>

#include "gransk/extractor/extractor.h"

namespace gransk::extractor {

const char* label(OcrMode mode) {
  switch (mode) {
    case OcrMode::Always:
      return "alltid";
    case OcrMode::Never:
      return "aldrig";
    case OcrMode::Auto:
      break;
  }
  return "auto";
}

bool parse_ocr_mode(const std::string& text, OcrMode& mode) {
  for (OcrMode m : {OcrMode::Auto, OcrMode::Always, OcrMode::Never})
    if (text == label(m)) return mode = m, true;
  return false;
}

std::string ocr_summary(const Document& doc) {
  // Runs of pages: "3–4, 7".
  std::string pages;
  int count = 0;
  double confidence = 0;
  const auto& ps = doc.pages;
  for (size_t i = 0; i < ps.size(); ++i) {
    if (!ps[i].ocr) continue;
    size_t j = i;
    while (j + 1 < ps.size() && ps[j + 1].ocr && ps[j + 1].number == ps[j].number + 1) ++j;
    if (!pages.empty()) pages += ", ";
    pages += std::to_string(ps[i].number);
    if (j > i) pages += "–" + std::to_string(ps[j].number);
    for (size_t k = i; k <= j; ++k, ++count) confidence += ps[k].ocr_confidence;
    i = j;
  }
  if (count == 0) return {};
  const long mean = std::lround(confidence / count);
  return std::string(count == 1 ? "sidan " : "sidorna ") + pages +
         (count == 1 ? " läst" : " lästa") + " med OCR, " + std::to_string(mean) + " %";
}

}  // namespace gransk::extractor
