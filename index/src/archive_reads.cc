// Reading reports and findings back: the row shapes `show`, `list`, search
// hits and the web page use.
#include <optional>
#include <string>
#include <vector>

#include "connection.h"
#include "gransk/index/archive.h"
#include "sql.h"

namespace gransk::index {

using detail::Statement;

namespace {
constexpr const char* kReportColumns =
    "SELECT r.id, r.sha256, r.path, coalesce(r.organisation, ''), coalesce(r.kommunkod, ''), "
    "coalesce(r.lan, ''), coalesce(r.firm, ''), r.report_type, coalesce(r.title, ''), r.year, "
    "(SELECT count(*) FROM entries e WHERE e.report_id = r.id), coalesce(r.date, ''), "
    "coalesce(r.addressee, ''), r.pages, r.follows_up_year, coalesce(r.follows_up_title, ''), "
    "coalesce(r.ocr, '') FROM reports r ";

ReportRow report_row(const Statement& s) {
  ReportRow r;
  r.id = s.integer(0);
  r.sha256 = s.text(1);
  r.path = s.text(2);
  r.organisation = s.text(3);
  r.kommunkod = s.text(4);
  r.lan = s.text(5);
  r.firm = s.text(6);
  r.report_type = s.text(7);
  r.title = s.text(8);
  if (!s.is_null(9)) r.year = static_cast<int>(s.integer(9));
  r.entries = static_cast<int>(s.integer(10));
  r.date = s.text(11);
  r.addressee = s.text(12);
  r.pages = static_cast<int>(s.integer(13));
  if (!s.is_null(14)) r.follows_up_year = static_cast<int>(s.integer(14));
  r.follows_up_title = s.text(15);
  r.ocr = s.text(16);
  return r;
}
}  // namespace

std::optional<ReportRow> Archive::report(int64_t id) const {
  Statement s(connection_->db, (std::string(kReportColumns) + "WHERE r.id = ?1").c_str());
  s.bind(1, id);
  if (s.step() != SQLITE_ROW) return std::nullopt;
  return report_row(s);
}

std::vector<EntryRow> Archive::findings(int64_t report_id) const {
  std::vector<EntryRow> out;
  Statement s(connection_->db,
              "SELECT type, text, coalesce(verdict, ''), coalesce(due, ''), coalesce(section, ''), "
              "coalesce(rule_id, ''), coalesce(page, 0), id, report_id FROM entries WHERE "
              "report_id = ?1 AND "
              "type <> 'text' ORDER BY CASE type WHEN 'bedomning' THEN 0 WHEN 'fraga' THEN 1 WHEN "
              "'rekommendation' THEN 2 WHEN 'uppfoljning' THEN 3 ELSE 4 END, page, span_begin");
  s.bind(1, report_id);
  while (s.step() == SQLITE_ROW)
    out.push_back({s.text(0), s.text(1), s.text(2), s.text(3), s.text(4), s.text(5),
                   static_cast<int>(s.integer(6)), s.integer(7), s.integer(8)});
  return out;
}

std::optional<EntryRow> Archive::entry(int64_t id) const {
  Statement s(connection_->db,
              "SELECT type, text, coalesce(verdict, ''), coalesce(due, ''), coalesce(section, ''), "
              "coalesce(rule_id, ''), coalesce(page, 0), id, report_id FROM entries WHERE id = ?1");
  s.bind(1, id);
  if (s.step() != SQLITE_ROW) return std::nullopt;
  return EntryRow{s.text(0),
                  s.text(1),
                  s.text(2),
                  s.text(3),
                  s.text(4),
                  s.text(5),
                  static_cast<int>(s.integer(6)),
                  s.integer(7),
                  s.integer(8)};
}

std::vector<ReportRow> Archive::reports(const std::string& kommun, const std::string& lan,
                                        const std::string& firma, std::optional<int> year_from,
                                        std::optional<int> year_to) const {
  std::vector<ReportRow> out;
  Statement s(connection_->db,
              (std::string(kReportColumns) +
               "WHERE gransk_organisation(?1, r.organisation, coalesce(r.kommunkod, '')) "
               "AND (?2 = '' OR r.lan LIKE '%' || ?2 || '%') AND (?3 = '' OR r.firm LIKE ?3) "
               "AND (?4 IS NULL OR r.year >= ?4) AND (?5 IS NULL OR r.year <= ?5) "
               "ORDER BY r.organisation, r.year")
                  .c_str());
  s.bind(1, kommun).bind(2, lan).bind(3, firma).bind(4, year_from).bind(5, year_to);
  while (s.step() == SQLITE_ROW) out.push_back(report_row(s));
  return out;
}

std::vector<ReportRow> Archive::reports() const {
  std::vector<ReportRow> out;
  Statement s(connection_->db,
              (std::string(kReportColumns) + "ORDER BY r.organisation, r.year").c_str());
  while (s.step() == SQLITE_ROW) out.push_back(report_row(s));
  return out;
}

}  // namespace gransk::index
