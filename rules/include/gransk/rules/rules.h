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
  int priority = 0;
  // Only the first block right under a heading that itself matches `section`.
  bool first_in_section = false;
  std::vector<Example> examples;
  std::shared_ptr<const re2::RE2> re, section_re, lead_in_re, unless_re;
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

// All findings of all rules, in document order.
std::vector<Finding> match(const RuleSet& rules, const nlp::CleanDocument& doc);

}  // namespace gransk::rules
