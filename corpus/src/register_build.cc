// The register built from plain rows (gransk/corpus/register_build.h): the
// store loads them and builds it on every read (or keeps what depends on
// neither the day nor the filter by its data version).
#include "gransk/corpus/register_build.h"

#include <algorithm>
#include <chrono>
#include <set>
#include <tuple>
#include <type_traits>
#include <unordered_map>

#include "gransk/corpus/kommuner.h"
#include "gransk/corpus/register_ids.h"
#include "gransk/nlp/nlp.h"

namespace gransk::corpus {
namespace {

// The day a recommendation was given: its report's date, else mid-year. One
// known only from a follow-up dates from the year the follow-up names.
std::string reference_date(const ReportRef& r, std::optional<int> followed_year) {
  if (followed_year) return std::to_string(*followed_year) + "-07-01";
  if (!r.date.empty()) return r.date;
  return r.year ? std::to_string(*r.year) + "-07-01" : std::string();
}

// Links and answers never cross organisations, so a register filtered to one
// organisation needs only that organisation's reports.
void keep_organisations_of(const std::string& filter, RegisterInput& l) {
  std::set<std::string> keys;
  for (const auto& [id, r] : l.reports)
    if (organisation_matches(filter, r.organisation, r.kommunkod)) keys.insert(r.org_key);
  for (auto it = l.reports.begin(); it != l.reports.end();) {
    if (keys.count(it->second.org_key)) {
      ++it;
      continue;
    }
    l.recommendations.erase(it->first);
    l.followup_items.erase(it->first);
    l.requests.erase(it->first);
    it = l.reports.erase(it);
  }
}

// Follow-up reports in the order they were written, so a later follow-up can
// continue a recommendation an earlier follow-up created.
std::vector<const RegisterReport*> followups_in_order(const RegisterInput& l) {
  std::vector<const RegisterReport*> out;
  for (const auto& [id, items] : l.followup_items) {
    const auto it = l.reports.find(id);
    if (it != l.reports.end() && !items.empty()) out.push_back(&it->second);
  }
  std::sort(out.begin(), out.end(), [](const RegisterReport* a, const RegisterReport* b) {
    return std::tie(a->ref.year, a->ref.date, a->ref.id) <
           std::tie(b->ref.year, b->ref.date, b->ref.id);
  });
  return out;
}

std::vector<RegisterEntry> build_entries(const RegisterInput& l, std::vector<LinkRow>* links_of,
                                         int64_t links_report) {
  std::vector<RegisterEntry> entries;
  std::map<std::string, size_t> by_key;  // "sha256:r:3" -> index
  // The entries of each organisation, in order: a follow-up's candidates are
  // its own organisation's (scanning every entry per follow-up was most of the
  // time on 10,000 reports).
  std::unordered_map<std::string, std::vector<size_t>> by_org;
  auto key = [](const std::string& sha, char kind, int n) {
    return sha + ":" + kind + ":" + std::to_string(n);
  };
  for (const auto& [id, recs] : l.recommendations) {
    const RegisterReport& r = l.reports.at(id);
    if (r.ref.report_type == kAnswerReportType) continue;
    for (size_t i = 0; i < recs.size(); ++i) {
      RegisterEntry e;
      e.ordinal = static_cast<int>(i) + 1;
      e.id = recommendation_id(id, e.ordinal);
      e.organisation = r.organisation;
      e.org_key = r.org_key;
      e.kommunkod = r.kommunkod;
      e.lan = r.lan;
      e.report = r.ref;
      e.text = recs[i].text;
      e.page = recs[i].page;
      e.year = r.ref.year;
      by_key[key(r.sha256, 'r', e.ordinal)] = entries.size();
      by_org[e.org_key].push_back(entries.size());
      entries.push_back(std::move(e));
    }
  }
  for (const RegisterReport* f : followups_in_order(l)) {
    const std::vector<RegisterItem>& items = l.followup_items.at(f->ref.id);
    // Candidates: the same organisation's recommendations from other reports
    // no later than the follow-up.
    std::vector<size_t> cand_index;
    std::vector<LinkCandidate> candidates;
    static const std::vector<size_t> none;
    const auto same_org = f->org_key.empty() ? by_org.end() : by_org.find(f->org_key);
    for (size_t i : same_org == by_org.end() ? none : same_org->second) {
      const RegisterEntry& c = entries[i];
      if (c.report.id == f->ref.id) continue;
      if (c.year && f->ref.year && *c.year > *f->ref.year) continue;
      cand_index.push_back(i);
      candidates.push_back(
          {c.text, c.year, c.from_followup ? c.report.follows_up_title : c.report.title});
    }
    std::vector<int> target(items.size(), -1);  // index into entries
    std::vector<double> confidence(items.size(), 0);
    std::vector<std::string> how(items.size(), "automatisk");
    std::vector<bool> decided(items.size(), false);
    std::set<size_t> taken;
    for (size_t n = 0; n < items.size(); ++n) {
      const auto d = l.decisions.find({f->sha256, static_cast<int>(n) + 1});
      if (d == l.decisions.end()) continue;
      if (d->second.action == "ta-bort") {
        decided[n] = true;
        continue;
      }
      const auto t = by_key.find(
          key(d->second.target_sha256, d->second.target_kind[0], d->second.target_ordinal));
      if (t == by_key.end()) continue;  // the target is gone: link automatically again
      decided[n] = true;
      target[n] = static_cast<int>(t->second);
      confidence[n] = 1;
      how[n] = d->second.action == "flytta" ? "flyttad" : "bekräftad";
      taken.insert(t->second);
    }
    std::vector<std::string> earlier;
    std::vector<size_t> open_items;
    for (size_t n = 0; n < items.size(); ++n)
      if (!decided[n]) {
        earlier.push_back(items[n].text);
        open_items.push_back(n);
      }
    std::vector<LinkCandidate> free_candidates;
    std::vector<size_t> free_index;
    for (size_t c = 0; c < candidates.size(); ++c)
      if (!taken.count(cand_index[c])) {
        free_candidates.push_back(candidates[c]);
        free_index.push_back(cand_index[c]);
      }
    const std::vector<LinkChoice> choices =
        link_followups(earlier, f->ref.follows_up_year, f->ref.follows_up_title, free_candidates);
    for (size_t k = 0; k < choices.size(); ++k) {
      if (choices[k].candidate < 0) continue;
      target[open_items[k]] =
          static_cast<int>(free_index[static_cast<size_t>(choices[k].candidate)]);
      confidence[open_items[k]] = choices[k].confidence;
    }
    for (size_t n = 0; n < items.size(); ++n) {
      const int ordinal = static_cast<int>(n) + 1;
      StatusEvent ev;
      ev.status = status_from_followup(items[n].verdict);
      ev.source = f->ref;
      ev.item = followup_item_id(f->ref.id, ordinal);
      ev.quote = items[n].text;
      ev.page = items[n].page;
      ev.confidence = confidence[n];
      ev.link = how[n];
      if (target[n] < 0) {
        // Not in the archive: tracked in the follow-up's own wording.
        RegisterEntry e;
        e.id = ev.item;
        e.ordinal = ordinal;
        e.organisation = f->organisation;
        e.org_key = f->org_key;
        e.kommunkod = f->kommunkod;
        e.lan = f->lan;
        e.report = f->ref;
        e.text = items[n].text;
        e.page = items[n].page;
        e.from_followup = true;
        e.year = f->ref.follows_up_year;
        ev.confidence = 1;
        ev.link = "skapad";
        e.history.push_back(ev);
        target[n] = static_cast<int>(entries.size());
        by_key[key(f->sha256, 'u', ordinal)] = entries.size();
        by_org[e.org_key].push_back(entries.size());
        entries.push_back(std::move(e));
      } else {
        entries[static_cast<size_t>(target[n])].history.push_back(ev);
      }
      if (links_of && f->ref.id == links_report) {
        const RegisterEntry& t = entries[static_cast<size_t>(target[n])];
        links_of->push_back(
            {ev.item, ev.quote, items[n].verdict, t.id, t.text, ev.confidence, ev.link});
      }
    }
  }
  for (RegisterEntry& e : entries)
    for (const StatusEvent& ev : e.history)
      if (ev.status) e.status = *ev.status;
  // A follow-up's own recommendation that repeats one it found unresolved
  // ("kvarstående") says so, so it is not read as a new finding.
  std::map<int64_t, std::vector<size_t>> followed;  // follow-up report -> entries it followed up
  for (size_t i = 0; i < entries.size(); ++i)
    for (const StatusEvent& ev : entries[i].history) followed[ev.source.id].push_back(i);
  for (RegisterEntry& e : entries) {
    if (e.from_followup) continue;
    const auto f = followed.find(e.report.id);
    if (f == followed.end()) continue;
    double best = alike::kRestatesEarlier;
    for (size_t i : f->second) {
      const double s = recommendation_similarity(e.text, entries[i].text);
      if (s >= best) {
        best = s;
        e.restates = entries[i].id;
      }
    }
  }
  return entries;
}

// Answers from answer documents ("Svar på revisionsrapport …"): each answers
// the requests of the same organisation's report it names best, else the
// latest earlier report with requests.
void answers_from_documents(RegisterInput& l) {
  for (const auto& [id, s] : l.reports) {
    if (s.ref.report_type != kAnswerReportType || s.org_key.empty()) continue;
    const RegisterReport* best = nullptr;
    double best_score = -1;
    for (const auto& [rid, requests] : l.requests) {
      const RegisterReport& r = l.reports.at(rid);
      if (r.org_key != s.org_key || rid == id || requests.empty()) continue;
      if (!s.ref.date.empty() && !r.ref.date.empty() && r.ref.date > s.ref.date) continue;
      const double score = subject_similarity(s.ref.title, r.ref.title);
      if (score > best_score || (score == best_score && best && r.ref.date > best->ref.date)) {
        best = &r;
        best_score = score;
      }
    }
    if (!best || l.answers.count({best->sha256, 0})) continue;
    l.answers[{best->sha256, 0}] = {s.ref.date, s.ref.title, s.ref.title, s.ref.id};
  }
}

}  // namespace

bool organisation_matches(const std::string& filter, const std::string& organisation,
                          const std::string& kommunkod) {
  if (filter.empty()) return true;
  if (filter == kommunkod) return true;
  const std::string f = nlp::fold_case(filter), o = nlp::fold_case(organisation);
  if (o.rfind(f, 0) == 0) return true;
  if (const Kommun* k = KommunRegister::shared().by_name(filter))
    return !kommunkod.empty() && k->code == kommunkod;
  return false;
}

namespace {
// "2024-03-15" (anything after the tenth character ignored) as a day count.
std::optional<std::chrono::sys_days> iso_day(std::string_view s) {
  if (s.size() < 10 || s[4] != '-' || s[7] != '-') return std::nullopt;
  int y = 0, m = 0, d = 0;
  for (size_t i : {0, 1, 2, 3, 5, 6, 8, 9})
    if (s[i] < '0' || s[i] > '9') return std::nullopt;
  y = (s[0] - '0') * 1000 + (s[1] - '0') * 100 + (s[2] - '0') * 10 + (s[3] - '0');
  m = (s[5] - '0') * 10 + (s[6] - '0');
  d = (s[8] - '0') * 10 + (s[9] - '0');
  const std::chrono::year_month_day ymd{std::chrono::year{y},
                                        std::chrono::month{static_cast<unsigned>(m)},
                                        std::chrono::day{static_cast<unsigned>(d)}};
  if (!ymd.ok()) return std::nullopt;
  return std::chrono::sys_days{ymd};
}
}  // namespace

int days_between(std::string_view a, std::string_view b) {
  const auto da = iso_day(a), db = iso_day(b);
  if (!da || !db) return 0;
  return static_cast<int>((*db - *da).count());
}

RegisterCore prepare_register(RegisterInput l) {
  answers_from_documents(l);
  RegisterCore core;
  for (const auto& [id, requests] : l.requests) {
    const RegisterReport& r = l.reports.at(id);
    for (size_t i = 0; i < requests.size(); ++i) {
      ResponseRequestEntry q;
      q.id = response_request_id(id, static_cast<int>(i) + 1);
      q.organisation = r.organisation;
      q.org_key = r.org_key;
      q.kommunkod = r.kommunkod;
      q.report = r.ref;
      q.text = requests[i].text;
      if (!requests[i].due.empty()) q.due = requests[i].due;
      q.page = requests[i].page;
      if (auto a = l.answers.find({r.sha256, static_cast<int>(i) + 1}); a != l.answers.end())
        q.answer = a->second;
      else if (auto all = l.answers.find({r.sha256, 0}); all != l.answers.end())
        q.answer = all->second;
      // A recommendation's due date: its report's earliest unanswered request.
      if (q.due && !q.answer) {
        auto& due = core.earliest_open_due[id];
        if (due.empty() || *q.due < due) due = *q.due;
      }
      core.requests.push_back(std::move(q));
    }
  }
  core.entries = build_entries(l, nullptr, 0);
  return core;
}

namespace {

// A view of a core that is either kept (const: its entries are copied) or
// used once (its entries are moved out: a register of 10,000 reports is some
// 30,000 entries, and copying them is most of what a view costs).
template <typename Core>
Register view(Core& core, const RegisterFilter& filter, std::string_view today_) {
  constexpr bool kept = std::is_const_v<Core>;
  auto take = [](auto& x) -> std::remove_cvref_t<decltype(x)> {
    if constexpr (kept)
      return x;
    else
      return std::move(x);
  };
  const std::string today(today_);
  Register out;
  for (auto& request : core.requests) {
    if (!organisation_matches(filter.kommun, request.organisation, request.kommunkod)) continue;
    if (filter.report_id && *filter.report_id != request.report.id) continue;
    ResponseRequestEntry q = take(request);
    if (q.due && !q.answer) {
      q.days_overdue = days_between(*q.due, today);
      q.overdue = q.days_overdue > 0;
    }
    if (filter.overdue_only && !q.overdue) continue;
    out.requests.push_back(std::move(q));
  }
  std::stable_sort(out.requests.begin(), out.requests.end(),
                   [](const ResponseRequestEntry& a, const ResponseRequestEntry& b) {
                     if (a.overdue != b.overdue) return a.overdue;
                     if (a.answer.has_value() != b.answer.has_value()) return !a.answer;
                     return a.due.value_or("9999") < b.due.value_or("9999");
                   });

  out.recommendations.reserve(core.entries.size());
  for (auto& entry : core.entries) {
    if (!organisation_matches(filter.kommun, entry.organisation, entry.kommunkod)) continue;
    if (filter.report_id && *filter.report_id != entry.report.id) continue;
    if (filter.status && entry.status != *filter.status) continue;
    std::optional<std::string> due;
    bool overdue = false;
    if (const auto d = core.earliest_open_due.find(entry.report.id);
        d != core.earliest_open_due.end() && !entry.from_followup) {
      due = d->second;
      overdue = !is_resolved(entry.status) && days_between(d->second, today) > 0;
    }
    const int age_days = std::max(
        0,
        days_between(reference_date(entry.report, entry.from_followup ? entry.year : std::nullopt),
                     today));
    if (filter.older_than_days && age_days <= *filter.older_than_days) continue;
    if (filter.overdue_only && !overdue) continue;
    RegisterEntry& e = out.recommendations.emplace_back(take(entry));
    e.due = due;
    e.overdue = overdue;
    e.age_days = age_days;
  }
  std::stable_sort(out.recommendations.begin(), out.recommendations.end(),
                   [](const RegisterEntry& a, const RegisterEntry& b) {
                     const bool ra = is_resolved(a.status), rb = is_resolved(b.status);
                     if (ra != rb) return rb;
                     if (a.overdue != b.overdue) return a.overdue;
                     if (a.age_days != b.age_days) return a.age_days > b.age_days;
                     return std::tie(a.report.id, a.from_followup, a.ordinal) <
                            std::tie(b.report.id, b.from_followup, b.ordinal);
                   });
  return out;
}

}  // namespace

Register view_register(const RegisterCore& core, const RegisterFilter& filter,
                       std::string_view today) {
  return view(core, filter, today);
}

Register view_register(RegisterCore&& core, const RegisterFilter& filter, std::string_view today) {
  return view(core, filter, today);
}

Register build_register(RegisterInput l, const RegisterFilter& filter, std::string_view today) {
  // Links and answers never cross organisations: one organisation's register
  // needs only its reports.
  if (!filter.kommun.empty()) keep_organisations_of(filter.kommun, l);
  return view_register(prepare_register(std::move(l)), filter, today);
}

std::vector<LinkRow> followup_links(const RegisterInput& input, int64_t report) {
  std::vector<LinkRow> out;
  build_entries(input, &out, report);
  return out;
}

}  // namespace gransk::corpus
