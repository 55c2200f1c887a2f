// The register kept between processes (register_kept.h): its byte form and
// the table it lives in.
#include "register_kept.h"

#include <sys/stat.h>

#include <map>

#include "binary_codec.h"
#include "sql.h"

namespace gransk::index::detail {
namespace {

constexpr uint64_t kMagic = 0x47524b52'45473031;  // "GRKREG01": a change of form changes it

// Reports are cited by tens of thousands of entries and events: each is
// written once and cited by id.
class RefTable {
 public:
  bool add(const corpus::ReportRef& r) {
    const auto [it, fresh] = refs_.emplace(r.id, &r);
    return fresh || *it->second == r;
  }
  void write(Writer& w) const {
    w.u64(refs_.size());
    for (const auto& [id, r] : refs_) {
      w.i64(id);
      w.str(r->title), w.str(r->firm), w.str(r->report_type), w.str(r->date);
      w.str(r->addressee), w.str(r->path), w.opt(r->year), w.str(r->follows_up_title);
      w.opt(r->follows_up_year);
    }
  }

 private:
  std::map<int64_t, const corpus::ReportRef*> refs_;
};

bool read_refs(Reader& in, std::map<int64_t, corpus::ReportRef>& refs) {
  uint64_t n = 0;
  if (!in.count(n)) return false;
  for (uint64_t i = 0; i < n; ++i) {
    corpus::ReportRef r;
    if (!in.i64(r.id) || !in.str(r.title) || !in.str(r.firm) || !in.str(r.report_type) ||
        !in.str(r.date) || !in.str(r.addressee) || !in.str(r.path) || !in.opt(r.year) ||
        !in.str(r.follows_up_title) || !in.opt(r.follows_up_year))
      return false;
    refs.emplace(r.id, std::move(r));
  }
  return true;
}

bool read_ref(Reader& in, const std::map<int64_t, corpus::ReportRef>& refs,
              corpus::ReportRef& out) {
  int64_t id = 0;
  if (!in.i64(id)) return false;
  const auto it = refs.find(id);
  if (it == refs.end()) return false;
  out = it->second;
  return true;
}

void write_status(Writer& w, std::optional<corpus::RecommendationStatus> s) {
  w.opt(s ? std::optional<int>(static_cast<int>(*s)) : std::nullopt);
}

bool read_status(Reader& in, std::optional<corpus::RecommendationStatus>& s) {
  std::optional<int> v;
  if (!in.opt(v)) return false;
  if (!v) return s.reset(), true;
  if (*v < static_cast<int>(corpus::RecommendationStatus::Open) ||
      *v > static_cast<int>(corpus::RecommendationStatus::NotResolved))
    return false;
  s = static_cast<corpus::RecommendationStatus>(*v);
  return true;
}

void write_entry(Writer& w, const corpus::RegisterEntry& e) {
  w.str(e.id), w.str(e.organisation), w.str(e.org_key), w.str(e.kommunkod), w.str(e.lan);
  w.i64(e.report.id);
  w.i64(e.ordinal), w.str(e.text), w.i64(e.page), w.byte(e.from_followup), w.str(e.restates);
  w.opt(e.year);
  write_status(w, e.status);
  w.u64(e.history.size());
  for (const corpus::StatusEvent& ev : e.history) {
    write_status(w, ev.status);
    w.i64(ev.source.id);
    w.str(ev.item), w.str(ev.quote), w.i64(ev.page), w.real(ev.confidence), w.str(ev.link);
  }
  w.opt(e.due), w.byte(e.overdue), w.i64(e.age_days);
}

bool read_entry(Reader& in, const std::map<int64_t, corpus::ReportRef>& refs,
                corpus::RegisterEntry& e) {
  std::optional<corpus::RecommendationStatus> status;
  uint64_t n = 0;
  if (!in.str(e.id) || !in.str(e.organisation) || !in.str(e.org_key) || !in.str(e.kommunkod) ||
      !in.str(e.lan) || !read_ref(in, refs, e.report) || !in.integer(e.ordinal) ||
      !in.str(e.text) || !in.integer(e.page) || !in.present(e.from_followup) ||
      !in.str(e.restates) || !in.opt(e.year) || !read_status(in, status) || !status || !in.count(n))
    return false;
  e.status = *status;
  e.history.resize(n);
  for (corpus::StatusEvent& ev : e.history)
    if (!read_status(in, ev.status) || !read_ref(in, refs, ev.source) || !in.str(ev.item) ||
        !in.str(ev.quote) || !in.integer(ev.page) || !in.real(ev.confidence) || !in.str(ev.link))
      return false;
  return in.opt(e.due) && in.present(e.overdue) && in.integer(e.age_days);
}

void write_request(Writer& w, const corpus::ResponseRequestEntry& q) {
  w.str(q.id), w.str(q.organisation), w.str(q.org_key), w.str(q.kommunkod);
  w.i64(q.report.id);
  w.str(q.text), w.opt(q.due), w.i64(q.page);
  w.byte(q.answer.has_value());
  if (q.answer) {
    w.str(q.answer->date), w.str(q.answer->text), w.str(q.answer->source);
    w.opt(q.answer->report_id);
  }
  w.byte(q.overdue), w.i64(q.days_overdue);
}

bool read_request(Reader& in, const std::map<int64_t, corpus::ReportRef>& refs,
                  corpus::ResponseRequestEntry& q) {
  bool answered = false;
  if (!in.str(q.id) || !in.str(q.organisation) || !in.str(q.org_key) || !in.str(q.kommunkod) ||
      !read_ref(in, refs, q.report) || !in.str(q.text) || !in.opt(q.due) || !in.integer(q.page) ||
      !in.present(answered))
    return false;
  if (answered) {
    q.answer.emplace();
    if (!in.str(q.answer->date) || !in.str(q.answer->text) || !in.str(q.answer->source) ||
        !in.opt(q.answer->report_id))
      return false;
  }
  return in.present(q.overdue) && in.integer(q.days_overdue);
}

}  // namespace

std::string encode_core(const corpus::RegisterCore& core) {
  RefTable refs;
  bool consistent = true;
  for (const auto& e : core.entries) {
    consistent = refs.add(e.report) && consistent;
    for (const auto& ev : e.history) consistent = refs.add(ev.source) && consistent;
  }
  for (const auto& q : core.requests) consistent = refs.add(q.report) && consistent;
  if (!consistent) return {};  // one report cited two ways: not kept, built on each read
  Writer w;
  w.u64(kMagic);
  refs.write(w);
  w.u64(core.entries.size());
  for (const auto& e : core.entries) write_entry(w, e);
  w.u64(core.requests.size());
  for (const auto& q : core.requests) write_request(w, q);
  w.u64(core.earliest_open_due.size());
  for (const auto& [report, due] : core.earliest_open_due) w.i64(report), w.str(due);
  return w.take();
}

bool decode_core(std::string_view bytes, corpus::RegisterCore& core) {
  Reader in(bytes);
  core = corpus::RegisterCore{};
  uint64_t magic = 0, n = 0;
  std::map<int64_t, corpus::ReportRef> refs;
  if (!in.u64(magic) || magic != kMagic || !read_refs(in, refs) || !in.count(n)) return false;
  core.entries.resize(n);
  for (auto& e : core.entries)
    if (!read_entry(in, refs, e)) return false;
  if (!in.count(n)) return false;
  core.requests.resize(n);
  for (auto& q : core.requests)
    if (!read_request(in, refs, q)) return false;
  if (!in.count(n)) return false;
  for (uint64_t i = 0; i < n; ++i) {
    int64_t report = 0;
    std::string due;
    if (!in.i64(report) || !in.str(due)) return false;
    core.earliest_open_due.emplace(report, std::move(due));
  }
  return in.done();
}

const std::string& program_identity() {
  static const std::string id = [] {
    struct stat st {};
    if (stat("/proc/self/exe", &st) != 0) return std::string();
    return std::to_string(st.st_size) + ":" + std::to_string(st.st_mtim.tv_sec) + "." +
           std::to_string(st.st_mtim.tv_nsec) + ":" + std::to_string(st.st_ino);
  }();
  return id;
}

std::shared_ptr<corpus::RegisterCore> read_kept(sqlite3* db, int64_t version) {
  if (version < 0 || program_identity().empty()) return nullptr;
  Statement s(db, "SELECT core FROM register_kept WHERE id = 1 AND version = ? AND program = ?");
  s.bind(1, version).bind(2, program_identity());
  if (s.step() != SQLITE_ROW) return nullptr;
  auto core = std::make_shared<corpus::RegisterCore>();
  if (!decode_core(s.blob(0), *core)) return nullptr;  // damaged: built again, and kept anew
  return core;
}

void keep(sqlite3* db, int64_t version, const corpus::RegisterCore& core) {
  if (version < 0 || program_identity().empty()) return;
  const std::string bytes = encode_core(core);
  if (bytes.empty()) return;
  // Never wait for a writer: with an ingest running the register is kept by
  // a later read. The connection's own wait is put back after.
  sqlite3_busy_timeout(db, 0);
  if (sqlite3_exec(db, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr) == SQLITE_OK) {
    Statement now(db, "SELECT version FROM archive_state WHERE id = 1");
    bool ok = now.step() == SQLITE_ROW && now.integer(0) == version;
    if (ok) {
      Statement put(db,
                    "INSERT OR REPLACE INTO register_kept(id, version, program, core) "
                    "VALUES (1, ?, ?, ?)");
      put.bind(1, version).bind(2, program_identity()).bind_blob(3, bytes);
      ok = put.step() == SQLITE_DONE;
    }
    if (!ok || sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr) != SQLITE_OK)
      sqlite3_exec(db, "ROLLBACK", nullptr, nullptr, nullptr);
  }
  sqlite3_busy_timeout(db, kWaitForWriterMs);
}

}  // namespace gransk::index::detail
