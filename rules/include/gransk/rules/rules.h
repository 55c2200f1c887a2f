// Rule files (TOML) and the matcher: clean document -> findings with provenance.
// A rule says what it tags, which units of the document it reads (sentences,
// blocks, list items after a lead-in, headings, tables), where (a section
// heading pattern), and an RE2 pattern whose named groups become the finding's
// fields. See rules/README.md for the file format.
#pragma once

#include <map>
#include <memory>
#include <string>
#include <vector>

#include "gransk/nlp/nlp.h"

namespace re2 {
class RE2;
}

namespace gransk::rules {

enum class Unit { Sentence, Block, ListItem, Heading, Table, Document };

struct Example {
  std::string text;
  bool should_match = true;
  std::string expect;  // if set: the `text` group (or whole match) must equal it
  int line = 0;
};

struct Rule {
  std::string id, tag, file;
  int line = 0;
  Unit unit = Unit::Sentence;
  std::string pattern, section, lead_in, unless, value;
  // Tables: the first row must match `header`; the pattern then reads the
  // rows after it ("Revisionsfråga\tBedömning" heads a question table).
  std::string header;
  int priority = 0;
  // How sure a hit of this rule is, 0–1 (default 0.8): a verdict cell in a
  // question table is surer than a verdict read from prose.
  double confidence = 0.8;
  int max_page = 0;  // only units on the first N pages (0 = all)
  // Only the first block right under a heading that itself matches `section`.
  bool first_in_section = false;
  std::vector<Example> examples;
  std::shared_ptr<const re2::RE2> re, section_re, lead_in_re, unless_re, header_re;
};

// The graded verdict vocabulary (`[verdict_lexicon]` in rules/data/verdicts.toml):
// phrases that carry a verdict in a table cell, an answer line or assessment prose.
struct VerdictLexicon {
  std::vector<std::string> ja, delvis, nej;  // degree phrases: "i allt väsentligt", "till viss del"
  std::vector<std::string> negation;         // "inte", "ej", "icke"
  std::vector<std::string> completeness;     // "helt", "fullt ut": negated, they mean delvis
  std::vector<std::string> lacking;          // "saknas", "brister": nej unless graded otherwise
  std::vector<std::string> affirmed;         // "inga brister": negated lack, ja
  std::vector<std::string> adequate;         // "ändamålsenlig": ja after lack words
  std::vector<std::string> unrated;          // "ej tillämpligt": no verdict at all
  std::vector<std::string> contrast;         // "men", "dock": a reservation follows
  std::vector<std::string> reservation;      // "behöver", "bör": what still needs work
};

// "rules/core.toml:42: …" — what a rule author needs to fix it.
struct RuleError {
  std::string file;
  int line = 0;
  std::string message;
  std::string text() const;
};

struct RuleSet {
  std::vector<Rule> rules;
  // [verdict_scale] of the rule files: a label as written (lower case) -> ja | delvis | nej.
  std::map<std::string, std::string> verdict_scale;
  VerdictLexicon lexicon;
  // [words] of the rule files: named word lists a pattern uses as {{name}}.
  std::map<std::string, std::vector<std::string>> words;
  // [patterns] of the rule files: named regular-expression fragments a pattern
  // uses as {{name}} ("board": how a board is named), themselves using others.
  std::map<std::string, std::string> patterns;
  std::vector<RuleError> errors;  // files or rules that could not be loaded
};

// The rules shipped with Gransk (GRANSK_RULES_DIR, or the source tree's rules/data).
std::string default_rules_dir();
// Loads every *.toml in the directories, in order; later files may add rules.
RuleSet load_rules(const std::vector<std::string>& dirs);
// Runs every rule's inline examples; one error per failing example.
std::vector<RuleError> check_examples(const RuleSet& rules);

struct Field {
  std::string name, text;
  nlp::Span span;
};

struct Finding {
  std::string rule_id, tag, value;
  int priority = 0;
  double confidence = 0.8;
  int page = 0;
  nlp::Span span;    // of the main text (group `text`, else the whole match)
  std::string text;  // normalised main text
  std::vector<Field> fields;
  int block = -1;   // index into CleanDocument::blocks
  int row = -1;     // table row, for findings from tables
  int section = 0;  // index into CleanDocument::sections
  const Field* field(const std::string& name) const;
};

// "Delvis uppfylld", "inte hörsammats." -> "delvis", "nej"; empty if not a verdict.
std::string verdict_of(const RuleSet& rules, std::string_view label);

struct GradedVerdict {
  std::string verdict;  // ja | delvis | nej, empty if the text carries none
  double confidence = 0;
};
// A verdict from any wording: a label of the scale (sure), else the lexicon's
// degree, negation and lack words. `prose`: an assessment sentence with no such
// word is read as ja ("Vi bedömer att nämnden har säkerställt …"), less surely.
GradedVerdict grade_verdict(const RuleSet& rules, std::string_view text, bool prose);

// For `gransk eval -v`: why no rule of `tag` found the text at `span` — the rule
// whose pattern matched but a condition did not, or that none applied.
std::string explain_miss(const RuleSet& rules, const nlp::CleanDocument& doc, nlp::Span span,
                         const std::string& tag);

// All findings of all rules, in document order.
std::vector<Finding> match(const RuleSet& rules, const nlp::CleanDocument& doc);

// Each rule's own matching time on `doc`, in seconds, in rule order (what
// `gransk rules check` reports, so one costly pattern is seen).
std::vector<double> rule_seconds(const RuleSet& rules, const nlp::CleanDocument& doc);

}  // namespace gransk::rules
