// Sök: the CLI's query syntax, clickable facets, results with the match
// marked, CSV/JSON export of what is shown, and a batch search.
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <sstream>

#include "../archive_options.h"
#include "../search_csv.h"
#include "../text_table.h"
#include "../xlsx_table.h"
#include "gransk/index/register.h"
#include "gransk/index/search.h"
#include "pages.h"

namespace gransk::cli::web {
namespace {

constexpr const char* kFilters[] = {"kommun", "lan",       "ar",        "firma",
                                    "typ",    "bedomning", "rapporttyp"};

std::vector<std::pair<std::string, std::string>> current(const Params& p) {
  std::vector<std::pair<std::string, std::string>> out = {{"q", param(p, "q")}};
  for (const char* f : kFilters) out.emplace_back(f, param(p, f));
  return out;
}

// The search as shown, for the export links: the same hits, in the same order.
std::vector<std::pair<std::string, std::string>> shown(const Params& p) {
  auto out = current(p);
  out.emplace_back("antal", param(p, "antal"));
  return out;
}

std::vector<std::pair<std::string, std::string>> with(const Params& p, const std::string& key,
                                                      const std::string& value) {
  auto out = current(p);
  for (auto& [k, v] : out)
    if (k == key) v = value;
  return out;
}

struct Query {
  index::SearchFilters filters;
  int limit = 20;  // as the CLI; "Visa fler" asks for more
  std::string error;
};

Query read_query(const Params& p) {
  Query q;
  q.filters.kommun = param(p, "kommun");
  q.filters.lan = param(p, "lan");
  q.filters.firma = param(p, "firma");
  q.filters.typ = param(p, "typ");
  q.filters.bedomning = param(p, "bedomning");
  q.filters.rapporttyp = param(p, "rapporttyp");
  if (!parse_year_range(param(p, "ar"), q.filters.year_from, q.filters.year_to))
    q.error = "År skrivs som 2021 eller 2019..2024.";
  if (const std::string l = param(p, "antal"); !l.empty()) {
    try {
      q.limit = std::clamp(std::stoi(l), 1, 500);
    } catch (const std::exception&) {
      q.error = "Antal ska vara ett tal.";
    }
  }
  return q;
}

std::string facet_value_label(const std::string& name, const std::string& value) {
  if (name == "typ") return type_label(value);
  if (name == "bedomning") return verdict_label(value);
  return value;
}

// A batch row: the query, then the hit's cells (or "fel" and the reason).
std::vector<std::string> with_query(const std::string& query, std::vector<std::string> cells) {
  cells.insert(cells.begin(), query);
  return cells;
}

}  // namespace

Response search_page(const index::Archive& a, const Params& p, const Context& c) {
  const std::string q = param(p, "q");
  std::ostringstream b;
  b << "<h1>Sök i granskningarna</h1>\n"
    << "<form class=\"search\" action=\"/\" method=\"get\" role=\"search\">"
    << "<label for=\"q\">Sökord</label><div class=\"row\"><input id=\"q\" name=\"q\" "
       "type=\"search\" "
       "value=\""
    << escape(q)
    << "\" placeholder=\"t.ex. riskanalys, &quot;intern kontroll&quot;, incident* -brand\" "
       "autofocus><button type=\"submit\">Sök</button></div>";
  for (const char* f : kFilters)
    if (!param(p, f).empty())
      b << "<input type=\"hidden\" name=\"" << f << "\" value=\"" << escape(param(p, f)) << "\">";
  b << "<p class=\"hint\">Ord, \"fraser\", OR, -ord och prefix*. Böjningar och sammansättningar "
       "hittas: <i>riskanalys</i> hittar även <i>riskanalyserna</i> och "
       "<i>informationssäkerhetsriskanalys</i>.</p></form>\n";
  if (q.empty()) {
    b << "<section aria-labelledby=\"batch\"><h2 id=\"batch\">Många sökningar på en gång</h2>"
         "<form action=\"/sok/batch\" method=\"post\" enctype=\"multipart/form-data\">"
      << token_field(c)
      << "<label for=\"fragor\">Textfil med en sökning per rad</label> "
         "<input id=\"fragor\" name=\"fragor\" type=\"file\" accept=\".txt,.csv,text/plain\" "
         "required> <button type=\"submit\">Sök och hämta CSV</button><p class=\"hint\">Högst "
      << kMaxBatchQueries << " sökningar per fil.</p></form></section>";
    return {200, "text/html; charset=utf-8", page("Sök", Nav::Search, b.str()), "", ""};
  }
  Query query = read_query(p);
  index::SearchResult r;
  std::string error = query.error;
  if (error.empty())
    index::search(a, q, query.filters, query.limit, true, r, error, c.search_time_limit);
  if (!error.empty()) {
    b << "<p class=\"alert\" role=\"alert\">" << escape(error) << "</p>";
    // Stopped by the clock: the server was busy, the query may be fine (503).
    return {r.timed_out ? 503 : 400, "text/html; charset=utf-8", page("Sök", Nav::Search, b.str()),
            "", ""};
  }
  // Active filters, each removable.
  std::string active;
  for (const char* f : kFilters)
    if (!param(p, f).empty())
      active += "<li><a class=\"chip\" href=\"" + escape(link("/", with(p, f, ""))) +
                "\" aria-label=\"Ta bort filtret " + escape(search_facet_label(f)) + ": " +
                escape(facet_value_label(f, param(p, f))) + "\">" + escape(search_facet_label(f)) +
                ": " + escape(facet_value_label(f, param(p, f))) + " ✕</a></li>";
  if (!active.empty())
    b << "<ul class=\"chips\" aria-label=\"Aktiva filter\">" << active << "</ul>";
  // On a phone the facets stand above the hits, folded under one line
  // (gransk.js folds them; without it they stay open).
  b << "<div class=\"results-layout\"><aside class=\"facets\" aria-label=\"Avgränsa\">"
       "<details class=\"facet-panel\" open><summary>Avgränsa träffarna</summary>";
  for (const char* name : kFilters) {
    const auto it = r.facets.find(name);
    if (it == r.facets.end() || !param(p, name).empty()) continue;
    b << "<section class=\"facet\" data-facet=\"" << name << "\"><h2>" << search_facet_label(name)
      << "</h2><ul>";
    // The first twelve values, and every other one a click away (a details
    // element: no script needed), so no organisation is out of reach.
    constexpr size_t kFirst = 12;
    const std::vector<index::Facet>& values = it->second;
    for (size_t k = 0; k < values.size(); ++k) {
      if (k == kFirst)
        b << "</ul><details><summary>Visa alla " << values.size() << "</summary><ul>";
      const index::Facet& f = values[k];
      b << "<li><a href=\"" << escape(link("/", with(p, name, f.value))) << "\">"
        << escape(facet_value_label(name, f.value)) << " <span class=\"count\">" << f.count
        << "</span></a></li>";
    }
    b << (values.size() > kFirst ? "</ul></details>" : "</ul>") << "</section>";
  }
  b << "</details></aside><section class=\"results\" aria-labelledby=\"antal\">";
  b << "<h2 id=\"antal\">" << r.total << (r.total == 1 ? " träff" : " träffar");
  if (r.total > static_cast<int>(r.hits.size())) b << ", de " << r.hits.size() << " bästa visas";
  b << "</h2><p class=\"export\">Hämta alla träffar: <a href=\""
    << escape(link("/sok.xlsx", shown(p))) << "\">Excel</a> · <a href=\""
    << escape(link("/sok.csv", shown(p))) << "\">CSV</a> · <a href=\""
    << escape(link("/sok.json", shown(p))) << "\">JSON</a></p>";
  b << "<ol class=\"hits\">";
  for (const index::Hit& h : r.hits) {
    b << "<li class=\"hit\" data-report=\"" << h.report_id
      << "\"><p class=\"meta\"><span class=\"type\">" << escape(type_label(h.type)) << "</span>";
    if (!h.verdict.empty())
      b << " <span class=\"verdict v-" << escape(h.verdict) << "\">"
        << escape(verdict_label(h.verdict)) << "</span>";
    b << "</p><p class=\"snippet\">" << marked(h.snippet)
      << "</p><p class=\"source\"><a href=\"/rapport/" << h.report_id << "?post=" << h.entry_id
      << "#post-" << h.entry_id << "\">" << escape(h.organisation)
      << (h.year ? " " + std::to_string(*h.year) : "") << " · " << escape(h.title) << " · s. "
      << h.page << "</a>" << (h.firm.empty() ? "" : " · " + escape(h.firm)) << "</p></li>";
  }
  b << "</ol>";
  if (r.total > static_cast<int>(r.hits.size()) && query.limit < 500) {
    auto more = current(p);
    more.emplace_back("antal", std::to_string(std::min(500, query.limit * 3)));
    b << "<p><a href=\"" << escape(link("/", more)) << "\">Visa fler träffar</a></p>";
  }
  b << "</section></div>";
  return {200, "text/html; charset=utf-8", page(q + " – sök", Nav::Search, b.str()), "", ""};
}

Response search_export(const index::Archive& a, const Params& p, const Context& c, Export format) {
  Query query = read_query(p);
  index::SearchResult r;
  std::string error = query.error;
  if (error.empty())
    index::search(a, param(p, "q"), query.filters, index::kExportLimit, false, r, error,
                  c.search_time_limit);
  if (!error.empty()) return error_page(r.timed_out ? 503 : 400, error);
  if (!index::add_register_ids(a, c.today, r.hits, error)) return error_page(500, error);
  if (format == Export::Json) {
    QJsonArray hits;
    for (const index::Hit& h : r.hits)
      hits.append(QJsonObject{{"typ", QString::fromStdString(h.type)},
                              {"bedomning", QString::fromStdString(h.verdict)},
                              {"organisation", QString::fromStdString(h.organisation)},
                              {"kommunkod", QString::fromStdString(h.kommunkod)},
                              {"ar", h.year ? QJsonValue(*h.year) : QJsonValue()},
                              {"firma", QString::fromStdString(h.firm)},
                              {"titel", QString::fromStdString(h.title)},
                              {"sida", h.page},
                              {"avsnitt", QString::fromStdString(h.section)},
                              {"text", QString::fromStdString(h.text)},
                              {"post", QString::fromStdString(h.item_id)},
                              {"status", QString::fromStdString(h.status)},
                              {"rapport", static_cast<qint64>(h.report_id)},
                              {"fil", QString::fromStdString(h.path)}});
    return {200, "application/json; charset=utf-8",
            QJsonDocument(QJsonObject{{"traffar", r.total}, {"resultat", hits}})
                .toJson(QJsonDocument::Indented)
                .toStdString(),
            "", "gransk-sok.json"};
  }
  if (format == Export::Xlsx) {
    std::vector<std::vector<std::string>> rows;
    for (const index::Hit& h : r.hits) rows.push_back(search_csv_cells(h));
    const std::string bytes = xlsx_bytes("Träffar", search_csv_header(), rows, error);
    if (!error.empty()) return error_page(500, error);
    return {200, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", bytes, "",
            "gransk-sok.xlsx"};
  }
  std::string csv = csv_row(search_csv_header());
  for (const index::Hit& h : r.hits) csv += csv_row(search_csv_cells(h));
  return {200, "text/csv; charset=utf-8", csv, "", "gransk-sok.csv"};
}

Response batch_search(const index::Archive& a, const Params& p, const Context& c,
                      const std::string& queries) {
  Query query = read_query(p);
  if (!query.error.empty()) return error_page(400, query.error);
  std::vector<std::string> lines;
  std::istringstream in(queries);
  for (std::string line; std::getline(in, line);) {
    while (!line.empty() && (line.back() == '\r' || line.back() == ' ')) line.pop_back();
    if (!line.empty()) lines.push_back(line);
  }
  // Counted before any runs: each may take up to c.search_time_limit.
  if (lines.size() > static_cast<size_t>(kMaxBatchQueries))
    return error_page(413, "Högst " + std::to_string(kMaxBatchQueries) +
                               " sökningar per fil; filen har " + std::to_string(lines.size()) +
                               ". Dela upp den i flera filer.");
  if (lines.empty()) return error_page(400, "Filen innehöll inga sökningar (en per rad).");
  // Every query first, then the register's ids for all their hits at once.
  std::vector<index::Hit> hits;
  std::vector<std::pair<size_t, std::string>> rows;  // (query, its error) or, per hit, (query, "")
  for (size_t k = 0; k < lines.size(); ++k) {
    index::SearchResult r;
    std::string error;
    if (!index::search(a, lines[k], query.filters, index::kExportLimit, false, r, error,
                       c.search_time_limit)) {
      rows.emplace_back(k, error);
      continue;
    }
    for (index::Hit& h : r.hits) {
      rows.emplace_back(k, "");
      hits.push_back(std::move(h));
    }
  }
  std::string error;
  if (!index::add_register_ids(a, c.today, hits, error)) return error_page(500, error);
  std::string csv = csv_row(with_query("sokning", search_csv_header()));
  size_t next_hit = 0;
  for (const auto& [k, failed] : rows) {
    if (!failed.empty()) {
      std::vector<std::string> cells(search_csv_header().size(), "");
      cells.front() = "fel";
      cells[search_csv_column("text")] = failed;
      csv += csv_row(with_query(lines[k], cells));
    } else {
      csv += csv_row(with_query(lines[k], search_csv_cells(hits[next_hit++])));
    }
  }
  return {200, "text/csv; charset=utf-8", csv, "", "gransk-sokningar.csv"};
}

}  // namespace gransk::cli::web
