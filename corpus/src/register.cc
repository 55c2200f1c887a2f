#include "gransk/corpus/register.h"

#include <re2/re2.h>

#include <algorithm>
#include <cstdlib>
#include <map>
#include <memory>
#include <set>
#include <sstream>
#include <unordered_map>

#include "gransk/nlp/nlp.h"
#include "register_data.h"

namespace gransk::corpus {
namespace {

// Words that carry no meaning of their own in a recommendation.
const std::set<std::string, std::less<>>& stop_words() {
  static const std::set<std::string, std::less<>> w = {
      "att", "och",  "som",  "för",  "av",    "i",   "på",   "med",  "till",  "om",    "de",
      "det", "den",  "ett",  "en",   "är",    "ska", "bör",  "har",  "vid",   "samt",  "kring",
      "så",  "från", "inom", "även", "eller", "sin", "sina", "sitt", "deras", "detta", "dessa"};
  return w;
}

// Linking compares each earlier recommendation with many candidates, and the
// same texts recur across follow-ups: each text is analysed once per thread.
// Returned by value: the memo may be cleared by a later call.
template <typename Analyse>
std::vector<std::string> memoised(std::string_view text, Analyse analyse) {
  thread_local std::unordered_map<std::string, std::vector<std::string>> memo;
  if (memo.size() > 100000) memo.clear();  // a long-running server stays bounded
  auto it = memo.find(std::string(text));
  if (it == memo.end()) it = memo.emplace(std::string(text), analyse(text)).first;
  return it->second;
}

std::vector<std::string> analyse_content(std::string_view text) {
  thread_local nlp::Stemmer stemmer;
  std::vector<std::string> out;
  for (const nlp::Token& t : nlp::tokenize(nlp::normalize(text))) {
    if (t.numeric || stop_words().count(t.folded)) continue;
    out.push_back(stemmer.stem(t.folded));
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

// The subject words of an audit's title, compounds opened up: "Granskning av
// informationssäkerhetsarbetet" and "granskning av informationssäkerhet" share
// "information" and "säkerhet"; the generic "granskning" does not count.
std::vector<std::string> analyse_topic(std::string_view title) {
  static const std::set<std::string, std::less<>> generic = {
      "granskning", "uppföljning",   "uppföljande", "revisionsrapport", "rapport",
      "förstudie",  "grundläggande", "kommunens",   "kommunstyrelsens", "arbete",
      "arbetet",    "svar",          "yttrande"};
  thread_local nlp::Stemmer stemmer;
  const nlp::CompoundSplitter& splitter = nlp::CompoundSplitter::shared();
  std::vector<std::string> out;
  for (const nlp::Token& t : nlp::tokenize(nlp::normalize(title))) {
    if (t.numeric || stop_words().count(t.folded) || generic.count(t.folded)) continue;
    const std::vector<std::string> parts = splitter.split(t.folded);
    if (parts.empty()) out.push_back(stemmer.stem(splitter.base_form(t.folded)));
    for (const std::string& p : parts)
      if (!generic.count(p)) out.push_back(stemmer.stem(p));
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

std::vector<std::string> content_stems(std::string_view text) {
  return memoised(text, analyse_content);
}
std::vector<std::string> topic_words(std::string_view title) {
  return memoised(title, analyse_topic);
}

std::vector<std::pair<std::string, std::string>> read_tsv(std::string_view tsv) {
  std::vector<std::pair<std::string, std::string>> out;
  std::istringstream in{std::string(tsv)};
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') continue;
    const size_t tab = line.find('\t');
    if (tab == std::string::npos) continue;
    out.emplace_back(line.substr(0, tab), line.substr(tab + 1));
  }
  return out;
}

struct CompiledTheme {
  std::string name;
  std::unique_ptr<RE2> pattern;
};

const std::vector<CompiledTheme>& compiled_themes() {
  static const std::vector<CompiledTheme> themes = [] {
    std::vector<CompiledTheme> out;
    for (auto& [name, written] : read_tsv(kThemesTsv)) {
      // RE2's \b knows only ASCII letters, so "\bäldreomsorg" never matched
      // after a space: a leading \b means "not after a letter" here.
      std::string pattern = written;
      if (pattern.rfind("\\b", 0) == 0) pattern = "(?:^|[^\\pL\\pN])" + pattern.substr(2);
      auto re = std::make_unique<RE2>(pattern, RE2::Quiet);
      if (re->ok()) out.push_back({name, std::move(re)});
    }
    return out;
  }();
  return themes;
}

const std::map<std::string, std::string, std::less<>>& supines() {
  static const std::map<std::string, std::string, std::less<>> m = [] {
    std::map<std::string, std::string, std::less<>> out;
    for (auto& [inf, sup] : read_tsv(kSupinesTsv)) out.emplace(inf, sup);
    return out;
  }();
  return m;
}

// "införa" -> "infört"; nullopt if the word does not look like an infinitive.
std::optional<std::string> supine_of(std::string_view verb) {
  if (const auto it = supines().find(verb); it != supines().end()) return it->second;
  if (verb.size() > 3 && verb.back() == 'a') return std::string(verb) + "t";
  return std::nullopt;
}

bool is_particle(std::string_view w) {
  static const std::set<std::string_view> p = {"över", "upp", "fram", "in", "ut", "till", "om"};
  return p.count(w) > 0;
}

std::vector<std::string> split_words(const std::string& s) {
  std::vector<std::string> out;
  std::istringstream in(s);
  for (std::string w; in >> w;) out.push_back(w);
  return out;
}

std::string join_words(const std::vector<std::string>& w, size_t from, size_t to) {
  std::string out;
  for (size_t i = from; i < to && i < w.size(); ++i) {
    if (!out.empty()) out += ' ';
    out += w[i];
  }
  return out;
}

}  // namespace

std::string status_key(RecommendationStatus s) {
  switch (s) {
    case RecommendationStatus::Open:
      return "oppen";
    case RecommendationStatus::Partly:
      return "delvis";
    case RecommendationStatus::Resolved:
      return "atgardad";
    case RecommendationStatus::NotResolved:
      return "ej-atgardad";
  }
  return "oppen";
}

std::string status_label(RecommendationStatus s) {
  switch (s) {
    case RecommendationStatus::Open:
      return "öppen";
    case RecommendationStatus::Partly:
      return "delvis";
    case RecommendationStatus::Resolved:
      return "åtgärdad";
    case RecommendationStatus::NotResolved:
      return "ej åtgärdad";
  }
  return "öppen";
}

std::optional<RecommendationStatus> status_from_text(std::string_view text) {
  std::string t = nlp::fold_case(text);
  std::replace(t.begin(), t.end(), '-', ' ');
  std::replace(t.begin(), t.end(), '_', ' ');
  static const std::map<std::string, RecommendationStatus, std::less<>> m = {
      {"oppen", RecommendationStatus::Open},
      {"öppen", RecommendationStatus::Open},
      {"delvis", RecommendationStatus::Partly},
      {"atgardad", RecommendationStatus::Resolved},
      {"åtgärdad", RecommendationStatus::Resolved},
      {"ej atgardad", RecommendationStatus::NotResolved},
      {"ej åtgärdad", RecommendationStatus::NotResolved}};
  if (const auto it = m.find(t); it != m.end()) return it->second;
  return std::nullopt;
}

std::optional<RecommendationStatus> status_from_followup(std::string_view verdict) {
  if (verdict == "ja") return RecommendationStatus::Resolved;
  if (verdict == "delvis") return RecommendationStatus::Partly;
  if (verdict == "nej") return RecommendationStatus::NotResolved;
  return std::nullopt;
}

bool is_resolved(RecommendationStatus s) { return s == RecommendationStatus::Resolved; }

std::string organisation_key(std::string_view name, std::string_view code) {
  if (!code.empty()) return std::string(code);
  return nlp::fold_case(nlp::normalize(name));
}

namespace {
// Dice overlap of two sorted word sets.
double dice(const std::vector<std::string>& a, const std::vector<std::string>& b) {
  if (a.empty() || b.empty()) return 0;
  size_t common = 0;
  for (auto i = a.begin(), j = b.begin(); i != a.end() && j != b.end();) {
    if (*i < *j) {
      ++i;
    } else if (*j < *i) {
      ++j;
    } else {
      ++common, ++i, ++j;
    }
  }
  return 2.0 * static_cast<double>(common) / static_cast<double>(a.size() + b.size());
}
}  // namespace

double recommendation_similarity(std::string_view a, std::string_view b) {
  return dice(content_stems(a), content_stems(b));
}

double subject_similarity(std::string_view title_a, std::string_view title_b) {
  return dice(topic_words(title_a), topic_words(title_b));
}

std::vector<LinkChoice> link_followups(const std::vector<std::string>& earlier,
                                       std::optional<int> followed_year,
                                       std::string_view followed_title,
                                       const std::vector<LinkCandidate>& candidates) {
  struct Pair {
    double score;
    size_t e, c;
  };
  std::vector<Pair> pairs;
  const std::vector<std::string> followed_topic = topic_words(followed_title);
  std::vector<std::vector<std::string>> earlier_words;  // analysed once, not per pair
  for (const std::string& e : earlier) earlier_words.push_back(content_stems(e));
  for (size_t c = 0; c < candidates.size(); ++c) {
    // The audit the follow-up names lends its recommendations a little weight;
    // a different year, or a different title, takes some away.
    // A recommendation from years before the audit the follow-up names is
    // another recommendation, however alike; a year off is a dating slip.
    double prior = 0;
    if (followed_year && candidates[c].year) {
      const int off = std::abs(*candidates[c].year - *followed_year);
      if (off >= 2) continue;
      prior += off == 0 ? 0.1 : -0.1;
    }
    // The subject the follow-up names ("it-säkerhet") against the candidate's
    // report title: the same subject counts for it, none in common against.
    if (!followed_topic.empty() && !candidates[c].report_title.empty()) {
      const std::vector<std::string> t = topic_words(candidates[c].report_title);
      if (!t.empty()) prior += dice(followed_topic, t) == 0 ? -0.1 : 0.05;
    }
    const std::vector<std::string> words = content_stems(candidates[c].text);
    for (size_t e = 0; e < earlier.size(); ++e) {
      const double alike = dice(earlier_words[e], words);
      const double s = alike + prior;
      if (alike >= kLinkThreshold - 0.1 && s >= kLinkThreshold)
        pairs.push_back({std::min(1.0, s), e, c});
    }
  }
  std::stable_sort(pairs.begin(), pairs.end(),
                   [](const Pair& x, const Pair& y) { return x.score > y.score; });
  std::vector<LinkChoice> out(earlier.size());
  std::vector<bool> taken(candidates.size(), false);
  for (const Pair& p : pairs) {
    if (out[p.e].candidate >= 0 || taken[p.c]) continue;
    out[p.e] = {static_cast<int>(p.c), p.score};
    taken[p.c] = true;
  }
  return out;
}

std::string followup_question(std::string_view recommendation, std::string_view board) {
  std::string text = nlp::normalize(recommendation);
  static const RE2 see_section(R"(,?\s*\(?se (?:avsnitt|kapitel|bilaga)\b.*$)");
  static const RE2 lead_in(
      R"(^(?:[Vv]i rekommenderar (?:\pL+ )?att |\p{Lu}\pL+(?: \pL+)? (?:bör|ska|behöver|rekommenderas)(?: att)? |[Aa]tt ))");
  static const RE2 alternatives(R"((\pL+)/\pL+)");
  RE2::Replace(&text, see_section, "");
  RE2::Replace(&text, lead_in, "");
  RE2::GlobalReplace(&text, alternatives, "\\1");
  // The first sentence, and of it the main clause: the question is about the
  // action, not the reasons given for it.
  if (const size_t stop = text.find(". "); stop != std::string::npos) text.resize(stop);
  while (!text.empty() && (text.back() == '.' || text.back() == ' ')) text.pop_back();
  std::vector<std::string> w = split_words(text);
  static const std::set<std::string_view> clause_starts = {"som", "vilket", "så"};
  for (size_t i = 3; i < w.size(); ++i) {
    const bool comma = !w[i - 1].empty() && (w[i - 1].back() == ',' || w[i - 1].back() == ';');
    const bool purpose = w[i] == "för" && i + 1 < w.size() && w[i + 1] == "att";
    if (comma) {
      w[i - 1].pop_back();
      w.resize(i);
      break;
    }
    if (clause_starts.count(w[i]) || purpose) {
      w.resize(i);
      break;
    }
  }
  const std::string who = board.empty() ? std::string("nämnden") : std::string(board);
  if (w.empty()) return "Har " + who + " åtgärdat rekommendationen?";
  const std::string first = nlp::fold_case(w[0]);
  const std::optional<std::string> supine = supine_of(first);
  if (!supine) return "Har " + who + " åtgärdat rekommendationen ”" + text + "”?";
  w[0] = *supine;
  // Every verb the first is joined to takes the supine too: "se över och
  // säkerställa …", "utse systemägare och tydliggöra deras ansvar" (not "…
  // utsett systemägare och tydliggöra …"). Right after the first verb a
  // word ending in -era counts; further on only a verb of the list, so that
  // "och rutinerna" stays a noun.
  size_t next = 1;
  if (next < w.size() && is_particle(w[next])) ++next;
  for (size_t i = 1; i + 1 < w.size(); ++i) {
    if (w[i] != "och" && w[i] != "samt") continue;
    const std::string verb = nlp::fold_case(w[i + 1]);
    const bool known = supines().count(verb) > 0;
    const bool era = i == next && verb.size() > 4 && verb.compare(verb.size() - 3, 3, "era") == 0;
    if (known || era) w[i + 1] = *supine_of(verb);
  }
  return "Har " + who + " " + join_words(w, 0, w.size()) + "?";
}

const std::vector<std::string>& theme_names() {
  static const std::vector<std::string> names = [] {
    std::vector<std::string> out;
    for (const CompiledTheme& t : compiled_themes()) out.push_back(t.name);
    return out;
  }();
  return names;
}

std::vector<std::string> themes_of(std::string_view text) {
  const std::string folded = nlp::fold_case(nlp::normalize(text));
  std::vector<std::string> out;
  for (const CompiledTheme& t : compiled_themes())
    if (RE2::PartialMatch(folded, *t.pattern)) out.push_back(t.name);
  return out;
}

std::optional<std::string> theme_named(std::string_view written) {
  const std::string w = nlp::fold_case(nlp::normalize(written));
  if (w.empty()) return std::nullopt;
  for (const std::string& n : theme_names())
    if (n == w) return n;
  for (const std::string& n : theme_names())
    if (n.rfind(w, 0) == 0) return n;
  for (const std::string& n : theme_names())
    if (n.find(w) != std::string::npos) return n;
  return std::nullopt;
}

}  // namespace gransk::corpus
