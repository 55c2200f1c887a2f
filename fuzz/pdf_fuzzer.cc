// PDF bytes -> what `gransk extract` and `ingest` do with them (extract, clean,
// rules, report). Any input must end in an analysis or an Error with a message,
// within the time limit and without a sanitizer report.
#include <sys/mman.h>
#include <unistd.h>

#include <cstdint>
#include <string>
#include <variant>

#include "check.h"
#include "gransk/corpus/analysis.h"

namespace {

using namespace gransk;

const rules::RuleSet& shipped_rules() {
  static const rules::RuleSet r = rules::load_rules({GRANSK_FUZZ_RULES_DIR});
  return r;
}

// Poppler wants a path: one memory file, rewritten for every input.
const std::string& memory_file() {
  static const std::string path = [] {
    const int fd = memfd_create("gransk-fuzz.pdf", 0);
    FUZZ_CHECK(fd >= 0);
    return "/proc/self/fd/" + std::to_string(fd);
  }();
  return path;
}

void check(const corpus::Analysis& a) {
  const extractor::Document& d = a.document;
  for (const extractor::Block& b : d.blocks) {
    FUZZ_CHECK(b.page >= 1 && b.page <= static_cast<int>(d.pages.size()));
    for (const extractor::NoteRef& n : b.notes) FUZZ_CHECK(n.offset <= b.text.size());
  }
  FUZZ_CHECK(!d.sections.empty());
  for (const extractor::Section& s : d.sections) {
    FUZZ_CHECK(s.first_block >= 0 && s.first_block <= s.end_block);
    FUZZ_CHECK(s.end_block <= static_cast<int>(d.blocks.size()));
  }
  const nlp::CleanDocument& c = a.clean;
  for (const nlp::CleanBlock& b : c.blocks) FUZZ_CHECK(b.span.begin <= b.span.end && b.span.end <= c.text.size());
  for (const nlp::Span& s : c.sentences) FUZZ_CHECK(s.begin < s.end && s.end <= c.text.size());
  for (const rules::Finding& f : a.findings) {
    FUZZ_CHECK(f.span.begin <= f.span.end && f.span.end <= c.text.size());
    FUZZ_CHECK(f.block >= -1 && f.block < static_cast<int>(c.blocks.size()));
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string& path = memory_file();
  const int fd = std::stoi(path.substr(path.rfind('/') + 1));
  FUZZ_CHECK(ftruncate(fd, 0) == 0);
  FUZZ_CHECK(pwrite(fd, data, size, 0) == static_cast<ssize_t>(size));

  extractor::Options options;
  // Checked between pages; -timeout catches a single page that never ends.
  options.time_limit = std::chrono::milliseconds(2000);
  // OCR costs Tesseract seconds a page, which would leave a few runs a minute
  // (and trip -timeout); its glue is tested on real scans in ocr_scanned_pages_test.
  options.ocr = extractor::OcrMode::Never;
  const corpus::AnalysisResult r = corpus::analyse(path, shipped_rules(), options);
  if (const auto* e = std::get_if<extractor::Error>(&r))
    FUZZ_CHECK(!e->message().empty());
  else
    check(std::get<corpus::Analysis>(r));
  return 0;
}
