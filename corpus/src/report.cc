// Findings -> Report: dedupe what firms repeat (a question in the purpose list
// and in the summary table), link verdicts to questions, pick metadata.
#include "gransk/corpus/report.h"

#include <algorithm>
#include <array>
#include <map>
#include <set>

#include "gransk/corpus/kommuner.h"

namespace gransk::corpus {
namespace {

using rules::Finding;

std::vector<std::string> words_of(std::string_view text) {
  const std::string folded = nlp::fold_case(nlp::normalize(text));
  std::vector<std::string> out;
  std::string w;
  for (size_t i = 0; i <= folded.size(); ++i) {
    const unsigned char c = i < folded.size() ? folded[i] : ' ';
    if (std::isalnum(c) || c >= 0x80) {
      w += static_cast<char>(c);
    } else if (!w.empty()) {
      out.push_back(w);
      w.clear();
    }
  }
  return out;
}

Provenance where(const Finding& f) { return {f.rule_id, f.page, f.span}; }

// Best finding of a tag: highest priority, then earliest.
const Finding* best(const std::vector<const Finding*>& fs) {
  const Finding* b = nullptr;
  for (const Finding* f : fs)
    if (!b || f->priority > b->priority) b = f;
  return b;
}

std::vector<const Finding*> of_tag(const std::vector<Finding>& fs, const std::string& tag,
                                   int max_page = 0) {
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

// "Skinnskattebergs kommuns" -> "Skinnskattebergs kommun"; "Lessebo Kommun" -> "Lessebo kommun".
Organisation organisation_from(const std::string& written) {
  static const std::array<std::pair<const char*, const char*>, 6> kinds = {{
      {"kommunalförbund", "kommunalförbund"},
      {"förbund", "kommunalförbund"},
      {"region", "region"},
      {"myndighet", "myndighet"},
      {"kommun", "kommun"},
      {"stad", "kommun"},
  }};
  Organisation o;
  std::vector<std::string> words;
  size_t start = 0;
  for (size_t i = 0; i <= written.size(); ++i)
    if (i == written.size() || written[i] == ' ') {
      if (i > start) words.push_back(written.substr(start, i - start));
      start = i + 1;
    }
  if (words.empty()) return o;
  std::string last = lower(words.back());
  o.kind = "myndighet";
  for (const auto& [word, kind] : kinds) {
    const std::string w = word;
    if (last == w || last == w + "s") {
      o.kind = kind;
      words.back() = w;  // nominative, lower case as in running text
      break;
    }
    if (lower(words.front()) == w) {  // "Region Skåne", "Myndigheten för …"
      o.kind = kind;
      // "Region Gävleborgs revisorer": the genitive's s is not part of the name.
      std::string& end = words.back();
      if (kind == std::string("region") && words.size() >= 2 && end.size() > 2 &&
          end.back() == 's' && end[end.size() - 2] != 's')
        end.pop_back();
      break;
    }
  }
  for (size_t i = 0; i < words.size(); ++i) o.name += (i ? " " : "") + words[i];
  if (o.kind == "kommun" && words.size() >= 2) {
    std::string place;
    for (size_t i = 0; i + 1 < words.size(); ++i) place += (i ? " " : "") + words[i];
    if (const Kommun* k = KommunRegister::shared().by_name(place)) o.code = k->code;
  }
  return o;
}

std::optional<std::string> pick_title(const extractor::Document& doc,
                                      const nlp::CleanDocument& clean,
                                      const std::optional<std::string>& firm,
                                      const std::optional<Organisation>& org) {
  // The info dictionary's title counts when the report itself prints it.
  if (auto it = doc.info.find("Title"); it != doc.info.end()) {
    const size_t end = clean.pages.size() > 2 ? clean.pages[1].span.end : clean.text.size();
    std::string front = clean.text.substr(0, end);
    for (char& c : front)
      if (c == '\n' || c == '\t') c = ' ';
    if (lower(front).find(lower(nlp::normalize(it->second))) != std::string::npos)
      return nlp::normalize(it->second);
  }
  // Else the largest heading on the first page that has one (of the first
  // two), that is not the firm, the organisation, a date or "Revisionsrapport 2024".
  const extractor::Block* best_block = nullptr;
  for (const extractor::Block& b : doc.blocks) {
    if (b.page > 2 || b.kind != extractor::BlockKind::Heading) continue;
    if (best_block && b.page > best_block->page) break;
    const std::string t = nlp::normalize(b.text);
    if (firm && t == *firm) continue;
    if (org && text_similarity(t, org->name) > 0.6) continue;
    if (words_of(t).size() < 2 || lower(t).rfind("revisionsrapport", 0) == 0) continue;
    if (!best_block || b.font_size > best_block->font_size + 0.1) best_block = &b;
  }
  if (best_block) return nlp::normalize(best_block->text);
  return std::nullopt;
}

std::optional<std::string> normalised_firm(const std::string& f) {
  if (f == "Ernst & Young") return "EY";
  if (f == "PricewaterhouseCoopers") return "PwC";
  return f;
}

}  // namespace

double text_similarity(std::string_view a, std::string_view b) {
  const std::vector<std::string> wa = words_of(a), wb = words_of(b);
  if (wa.empty() || wb.empty()) return wa.empty() && wb.empty() ? 1.0 : 0.0;
  std::multiset<std::string> sb(wb.begin(), wb.end());
  size_t common = 0;
  for (const std::string& w : wa) {
    auto it = sb.find(w);
    if (it != sb.end()) {
      ++common;
      sb.erase(it);
    }
  }
  return static_cast<double>(common) / static_cast<double>(std::max(wa.size(), wb.size()));
}

std::optional<std::string> parse_swedish_date(std::string_view text) {
  static const std::array<const char*, 12> months = {
      "januari", "februari", "mars",      "april",   "maj",      "juni",
      "juli",    "augusti",  "september", "oktober", "november", "december"};
  const std::vector<std::string> w = words_of(text);
  if (w.size() == 3 && w[0].size() == 4 && w[1].size() == 2 && w[2].size() == 2)
    return w[0] + "-" + w[1] + "-" + w[2];  // 2019-09-03
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

Report build_report(const extractor::Document& doc, const nlp::CleanDocument& clean,
                    const rules::RuleSet& rules, const std::vector<Finding>& findings) {
  Report r;
  auto same = [](const std::string& a, const std::string& b) {
    return text_similarity(a, b) >= 0.9;
  };
  auto is_within = [&](int section, int ancestor) {
    for (int s = section; s >= 0; s = clean.sections[s].parent)
      if (s == ancestor) return true;
    return false;
  };
  const Finding* last_question = nullptr;  // for verdicts worded after their question
  const Finding* last_followup = nullptr;  // for statuses worded after the recommendation

  for (const Finding& f : findings) {
    if (f.tag == "question") {
      std::optional<std::string> verdict;
      if (const rules::Field* v = f.field("verdict")) {
        const std::string mapped = rules::verdict_of(rules, v->text);
        if (!mapped.empty()) verdict = mapped;
      }
      auto it = std::find_if(r.questions.begin(), r.questions.end(),
                             [&](const Question& q) { return same(q.text, f.text); });
      if (it == r.questions.end()) {
        r.questions.push_back({f.text, verdict, where(f), std::nullopt});
        it = r.questions.end() - 1;
      }
      if (verdict && !it->assessment) {
        it->assessment = verdict;
        it->assessment_where = Provenance{f.rule_id, f.page, f.field("verdict")->span};
      }
      last_question = &f;
    } else if (f.tag == "verdict") {
      // A verdict in the question's own section (or below it) answers it.
      const rules::Field* v = f.field("verdict");
      const std::string mapped = v ? rules::verdict_of(rules, v->text) : std::string();
      if (mapped.empty() || !last_question || !is_within(f.section, last_question->section))
        continue;
      auto it = std::find_if(r.questions.begin(), r.questions.end(),
                             [&](const Question& q) { return same(q.text, last_question->text); });
      if (it != r.questions.end() && !it->assessment) {
        it->assessment = mapped;
        it->assessment_where = Provenance{f.rule_id, f.page, v->span};
      }
    } else if (f.tag == "recommendation") {
      if (std::none_of(r.recommendations.begin(), r.recommendations.end(),
                       [&](const Recommendation& x) { return same(x.text, f.text); }))
        r.recommendations.push_back({f.text, where(f)});
    } else if (f.tag == "followup") {
      const rules::Field* s = f.field("status");
      const std::string status = s ? rules::verdict_of(rules, s->text) : std::string();
      auto it = std::find_if(r.followups.begin(), r.followups.end(), [&](const FollowUp& x) {
        return same(x.earlier_recommendation, f.text);
      });
      if (it == r.followups.end())
        r.followups.push_back({f.text, status, where(f)});
      else if (it->status.empty())
        it->status = status;
      last_followup = &f;
    } else if (f.tag == "followup_status") {
      // "Vi bedömer att rekommendationen delvis hörsammats" under the recommendation.
      if (!last_followup || !is_within(f.section, last_followup->section)) continue;
      const rules::Field* s = f.field("status");
      const std::string label = (s ? s->text + " " : std::string()) + "hörsammats";
      const std::string status = rules::verdict_of(rules, label);
      auto it = std::find_if(r.followups.begin(), r.followups.end(), [&](const FollowUp& x) {
        return same(x.earlier_recommendation, last_followup->text);
      });
      if (it != r.followups.end() && it->status.empty()) it->status = status;
    } else if (f.tag == "response_request") {
      const rules::Field* due = f.field("due");
      r.response_requests.push_back(
          {f.text, due ? parse_swedish_date(due->text) : std::nullopt, where(f)});
    } else if (f.tag == "signatory") {
      const rules::Field* name = f.field("name");
      if (name && std::none_of(r.signatories.begin(), r.signatories.end(),
                               [&](const Signatory& s) { return s.name == name->text; }))
        r.signatories.push_back({name->text, capitalised(f.text)});
    }
  }

  if (const Finding* o = best(of_tag(findings, "overall_assessment"))) {
    r.overall_assessment = o->text;
    r.overall_where = where(*o);
  }

  // Auditor: the firm named most often.
  std::map<std::string, int> firms;
  for (const Finding* f : of_tag(findings, "auditor")) ++firms[*normalised_firm(f->text)];
  if (!firms.empty())
    r.auditor = std::max_element(firms.begin(), firms.end(), [](auto& a, auto& b) {
                  return a.second < b.second;
                })->first;

  if (const Finding* o = best(of_tag(findings, "organisation"))) {
    r.organisation = organisation_from(o->text);
  } else {
    // Fall back on the first kommun named on the first pages.
    const size_t end = clean.pages.size() > 2 ? clean.pages[1].span.end : clean.text.size();
    const auto mentions = KommunRegister::shared().find_all(clean.text.substr(0, end));
    if (!mentions.empty())
      r.organisation = organisation_from(
          clean.text.substr(mentions[0].begin, mentions[0].end - mentions[0].begin));
  }

  // An audit report speaks of its auditors and questions more than once; a
  // survey that mentions a "revisionsrapport" in passing is not one.
  const bool audit = of_tag(findings, "audit_marker").size() >= 2;
  // A board's answer to a report is not an audit, but is known by its heading.
  if (const Finding* t = best(of_tag(findings, "report_type", 3));
      t && (audit || t->value == "svar på revisionsrapport"))
    r.report_type = t->value;
  else
    r.report_type = audit ? "granskning" : "annat";

  for (const Finding* d : of_tag(findings, "date", 2))
    if ((r.date = parse_swedish_date(d->text))) break;
  if (r.date)
    r.year = std::atoi(r.date->substr(0, 4).c_str());
  else if (const auto years = of_tag(findings, "year", 2); !years.empty())
    r.year = std::atoi(years.front()->text.c_str());

  r.title = pick_title(doc, clean, r.auditor, r.organisation);

  // The board: who recommendations go to, else who the audit concerns.
  std::vector<std::pair<int, std::string>> boards;
  for (const Finding& f : findings) {
    if (const rules::Field* a = f.field("addressee"); a && !a->text.empty())
      boards.push_back({f.priority, a->text});
    if (f.tag == "addressee") boards.push_back({f.priority, f.text});
  }
  if (!boards.empty())
    r.addressee = lower(std::max_element(boards.begin(), boards.end(), [](auto& a, auto& b) {
                          return a.first < b.first;
                        })->second);

  if (const Finding* f = best(of_tag(findings, "follows_up"))) {
    EarlierAudit e;
    if (const rules::Field* y = f->field("year")) e.year = std::atoi(y->text.c_str());
    e.title = f->text;
    if (!f->value.empty()) {  // a template: "granskning av {topic}"
      e.title = f->value;
      for (const rules::Field& field : f->fields) {
        const std::string key = "{" + field.name + "}";
        for (size_t p; (p = e.title.find(key)) != std::string::npos;)
          e.title.replace(p, key.size(), field.text);
      }
    }
    e.where = where(*f);
    r.follows_up = e;
  }
  return r;
}

}  // namespace gransk::corpus
