// The whole pipeline for one file: extract, clean, match rules, build the report.
#pragma once

#include <string>
#include <variant>

#include "gransk/corpus/report.h"
#include "gransk/extractor/extractor.h"

namespace gransk::corpus {

struct Analysis {
  extractor::Document document;
  nlp::CleanDocument clean;
  std::vector<rules::Finding> findings;
  Report report;
};

using AnalysisResult = std::variant<Analysis, extractor::Error>;

AnalysisResult analyse(const std::string& pdf, const rules::RuleSet& rules,
                       const extractor::Options& options = {});

}  // namespace gransk::corpus
