#include "report_versions.h"

#include <vector>

#include "gransk/corpus/similarity.h"
#include "gransk/corpus/vocabulary.h"
#include "sql.h"

namespace gransk::index::detail {
namespace {

std::vector<std::string> texts_of(sqlite3* db, const std::string& sha256, std::string_view type) {
  std::vector<std::string> out;
  Statement s(db,
              "SELECT e.text FROM entries e JOIN reports r ON r.id = e.report_id "
              "WHERE r.sha256 = ?1 AND e.type = ?2 ORDER BY e.span_begin, e.id");
  s.bind(1, sha256).bind(2, std::string(type));
  while (s.step() == SQLITE_ROW) out.push_back(s.text(0));
  return out;
}

// The same findings in the same order: then ordinal n means the same thing.
bool same_findings(sqlite3* db, const std::string& old_sha, const std::string& new_sha,
                   corpus::EntryType kind) {
  const std::string_view type = corpus::key(kind);
  const std::vector<std::string> a = texts_of(db, old_sha, type), b = texts_of(db, new_sha, type);
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i)
    if (a[i] != b[i] && corpus::text_similarity(a[i], b[i]) < corpus::alike::kSameAfterReading)
      return false;
  return true;
}

bool run(sqlite3* db, const char* sql, const std::string& to, const std::string& from,
         std::string& error) {
  Statement s(db, sql);
  s.bind(1, to).bind(2, from);
  if (s.step() == SQLITE_DONE) return true;
  error = s.error();
  return false;
}

}  // namespace

bool delete_entries(sqlite3* db, const std::string& sha256, std::string& error) {
  Statement old(db,
                "INSERT INTO entries_fts(entries_fts, rowid, text) SELECT 'delete', e.id, e.text "
                "FROM entries e JOIN reports r ON r.id = e.report_id WHERE r.sha256 = ?1");
  old.bind(1, sha256);
  if (old.step() != SQLITE_DONE) return error = old.error(), false;
  Statement del(db,
                "DELETE FROM entries WHERE report_id = (SELECT id FROM reports WHERE sha256 = ?1)");
  del.bind(1, sha256);
  if (del.step() != SQLITE_DONE) return error = del.error(), false;
  return true;
}

bool replace_older_versions(sqlite3* db, const std::string& sha256, const std::string& path,
                            std::string& error) {
  std::vector<std::string> older;
  {
    Statement s(db, "SELECT sha256 FROM reports WHERE path = ?1 AND sha256 <> ?2");
    s.bind(1, path).bind(2, sha256);
    while (s.step() == SQLITE_ROW) older.push_back(s.text(0));
  }
  for (const std::string& old : older) {
    if (same_findings(db, old, sha256, corpus::EntryType::FollowUp) &&
        !run(db,
             "UPDATE OR REPLACE link_decisions SET followup_sha256 = ?1 "
             "WHERE followup_sha256 = ?2",
             sha256, old, error))
      return false;
    if (same_findings(db, old, sha256, corpus::EntryType::Recommendation) &&
        !run(db,
             "UPDATE link_decisions SET target_sha256 = ?1 "
             "WHERE target_sha256 = ?2 AND target_kind = 'r'",
             sha256, old, error))
      return false;
    if (same_findings(db, old, sha256, corpus::EntryType::FollowUp) &&
        !run(db,
             "UPDATE link_decisions SET target_sha256 = ?1 "
             "WHERE target_sha256 = ?2 AND target_kind = 'u'",
             sha256, old, error))
      return false;
    if (same_findings(db, old, sha256, corpus::EntryType::ResponseRequest) &&
        !run(db, "UPDATE OR REPLACE answers SET report_sha256 = ?1 WHERE report_sha256 = ?2",
             sha256, old, error))
      return false;
    if (!delete_entries(db, old, error)) return false;
    Statement del(db, "DELETE FROM reports WHERE sha256 = ?1");
    del.bind(1, old);
    if (del.step() != SQLITE_DONE) return error = del.error(), false;
  }
  return true;
}

}  // namespace gransk::index::detail
