// Scoring a report against a gold file (../shared/corpus/README.md's schema).
#pragma once

#include <QJsonObject>
#include <string>
#include <vector>

#include "gransk/corpus/report.h"

namespace gransk::corpus {

struct Score {
  int gold_items = 0, found_items = 0,
      matched = 0;  // questions, recommendations, follow-ups, response requests
  int verdicts_right = 0, verdicts_total = 0;  // question verdicts, follow-up statuses, due dates
  int metadata_right = 0, metadata_total = 0;
  std::vector<std::string> differences;  // Swedish, one line each: what to look at
  struct Miss {
    std::string tag, text;  // rule tag ("question", …) and the gold text not found
    size_t difference = 0;  // index into differences
  };
  std::vector<Miss> misses;

  double precision() const { return found_items ? double(matched) / found_items : 1.0; }
  double recall() const { return gold_items ? double(matched) / gold_items : 1.0; }
  double f1() const {
    const double p = precision(), r = recall();
    return p + r > 0 ? 2 * p * r / (p + r) : 0.0;
  }
  double verdicts() const { return verdicts_total ? double(verdicts_right) / verdicts_total : 1.0; }
  double metadata() const { return metadata_total ? double(metadata_right) / metadata_total : 1.0; }
  Score& operator+=(const Score& o);
};

// What is wrong with a gold file by the schema (../shared/corpus/README.md), in
// Swedish, or "" when it can be scored. An empty object is wrong: it would
// score every report as perfect.
std::string gold_problem(const QJsonObject& gold);

// Texts match when most of their words are shared (text_similarity >= 0.75).
Score evaluate(const Report& report, const QJsonObject& gold);

// For each miss, where the gold text stands in the document and which rule came
// closest (rules::explain_miss); appended to its line in `differences`.
void explain_misses(Score& score, const nlp::CleanDocument& doc, const rules::RuleSet& rules);

}  // namespace gransk::corpus
