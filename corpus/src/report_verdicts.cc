// Verdicts placed by wording (issue 11): a report that lists its questions in
// the introduction and answers them in a chapter of prose ("När det gäller den
// första revisionsfrågan bedömer vi att …", "Inte heller när det gäller
// kontinuiteten …") links each answer to its question by ordinal or by the
// distinctive words it shares with one question only.
#include <re2/re2.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <map>
#include <set>

#include "report_internal.h"

namespace gransk::corpus::detail {
namespace {

// Words of five letters or more, by their first five letters (inflections
// meet: "följer", "följde"); letters, not bytes, so "följs" stays apart.
std::set<std::string> stems_of(const std::string& text) {
  std::set<std::string> out;
  for (const std::string& w : words_of(text)) {
    size_t letters = 0, cut = 0;
    for (size_t i = 0; i < w.size(); ++i)
      if ((static_cast<unsigned char>(w[i]) & 0xC0) != 0x80 && ++letters == 6) {
        cut = i;
        break;
      }
    if (letters < 5) continue;
    out.insert(cut ? w.substr(0, cut) : w);
  }
  return out;
}

// The sentence a finding stands in: a verdict's own text may be only its tail.
std::string sentence_of(const nlp::CleanDocument& clean, const Finding& f) {
  for (const nlp::Span& s : clean.sentences)
    if (s.begin <= f.span.begin && f.span.begin < s.end)
      return clean.text.substr(s.begin, s.end - s.begin);
  return f.text;
}

// "den första revisionsfrågan", "delfråga 3": the question's index, or -1.
int named_question(const std::string& text) {
  static const std::array<const char*, 8> ordinals = {"första", "andra",  "tredje", "fjärde",
                                                      "femte",  "sjätte", "sjunde", "åttonde"};
  static const RE2 ordinal_question(
      "(?i)\\b(första|andra|tredje|fjärde|femte|sjätte|sjunde|åttonde) "
      "(?:revisionsfråg|delfråg|kontrollfråg|fråg)");
  static const RE2 numbered_question("(?i)\\b(?:revisionsfråga|delfråga|kontrollfråga) (\\d)\\b");
  std::string word;
  int number = 0;
  if (RE2::PartialMatch(text, ordinal_question, &word)) {
    const std::string w = lower(word);
    for (size_t i = 0; i < ordinals.size(); ++i)
      if (w == ordinals[i]) return static_cast<int>(i);
  }
  if (RE2::PartialMatch(text, numbered_question, &number)) return number - 1;
  return -1;
}

struct Candidate {
  const Finding* f;
  rules::GradedVerdict g;
  size_t question;
  int shared;
};

// A judgement outside any answer chapter answers a question only when it
// restates that one question nearly word for word: "Vår bedömning är att
// socialnämnden i huvudsak har fastställt mål och riktlinjer för hemtjänsten
// som är kända i verksamheten" for the kontrollfråga "Socialnämnden har
// fastställt mål och riktlinjer …". A theme's "Bedömning" shares a few words
// with a question, not 70 % of them.
void restating(const Finding* f, const rules::GradedVerdict& g,
               const std::vector<Question>& questions, std::vector<Candidate>& out) {
  const std::set<std::string> said = stems_of(f->text);
  int best = -1, best_shared = 0;
  bool tie = false;
  for (size_t q = 0; q < questions.size(); ++q) {
    const std::set<std::string> asked = stems_of(questions[q].text);
    int shared = 0;
    for (const std::string& w : asked) shared += said.count(w) ? 1 : 0;
    if (shared < 3 || shared * 10 < 7 * static_cast<int>(asked.size())) continue;
    if (shared > best_shared) {
      best = static_cast<int>(q);
      best_shared = shared;
      tie = false;
    } else if (shared == best_shared) {
      tie = true;
    }
  }
  if (best >= 0 && !tie) out.push_back({f, g, static_cast<size_t>(best), best_shared});
}

}  // namespace

int question_named_in(const nlp::CleanDocument& clean, const Finding& f) {
  return named_question(sentence_of(clean, f));
}

Provenance verdict_provenance(const Finding& f, double confidence) {
  const rules::Field* v = f.field("verdict");
  return {f.rule_id, f.page, v && !v->text.empty() ? v->span : f.span, confidence};
}

void set_surer_verdict(Question& q, const std::string& verdict, const Provenance& at) {
  if (q.assessment && q.assessment_where && q.assessment_where->confidence >= at.confidence) return;
  q.assessment = verdict;
  q.assessment_where = at;
}

void place_by_wording(const rules::RuleSet&, const nlp::CleanDocument& clean,
                      const std::vector<std::pair<const Finding*, rules::GradedVerdict>>& verdicts,
                      std::vector<Question>& questions) {
  // Only where the report answers its questions: a chapter named for them
  // ("Svar på revisionsfrågorna") or a sentence that names one. A "Bedömning"
  // of a theme is no answer to a question (Piteå's gold: no verdicts).
  static const RE2 answer_section("(?i)svar på|revisionsfråg|delfråg|kontrollfråg");
  static const RE2 names_question("(?i)revisionsfråg|delfråg|kontrollfråg|frågan\\b");
  // A word shared by several questions ("nämnden", "säkerställer") says nothing.
  std::map<std::string, int> in_questions;
  for (const Question& q : questions)
    for (const std::string& w : stems_of(q.text)) ++in_questions[w];
  std::vector<Candidate> by_words;
  std::set<const Finding*> used;
  // "Delfråga N" numbers the sub-questions; when there is one question more
  // than the highest N, the first is the main question.
  int highest_sub = 0;
  static const RE2 sub_number("(?i)\\b(?:delfråga|kontrollfråga|kontrollmål) (\\d)\\b");
  for (const auto& [f, g] : verdicts) {
    int n = 0;
    if (RE2::PartialMatch(sentence_of(clean, *f), sub_number, &n))
      highest_sub = std::max(highest_sub, n);
  }
  const bool delfragor_after_main =
      highest_sub > 0 && questions.size() == static_cast<size_t>(highest_sub) + 1;
  for (const auto& [f, g] : verdicts) {
    bool answering = RE2::PartialMatch(f->text, names_question);
    for (int sec = f->section; sec > 0; sec = clean.sections[static_cast<size_t>(sec)].parent)
      if (RE2::PartialMatch(clean.sections[static_cast<size_t>(sec)].title, answer_section))
        answering = true;
    if (!answering) {
      restating(f, g, questions, by_words);
      continue;
    }
    // Named by ordinal or number first: "den andra revisionsfrågan besvaras nekande".
    // A main question listed before its delfrågor shifts "Delfråga 1" by one.
    int i = named_question(sentence_of(clean, *f));
    if (i >= 0 && delfragor_after_main) ++i;
    if (i >= 0 && static_cast<size_t>(i) < questions.size()) {
      set_surer_verdict(questions[static_cast<size_t>(i)], g.verdict,
                        verdict_provenance(*f, f->confidence * g.confidence));
      used.insert(f);
      continue;
    }
    const std::set<std::string> said = stems_of(f->text);
    for (size_t q = 0; q < questions.size(); ++q) {
      int shared = 0;
      for (const std::string& w : stems_of(questions[q].text))
        if (said.count(w) && in_questions[w] == 1) ++shared;
      if (shared > 0) by_words.push_back({f, g, q, shared});
    }
  }
  // Best pairs first, each answer and each question once.
  std::stable_sort(by_words.begin(), by_words.end(),
                   [](const Candidate& a, const Candidate& b) { return a.shared > b.shared; });
  for (const Candidate& c : by_words) {
    Question& q = questions[c.question];
    if (used.count(c.f) || q.assessment) continue;
    set_surer_verdict(q, c.g.verdict,
                      verdict_provenance(*c.f, c.f->confidence * c.g.confidence * 0.8));
    used.insert(c.f);
  }
  // "Svaret på revisionsfrågan är därmed delvis": the one question still open.
  static const RE2 the_question("(?i)\\brevisionsfrågan\\b");
  std::vector<Question*> open;
  for (Question& q : questions)
    if (!q.assessment) open.push_back(&q);
  if (open.size() == 1 && questions.size() == 1)
    for (const auto& [f, g] : verdicts)
      if (!used.count(f) && RE2::PartialMatch(f->text, the_question)) {
        set_surer_verdict(*open[0], g.verdict,
                          verdict_provenance(*f, f->confidence * g.confidence));
        break;
      }
}

// The overall assessment answers the main question ("Vår samlade bedömning är
// att regionstyrelsen delvis har säkerställt en ändamålsenlig styrning …"
// for "Har regionstyrelsen säkerställt en ändamålsenlig styrning …?"): the one
// open question whose distinctive words it restates, most of them.
void answer_by_overall_assessment(const rules::RuleSet& rules, Report& r) {
  if (!r.overall_assessment || !r.overall_where) return;
  const std::set<std::string> said = stems_of(*r.overall_assessment);
  Question* best = nullptr;
  double best_share = 0;
  bool tie = false;
  for (Question& q : r.questions) {
    if (q.assessment) continue;
    const std::set<std::string> asked = stems_of(q.text);
    if (asked.size() < 3) continue;
    size_t shared = 0;
    for (const std::string& w : asked) shared += said.count(w);
    const double share = static_cast<double>(shared) / static_cast<double>(asked.size());
    if (shared < 3 || share < 0.6) continue;
    // Two questions restating it equally: it answers neither for sure. A
    // later, weaker one does not undo that; a stronger one does.
    if (best && std::abs(share - best_share) < 1e-9) {
      tie = true;
    } else if (share > best_share) {
      best = &q;
      best_share = share;
      tie = false;
    }
  }
  if (!best || tie) return;
  const rules::GradedVerdict g = rules::grade_verdict(rules, *r.overall_assessment, true);
  if (g.verdict.empty()) return;
  Provenance at = *r.overall_where;
  at.confidence *= g.confidence * 0.8;
  set_surer_verdict(*best, g.verdict, at);
}

// The verdict a finding carries: its verdict/status field graded as a label or
// cell, else (assessment prose) the finding's own text.
rules::GradedVerdict verdict_in(const rules::RuleSet& set, const Finding& f, const char* field) {
  if (const rules::Field* v = f.field(field); v && !v->text.empty()) {
    // "Bedömning: Vi bedömer att nämnden följer upp ekonomin, men att …" is a
    // judgement sentence after its label, read as prose; "Bedömning: Gul" a label.
    const bool judgement =
        words_of(v->text).size() >= 6 && lower(v->text).find("bedöm") != std::string::npos;
    return rules::grade_verdict(set, v->text, judgement);
  }
  if (f.tag == "verdict" || f.tag == "followup_status")
    return rules::grade_verdict(set, f.text, true);
  return {};
}

// In a table whose header names the verdict's column ("Bedömning", "Svar",
// "Status"), the verdict is that cell of the row, wherever the column stands:
// a comment column may come before it. Empty when there is no such column.
rules::GradedVerdict verdict_in_column(const rules::RuleSet& set, const nlp::CleanDocument& clean,
                                       const Finding& f, nlp::Span& at) {
  if (f.block < 0 || f.row <= 0) return {};
  const nlp::CleanBlock& b = clean.blocks[static_cast<size_t>(f.block)];
  if (b.kind != extractor::BlockKind::Table || b.rows.empty() ||
      static_cast<size_t>(f.row) >= b.rows.size())
    return {};
  static const std::array<const char*, 10> names = {
      "bedömning", "svar",     "status",   "uppfyll", "ställningstagande",
      "hörsamm",   "åtgärdad", "slutsats", "omdöme",  "genomförd"};
  const std::vector<nlp::Span>& head = b.rows[0];
  const std::vector<nlp::Span>& row = b.rows[static_cast<size_t>(f.row)];
  for (size_t c = 1; c < head.size() && c < row.size(); ++c) {
    const std::string h = lower(std::string_view(clean.text).substr(head[c].begin, head[c].size()));
    if (std::none_of(names.begin(), names.end(),
                     [&](const char* n) { return h.find(n) != std::string::npos; }))
      continue;
    const std::string_view cell = std::string_view(clean.text).substr(row[c].begin, row[c].size());
    rules::GradedVerdict g = rules::grade_verdict(set, cell, false);
    if (g.verdict.empty()) return {};
    at = row[c];
    return g;
  }
  return {};
}

bool in_descriptive_column(const nlp::CleanDocument& clean, const Finding& f, nlp::Span at) {
  if (f.block < 0 || f.row <= 0) return false;
  const nlp::CleanBlock& b = clean.blocks[static_cast<size_t>(f.block)];
  if (b.kind != extractor::BlockKind::Table || static_cast<size_t>(f.row) >= b.rows.size())
    return false;
  const std::vector<nlp::Span>& row = b.rows[static_cast<size_t>(f.row)];
  for (size_t c = 0; c < row.size() && c < b.rows[0].size(); ++c) {
    if (at.begin < row[c].begin || at.begin >= row[c].end + 1) continue;
    static const RE2 descriptive(
        "(?i)iakttagelse|kommentar|beskrivning|motivering|åtgärd|noteringar");
    const nlp::Span h = b.rows[0][c];
    return RE2::PartialMatch(std::string_view(clean.text).substr(h.begin, h.size()), descriptive);
  }
  return false;
}

nlp::Span verdict_span(const Finding& f, const char* field) {
  if (const rules::Field* v = f.field(field); v && !v->text.empty()) return v->span;
  return f.span;
}

// A yes/no question answered by a sentence that states it: "Har styrelsen
// säkerställt en tillräcklig intern kontroll?" - "Styrelsen har inte
// säkerställt en tillräcklig intern kontroll." The subject comes before the
// question's own verb, the verb right after the subject in the question is
// there as written (not "ansvarar för att säkerställa": a duty, no answer),
// and nearly all its words are. Not a purpose ("bedöma om"), a duty ("ska",
// "bör"), or another question. Only for questions nothing else answered.
void answer_by_restatement(const rules::RuleSet& rules, const nlp::CleanDocument& clean,
                           Report& r) {
  static const std::set<std::string> not_a_statement = {"om",  "huruvida", "ska",   "skall",
                                                        "bör", "syftet",   "syfte", "kan"};
  // The sentences that could state an answer, read once for every question.
  struct Statement {
    size_t sentence;
    std::vector<std::string> words;
  };
  std::vector<Statement> statements;
  bool read = false;
  struct Best {
    size_t sentence = 0;
    double share = 0;
    bool tie = false;
  };
  std::map<size_t, Best> best;       // question -> sentence
  std::map<size_t, int> answers_of;  // sentence -> how many questions it states
  for (size_t q = 0; q < r.questions.size(); ++q) {
    const Question& question = r.questions[q];
    if (question.assessment || question.text.empty() || question.text.back() != '?') continue;
    const std::vector<std::string> asked = words_of(question.text);
    if (asked.size() < 4) continue;
    const std::string& verb = asked[0];
    const std::string& subject = asked[1];
    const std::string& main_verb = asked[2];
    std::set<std::string> content;
    for (size_t i = 1; i < asked.size(); ++i)
      if (asked[i].size() >= 3) content.insert(asked[i]);
    if (content.size() < 3) continue;
    if (!read) {
      read = true;
      for (size_t s = 0; s < clean.sentences.size(); ++s) {
        const nlp::Span sp = clean.sentences[s];
        const std::string_view text = std::string_view(clean.text).substr(sp.begin, sp.size());
        if (text.find('?') != std::string_view::npos) continue;
        std::vector<std::string> said = words_of(text);
        if (std::none_of(said.begin(), said.end(),
                         [](const std::string& w) { return not_a_statement.count(w) > 0; }))
          statements.push_back({s, std::move(said)});
      }
    }
    for (const auto& [s, said] : statements) {
      bool subject_then_verb = false;
      for (size_t i = 0; i + 1 < said.size() && !subject_then_verb; ++i)
        if (said[i] == subject)
          for (size_t k = i + 1; k < said.size() && k <= i + 3; ++k)
            if (said[k] == verb) subject_then_verb = true;
      if (!subject_then_verb || std::find(said.begin(), said.end(), main_verb) == said.end())
        continue;
      size_t shared = 0;
      for (const std::string& w : content)
        shared += std::find(said.begin(), said.end(), w) != said.end() ? 1 : 0;
      const double share = static_cast<double>(shared) / static_cast<double>(content.size());
      if (share < 0.8) continue;
      Best& b = best[q];
      if (b.share > 0 && std::abs(share - b.share) < 1e-9) {
        b.tie = true;
      } else if (share > b.share) {
        b = {s, share, false};
      }
    }
    if (auto it = best.find(q); it != best.end() && !it->second.tie)
      ++answers_of[it->second.sentence];
  }
  for (const auto& [q, b] : best) {
    if (b.tie || answers_of[b.sentence] != 1) continue;  // stating two questions: neither surely
    const nlp::Span sp = clean.sentences[b.sentence];
    const rules::GradedVerdict g =
        rules::grade_verdict(rules, std::string_view(clean.text).substr(sp.begin, sp.size()), true);
    if (g.verdict.empty()) continue;
    int page = 0;
    for (const nlp::CleanBlock& block : clean.blocks)
      if (block.span.begin <= sp.begin && sp.begin < block.span.end) page = block.page;
    set_surer_verdict(r.questions[q], g.verdict,
                      {"corpus.verdict.question-stated", page, sp, 0.55 * g.confidence});
  }
}

}  // namespace gransk::corpus::detail
