#include "gransk/index/followup_pack.h"

#include <algorithm>
#include <cctype>
#include <set>

#include "gransk/index/search.h"
#include "gransk/nlp/nlp.h"
#include "organisation_match.h"

namespace gransk::index {
namespace {

// "IT-säkerhet" and "it säkerhet" as one key, for a topic in a title.
std::string title_key(const std::string& s) {
  std::string out;
  for (const char c : nlp::fold_case(s))
    if (c != '-' && c != ' ') out += c;
  return out;
}

std::string board_for(const std::string& kind_hint) {
  if (kind_hint == "region") return "regionstyrelsen";
  if (kind_hint == "kommunalförbund") return "förbundsdirektionen";
  return "kommunstyrelsen";
}

}  // namespace

bool build_followup_pack(const Archive& archive, const std::string& organisation,
                         const std::string& topic, const std::string& today, FollowUpPack& out,
                         std::string& error) {
  out = {};
  out.topic = topic;
  out.today = today;
  // Which organisation: all its reports, and no other's.
  std::vector<ReportRow> reports;
  std::set<std::string> names;
  for (ReportRow& r : archive.reports())
    if (!r.organisation.empty() &&
        organisation_matches(organisation, r.organisation, r.kommunkod)) {
      names.insert(r.organisation);
      reports.push_back(std::move(r));
    }
  if (names.empty()) {
    error = "ingen organisation i arkivet heter ”" + organisation + "” (se gransk list)";
    return false;
  }
  if (names.size() > 1) {
    // The same kommun written two ways is one organisation; different ones are not.
    std::set<std::string> keys;
    for (const ReportRow& r : reports)
      keys.insert(corpus::organisation_key(r.organisation, r.kommunkod));
    if (keys.size() > 1) {
      error = "”" + organisation + "” passar flera organisationer: ";
      size_t i = 0;
      for (const std::string& n : names) error += (i++ ? ", " : "") + n;
      error += "; skriv namnet längre";
      return false;
    }
  }
  out.organisation = reports.front().organisation;
  out.kommunkod = reports.front().kommunkod;
  out.lan = reports.front().lan;
  const std::string key = corpus::organisation_key(out.organisation, out.kommunkod);

  // Which reports: all, or those whose title or findings mention the topic.
  std::set<int64_t> in_scope;
  for (const ReportRow& r : reports) {
    if (topic.empty() || title_key(r.title).find(title_key(topic)) != std::string::npos)
      in_scope.insert(r.id);
  }
  if (!topic.empty()) {
    SearchFilters f;
    f.kommun = out.kommunkod.empty() ? out.organisation : out.kommunkod;
    SearchResult hits;
    // All of one organisation's mentions, for a document made once: more
    // time than a page's search gets.
    if (!search(archive, topic, f, 100000, false, hits, error, std::chrono::seconds(30)))
      return false;
    for (const Hit& h : hits.hits)
      if (h.type != "text") in_scope.insert(h.report_id);
  }

  Register reg;
  RegisterFilter filter;
  filter.kommun = out.kommunkod.empty() ? out.organisation : out.kommunkod;
  if (!read_register(archive, filter, today, reg, error)) return false;
  std::set<int64_t> used;
  for (RegisterEntry& e : reg.recommendations) {
    if (e.org_key != key || !in_scope.count(e.report.id)) continue;
    used.insert(e.report.id);
    for (const StatusEvent& ev : e.history) used.insert(ev.source.id);
    out.recommendations.push_back(std::move(e));
  }
  // Given order: report by report, as the reports list them; one known only
  // from a follow-up sits where its year puts it.
  std::stable_sort(out.recommendations.begin(), out.recommendations.end(),
                   [](const RegisterEntry& a, const RegisterEntry& b) {
                     return std::tie(a.year, a.report.id, a.ordinal) <
                            std::tie(b.year, b.report.id, b.ordinal);
                   });
  for (ResponseRequestEntry& q : reg.requests)
    if (q.org_key == key && in_scope.count(q.report.id)) {
      used.insert(q.report.id);
      out.requests.push_back(std::move(q));
    }

  for (const ReportRow& r : reports) {
    if (!in_scope.count(r.id) && !used.count(r.id)) continue;
    ReportRef ref;
    ref.id = r.id;
    ref.title = r.title;
    ref.firm = r.firm;
    ref.report_type = r.report_type;
    ref.year = r.year;
    ref.path = r.path;
    ref.date = r.date;
    ref.addressee = r.addressee;
    ref.follows_up_year = r.follows_up_year;
    ref.follows_up_title = r.follows_up_title;
    out.reports.push_back(ref);
  }
  std::sort(out.reports.begin(), out.reports.end(), [](const ReportRef& a, const ReportRef& b) {
    return std::tie(a.year, a.date, a.id) < std::tie(b.year, b.date, b.id);
  });
  for (auto it = out.reports.rbegin(); it != out.reports.rend(); ++it)
    if (!it->addressee.empty()) {
      out.board = it->addressee;
      break;
    }
  if (out.board.empty())
    out.board =
        board_for(nlp::fold_case(out.organisation).find("kommunalförbund") != std::string::npos
                      ? "kommunalförbund"
                  : nlp::fold_case(out.organisation).rfind("region", 0) == 0 ? "region"
                                                                             : "kommun");
  // One question per distinct wording: a follow-up often repeats an earlier
  // recommendation it found unresolved.
  for (const RegisterEntry& e : out.recommendations) {
    if (corpus::is_resolved(e.status)) continue;
    const std::string q = corpus::followup_question(e.text, out.board);
    auto same = std::find_if(out.questions.begin(), out.questions.end(),
                             [&](const SuggestedQuestion& s) { return s.question == q; });
    if (same != out.questions.end())
      same->recommendation_id += ", " + e.id;
    else
      out.questions.push_back({e.id, q});
  }
  // An unanswered request is a question for the follow-up too.
  for (const ResponseRequestEntry& q : out.requests) {
    if (q.answer) continue;
    std::string text = q.text;
    while (!text.empty() && (text.back() == '.' || text.back() == '?')) text.pop_back();
    out.questions.push_back({q.id, "Har " + out.board + " besvarat revisorernas begäran ”" + text +
                                       "”" + (q.due ? " (svar begärt senast " + *q.due + ")" : "") +
                                       "?"});
  }
  // Earlier audits the follow-ups name that are not in the archive.
  std::vector<ReportRef> missing;
  for (const ReportRef& r : out.reports) {
    if (!r.follows_up_year) continue;
    const bool present =
        std::any_of(out.reports.begin(), out.reports.end(), [&](const ReportRef& x) {
          return x.year == r.follows_up_year && x.report_type != "uppföljande granskning";
        });
    const bool listed = std::any_of(missing.begin(), missing.end(), [&](const ReportRef& x) {
      return x.year == r.follows_up_year;
    });
    if (present || listed) continue;
    ReportRef m;
    m.year = r.follows_up_year;
    m.title = r.follows_up_title.empty() ? "Tidigare granskning" : r.follows_up_title;
    if (!m.title.empty())
      m.title[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(m.title[0])));
    m.report_type = "finns inte i arkivet; nämns i uppföljningen " +
                    (r.year ? std::to_string(*r.year) : std::string());
    missing.push_back(m);
  }
  out.reports.insert(out.reports.begin(), missing.begin(), missing.end());
  std::stable_sort(out.reports.begin(), out.reports.end(),
                   [](const ReportRef& a, const ReportRef& b) { return a.year < b.year; });
  return true;
}

}  // namespace gransk::index
