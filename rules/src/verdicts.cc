// Verdicts from any wording: the scale's labels first, then the graded lexicon
// (degree, negation and lack words) of rules/data/verdicts.toml.
#include <algorithm>

#include "gransk/rules/rules.h"

namespace gransk::rules {
namespace {

bool letter_at(const std::string& s, size_t i) {
  const unsigned char c = static_cast<unsigned char>(s[i]);
  return std::isalnum(c) || c >= 0x80;
}

// The phrase as whole words of the folded text.
bool has_phrase(const std::string& text, const std::string& phrase) {
  for (size_t p = text.find(phrase); p != std::string::npos; p = text.find(phrase, p + 1)) {
    const size_t end = p + phrase.size();
    if ((p == 0 || !letter_at(text, p - 1)) && (end >= text.size() || !letter_at(text, end)))
      return true;
  }
  return false;
}

bool any_of(const std::string& text, const std::vector<std::string>& phrases) {
  return std::any_of(phrases.begin(), phrases.end(),
                     [&](const std::string& p) { return has_phrase(text, p); });
}

// "Delvis. Vi bedömer …", "Uppfyllt – rutiner finns": the label before the comment.
std::string leading_label(const RuleSet& set, std::string_view text) {
  const size_t cut = text.find_first_of(".:;,–(\n\t");
  if (cut == std::string_view::npos || cut == 0) return {};
  return verdict_of(set, text.substr(0, cut));
}

// "… har säkerställt en ändamålsenlig styrning, men att uppföljningen behöver
// utvecklas": a positive clause, a contrast word, and what still needs work.
// The clause before the contrast must judge positively by itself (a degree or
// adequacy word, or any unnegated prose judgement).
bool positive_with_reservation(const VerdictLexicon& lex, const std::string& t, bool prose) {
  for (const std::string& c : lex.contrast) {
    for (size_t p = t.find(c); p != std::string::npos; p = t.find(c, p + 1)) {
      const size_t end = p + c.size();
      if ((p > 0 && letter_at(t, p - 1)) || (end < t.size() && letter_at(t, end))) continue;
      const std::string head = t.substr(0, p), tail = t.substr(end);
      const bool head_negative = any_of(head, lex.negation) || any_of(head, lex.lacking);
      const bool head_positive =
          any_of(head, lex.affirmed) ||
          (!head_negative && (prose || any_of(head, lex.ja) || any_of(head, lex.adequate)));
      if (!head_positive) continue;
      if (any_of(tail, lex.reservation) || any_of(tail, lex.negation) ||
          any_of(tail, lex.lacking))
        return true;
    }
  }
  return false;
}

}  // namespace

GradedVerdict grade_verdict(const RuleSet& set, std::string_view text, bool prose) {
  if (std::string v = verdict_of(set, text); !v.empty()) return {v, 1.0};
  if (any_of(nlp::fold_case(nlp::normalize(text)), set.lexicon.unrated)) return {};
  // "Ja, delvis", "Ja, men inte fullt ut": the label qualified right after it.
  if (std::string v = leading_label(set, text); !v.empty()) {
    const std::string head = nlp::fold_case(nlp::normalize(text.substr(0, 40)));
    if (v == "ja" && any_of(head, set.lexicon.delvis)) return {"delvis", 0.9};
    if (v == "ja" &&
        positive_with_reservation(set.lexicon, nlp::fold_case(nlp::normalize(text)), true))
      return {"delvis", 0.85};
    return {v, 0.95};
  }
  const VerdictLexicon& lex = set.lexicon;
  const std::string t = nlp::fold_case(nlp::normalize(text));
  if (positive_with_reservation(lex, t, prose)) return {"delvis", 0.8};
  if (any_of(t, lex.affirmed)) return {"ja", 0.75};
  if (any_of(t, lex.nej)) return {"nej", 0.85};
  if (any_of(t, lex.delvis)) return {"delvis", 0.85};
  const bool negated = any_of(t, lex.negation);
  const bool complete = any_of(t, lex.completeness);
  const bool lacking = any_of(t, lex.lacking);
  if (negated && complete) return {"delvis", 0.75};  // "inte fullt ut", "ej helt"
  if (negated) return {"nej", 0.8};
  if (any_of(t, lex.ja)) return {"ja", 0.8};
  if (lacking) return {"nej", 0.75};
  if (any_of(t, lex.adequate)) return {"ja", 0.7};
  if (prose) return {"ja", 0.6};
  return {};
}

}  // namespace gransk::rules
