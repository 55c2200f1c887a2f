// One pass over a unit for all rules of its kind (RE2::Set): most units match
// no rule, and ~180 rules each scanning every sentence with its own DFA was a
// quarter of a worker's time. The set only says which rules can match a unit;
// each of those then runs as before, so findings are the same.
#pragma once

#include <re2/set.h>

#include <atomic>
#include <memory>
#include <mutex>
#include <string_view>
#include <vector>

#include "gransk/rules/rules.h"

namespace gransk::rules::detail {

class Prefilter {
 public:
  // Built from the rules as loaded; nullptr when a set cannot be compiled.
  static std::shared_ptr<const Prefilter> build(const std::vector<Rule>& rules);

  // True when it was built from exactly these rules (a caller may have added
  // or changed rules since load_rules): otherwise it must not be used.
  bool fits(const std::vector<Rule>& rules) const;

  // For each rule of `unit`'s kind, whether its pattern matches `text`
  // somewhere: `hits[r]` for rule index r. False when the set could not say
  // (its DFA ran out of memory): then every rule must be asked itself.
  bool matching(Unit unit, std::string_view text, std::vector<char>& hits) const;

 private:
  struct ForUnit {
    std::unique_ptr<RE2::Set> set;
    std::vector<size_t> rule_of;  // set index -> rule index
  };
  std::vector<const RE2*> patterns_;  // each rule's compiled pattern, to check fits()
  std::vector<ForUnit> by_unit_;      // indexed by Unit
};

// The sets cost more to build (and their automaton to warm up) than one
// document gains from them: `gransk extract one.pdf` matched 50 ms slower with
// them. So they are built once a process has matched enough documents with
// the same rules to win it back (an ingest's workers); shared by copies of
// the RuleSet, and safe to ask from several threads.
class LazyPrefilter {
 public:
  static constexpr int kDocumentsBefore = 16;
  // The prefilter for this document, or nullptr: not yet worth it, not
  // buildable, or `rules` are no longer the ones loaded.
  const Prefilter* for_document(const std::vector<Rule>& rules);
  // Builds it now (tests, and a caller that knows a batch is coming); from
  // then on every document gets it.
  const Prefilter* build_now(const std::vector<Rule>& rules);

 private:
  std::atomic<int> documents_{0};
  std::atomic<bool> ready_{false};  // built (build_now or the batch's)
  std::once_flag once_;
  std::shared_ptr<const Prefilter> built_;
};

}  // namespace gransk::rules::detail
