// Ranked search with filters and facets, all SQL parameterised.
#include "gransk/index/search.h"

#include <algorithm>
#include <cstdio>
#include <map>
#include <variant>

#include "connection.h"
#include "gransk/corpus/vocabulary.h"
#include "gransk/nlp/nlp.h"
#include "sql.h"

namespace gransk::index {
namespace {

using detail::Statement;
using Param = std::variant<std::string, int64_t>;

// The WHERE clause shared by hits, totals and facets.
struct Where {
  std::string sql = "entries_fts MATCH ?1";
  std::vector<Param> params;  // from ?2 on

  void add(const std::string& clause, Param p) {
    params.push_back(std::move(p));
    std::string c = clause;
    const std::string n = "?" + std::to_string(params.size() + 1);
    for (size_t pos; (pos = c.find("?#")) != std::string::npos;) c.replace(pos, 2, n);
    sql += " AND " + c;
  }
  void bind(Statement& s, const std::string& fts) const {
    s.bind(1, fts);
    for (size_t i = 0; i < params.size(); ++i) {
      const int at = static_cast<int>(i) + 2;
      if (const auto* t = std::get_if<std::string>(&params[i]))
        s.bind(at, *t);
      else
        s.bind(at, std::get<int64_t>(params[i]));
    }
  }
};

bool make_where(const SearchFilters& f, Where& w, std::string& error) {
  if (!f.kommun.empty()) {
    w.add("gransk_organisation(?#, r.organisation, coalesce(r.kommunkod, ''))", f.kommun);
  }
  if (!f.lan.empty()) w.add("r.lan LIKE '%' || ?# || '%'", f.lan);
  if (!f.firma.empty()) w.add("r.firm LIKE ?#", f.firma);
  if (!f.rapporttyp.empty()) w.add("r.report_type = ?#", f.rapporttyp);
  if (f.year_from) w.add("r.year >= ?#", static_cast<int64_t>(*f.year_from));
  if (f.year_to) w.add("r.year <= ?#", static_cast<int64_t>(*f.year_to));
  if (!f.typ.empty()) {
    const auto t = entry_type(f.typ);
    if (!t) {
      error = "Okänd typ \"" + f.typ +
              "\". Välj fraga, bedomning, rekommendation, uppfoljning, svarsbegaran eller text.";
      return false;
    }
    w.add("e.type = ?#", *t);
  }
  if (!f.bedomning.empty()) {
    // "Nej" as well as "nej": a revisor writes it either way.
    const auto v = corpus::verdict_from_key(nlp::fold_case(f.bedomning));
    if (!v) {
      error = "Bedömningen ska vara ja, delvis eller nej.";
      return false;
    }
    w.add("e.verdict = ?#", std::string(corpus::key(*v)));
  }
  return true;
}

constexpr const char* kUnreadable =
    "Frågan kunde inte tolkas. Använd ord, \"fraser\", OR, -ord och prefix*.";

std::string duration_text(std::chrono::milliseconds t) {
  return t.count() % 1000 == 0 ? std::to_string(t.count() / 1000) + " s"
                               : std::to_string(t.count()) + " ms";
}

constexpr const char* kFrom =
    " FROM entries_fts JOIN entries e ON e.id = entries_fts.rowid"
    " JOIN reports r ON r.id = e.report_id WHERE ";

}  // namespace

bool search(const Archive& archive, const std::string& query, const SearchFilters& filters,
            int limit, bool with_facets, SearchResult& out, std::string& error,
            std::chrono::milliseconds time_limit) {
  const std::optional<std::string> fts = to_fts5(query, error);
  if (!fts) return false;
  Where where;
  if (!make_where(filters, where, error)) return false;
  sqlite3* db = connection_of(archive);
  // Facets, hits and count from one snapshot: an ingest committing between
  // them would make the total disagree with the hits. Then the clock.
  detail::ReadTransaction snapshot(db);
  detail::TimeLimit clock(db, time_limit);
  auto failed = [&] {
    out.timed_out = clock.expired();
    error = clock.expired()
                ? "Sökningen tog för lång tid och avbröts efter " + duration_text(time_limit) +
                      ". Gör frågan snävare: fler ord, en \"fras\" eller ett filter."
                : kUnreadable;
    return false;
  };

  // Findings (questions, verdicts, recommendations, …) rank above passages.
  constexpr const char* kScore =
      "bm25(entries_fts) * (CASE e.type WHEN 'text' THEN 1.0 ELSE 2.5 END)";
  std::string top;  // the best `limit` entries as (id, score) rows
  if (with_facets) {
    // One pass over the matches gives the ranking, the total and the facets;
    // the best `limit` are kept here. Three passes cost the web page its p95.
    const std::string fsql =
        "SELECT e.id, " + std::string(kScore) +
        ", e.type, coalesce(r.organisation, 'okänd'), coalesce(CAST(r.year AS TEXT), "
        "'okänt'), coalesce(r.firm, 'okänd'), coalesce(r.lan, ''), coalesce(e.verdict, ''), "
        "coalesce(r.report_type, '')" +
        std::string(kFrom) + where.sql;
    Statement f(db, fsql.c_str());
    if (!f.ok()) return failed();
    where.bind(f, *fts);
    std::map<std::string, std::map<std::string, int>> counts;
    std::vector<std::pair<double, int64_t>> best;  // a max-heap on score: the worst kept on top
    int total = 0, rc;
    while ((rc = f.step()) == SQLITE_ROW) {
      ++total;
      const std::pair<double, int64_t> hit{f.real(1), f.integer(0)};
      if (static_cast<int>(best.size()) < limit) {
        best.push_back(hit);
        std::push_heap(best.begin(), best.end());
      } else if (!best.empty() && hit < best.front()) {
        std::pop_heap(best.begin(), best.end());
        best.back() = hit;
        std::push_heap(best.begin(), best.end());
      }
      ++counts["typ"][f.text(2)];
      ++counts["kommun"][f.text(3)];
      ++counts["ar"][f.text(4)];
      ++counts["firma"][f.text(5)];
      if (const std::string lan = f.text(6); !lan.empty()) ++counts["lan"][lan];
      if (const std::string v = f.text(7); !v.empty()) ++counts["bedomning"][v];
      // A survey's forty passages beside the audits: the kind lets a revisor keep to audits.
      if (const std::string k = f.text(8); !k.empty()) ++counts["rapporttyp"][k];
    }
    if (rc != SQLITE_DONE) return failed();
    out.total = total;
    for (auto& [name, values] : counts) {
      std::vector<Facet>& list = out.facets[name];
      for (const auto& [value, n] : values) list.push_back({value, n});
      // Years in year order, newest first (a revisor scans a time line);
      // the other groups by how many hits each value has.
      if (name == "ar")
        std::stable_sort(list.begin(), list.end(),
                         [](const Facet& x, const Facet& y) { return x.value > y.value; });
      else
        std::stable_sort(list.begin(), list.end(),
                         [](const Facet& x, const Facet& y) { return x.count > y.count; });
    }
    if (best.empty()) return true;
    // Ids and scores are numbers made here, not user input.
    top = "top(id, score) AS (VALUES ";
    char buf[64];
    for (size_t i = 0; i < best.size(); ++i) {
      std::snprintf(buf, sizeof buf, "%s(%lld, %.17g)", i ? ", " : "",
                    static_cast<long long>(best[i].second), best[i].first);
      top += buf;
    }
    top += ")";
  } else {
    top = "top AS (SELECT e.id AS id, " + std::string(kScore) + " AS score" + std::string(kFrom) +
          where.sql + " ORDER BY score LIMIT " + std::to_string(limit) + ")";
  }
  // Only the best get a snippet (SQLite would otherwise build one for every
  // match before sorting).
  const std::string sql =
      "WITH " + top +
      " SELECT e.id, e.report_id, e.type, e.text, "
      "snippet(entries_fts, 0, char(2), char(3), '…', 14), coalesce(e.verdict, ''), "
      "coalesce(e.section, ''), coalesce(r.organisation, ''), coalesce(r.kommunkod, ''), "
      "coalesce(r.lan, ''), coalesce(r.firm, ''), coalesce(r.title, ''), r.report_type, r.year, "
      "coalesce(e.page, 0), top.score, coalesce(r.path, '') FROM top JOIN entries_fts ON "
      "entries_fts.rowid = top.id "
      "JOIN entries e ON e.id = top.id JOIN reports r ON r.id = e.report_id "
      "WHERE entries_fts MATCH ?1 ORDER BY top.score, e.id";
  Statement s(db, sql.c_str());
  if (!s.ok()) return failed();
  // The hits' own query binds only the match; filters were applied above.
  if (with_facets)
    s.bind(1, *fts);
  else
    where.bind(s, *fts);
  int rc;
  while ((rc = s.step()) == SQLITE_ROW) {
    Hit h;
    h.entry_id = s.integer(0);
    h.report_id = s.integer(1);
    h.type = s.text(2);
    h.text = s.text(3);
    h.snippet = s.text(4);
    h.verdict = s.text(5);
    h.section = s.text(6);
    h.organisation = s.text(7);
    h.kommunkod = s.text(8);
    h.lan = s.text(9);
    h.firm = s.text(10);
    h.title = s.text(11);
    h.report_type = s.text(12);
    if (!s.is_null(13)) h.year = static_cast<int>(s.integer(13));
    h.page = static_cast<int>(s.integer(14));
    h.score = s.real(15);
    h.path = s.text(16);
    out.hits.push_back(std::move(h));
  }
  if (rc != SQLITE_DONE) return failed();
  if (with_facets) return true;

  // Without filters the index alone can count.
  const std::string count_sql = where.params.empty()
                                    ? "SELECT count(*) FROM entries_fts WHERE entries_fts MATCH ?1"
                                    : "SELECT count(*)" + std::string(kFrom) + where.sql;
  Statement count(db, count_sql.c_str());
  where.bind(count, *fts);
  if (count.step() != SQLITE_ROW) return failed();
  out.total = static_cast<int>(count.integer(0));
  return true;
}

}  // namespace gransk::index
