// A report as a revisor reads it: metadata, revisionsfrågor with verdicts,
// recommendations, follow-ups and response requests, each with where it was
// found (rule, page, byte span in the clean text). Field names follow the gold
// schema of ../shared/corpus/README.md.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "gransk/corpus/similarity.h"
#include "gransk/extractor/document.h"
#include "gransk/nlp/nlp.h"
#include "gransk/rules/rules.h"

namespace gransk::corpus {

struct Provenance {
  std::string rule_id;
  int page = 0;
  nlp::Span span;
  double confidence = 0.8;  // the rule's, times the verdict grading's where one was read
};

struct Question {
  std::string text;
  std::optional<std::string> assessment;  // ja | delvis | nej
  Provenance where;
  std::optional<Provenance> assessment_where;
};

struct Recommendation {
  std::string text;
  Provenance where;
};

struct FollowUp {
  std::string earlier_recommendation;
  std::string status;  // ja | delvis | nej
  Provenance where;
};

struct ResponseRequest {
  std::string text;
  std::optional<std::string> due;  // ISO date
  Provenance where;
};

struct Organisation {
  std::string name;                 // as written: "Skinnskattebergs kommun"
  std::string kind;                 // kommun, region, kommunalförbund, myndighet, bolag
  std::optional<std::string> code;  // kommunkod
};

struct Signatory {
  std::string name, role;
};

struct EarlierAudit {
  int year = 0;
  std::string title;
  Provenance where;
};

struct Report {
  std::optional<Organisation> organisation;
  std::optional<std::string> auditor;
  std::string report_type = "annat";
  std::optional<int> year;
  std::optional<std::string> date;
  std::optional<std::string> title;
  std::optional<std::string> addressee;
  std::optional<std::string> overall_assessment;
  std::optional<Provenance> overall_where;
  std::vector<Question> questions;
  std::vector<Recommendation> recommendations;
  std::vector<FollowUp> followups;
  std::optional<EarlierAudit> follows_up;
  std::vector<ResponseRequest> response_requests;
  std::vector<Signatory> signatories;
};

Report build_report(const extractor::Document& doc, const nlp::CleanDocument& clean,
                    const rules::RuleSet& rules, const std::vector<rules::Finding>& findings);

// "3 september 2019" -> "2019-09-03"; "2019-09-03" stays; nullopt if not a date.
// "15 mars" (no year) takes `default_year` when one is given.
std::optional<std::string> parse_swedish_date(std::string_view text, int default_year = 0);

// Kinds of document that are not audits: they quote an audit's findings but
// make none of their own (a board's answer, minutes, a plan, a survey).
bool is_audit_type(const std::string& report_type);

// text_similarity and its thresholds: similarity.h.

}  // namespace gransk::corpus
