#include "ocr.h"

#include <poppler/PDFDoc.h>
#include <poppler/SplashOutputDev.h>
#include <poppler/splash/SplashBitmap.h>
#include <tesseract/baseapi.h>
#include <tesseract/ocrclass.h>
#include <tesseract/resultiterator.h>

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace gransk::extractor::detail {
namespace {

constexpr double kDpi = 300;  // Tesseract's models are trained on 300 dpi text
// A page larger than this at 300 dpi (A4 is 8.7 Mpx, A3 17) is rendered at a
// lower resolution: a poster-sized or hostile page must not cost gigabytes.
constexpr double kMaxPixels = 40e6;
// Words Tesseract is this unsure of are mostly specks, rules and logos.
constexpr float kMinWordConfidence = 20;

bool has_letter_or_digit(const std::string& s) {
  for (unsigned char c : s)
    if (std::isalnum(c) || c >= 0x80) return true;
  return false;
}

}  // namespace

struct OcrEngine::State {
  tesseract::TessBaseAPI api;
  bool tried = false, ready = false;
  std::string init_error;
};

OcrEngine::OcrEngine() : state_(std::make_unique<State>()) {}
OcrEngine::~OcrEngine() = default;

bool OcrEngine::read(PDFDoc& pdf, int page, int time_limit_ms, OcrPage& out, std::string& error) {
  State& s = *state_;
  if (!s.tried) {
    s.tried = true;
    // Tesseract's notes ("Estimating resolution …") are not the revisor's business.
    s.api.SetVariable("debug_file", "/dev/null");
    if (s.api.Init(nullptr, "swe", tesseract::OEM_LSTM_ONLY) != 0)
      s.init_error = "Tesseract hittar inte sin svenska modell (paketet tesseract-ocr-swe)";
    else
      s.ready = true;
    s.api.SetPageSegMode(tesseract::PSM_AUTO);
  }
  if (!s.ready) {
    error = s.init_error;
    return false;
  }

  double W = pdf.getPageCropWidth(page), H = pdf.getPageCropHeight(page);
  if (pdf.getPageRotate(page) % 180 != 0) std::swap(W, H);  // displayPage turns the page
  if (!(W > 0 && H > 0)) {
    error = "sidan har ingen storlek och kan inte ritas för OCR";
    return false;
  }
  const double px_per_pt = std::min(kDpi, std::sqrt(kMaxPixels / (W * H)) * 72) / 72;
  SplashColor paper = {0xff, 0xff, 0xff};
  SplashOutputDev render(splashModeMono8, 4, false, paper);
  render.setFontAntialias(true);
  render.startDoc(&pdf);
  pdf.displayPage(&render, page, px_per_pt * 72, px_per_pt * 72, 0, false, true, false);
  SplashBitmap* bitmap = render.getBitmap();
  if (!bitmap || bitmap->getWidth() <= 0 || bitmap->getHeight() <= 0) {
    error = "sidan kunde inte ritas för OCR";
    return false;
  }

  s.api.SetImage(bitmap->getDataPtr(), bitmap->getWidth(), bitmap->getHeight(), 1,
                 bitmap->getRowSize());
  s.api.SetSourceResolution(static_cast<int>(std::lround(px_per_pt * 72)));
  tesseract::ETEXT_DESC monitor;
  monitor.set_deadline_msecs(std::max(1, time_limit_ms));
  if (s.api.Recognize(&monitor) != 0 || monitor.deadline_exceeded()) {
    s.api.Clear();
    error = monitor.deadline_exceeded() ? "OCR av sidan tog för lång tid"
                                        : "Tesseract kunde inte läsa sidan";
    return false;
  }

  out = OcrPage{};
  out.words.width = W;
  out.words.height = H;
  const double to_pt = 1.0 / px_per_pt;
  double weighted = 0, weight = 0;
  std::unique_ptr<tesseract::ResultIterator> it(s.api.GetIterator());
  std::vector<Word>& words = out.words.words;
  std::vector<double> baselines;  // per word: its line's baseline, in points
  if (it) {
    double baseline = 0, size = 0;
    do {
      if (it->IsAtBeginningOf(tesseract::RIL_TEXTLINE)) {
        int bx0 = 0, by0 = 0, bx1 = 0, by1 = 0;
        float row_height = 0, descenders = 0, ascenders = 0;
        it->RowAttributes(&row_height, &descenders, &ascenders);
        int lx0 = 0, ly0 = 0, lx1 = 0, ly1 = 0;
        it->BoundingBox(tesseract::RIL_TEXTLINE, &lx0, &ly0, &lx1, &ly1);
        baseline = it->Baseline(tesseract::RIL_TEXTLINE, &bx0, &by0, &bx1, &by1)
                       ? (by0 + by1) / 2.0 * to_pt
                       : ly1 * to_pt;
        // Tesseract's row height (x-height plus ascenders) is the font size
        // in pixels, the one its own WordFontAttributes gives in whole points.
        size = row_height > 0 ? row_height * to_pt : (ly1 - ly0) * to_pt / 1.1;
      }
      const std::unique_ptr<char[]> text(it->GetUTF8Text(tesseract::RIL_WORD));
      if (!text) continue;
      Word w;
      w.text = text.get();
      const float conf = it->Confidence(tesseract::RIL_WORD);
      if (w.text.empty() || (!has_letter_or_digit(w.text) && conf < 50)) continue;
      if (conf < kMinWordConfidence) continue;
      int x0 = 0, y0 = 0, x1 = 0, y1 = 0;
      it->BoundingBox(tesseract::RIL_WORD, &x0, &y0, &x1, &y1);
      w.box = {x0 * to_pt, y0 * to_pt, x1 * to_pt, y1 * to_pt};
      w.font_size = size;
      w.font = "OCR";
      w.space_after = !it->IsAtFinalElement(tesseract::RIL_TEXTLINE, tesseract::RIL_WORD);
      weighted += conf * static_cast<double>(w.text.size());
      weight += static_cast<double>(w.text.size());
      words.push_back(std::move(w));
      baselines.push_back(baseline);
    } while (it->Next(tesseract::RIL_WORD));
  }
  // Measured sizes wander by a point from line to line, and the layout reads a
  // change of size as a new block: sizes near the page's commonest one are
  // set to it. Boxes then run from ascender to descender on the baseline, as
  // a text layer's do, so the gaps between lines are the leading, not the ink.
  if (!words.empty()) {
    std::vector<double> sizes;
    for (const Word& w : words) sizes.push_back(w.font_size);
    std::nth_element(sizes.begin(), sizes.begin() + sizes.size() / 2, sizes.end());
    const double body = sizes[sizes.size() / 2];
    for (size_t i = 0; i < words.size(); ++i) {
      Word& w = words[i];
      if (w.font_size > 0.8 * body && w.font_size < 1.2 * body) w.font_size = body;
      w.font_size = std::round(w.font_size * 2) / 2;
      w.box.y0 = baselines[i] - 0.8 * w.font_size;
      w.box.y1 = baselines[i] + 0.25 * w.font_size;
    }
  }
  out.confidence = weight > 0 ? weighted / weight : 0;
  s.api.Clear();
  return true;
}

}  // namespace gransk::extractor::detail
