#include "gransk/corpus/analysis.h"

namespace gransk::corpus {

AnalysisResult analyse(const std::string& pdf, const rules::RuleSet& rules,
                       const extractor::Options& options) {
  extractor::Result r = extractor::extract(pdf, options);
  if (!r.ok()) return r.error();
  Analysis a;
  a.document = std::move(r.document());
  a.clean = nlp::clean(a.document);
  a.findings = rules::match(rules, a.clean);
  a.report = build_report(a.document, a.clean, rules, a.findings);
  return a;
}

}  // namespace gransk::corpus
