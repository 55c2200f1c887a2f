#include "prefilter.h"

namespace gransk::rules::detail {

namespace {
constexpr size_t kUnits = static_cast<size_t>(Unit::Document) + 1;
// A set of ~100 patterns needs more DFA memory than RE2's default 8 MiB gives
// one pattern; with too little, Match fails and every rule is asked itself.
constexpr int64_t kSetMemory = int64_t{64} << 20;
}  // namespace

std::shared_ptr<const Prefilter> Prefilter::build(const std::vector<Rule>& rules) {
  auto p = std::make_shared<Prefilter>();
  p->by_unit_.resize(kUnits);
  RE2::Options o;
  o.set_log_errors(false);
  o.set_max_mem(kSetMemory);
  for (size_t r = 0; r < rules.size(); ++r) {
    const Rule& rule = rules[r];
    p->patterns_.push_back(rule.re.get());
    if (!rule.re) return nullptr;
    ForUnit& u = p->by_unit_[static_cast<size_t>(rule.unit)];
    if (!u.set) u.set = std::make_unique<RE2::Set>(o, RE2::UNANCHORED);
    if (u.set->Add(rule.re->pattern(), nullptr) < 0) return nullptr;
    u.rule_of.push_back(r);
  }
  for (ForUnit& u : p->by_unit_)
    if (u.set && !u.set->Compile()) return nullptr;
  return p;
}

bool Prefilter::fits(const std::vector<Rule>& rules) const {
  if (rules.size() != patterns_.size()) return false;
  for (size_t r = 0; r < rules.size(); ++r)
    if (rules[r].re.get() != patterns_[r]) return false;
  return true;
}

bool Prefilter::matching(Unit unit, std::string_view text, std::vector<char>& hits) const {
  const ForUnit& u = by_unit_[static_cast<size_t>(unit)];
  hits.assign(patterns_.size(), 0);
  if (!u.set) return true;
  std::vector<int> matched;
  RE2::Set::ErrorInfo info;
  if (!u.set->Match(re2::StringPiece(text.data(), text.size()), &matched, &info) &&
      info.kind != RE2::Set::kNoError)
    return false;
  for (int i : matched) hits[u.rule_of[static_cast<size_t>(i)]] = 1;
  return true;
}

const Prefilter* LazyPrefilter::build_now(const std::vector<Rule>& rules) {
  std::call_once(once_, [&] {
    built_ = Prefilter::build(rules);
    ready_.store(true, std::memory_order_release);
  });
  return built_ && built_->fits(rules) ? built_.get() : nullptr;
}

const Prefilter* LazyPrefilter::for_document(const std::vector<Rule>& rules) {
  if (documents_.fetch_add(1, std::memory_order_relaxed) < kDocumentsBefore &&
      !ready_.load(std::memory_order_acquire))
    return nullptr;
  return build_now(rules);
}

}  // namespace gransk::rules::detail
