#include "gransk/corpus/evaluation.h"

#include <algorithm>
#include <map>
#include <set>

#include "gransk/corpus/similarity.h"

namespace gransk::corpus {
namespace {

constexpr double kSame = alike::kSameAsGold;

struct Item {
  std::string kind, text, value;  // value: verdict, status or due date ("" = none)
};

std::vector<Item> gold_items(const Gold& g) {
  std::vector<Item> out;
  for (const auto& x : g.questions) out.push_back({"fråga", x.text, x.value});
  for (const auto& x : g.recommendations) out.push_back({"rekommendation", x.text, ""});
  for (const auto& x : g.followups) out.push_back({"uppföljning", x.text, x.value});
  for (const auto& x : g.response_requests) out.push_back({"svarsbegäran", x.text, x.value});
  return out;
}

std::vector<Item> found_items(const Report& r) {
  std::vector<Item> out;
  for (const auto& q : r.questions) out.push_back({"fråga", q.text, q.assessment.value_or("")});
  for (const auto& x : r.recommendations) out.push_back({"rekommendation", x.text, ""});
  for (const auto& f : r.followups)
    out.push_back({"uppföljning", f.earlier_recommendation, f.status});
  for (const auto& q : r.response_requests)
    out.push_back({"svarsbegäran", q.text, q.due.value_or("")});
  return out;
}

std::string shorten(const std::string& s) { return s.size() > 90 ? s.substr(0, 87) + "…" : s; }

void meta(Score& s, const std::string& field, bool right, const std::string& got,
          const std::string& want) {
  ++s.metadata_total;
  if (right)
    ++s.metadata_right;
  else
    s.differences.push_back("metadata " + field + ": fick \"" + got + "\", väntat \"" + want +
                            "\"");
}

bool similar(const std::string& a, const std::string& b) {
  if (a.empty() || b.empty()) return a.empty() && b.empty();
  return text_similarity(a, b) >= kSame;
}

}  // namespace

Score& Score::operator+=(const Score& o) {
  gold_items += o.gold_items;
  found_items += o.found_items;
  matched += o.matched;
  verdicts_right += o.verdicts_right;
  verdicts_total += o.verdicts_total;
  metadata_right += o.metadata_right;
  metadata_total += o.metadata_total;
  return *this;
}

Score evaluate(const Report& r, const Gold& g) {
  Score s;
  const std::vector<Item> gold = gold_items(g);
  const std::vector<Item> found = found_items(r);
  // Statements the gold calls neither required nor wrong to extract, by kind:
  // a multi-sentence point's first sentence, the halves of a two-question cell,
  // earlier audits a follow-up lists without a status.
  std::vector<std::pair<std::string, std::string>> optional;  // kind, text
  for (const auto& x : g.optional_recommendations) optional.push_back({"rekommendation", x.text});
  for (const auto& x : g.optional_questions) optional.push_back({"fråga", x.text});
  for (const auto& x : g.optional_followups) optional.push_back({"uppföljning", x.text});

  std::vector<bool> gold_used(gold.size(), false);
  s.gold_items = static_cast<int>(gold.size());
  for (const Item& f : found) {
    int best = -1;
    double best_sim = kSame;
    for (size_t i = 0; i < gold.size(); ++i) {
      if (gold_used[i] || gold[i].kind != f.kind) continue;
      const double sim = text_similarity(f.text, gold[i].text);
      if (sim >= best_sim) {
        best_sim = sim;
        best = static_cast<int>(i);
      }
    }
    if (best < 0) {
      const bool tolerated = std::any_of(optional.begin(), optional.end(), [&](const auto& o) {
        return o.first == f.kind && similar(o.second, f.text);
      });
      if (!tolerated) {
        ++s.found_items;
        s.differences.push_back("extra " + f.kind + ": " + shorten(f.text));
      }
      continue;
    }
    ++s.found_items;
    ++s.matched;
    gold_used[best] = true;
    if (f.kind != "rekommendation") {
      ++s.verdicts_total;
      if (f.value == gold[best].value)
        ++s.verdicts_right;
      else
        s.differences.push_back("fel värde för " + f.kind + " \"" + shorten(f.text) +
                                "\": fick \"" + f.value + "\", väntat \"" + gold[best].value +
                                "\"");
    }
  }
  static const std::map<std::string, std::string> tags = {{"fråga", "question"},
                                                          {"rekommendation", "recommendation"},
                                                          {"uppföljning", "followup"},
                                                          {"svarsbegäran", "response_request"}};
  for (size_t i = 0; i < gold.size(); ++i)
    if (!gold_used[i]) {
      s.misses.push_back({tags.at(gold[i].kind), gold[i].text, s.differences.size()});
      s.differences.push_back("saknas " + gold[i].kind + ": " + shorten(gold[i].text));
    }

  const Organisation none;
  const Organisation& o = r.organisation ? *r.organisation : none;
  meta(s, "organisation.name", similar(o.name, g.organisation_name), o.name, g.organisation_name);
  meta(s, "organisation.kind", o.kind == g.organisation_kind, o.kind, g.organisation_kind);
  meta(s, "organisation.code", o.code.value_or("") == g.organisation_code, o.code.value_or(""),
       g.organisation_code);
  meta(s, "auditor", r.auditor.value_or("") == g.auditor, r.auditor.value_or(""), g.auditor);
  // The gold schema knows five types; Gransk's finer kinds of non-audit (a
  // board's answer, a revisionsberättelse) are scored as the schema's "annat",
  // on both sides.
  auto schema_type = [](const std::string& t) {
    static const std::set<std::string> known = {"granskning", "uppföljande granskning", "förstudie",
                                                "grundläggande granskning", "annat"};
    return known.count(t) ? t : std::string("annat");
  };
  meta(s, "report_type", schema_type(r.report_type) == schema_type(g.report_type), r.report_type,
       g.report_type);
  meta(s, "year", r.year.value_or(0) == g.year, std::to_string(r.year.value_or(0)),
       std::to_string(g.year));
  meta(s, "date", r.date.value_or("") == g.date, r.date.value_or(""), g.date);
  meta(s, "title", similar(r.title.value_or(""), g.title), r.title.value_or(""), g.title);
  meta(s, "addressee", r.addressee.value_or("") == g.addressee, r.addressee.value_or(""),
       g.addressee);
  meta(s, "overall_assessment", similar(r.overall_assessment.value_or(""), g.overall_assessment),
       shorten(r.overall_assessment.value_or("")), shorten(g.overall_assessment));
  std::vector<std::string> want = g.signatories, got;
  for (const auto& x : r.signatories) got.push_back(x.name);
  std::sort(want.begin(), want.end());
  std::sort(got.begin(), got.end());
  auto join = [](const std::vector<std::string>& v) {
    std::string j;
    for (const auto& x : v) j += (j.empty() ? "" : ", ") + x;
    return j;
  };
  meta(s, "signatories", want == got, join(got), join(want));
  if (g.has_follows_up || r.follows_up) {
    const bool right = r.follows_up && g.follows_up_year == r.follows_up->year &&
                       similar(r.follows_up->title, g.follows_up_title);
    meta(s, "follows_up", right,
         r.follows_up ? std::to_string(r.follows_up->year) + " " + r.follows_up->title : "",
         g.has_follows_up ? std::to_string(g.follows_up_year) + " " + g.follows_up_title : "");
  }
  return s;
}

void explain_misses(Score& score, const nlp::CleanDocument& doc, const rules::RuleSet& rules) {
  for (const Score::Miss& m : score.misses) {
    // The block holding most of the gold text's words.
    const std::vector<std::string> want = [&] {
      std::vector<std::string> w;
      std::string cur;
      for (const char c : nlp::fold_case(m.text) + " ") {
        if (std::isalnum(static_cast<unsigned char>(c)) || static_cast<unsigned char>(c) >= 0x80)
          cur += c;
        else if (!cur.empty()) {
          w.push_back(cur);
          cur.clear();
        }
      }
      return w;
    }();
    int best = -1;
    double best_share = 0.5;
    for (size_t b = 0; b < doc.blocks.size(); ++b) {
      const std::string text = nlp::fold_case(
          std::string_view(doc.text).substr(doc.blocks[b].span.begin, doc.blocks[b].span.size()));
      size_t found = 0;
      for (const std::string& w : want)
        if (text.find(w) != std::string::npos) ++found;
      const double share = want.empty() ? 0 : double(found) / double(want.size());
      if (share > best_share) {
        best_share = share;
        best = static_cast<int>(b);
      }
    }
    std::string why = best < 0 ? "texten hittades inte i dokumentets brödtext"
                               : rules::explain_miss(rules, doc, doc.blocks[best].span, m.tag);
    score.differences[m.difference] += "\n        → " + why;
  }
}

}  // namespace gransk::corpus
