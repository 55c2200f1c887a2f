// The register's storage: its rows are loaded in one read transaction and the
// register is built from them (corpus/register_build.h). What does not depend
// on the day or a filter is kept by the archive's data version, in the
// process (serve) and in the archive (register_kept.h), so it is built once
// per change and never read stale, not even after a killed ingest. A revisor's
// decisions and answers are stored here.
#include "gransk/index/register.h"

#include <QDate>
#include <atomic>
#include <map>
#include <memory>
#include <mutex>

#include "connection.h"
#include "gransk/corpus/register_ids.h"
#include "gransk/corpus/vocabulary.h"
#include "register_kept.h"
#include "sql.h"

namespace gransk::index {
namespace {

using corpus::ItemId;
using corpus::parse_item_id;
using detail::Statement;

bool load(const Archive& archive, corpus::RegisterInput& out, std::string& error) {
  sqlite3* db = connection_of(archive);
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
    corpus::RegisterReport r;
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
    const int64_t report = entries.integer(0);
    const std::string type_key = entries.text(1);
    corpus::RegisterItem e{entries.text(2), entries.text(3), entries.text(4),
                           static_cast<int>(entries.integer(5))};
    const auto type = corpus::entry_type_from_key(type_key);
    auto& list = type == corpus::EntryType::Recommendation ? out.recommendations
                 : type == corpus::EntryType::FollowUp     ? out.followup_items
                                                           : out.requests;
    list[report].push_back(std::move(e));
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

}  // namespace

namespace {

// The register of the archive's last data version, for a process that reads it
// again and again (serve): one per process, shared by its threads.
struct Kept {
  std::string file;
  int64_t version = -1;
  std::shared_ptr<const corpus::RegisterCore> core;
};
std::mutex kept_mutex;
Kept kept;
std::atomic<bool> keeping{false};

}  // namespace

void keep_register_between_reads(bool on) { keeping = on; }

bool read_register(const Archive& archive, const RegisterFilter& filter, const std::string& today,
                   Register& out, std::string& error) {
  sqlite3* db = connection_of(archive);
  const char* name = sqlite3_db_filename(db, "main");
  const std::string file = name ? name : "";
  std::shared_ptr<const corpus::RegisterCore> shared;  // kept in this process
  std::shared_ptr<corpus::RegisterCore> own;           // read or built for this read
  int64_t version = -1;
  bool built = false;
  {
    // The version and the rows in one snapshot: a register kept by this
    // version is built from exactly these rows.
    const detail::ReadTransaction snapshot(db);
    version = archive.data_version();
    if (keeping) {
      const std::lock_guard<std::mutex> lock(kept_mutex);
      if (version >= 0 && kept.core && kept.file == file && kept.version == version)
        shared = kept.core;
    }
    if (!shared) own = detail::read_kept(db, version);
    if (!shared && !own) {
      corpus::RegisterInput l;
      if (!load(archive, l, error)) return false;
      own = std::make_shared<corpus::RegisterCore>(corpus::prepare_register(std::move(l)));
      built = true;
    }
  }
  if (built) detail::keep(db, version, *own);
  if (own && keeping) {
    shared = own;
    const std::lock_guard<std::mutex> lock(kept_mutex);
    kept = {file, version, shared};
  }
  out = shared ? corpus::view_register(*shared, filter, today)
               : corpus::view_register(std::move(*own), filter, today);
  return true;
}

bool add_register_ids(const Archive& archive, const std::string& today, std::vector<Hit>& hits,
                      std::string& error) {
  std::map<int64_t, Hit*> by_entry;
  for (Hit& h : hits) by_entry[h.entry_id] = &h;
  if (by_entry.empty()) return true;
  sqlite3* db = connection_of(archive);
  {
    const detail::ReadTransaction snapshot(db);
    // The order load() reads them in, which is the order the register numbers them.
    Statement entries(db,
                      "SELECT id, report_id, type FROM entries WHERE type IN ('rekommendation', "
                      "'uppfoljning', 'svarsbegaran') ORDER BY report_id, span_begin, id");
    if (!entries.ok()) {
      error = "arkivet kunde inte läsas: " + entries.error();
      return false;
    }
    int64_t report = -1;
    std::map<std::string, int> seen;  // per type, in this report
    while (entries.step() == SQLITE_ROW) {
      if (entries.integer(1) != report) {
        report = entries.integer(1);
        seen.clear();
      }
      const std::string type = entries.text(2);
      const int n = ++seen[type];
      const auto it = by_entry.find(entries.integer(0));
      if (it == by_entry.end()) continue;
      it->second->item_id = type == "rekommendation" ? corpus::recommendation_id(report, n)
                            : type == "uppfoljning"  ? corpus::followup_item_id(report, n)
                                                     : corpus::response_request_id(report, n);
    }
  }
  Register reg;
  if (!read_register(archive, RegisterFilter{}, today, reg, error)) return false;
  std::map<std::string, std::string> status;
  for (const RegisterEntry& e : reg.recommendations) status[e.id] = corpus::status_label(e.status);
  for (Hit& h : hits)
    if (const auto it = status.find(h.item_id); it != status.end()) h.status = it->second;
  return true;
}

bool read_links(const Archive& archive, int64_t followup_report, std::vector<LinkRow>& out,
                std::string& error) {
  corpus::RegisterInput l;
  if (!load(archive, l, error)) return false;
  out = corpus::followup_links(l, followup_report);
  return true;
}

bool decide_link(Archive& archive, const std::string& item, LinkAction action,
                 const std::string& target, std::string& error) {
  const std::optional<ItemId> it = parse_item_id(item);
  if (!it || it->kind != 'u') {
    error = "”" + item + "” är ingen uppföljningspost; ange den som RAPPORT.uN, t.ex. 14.u2";
    return false;
  }
  corpus::RegisterInput l;
  if (!load(archive, l, error)) return false;
  const auto f = l.reports.find(it->report);
  const auto items = l.followup_items.find(it->report);
  if (f == l.reports.end() || items == l.followup_items.end() || it->ordinal < 1 ||
      static_cast<size_t>(it->ordinal) > items->second.size()) {
    error = "uppföljningsposten " + item + " finns inte i arkivet";
    return false;
  }
  std::string target_sha, target_kind;
  int target_ordinal = 0;
  if (action != LinkAction::Undo) {
    std::string t = target;
    if (action == LinkAction::Confirm) {
      const std::vector<LinkRow> rows = corpus::followup_links(l, it->report);
      t = rows[static_cast<size_t>(it->ordinal - 1)].target;
      if (t == item) {
        error = item + " är inte länkad till någon tidigare rekommendation; använd --flytta-till";
        return false;
      }
    }
    const std::optional<ItemId> tid = parse_item_id(t);
    const auto tr = tid ? l.reports.find(tid->report) : l.reports.end();
    const auto& list = tid && tid->kind == 'u' ? l.followup_items : l.recommendations;
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
  Statement s(connection_of(archive),
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
  corpus::RegisterInput l;
  if (!load(archive, l, error)) return false;
  const auto r = l.reports.find(id->report);
  const auto requests = l.requests.find(id->report);
  if (r == l.reports.end() || requests == l.requests.end() || id->ordinal < 0 ||
      static_cast<size_t>(id->ordinal) > requests->second.size()) {
    error = "svarsbegäran " + request + " finns inte i arkivet";
    return false;
  }
  Statement s(connection_of(archive),
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
