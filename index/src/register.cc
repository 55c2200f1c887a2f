// The register is computed from the stored findings on every read: linking a
// few thousand recommendations takes milliseconds, and a derived table could
// go stale after a killed ingest. Only decisions and answers are stored.
#include "gransk/index/register.h"

#include <QDate>
#include <algorithm>
#include <map>
#include <set>

#include "gransk/corpus/vocabulary.h"
#include "gransk/nlp/nlp.h"
#include "organisation_match.h"
#include "register_ids.h"
#include "sql.h"

namespace gransk::index {
namespace {

using corpus::RecommendationStatus;
using detail::exec;
using detail::Statement;

struct StoredReport {
  ReportRef ref;
  std::string sha256, organisation, org_key, kommunkod, lan;
};

struct StoredEntry {
  int64_t report_id = 0;
  std::string type, text, verdict, due;
  int page = 0;
};

struct Decision {
  std::string action, target_sha256, target_kind;
  int target_ordinal = 0;
};

struct Loaded {
  std::map<int64_t, StoredReport> reports;
  std::map<int64_t, std::vector<StoredEntry>> recs, items, requests;  // by report, in order
  std::map<std::pair<std::string, int>, Decision> decisions;          // (sha256, item)
  std::map<std::pair<std::string, int>, Answer> answers;              // (sha256, request; 0 = all)
};

// The day a recommendation was given: its report's date, else mid-year. One
// known only from a follow-up dates from the year the follow-up names.
std::string reference_date(const ReportRef& r, std::optional<int> followed_year) {
  if (followed_year) return std::to_string(*followed_year) + "-07-01";
  if (!r.date.empty()) return r.date;
  return r.year ? std::to_string(*r.year) + "-07-01" : std::string();
}

bool load(const Archive& archive, Loaded& out, std::string& error) {
  sqlite3* db = archive.handle();
  const detail::ReadTransaction snapshot(db);
  Statement reports(db,
                    "SELECT id, sha256, coalesce(organisation, ''), kommunkod, coalesce(lan, ''), "
                    "year, coalesce(date, ''), coalesce(firm, ''), report_type, "
                    "coalesce(title, ''), coalesce(addressee, ''), path, follows_up_year, "
                    "coalesce(follows_up_title, '') FROM reports");
  if (!reports.ok()) {
    error = "arkivet kunde inte läsas: " + reports.error();
    return false;
  }
  while (reports.step() == SQLITE_ROW) {
    StoredReport r;
    r.ref.id = reports.integer(0);
    r.sha256 = reports.text(1);
    r.organisation = reports.text(2);
    if (!reports.is_null(3)) r.kommunkod = reports.text(3);
    r.lan = reports.text(4);
    if (!reports.is_null(5)) r.ref.year = static_cast<int>(reports.integer(5));
    r.ref.date = reports.text(6);
    r.ref.firm = reports.text(7);
    r.ref.report_type = reports.text(8);
    r.ref.title = reports.text(9);
    r.ref.addressee = reports.text(10);
    r.ref.path = reports.text(11);
    if (!reports.is_null(12)) r.ref.follows_up_year = static_cast<int>(reports.integer(12));
    r.ref.follows_up_title = reports.text(13);
    r.org_key = r.organisation.empty() ? std::string()
                                       : corpus::organisation_key(r.organisation, r.kommunkod);
    out.reports.emplace(r.ref.id, std::move(r));
  }
  Statement entries(db,
                    "SELECT report_id, type, text, coalesce(verdict, ''), coalesce(due, ''), "
                    "coalesce(page, 0) FROM entries WHERE type IN ('rekommendation', "
                    "'uppfoljning', 'svarsbegaran') ORDER BY report_id, span_begin, id");
  while (entries.step() == SQLITE_ROW) {
    StoredEntry e{entries.integer(0), entries.text(1), entries.text(2),
                  entries.text(3),    entries.text(4), static_cast<int>(entries.integer(5))};
    const auto type = corpus::entry_type_from_key(e.type);
    auto& list = type == corpus::EntryType::Recommendation ? out.recs
                 : type == corpus::EntryType::FollowUp     ? out.items
                                                           : out.requests;
    list[e.report_id].push_back(std::move(e));
  }
  Statement decisions(db,
                      "SELECT followup_sha256, item, action, coalesce(target_sha256, ''), "
                      "coalesce(target_kind, ''), coalesce(target_ordinal, 0) FROM link_decisions");
  while (decisions.step() == SQLITE_ROW)
    out.decisions[{decisions.text(0), static_cast<int>(decisions.integer(1))}] = {
        decisions.text(2), decisions.text(3), decisions.text(4),
        static_cast<int>(decisions.integer(5))};
  Statement answers(db,
                    "SELECT report_sha256, request, answered_on, coalesce(text, '') FROM answers");
  while (answers.step() == SQLITE_ROW)
    out.answers[{answers.text(0), static_cast<int>(answers.integer(1))}] = {
        answers.text(2), answers.text(3), "manuellt", std::nullopt};
  return true;
}

bool same_organisation(const std::string& filter, const StoredReport& r) {
  return organisation_matches(filter, r.organisation, r.kommunkod);
}

// Links and answers never cross organisations, so a register filtered to one
// organisation needs only that organisation's reports.
void keep_organisations_of(const std::string& filter, Loaded& l) {
  std::set<std::string> keys;
  for (const auto& [id, r] : l.reports)
    if (same_organisation(filter, r)) keys.insert(r.org_key);
  for (auto it = l.reports.begin(); it != l.reports.end();) {
    if (keys.count(it->second.org_key)) {
      ++it;
      continue;
    }
    l.recs.erase(it->first);
    l.items.erase(it->first);
    l.requests.erase(it->first);
    it = l.reports.erase(it);
  }
}

// Follow-up reports in the order they were written, so a later follow-up can
// continue a recommendation an earlier follow-up created.
std::vector<const StoredReport*> followups_in_order(const Loaded& l) {
  std::vector<const StoredReport*> out;
  for (const auto& [id, items] : l.items) {
    const auto it = l.reports.find(id);
    if (it != l.reports.end() && !items.empty()) out.push_back(&it->second);
  }
  std::sort(out.begin(), out.end(), [](const StoredReport* a, const StoredReport* b) {
    return std::tie(a->ref.year, a->ref.date, a->ref.id) <
           std::tie(b->ref.year, b->ref.date, b->ref.id);
  });
  return out;
}

std::vector<RegisterEntry> build_entries(const Loaded& l, std::vector<LinkRow>* links_of,
                                         int64_t links_report) {
  std::vector<RegisterEntry> entries;
  std::map<std::string, size_t> by_key;  // "sha256:r:3" -> index
  auto key = [](const std::string& sha, char kind, int n) {
    return sha + ":" + kind + ":" + std::to_string(n);
  };
  for (const auto& [id, recs] : l.recs) {
    const StoredReport& r = l.reports.at(id);
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
      entries.push_back(std::move(e));
    }
  }
  for (const StoredReport* f : followups_in_order(l)) {
    const std::vector<StoredEntry>& items = l.items.at(f->ref.id);
    // Candidates: the same organisation's recommendations from other reports
    // no later than the follow-up.
    std::vector<size_t> cand_index;
    std::vector<corpus::LinkCandidate> candidates;
    for (size_t i = 0; i < entries.size(); ++i) {
      const RegisterEntry& c = entries[i];
      if (c.org_key != f->org_key || f->org_key.empty() || c.report.id == f->ref.id) continue;
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
    std::vector<corpus::LinkCandidate> free_candidates;
    std::vector<size_t> free_index;
    for (size_t c = 0; c < candidates.size(); ++c)
      if (!taken.count(cand_index[c])) {
        free_candidates.push_back(candidates[c]);
        free_index.push_back(cand_index[c]);
      }
    const std::vector<corpus::LinkChoice> choices = corpus::link_followups(
        earlier, f->ref.follows_up_year, f->ref.follows_up_title, free_candidates);
    for (size_t k = 0; k < choices.size(); ++k) {
      if (choices[k].candidate < 0) continue;
      target[open_items[k]] =
          static_cast<int>(free_index[static_cast<size_t>(choices[k].candidate)]);
      confidence[open_items[k]] = choices[k].confidence;
    }
    for (size_t n = 0; n < items.size(); ++n) {
      const int ordinal = static_cast<int>(n) + 1;
      StatusEvent ev;
      ev.status = corpus::status_from_followup(items[n].verdict);
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
    double best = 0.8;  // nearly the same words
    for (size_t i : f->second) {
      const double s = corpus::recommendation_similarity(e.text, entries[i].text);
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
void answers_from_documents(Loaded& l) {
  for (const auto& [id, s] : l.reports) {
    if (s.ref.report_type != kAnswerReportType || s.org_key.empty()) continue;
    const StoredReport* best = nullptr;
    double best_score = -1;
    for (const auto& [rid, requests] : l.requests) {
      const StoredReport& r = l.reports.at(rid);
      if (r.org_key != s.org_key || rid == id || requests.empty()) continue;
      if (!s.ref.date.empty() && !r.ref.date.empty() && r.ref.date > s.ref.date) continue;
      const double score = corpus::subject_similarity(s.ref.title, r.ref.title);
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

int days_between(const std::string& a, const std::string& b) {
  const QDate da = QDate::fromString(QString::fromStdString(a.substr(0, 10)), Qt::ISODate);
  const QDate db = QDate::fromString(QString::fromStdString(b.substr(0, 10)), Qt::ISODate);
  if (!da.isValid() || !db.isValid()) return 0;
  return static_cast<int>(da.daysTo(db));
}

bool read_register(const Archive& archive, const RegisterFilter& filter, const std::string& today,
                   Register& out, std::string& error) {
  Loaded l;
  if (!load(archive, l, error)) return false;
  if (!filter.kommun.empty()) keep_organisations_of(filter.kommun, l);
  answers_from_documents(l);
  out = {};
  // Response requests first: a recommendation's due date comes from them.
  std::map<int64_t, std::string> earliest_open_due;
  for (const auto& [id, requests] : l.requests) {
    const StoredReport& r = l.reports.at(id);
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
      if (q.due && !q.answer) {
        q.days_overdue = days_between(*q.due, today);
        q.overdue = q.days_overdue > 0;
        auto& due = earliest_open_due[id];
        if (due.empty() || *q.due < due) due = *q.due;
      }
      if (!same_organisation(filter.kommun, r)) continue;
      if (filter.report_id && *filter.report_id != id) continue;
      if (filter.overdue_only && !q.overdue) continue;
      out.requests.push_back(std::move(q));
    }
  }
  std::stable_sort(out.requests.begin(), out.requests.end(),
                   [](const ResponseRequestEntry& a, const ResponseRequestEntry& b) {
                     if (a.overdue != b.overdue) return a.overdue;
                     if (a.answer.has_value() != b.answer.has_value()) return !a.answer;
                     return a.due.value_or("9999") < b.due.value_or("9999");
                   });

  for (RegisterEntry& e : build_entries(l, nullptr, 0)) {
    const StoredReport& r = l.reports.at(e.report.id);
    if (!same_organisation(filter.kommun, r)) continue;
    if (filter.report_id && *filter.report_id != e.report.id) continue;
    if (const auto d = earliest_open_due.find(e.report.id);
        d != earliest_open_due.end() && !e.from_followup) {
      e.due = d->second;
      e.overdue = !corpus::is_resolved(e.status) && days_between(d->second, today) > 0;
    }
    e.age_days = std::max(
        0, days_between(reference_date(e.report, e.from_followup ? e.year : std::nullopt), today));
    if (filter.status && e.status != *filter.status) continue;
    if (filter.older_than_days && e.age_days <= *filter.older_than_days) continue;
    if (filter.overdue_only && !e.overdue) continue;
    out.recommendations.push_back(std::move(e));
  }
  std::stable_sort(out.recommendations.begin(), out.recommendations.end(),
                   [](const RegisterEntry& a, const RegisterEntry& b) {
                     const bool ra = corpus::is_resolved(a.status),
                                rb = corpus::is_resolved(b.status);
                     if (ra != rb) return rb;
                     if (a.overdue != b.overdue) return a.overdue;
                     if (a.age_days != b.age_days) return a.age_days > b.age_days;
                     return std::tie(a.report.id, a.from_followup, a.ordinal) <
                            std::tie(b.report.id, b.from_followup, b.ordinal);
                   });
  return true;
}

bool read_links(const Archive& archive, int64_t followup_report, std::vector<LinkRow>& out,
                std::string& error) {
  Loaded l;
  if (!load(archive, l, error)) return false;
  out.clear();
  build_entries(l, &out, followup_report);
  return true;
}

bool decide_link(Archive& archive, const std::string& item, LinkAction action,
                 const std::string& target, std::string& error) {
  const std::optional<ItemId> it = parse_item_id(item);
  if (!it || it->kind != 'u') {
    error = "”" + item + "” är ingen uppföljningspost; ange den som RAPPORT.uN, t.ex. 14.u2";
    return false;
  }
  Loaded l;
  if (!load(archive, l, error)) return false;
  const auto f = l.reports.find(it->report);
  const auto items = l.items.find(it->report);
  if (f == l.reports.end() || items == l.items.end() || it->ordinal < 1 ||
      static_cast<size_t>(it->ordinal) > items->second.size()) {
    error = "uppföljningsposten " + item + " finns inte i arkivet";
    return false;
  }
  std::string target_sha, target_kind;
  int target_ordinal = 0;
  if (action != LinkAction::Undo) {
    std::string t = target;
    if (action == LinkAction::Confirm) {
      std::vector<LinkRow> rows;
      build_entries(l, &rows, it->report);
      t = rows[static_cast<size_t>(it->ordinal - 1)].target;
      if (t == item) {
        error = item + " är inte länkad till någon tidigare rekommendation; använd --flytta-till";
        return false;
      }
    }
    const std::optional<ItemId> tid = parse_item_id(t);
    const auto tr = tid ? l.reports.find(tid->report) : l.reports.end();
    const auto& list = tid && tid->kind == 'u' ? l.items : l.recs;
    const auto te = tid ? list.find(tid->report) : list.end();
    if (!tid || tid->kind == 's' || tr == l.reports.end() || te == list.end() || tid->ordinal < 1 ||
        static_cast<size_t>(tid->ordinal) > te->second.size()) {
      error = "rekommendationen ”" + t + "” finns inte i arkivet";
      return false;
    }
    if (tid->report == it->report) {
      error = "en uppföljning kan inte länkas till sig själv";
      return false;
    }
    if (tr->second.org_key != f->second.org_key) {
      error = t + " gäller " + tr->second.organisation + ", inte " + f->second.organisation;
      return false;
    }
    target_sha = tr->second.sha256;
    target_kind = std::string(1, tid->kind);
    target_ordinal = tid->ordinal;
  }
  Statement s(archive.handle(),
              "INSERT INTO link_decisions(followup_sha256, item, action, target_sha256, "
              "target_kind, target_ordinal, decided_at) VALUES (?1,?2,?3,?4,?5,?6,"
              "strftime('%Y-%m-%dT%H:%M:%S','now','localtime')) ON CONFLICT(followup_sha256, "
              "item) DO UPDATE SET action = ?3, target_sha256 = ?4, target_kind = ?5, "
              "target_ordinal = ?6, decided_at = excluded.decided_at");
  const char* name = action == LinkAction::Confirm ? "bekrafta"
                     : action == LinkAction::Move  ? "flytta"
                                                   : "ta-bort";
  s.bind(1, f->second.sha256).bind(2, it->ordinal).bind(3, std::string(name));
  if (action != LinkAction::Undo)
    s.bind(4, target_sha).bind(5, target_kind).bind(6, target_ordinal);
  if (s.step() != SQLITE_DONE) {
    error = "beslutet kunde inte sparas: " + s.error();
    return false;
  }
  return true;
}

bool record_answer(Archive& archive, const std::string& request, const std::string& date,
                   const std::string& text, bool remove, std::string& error) {
  std::optional<ItemId> id = parse_item_id(request);
  if (id && id->kind == 'x') *id = {id->report, 's', 0};  // all of the report's requests
  if (!id || id->kind != 's') {
    error = "”" + request + "” är ingen svarsbegäran; ange RAPPORT.sN (t.ex. 7.s1) eller RAPPORT";
    return false;
  }
  if (!remove && !QDate::fromString(QString::fromStdString(date), Qt::ISODate).isValid()) {
    error = "datumet ”" + date + "” ska skrivas ÅÅÅÅ-MM-DD";
    return false;
  }
  Loaded l;
  if (!load(archive, l, error)) return false;
  const auto r = l.reports.find(id->report);
  const auto requests = l.requests.find(id->report);
  if (r == l.reports.end() || requests == l.requests.end() || id->ordinal < 0 ||
      static_cast<size_t>(id->ordinal) > requests->second.size()) {
    error = "svarsbegäran " + request + " finns inte i arkivet";
    return false;
  }
  Statement s(archive.handle(),
              remove ? "DELETE FROM answers WHERE report_sha256 = ?1 AND request = ?2"
                     : "INSERT INTO answers(report_sha256, request, answered_on, text, "
                       "recorded_at) VALUES (?1,?2,?3,?4,strftime('%Y-%m-%dT%H:%M:%S','now',"
                       "'localtime')) ON CONFLICT(report_sha256, request) DO UPDATE SET "
                       "answered_on = ?3, text = ?4, recorded_at = excluded.recorded_at");
  s.bind(1, r->second.sha256).bind(2, id->ordinal);
  if (!remove) s.bind(3, date).bind(4, text);
  if (s.step() != SQLITE_DONE) {
    error = "svaret kunde inte sparas: " + s.error();
    return false;
  }
  return true;
}

}  // namespace gransk::index
