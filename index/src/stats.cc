#include "gransk/index/stats.h"

#include <algorithm>

#include "connection.h"
#include "sql.h"

namespace gransk::index {
namespace {

int weakness(const std::string& verdict) {
  return verdict == "nej" ? 2 : verdict == "delvis" ? 1 : 0;
}

}  // namespace

bool theme_stats(const Archive& archive, const std::string& theme, std::optional<int> year_from,
                 std::optional<int> year_to, std::vector<ThemeStats>& out, std::string& error) {
  out.clear();
  std::vector<std::string> themes = corpus::theme_names();
  if (!theme.empty()) {
    const std::optional<std::string> t = corpus::theme_named(theme);
    if (!t) {
      error = "okänt tema ”" + theme + "”; teman: ";
      for (size_t i = 0; i < themes.size(); ++i) error += (i ? ", " : "") + themes[i];
      return false;
    }
    themes = {*t};
  }
  detail::Statement s(
      connection_of(archive),
      "SELECT r.id, coalesce(r.organisation, ''), coalesce(r.kommunkod, ''), r.year, "
      "coalesce(r.date, ''), coalesce(r.title, ''), coalesce(r.firm, ''), r.report_type, "
      "r.path, e.text, e.verdict, coalesce(e.page, 0) FROM entries e JOIN reports r ON r.id = "
      "e.report_id WHERE e.type = 'fraga' AND e.verdict IN ('ja', 'delvis', 'nej') AND "
      "r.organisation IS NOT NULL AND (?1 IS NULL OR r.year >= ?1) AND (?2 IS NULL OR r.year <= "
      "?2) ORDER BY r.year, r.date, r.id, e.span_begin");
  s.bind(1, year_from).bind(2, year_to);
  if (!s.ok()) {
    error = "arkivet kunde inte läsas: " + s.error();
    return false;
  }
  // theme -> organisation key -> (report, weakest verdict, evidence); later reports replace
  // earlier.
  struct Latest {
    int64_t report = 0;
    std::string verdict;
    ThemeEvidence evidence;
  };
  std::map<std::string, std::map<std::string, Latest>> latest;
  while (s.step() == SQLITE_ROW) {
    ThemeEvidence ev;
    ev.report.id = s.integer(0);
    ev.organisation = s.text(1);
    const std::string code = s.text(2);
    if (!s.is_null(3)) ev.report.year = static_cast<int>(s.integer(3));
    ev.report.date = s.text(4);
    ev.report.title = s.text(5);
    ev.report.firm = s.text(6);
    ev.report.report_type = s.text(7);
    ev.report.path = s.text(8);
    ev.question = s.text(9);
    const std::string verdict = s.text(10);
    ev.page = static_cast<int>(s.integer(11));
    const std::string org = corpus::organisation_key(ev.organisation, code);
    for (const std::string& t : corpus::themes_of(ev.question)) {
      if (std::find(themes.begin(), themes.end(), t) == themes.end()) continue;
      Latest& l = latest[t][org];
      if (l.report != ev.report.id) {
        l = {ev.report.id, verdict, ev};
      } else if (weakness(verdict) > weakness(l.verdict)) {
        l.verdict = verdict;
        l.evidence = ev;
      }
    }
  }
  for (const std::string& t : themes) {
    ThemeStats ts;
    ts.theme = t;
    for (const auto& [org, l] : latest[t]) {
      ts.by_verdict[l.verdict].push_back(l.evidence);
      ++ts.organisations;
    }
    out.push_back(std::move(ts));
  }
  return true;
}

}  // namespace gransk::index
