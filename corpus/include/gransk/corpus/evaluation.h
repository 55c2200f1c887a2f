// Scoring a report against its gold answers (../shared/corpus/README.md's
// schema). The gold file is read (JSON) where the schema is written, in cli/
// report_json.cc; here it is plain structs.
#pragma once

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

// A gold file's answers. Text fields are "" where the file has null or nothing.
struct Gold {
  struct Item {
    std::string text, value;  // value: assessment, status or due date
  };
  std::vector<Item> questions, recommendations, followups, response_requests;
  // Neither required nor wrong to find: a multi-sentence point's first
  // sentence, the halves of a two-question cell, earlier audits a follow-up
  // lists without a status.
  std::vector<Item> optional_questions, optional_recommendations, optional_followups;
  std::string organisation_name, organisation_kind, organisation_code;
  std::string auditor, report_type, date, title, addressee, overall_assessment;
  int year = 0;
  std::vector<std::string> signatories;  // names
  bool has_follows_up = false;
  int follows_up_year = 0;
  std::string follows_up_title;
};

// Texts match when most of their words are shared (text_similarity >= 0.75).
Score evaluate(const Report& report, const Gold& gold);

// For each miss, where the gold text stands in the document and which rule came
// closest (rules::explain_miss); appended to its line in `differences`.
void explain_misses(Score& score, const nlp::CleanDocument& doc, const rules::RuleSet& rules);

}  // namespace gransk::corpus
