#include "gransk/corpus/evaluation.h"

#include <QJsonArray>
#include <algorithm>
#include <map>
#include <set>

namespace gransk::corpus {
namespace {

constexpr double kSame = 0.75;

struct Item {
  std::string kind, text, value;  // value: verdict, status or due date ("" = none)
};

std::string str(const QJsonValue& v) { return v.isString() ? v.toString().toStdString() : ""; }

std::vector<Item> gold_items(const QJsonObject& g) {
  std::vector<Item> out;
  for (const auto& v : g["questions"].toArray())
    out.push_back({"fråga", str(v.toObject()["text"]), str(v.toObject()["assessment"])});
  for (const auto& v : g["recommendations"].toArray())
    out.push_back({"rekommendation", str(v.toObject()["text"]), ""});
  for (const auto& v : g["followups"].toArray())
    out.push_back(
        {"uppföljning", str(v.toObject()["earlier_recommendation"]), str(v.toObject()["status"])});
  for (const auto& v : g["response_requests"].toArray())
    out.push_back({"svarsbegäran", str(v.toObject()["text"]), str(v.toObject()["due"])});
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

std::string gold_problem(const QJsonObject& g) {
  if (!g["report_type"].isString()) return "fältet report_type saknas eller är ingen text";
  // Item lists: absent is allowed (an older gold file), anything else must be a
  // list of objects whose text field is a text.
  const std::pair<const char*, const char*> lists[] = {{"questions", "text"},
                                                       {"recommendations", "text"},
                                                       {"optional_recommendations", "text"},
                                                       {"followups", "earlier_recommendation"},
                                                       {"response_requests", "text"},
                                                       {"signatories", "name"}};
  for (const auto& [list, field] : lists) {
    if (!g.contains(list)) continue;
    if (!g[list].isArray()) return std::string("fältet ") + list + " är ingen lista";
    int n = 0;
    for (const auto& v : g[list].toArray()) {
      ++n;
      if (!v.isObject() || !v.toObject()[field].isString())
        return std::string(list) + " nr " + std::to_string(n) + " saknar " + field + " som text";
    }
  }
  for (const char* field : {"auditor", "date", "title", "addressee", "overall_assessment"})
    if (g.contains(field) && !g[field].isString() && !g[field].isNull())
      return std::string("fältet ") + field + " är varken text eller null";
  if (g.contains("year") && !g["year"].isDouble() && !g["year"].isNull())
    return "fältet year är inget årtal";
  if (g.contains("organisation") && !g["organisation"].isObject() && !g["organisation"].isNull())
    return "fältet organisation är inget objekt";
  return "";
}

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

Score evaluate(const Report& r, const QJsonObject& g) {
  Score s;
  const std::vector<Item> gold = gold_items(g);
  const std::vector<Item> found = found_items(r);
  // Statements the gold calls neither required nor wrong to extract, by kind:
  // a multi-sentence point's first sentence, the halves of a two-question cell,
  // earlier audits a follow-up lists without a status.
  std::vector<std::pair<std::string, std::string>> optional;  // kind, text
  for (const auto& v : g["optional_recommendations"].toArray())
    optional.push_back({"rekommendation", str(v.toObject()["text"])});
  for (const auto& v : g["optional_questions"].toArray())
    optional.push_back({"fråga", str(v.toObject()["text"])});
  for (const auto& v : g["optional_followups"].toArray())
    optional.push_back({"uppföljning", str(v.toObject()["earlier_recommendation"])});

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

  const QJsonObject go = g["organisation"].toObject();
  const Organisation none;
  const Organisation& o = r.organisation ? *r.organisation : none;
  meta(s, "organisation.name", similar(o.name, str(go["name"])), o.name, str(go["name"]));
  meta(s, "organisation.kind", o.kind == str(go["kind"]), o.kind, str(go["kind"]));
  meta(s, "organisation.code", o.code.value_or("") == str(go["code"]), o.code.value_or(""),
       str(go["code"]));
  meta(s, "auditor", r.auditor.value_or("") == str(g["auditor"]), r.auditor.value_or(""),
       str(g["auditor"]));
  // The gold schema knows five types; Gransk's finer kinds of non-audit (a
  // board's answer, a revisionsberättelse) are scored as the schema's "annat",
  // on both sides.
  auto schema_type = [](const std::string& t) {
    static const std::set<std::string> known = {"granskning", "uppföljande granskning", "förstudie",
                                                "grundläggande granskning", "annat"};
    return known.count(t) ? t : std::string("annat");
  };
  meta(s, "report_type", schema_type(r.report_type) == schema_type(str(g["report_type"])),
       r.report_type, str(g["report_type"]));
  const int gy = g["year"].isDouble() ? g["year"].toInt() : 0;
  meta(s, "year", r.year.value_or(0) == gy, std::to_string(r.year.value_or(0)), std::to_string(gy));
  meta(s, "date", r.date.value_or("") == str(g["date"]), r.date.value_or(""), str(g["date"]));
  meta(s, "title", similar(r.title.value_or(""), str(g["title"])), r.title.value_or(""),
       str(g["title"]));
  meta(s, "addressee", r.addressee.value_or("") == str(g["addressee"]), r.addressee.value_or(""),
       str(g["addressee"]));
  meta(s, "overall_assessment",
       similar(r.overall_assessment.value_or(""), str(g["overall_assessment"])),
       shorten(r.overall_assessment.value_or("")), shorten(str(g["overall_assessment"])));
  std::vector<std::string> want, got;
  for (const auto& v : g["signatories"].toArray()) want.push_back(str(v.toObject()["name"]));
  for (const auto& x : r.signatories) got.push_back(x.name);
  std::sort(want.begin(), want.end());
  std::sort(got.begin(), got.end());
  auto join = [](const std::vector<std::string>& v) {
    std::string j;
    for (const auto& x : v) j += (j.empty() ? "" : ", ") + x;
    return j;
  };
  meta(s, "signatories", want == got, join(got), join(want));
  if (g.contains("follows_up") || r.follows_up) {
    const QJsonObject f = g["follows_up"].toObject();
    const bool right = r.follows_up && f["year"].toInt() == r.follows_up->year &&
                       similar(r.follows_up->title, str(f["title"]));
    meta(s, "follows_up", right,
         r.follows_up ? std::to_string(r.follows_up->year) + " " + r.follows_up->title : "",
         g.contains("follows_up") ? std::to_string(f["year"].toInt()) + " " + str(f["title"]) : "");
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
