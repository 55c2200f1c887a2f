// Small readings of findings and text the report builder's files share: where
// a finding stands, its filled-in value, the best of a tag, labels, dates.
#include <re2/re2.h>

#include <algorithm>
#include <array>
#include <cstdio>

#include "report_internal.h"

namespace gransk::corpus {
namespace detail {

// Words separated by single spaces, as rule texts are.
std::vector<std::string> split_words(const std::string& s) {
  std::vector<std::string> out;
  size_t start = 0;
  for (size_t i = 0; i <= s.size(); ++i)
    if (i == s.size() || s[i] == ' ') {
      if (i > start) out.push_back(s.substr(start, i - start));
      start = i + 1;
    }
  return out;
}

Provenance where(const Finding& f) { return {f.rule_id, f.page, f.span, f.confidence}; }

// A status that says what it is the status of: an audit or its recommendations.
bool names_earlier_work(const std::string& text) {
  static const RE2 re(R"((?i)\b(?:granskning|rekommendation|revisorernas|åtgärdsförslag)\w*)");
  return RE2::PartialMatch(text, re);
}

bool in_list_item(const nlp::CleanDocument& clean, const Finding& f) {
  return f.block >= 0 &&
         clean.blocks[static_cast<size_t>(f.block)].kind == extractor::BlockKind::ListItem;
}

// "Samlad bedömning", "Sammanfattning": where a follow-up judges itself as a whole.
bool in_summary(const nlp::CleanDocument& clean, const Finding& f) {
  static const RE2 re(R"((?i)samlad|sammanfatt|slutsats|övergripande|helhet)");
  return f.section > 0 && static_cast<size_t>(f.section) < clean.sections.size() &&
         RE2::PartialMatch(clean.sections[static_cast<size_t>(f.section)].title, re);
}

// "Säkerställa att … Status: Åtgärdad." on one line: the earlier
// recommendation's text ends where its status begins.
void end_before_status(FollowUp& x, const Finding& status, const nlp::CleanDocument& clean) {
  const nlp::Span item = x.where.span;
  if (status.span.begin <= item.begin || status.span.begin >= item.end) return;
  const size_t cut = status.span.begin - item.begin;
  std::string& t = x.earlier_recommendation;
  if (cut >= t.size() || t.compare(0, cut, clean.text, item.begin, cut) != 0) return;
  t.resize(cut);
  while (!t.empty() && std::isspace(static_cast<unsigned char>(t.back()))) t.pop_back();
  x.where.span.end = item.begin + t.size();
}

// "… utifrån genomförd granskning av …": which audit, not just "rekommendationen".
bool names_an_audit(const std::string& text) {
  static const RE2 re(R"((?i)\bgranskning(?:en)? (?:av|från|år|om)\b)");
  return RE2::PartialMatch(text, re);
}

std::string filled_value(const Finding& f) {
  if (f.value.empty()) return f.text;
  std::string out = f.value;
  auto fill = [&](const std::string& name, const std::string& text) {
    const std::string key = "{" + name + "}";
    for (size_t p; (p = out.find(key)) != std::string::npos;) out.replace(p, key.size(), text);
  };
  for (const rules::Field& field : f.fields) fill(field.name, field.text);
  fill("text", f.text);
  return out;
}

// Best finding of a tag: highest priority, then earliest.
const Finding* best(const std::vector<const Finding*>& fs) {
  const Finding* b = nullptr;
  for (const Finding* f : fs)
    if (!b || f->priority > b->priority) b = f;
  return b;
}

std::vector<const Finding*> of_tag(const std::vector<Finding>& fs, const std::string& tag,
                                   int max_page) {
  std::vector<const Finding*> out;
  for (const Finding& f : fs)
    if (f.tag == tag && (max_page == 0 || f.page <= max_page)) out.push_back(&f);
  return out;
}

std::string capitalised(std::string s) {
  if (!s.empty() && s[0] >= 'a' && s[0] <= 'z') s[0] = static_cast<char>(s[0] - 32);
  return s;
}

std::string lower(std::string_view s) { return nlp::fold_case(s); }

std::string without_question_label(const std::string& text) {
  // "Delfråga 2: Finns …?", "Revisionsfråga 1 Finns …?", "K3. Har …?", "RF2: …".
  static const RE2 label(
      "(?i)^(?:(?:revisions|del|kontroll|gransknings)?fråga|kontrollmål)\\s*\\d{1,2}\\s*[:.]?\\s+"
      "|^(?-i:[A-ZÅÄÖ]{1,3})\\d{1,2}[:.]\\s+");
  re2::StringPiece rest(text);
  if (RE2::Consume(&rest, label) && !rest.empty()) return std::string(rest);
  return text;
}

}  // namespace detail

bool is_audit_type(const std::string& t) {
  return t != "annat" && t != "svar på revisionsrapport" && t != "revisionsberättelse";
}

std::optional<std::string> parse_swedish_date(std::string_view text, int default_year) {
  static const std::array<const char*, 12> months = {
      "januari", "februari", "mars",      "april",   "maj",      "juni",
      "juli",    "augusti",  "september", "oktober", "november", "december"};
  std::vector<std::string> w = detail::words_of(text);
  if (w.size() == 3 && w[0].size() == 4 && w[1].size() == 2 && w[2].size() == 2)
    return w[0] + "-" + w[1] + "-" + w[2];  // 2019-09-03
  if (w.size() == 2 && default_year > 0) w.push_back(std::to_string(default_year));
  if (w.size() != 3) return std::nullopt;
  const auto m = std::find(months.begin(), months.end(), w[1]);
  if (m == months.end() || w[2].size() != 4) return std::nullopt;
  const int day = std::atoi(w[0].c_str());
  if (day < 1 || day > 31) return std::nullopt;
  char buf[16];
  std::snprintf(buf, sizeof buf, "%s-%02d-%02d", w[2].c_str(),
                static_cast<int>(m - months.begin()) + 1, day);
  return std::string(buf);
}

}  // namespace gransk::corpus
