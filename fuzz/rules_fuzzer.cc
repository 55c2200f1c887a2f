// Fuzzed report text -> clean document -> the shipped rules -> report ->
// archive record: what `ingest` does after the PDF is read. Findings must
// point inside the clean text; every step must finish on any text.
#include <cstdint>
#include <string_view>

#include "check.h"
#include "document_from_text.h"
#include "gransk/corpus/report.h"
#include "gransk/index/report_record.h"

namespace {

using namespace gransk;

const rules::RuleSet& shipped_rules() {
  static const rules::RuleSet r = [] {
    rules::RuleSet set = rules::load_rules({GRANSK_FUZZ_RULES_DIR});
    FUZZ_CHECK(set.errors.empty() && !set.rules.empty());
    return set;
  }();
  return r;
}

void check_span(const nlp::CleanDocument& c, nlp::Span s) {
  FUZZ_CHECK(s.begin <= s.end && s.end <= c.text.size());
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  const rules::RuleSet& rules = shipped_rules();
  const extractor::Document doc = fuzz::document_from_text(text);
  const nlp::CleanDocument clean = nlp::clean(doc);
  for (const nlp::CleanBlock& b : clean.blocks) check_span(clean, b.span);
  for (const nlp::Span& s : clean.sentences) check_span(clean, s);
  for (const nlp::CleanSection& s : clean.sections) check_span(clean, s.span);

  const std::vector<rules::Finding> findings = rules::match(rules, clean);
  for (const rules::Finding& f : findings) {
    check_span(clean, f.span);
    for (const rules::Field& field : f.fields) check_span(clean, field.span);
    FUZZ_CHECK(f.block >= -1 && f.block < static_cast<int>(clean.blocks.size()));
    FUZZ_CHECK(f.section >= 0 && f.section < static_cast<int>(clean.sections.size()));
  }
  corpus::Analysis a;
  a.document = doc;
  a.clean = clean;
  a.findings = findings;
  a.report = corpus::build_report(doc, clean, rules, findings);
  const index::ReportRecord record = index::record_of(a);
  index::ReportRecord back;
  FUZZ_CHECK(index::decode(index::encode(record), back));  // the worker-to-parent pipe

  rules::grade_verdict(rules, text, true);
  rules::verdict_of(rules, text);
  if (!clean.text.empty())
    rules::explain_miss(rules, clean, {0, std::min<size_t>(clean.text.size(), 200)}, "verdict");
  return 0;
}
