// Scanned pages: read with OCR into the same Document, so a scanned report
// (or one whose signed last pages are scans) gives the findings its text
// original gives; with OCR off, the missing pages are said, not hidden.
#include <cairo-pdf.h>
#include <cairo.h>
#include <gtest/gtest.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>

#include "corpus_fixture.h"
#include "gransk/corpus/analysis.h"

namespace gransk::test {
namespace {

namespace fs = std::filesystem;
const char* kPitea = "pitea-2022-uppfoljande-granskning-it-sakerhet";

corpus::Analysis analyse_ok(const fs::path& pdf, const extractor::Options& o = {}) {
  static const rules::RuleSet rules = rules::load_rules({rules::default_rules_dir()});
  corpus::AnalysisResult a = corpus::analyse(pdf.string(), rules, o);
  if (const auto* err = std::get_if<extractor::Error>(&a)) {
    ADD_FAILURE() << err->message();
    return {};
  }
  return std::get<corpus::Analysis>(std::move(a));
}

// What a revisor checks in a report: its questions with their verdicts, its
// recommendations, and who it is for.
void expect_same_findings(const corpus::Report& got, const corpus::Report& want) {
  ASSERT_EQ(got.questions.size(), want.questions.size());
  for (size_t i = 0; i < want.questions.size(); ++i) {
    EXPECT_EQ(comparable(got.questions[i].text), comparable(want.questions[i].text));
    EXPECT_EQ(got.questions[i].assessment, want.questions[i].assessment) << want.questions[i].text;
  }
  ASSERT_EQ(got.recommendations.size(), want.recommendations.size());
  for (size_t i = 0; i < want.recommendations.size(); ++i)
    EXPECT_EQ(comparable(got.recommendations[i].text), comparable(want.recommendations[i].text));
  ASSERT_TRUE(got.organisation && want.organisation);
  EXPECT_EQ(got.organisation->name, want.organisation->name);
  EXPECT_EQ(got.year, want.year);
  EXPECT_EQ(got.report_type, want.report_type);
  EXPECT_EQ(got.auditor, want.auditor);
}

bool run(const std::string& command) { return std::system(command.c_str()) == 0; }

// The text original with pages `from`..`to` replaced by 200 dpi grey scans of
// themselves (pdftoppm), wrapped as image-only pages by cairo: a signed page
// as a kommun's scanner makes it.
fs::path with_scanned_pages(const fs::path& original, int from, int to, const fs::path& dir) {
  const std::string src = original.string(), d = dir.string();
  EXPECT_TRUE(run("pdftoppm -r 200 -gray -png -f " + std::to_string(from) + " -l " +
                  std::to_string(to) + " '" + src + "' '" + d + "/scan'"));
  EXPECT_TRUE(run("pdfseparate -f 1 -l " + std::to_string(from - 1) + " '" + src + "' '" + d +
                  "/text-%d.pdf'"));
  const fs::path scans = dir / "scans.pdf";
  cairo_surface_t* pdf = cairo_pdf_surface_create(scans.c_str(), 595.28, 841.89);
  cairo_t* cr = cairo_create(pdf);
  for (int p = from; p <= to; ++p) {
    // pdftoppm pads the page number to the width of the last page's.
    fs::path png;
    for (const auto& e : fs::directory_iterator(dir))
      if (e.path().filename().string().starts_with("scan-") &&
          std::stoi(e.path().stem().string().substr(5)) == p)
        png = e.path();
    cairo_surface_t* img = cairo_image_surface_create_from_png(png.c_str());
    EXPECT_EQ(cairo_surface_status(img), CAIRO_STATUS_SUCCESS) << png;
    const double w = cairo_image_surface_get_width(img), h = cairo_image_surface_get_height(img);
    cairo_pdf_surface_set_size(pdf, w * 72 / 200, h * 72 / 200);
    cairo_save(cr);
    cairo_scale(cr, 72.0 / 200, 72.0 / 200);
    cairo_set_source_surface(cr, img, 0, 0);
    cairo_paint(cr);
    cairo_restore(cr);
    cairo_show_page(cr);
    cairo_surface_destroy(img);
  }
  cairo_destroy(cr);
  cairo_surface_destroy(pdf);
  std::string parts;
  for (int p = 1; p < from; ++p) parts += " '" + d + "/text-" + std::to_string(p) + ".pdf'";
  const fs::path out = dir / "mixed.pdf";
  EXPECT_TRUE(run("pdfunite" + parts + " '" + scans.string() + "' '" + out.string() + "'"));
  return out;
}

class OcrScannedPages : public ::testing::Test {
 protected:
  void SetUp() override {
    corpus_ = shared_corpus();
    if (corpus_.empty()) GTEST_SKIP() << "../shared/corpus saknas";
    dir_ = fs::temp_directory_path() / ("gransk-ocr-test-" + std::to_string(::getpid()));
    fs::create_directories(dir_);
  }
  void TearDown() override {
    if (!dir_.empty()) fs::remove_all(dir_);
  }
  fs::path corpus_, dir_;
};

TEST_F(OcrScannedPages, AScannedCopyGivesTheFindingsOfItsTextOriginal) {
  const corpus::Analysis text = analyse_ok(corpus_ / (std::string(kPitea) + ".pdf"));
  const corpus::Analysis scan = analyse_ok(corpus_ / (std::string(kPitea) + ".scanned.pdf"));
  expect_same_findings(scan.report, text.report);
  for (const extractor::Page& p : scan.document.pages) {
    EXPECT_TRUE(p.ocr) << "sidan " << p.number;
    EXPECT_GT(p.ocr_confidence, 80) << "sidan " << p.number;
  }
  const std::string summary = extractor::ocr_summary(scan.document);
  EXPECT_EQ(summary.rfind("sidorna 1–9 lästa med OCR, ", 0), 0u) << summary;
  EXPECT_TRUE(extractor::ocr_summary(text.document).empty());
}

TEST_F(OcrScannedPages, SignedLastPagesAsScansScoreAsTheTextOriginal) {
  const fs::path original = corpus_ / (std::string(kPitea) + ".pdf");
  const corpus::Analysis text = analyse_ok(original);
  const int pages = static_cast<int>(text.document.pages.size());
  ASSERT_GE(pages, 4);
  const fs::path mixed = with_scanned_pages(original, pages - 1, pages, dir_);
  const corpus::Analysis got = analyse_ok(mixed);
  expect_same_findings(got.report, text.report);
  ASSERT_EQ(static_cast<int>(got.document.pages.size()), pages);
  for (const extractor::Page& p : got.document.pages) EXPECT_EQ(p.ocr, p.number >= pages - 1);
  EXPECT_EQ(extractor::ocr_summary(got.document)
                .rfind("sidorna " + std::to_string(pages - 1) + "–" + std::to_string(pages) +
                           " lästa med OCR",
                       0),
            0u);

  // With OCR off the scanned pages are named in a warning, not lost in silence.
  extractor::Options never;
  never.ocr = extractor::OcrMode::Never;
  const corpus::Analysis off = analyse_ok(mixed, never);
  bool said = false;
  for (const std::string& w : off.document.warnings)
    said |= w.find("2 av " + std::to_string(pages) + " sidor saknar text") != std::string::npos;
  EXPECT_TRUE(said) << "ingen varning om de skannade sidorna";
}

TEST_F(OcrScannedPages, OcrOffSaysTheScanNeedsIt) {
  extractor::Options never;
  never.ocr = extractor::OcrMode::Never;
  const extractor::Result r =
      extractor::extract((corpus_ / (std::string(kPitea) + ".scanned.pdf")).string(), never);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().kind, extractor::ErrorKind::NoTextLayer);
  EXPECT_NE(r.error().message().find("--ocr aldrig"), std::string::npos) << r.error().message();
}

TEST(OcrMode, LabelsAreTheCommandLineWords) {
  extractor::OcrMode m = extractor::OcrMode::Auto;
  EXPECT_TRUE(extractor::parse_ocr_mode("alltid", m));
  EXPECT_EQ(m, extractor::OcrMode::Always);
  EXPECT_TRUE(extractor::parse_ocr_mode("aldrig", m));
  EXPECT_STREQ(extractor::label(m), "aldrig");
  EXPECT_FALSE(extractor::parse_ocr_mode("ja", m));
}

}  // namespace
}  // namespace gransk::test
