// gransk search QUERY: ranked hits across the archive, with filters and facets.
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>
#include <iostream>
#include <map>

#include "archive_options.h"
#include "commands.h"
#include "gransk/corpus/vocabulary.h"
#include "gransk/index/register.h"
#include "gransk/index/search.h"
#include "limit_options.h"
#include "search_csv.h"
#include "swedish_checks.h"
#include "text_table.h"
#include "xlsx_table.h"

namespace gransk::cli {
namespace {

struct SearchOptions {
  std::string query, db, years;
  index::SearchFilters filters;
  int limit = 20;  // on a terminal; --csv and --json give every hit unless --limit is given
  bool limit_given = false;
  int time_limit_s = 2;
  bool facets = false, json = false, csv = false;
  std::string xlsx;         // --xlsx: every hit to this Excel file
  bool per_report = false;  // each report once, with its best passages
};

QString q(const std::string& s) { return QString::fromStdString(s); }

// Stored keys are ASCII; a revisor reads Swedish.
std::string type_label(const std::string& key) {
  const auto t = corpus::entry_type_from_key(key);
  return t ? std::string(corpus::word(*t)) : key;
}

// Hits grouped by report, in the order of each report's best hit (the search
// ranks findings above passages), so ten passages of one report are one line.
constexpr size_t kPassagesPerReport = 3;

struct ReportHits {
  std::vector<const index::Hit*> hits;
};

std::vector<ReportHits> by_report(const std::vector<index::Hit>& hits) {
  std::vector<ReportHits> out;
  std::map<int64_t, size_t> at;
  for (const index::Hit& h : hits) {
    auto [it, fresh] = at.emplace(h.report_id, out.size());
    if (fresh) out.emplace_back();
    out[it->second].hits.push_back(&h);
  }
  return out;
}

// A report's best passages, each saying something new: a passage that repeats
// a finding already shown ("Har kommunen …? Ja" under the question) is left out.
std::vector<const index::Hit*> best_passages(const ReportHits& r) {
  std::vector<const index::Hit*> out;
  for (const index::Hit* h : r.hits) {
    if (out.size() == kPassagesPerReport) break;
    const bool repeats = std::any_of(out.begin(), out.end(), [&](const index::Hit* x) {
      return x->text.find(h->text) != std::string::npos ||
             h->text.find(x->text) != std::string::npos;
    });
    if (!repeats) out.push_back(h);
  }
  return out;
}

std::string guillemets(std::string s) {
  for (size_t p = 0; p < s.size(); ++p)
    if (s[p] == index::kMatchStart)
      s.replace(p, 1, "«");
    else if (s[p] == index::kMatchEnd)
      s.replace(p, 1, "»");
  return s;
}

// A hit's own fields in JSON; the listing adds its report's, by report they
// stand once above the report's passages.
QJsonObject hit_json(const index::Hit& h) {
  return QJsonObject{{"typ", q(h.type)},
                     {"text", q(h.text)},
                     {"utdrag", q(guillemets(h.snippet))},
                     {"bedomning", h.verdict.empty() ? QJsonValue() : q(h.verdict)},
                     {"sida", h.page},
                     {"avsnitt", q(h.section)}};
}

int print_by_report(const SearchOptions& o, const index::SearchResult& r) {
  const std::vector<ReportHits> reports = by_report(r.hits);
  const size_t shown = o.limit_given || !o.json
                           ? std::min(reports.size(), static_cast<size_t>(o.limit))
                           : reports.size();
  if (o.json) {
    QJsonArray out;
    for (size_t i = 0; i < shown; ++i) {
      const index::Hit& h = *reports[i].hits.front();
      QJsonArray passages;
      for (const index::Hit* p : best_passages(reports[i])) passages.append(hit_json(*p));
      out.append(QJsonObject{{"rapport", static_cast<qint64>(h.report_id)},
                             {"organisation", q(h.organisation)},
                             {"kommunkod", q(h.kommunkod)},
                             {"ar", h.year ? QJsonValue(*h.year) : QJsonValue()},
                             {"firma", q(h.firm)},
                             {"titel", q(h.title)},
                             {"fil", q(h.path)},
                             {"traffar", static_cast<int>(reports[i].hits.size())},
                             {"basta", passages}});
    }
    std::cout << QJsonDocument(
                     QJsonObject{{"rapporter_med_traffar", static_cast<int>(reports.size())},
                                 {"traffar", r.total},
                                 {"rapporter", out}})
                     .toJson(QJsonDocument::Indented)
                     .toStdString();
    return reports.empty() ? kSomeFailed : kOk;
  }
  std::cout << reports.size() << (reports.size() == 1 ? " rapport" : " rapporter") << " med "
            << r.total << (r.total == 1 ? " träff" : " träffar")
            << (reports.size() > shown ? ", de " + std::to_string(shown) + " bästa:"
                : reports.empty()      ? ""
                                       : ":")
            << "\n";
  for (size_t i = 0; i < shown; ++i) {
    const index::Hit& h = *reports[i].hits.front();
    const size_t n = reports[i].hits.size();
    std::cout << "\n"
              << i + 1 << ". " << h.organisation << " " << (h.year ? std::to_string(*h.year) : "")
              << " · " << h.firm << " · " << h.title << " (rapport " << h.report_id << ", " << n
              << (n == 1 ? " träff" : " träffar") << ")\n";
    for (const index::Hit* p : best_passages(reports[i]))
      std::cout << "   [" << type_label(p->type) << (p->verdict.empty() ? "" : ": " + p->verdict)
                << "] " << guillemets(p->snippet) << " · s. " << p->page << "\n";
  }
  return reports.empty() ? kSomeFailed : kOk;
}

int run_search(SearchOptions o) {
  if (!parse_year_range(o.years, o.filters.year_from, o.filters.year_to)) {
    std::cerr << "gransk search: --ar tar ett år eller ett intervall, t.ex. 2019..2024\n";
    return kUsage;
  }
  auto archive = open_archive(o.db);
  if (!archive) return kSomeFailed;
  if (!organisation_known(*archive, o.filters.kommun, "search")) return kSomeFailed;
  index::SearchResult r;
  std::string error;
  // By report, every hit is read so that each report's count is right; the
  // limit then counts reports.
  const int limit = o.per_report || ((o.csv || o.json || !o.xlsx.empty()) && !o.limit_given)
                        ? index::kExportLimit
                        : o.limit;
  if (!index::search(*archive, o.query, o.filters, limit, o.facets, r, error,
                     std::chrono::seconds(o.time_limit_s))) {
    std::cerr << "gransk search: " << error << "\n";
    return kUsage;
  }
  if (o.per_report) return print_by_report(o, r);
  // An export names each finding as the register does, with its status there.
  if ((o.json || o.csv || !o.xlsx.empty()) &&
      !index::add_register_ids(*archive, today_iso(), r.hits, error)) {
    std::cerr << "gransk search: " << error << "\n";
    return kSomeFailed;
  }
  if (o.json) {
    QJsonArray hits;
    for (const index::Hit& h : r.hits) {
      QJsonObject hit = hit_json(h);
      hit["organisation"] = q(h.organisation);
      hit["kommunkod"] = q(h.kommunkod);
      hit["lan"] = q(h.lan);
      hit["ar"] = h.year ? QJsonValue(*h.year) : QJsonValue();
      hit["firma"] = q(h.firm);
      hit["titel"] = q(h.title);
      hit["rapport"] = static_cast<qint64>(h.report_id);
      hit["fil"] = q(h.path);
      if (!h.item_id.empty()) hit["post"] = q(h.item_id);
      if (!h.status.empty()) hit["status"] = q(h.status);
      hits.append(hit);
    }
    QJsonObject out{{"traffar", r.total}, {"resultat", hits}};
    if (o.facets) {
      QJsonObject facets;
      for (const auto& [name, values] : r.facets) {
        QJsonObject counts;
        for (const auto& v : values) counts[q(v.value)] = v.count;
        facets[q(name)] = counts;
      }
      out["fasetter"] = facets;
    }
    std::cout << QJsonDocument(out).toJson(QJsonDocument::Indented).toStdString();
  } else if (o.csv || !o.xlsx.empty()) {
    std::vector<std::vector<std::string>> rows;
    for (const index::Hit& h : r.hits) rows.push_back(search_csv_cells(h));
    if (!o.xlsx.empty()) return export_xlsx(o.xlsx, "search", "Träffar", search_csv_header(), rows);
    std::cout << csv_row(search_csv_header());
    for (const auto& row : rows) std::cout << csv_row(row);
  } else {
    std::cout << r.total << (r.total == 1 ? " träff" : " träffar")
              << (r.total > o.limit ? ", de " + std::to_string(o.limit) + " bästa:"
                  : r.total > 0     ? ":"
                                    : "")
              << "\n";
    int n = 0;
    for (const index::Hit& h : r.hits) {
      std::cout << "\n"
                << ++n << ". " << h.organisation << " " << (h.year ? std::to_string(*h.year) : "")
                << " · " << h.firm << " · " << h.title << " · s. " << h.page << "\n   ["
                << type_label(h.type) << (h.verdict.empty() ? "" : ": " + h.verdict) << "] "
                << guillemets(h.snippet) << "\n";
    }
    if (o.facets)
      for (const auto& [name, values] : r.facets) {
        std::cout << "\n" << search_facet_label(name) << ":";
        for (const auto& v : values)
          std::cout << "  "
                    << (name == "typ"     ? type_label(v.value)
                        : v.value.empty() ? "okänt"
                                          : v.value)
                    << " (" << v.count << ")";
        std::cout << "\n";
      }
  }
  return r.hits.empty() ? kSomeFailed : kOk;
}

}  // namespace

void add_search_command(CLI::App& app, std::function<int()>& run) {
  auto o = std::make_shared<SearchOptions>();
  CLI::App* cmd =
      app.add_subcommand("search", "Sök i arkivet (ord, \"fraser\", OR, -ord, prefix*)");
  cmd->add_option("query", o->query, "Sökfrågan")->required();
  cmd->add_option("--kommun", o->filters.kommun, "Kommunens namn eller kommunkod");
  cmd->add_option("--lan", o->filters.lan, "Län");
  cmd->add_option("--ar", o->years, "År eller intervall, t.ex. 2019..2024");
  cmd->add_option("--firma", o->filters.firma, "Revisionsfirma");
  cmd->add_option("--typ", o->filters.typ,
                  "fraga, bedomning, rekommendation, uppfoljning, svarsbegaran eller text");
  cmd->add_option("--bedomning", o->filters.bedomning, "ja, delvis eller nej");
  cmd->add_option("--rapporttyp", o->filters.rapporttyp,
                  "Slag av rapport: granskning, uppföljande granskning, förstudie, annat …");
  CLI::Option* limit =
      cmd->add_option("--limit", o->limit,
                      "Högst så många träffar (20 i terminalen, alla med --csv/--json/--xlsx)")
          ->type_name("HELTAL")
          ->check(positive_whole_number());
  cmd->add_flag("--facets", o->facets, "Antal träffar per kommun, år, firma och typ");
  auto* per_report =
      cmd->add_flag("--per-rapport", o->per_report,
                    "Varje rapport en gång, med dess bästa träffar (--limit räknar rapporter)");
  auto* json = cmd->add_flag("--json", o->json, "JSON");
  auto* csv = cmd->add_flag("--csv", o->csv, "CSV")->excludes(json)->excludes(per_report);
  cmd->add_option("--xlsx", o->xlsx, "Alla träffar till en Excelfil (samma kolumner som --csv)")
      ->excludes(json)
      ->excludes(per_report)
      ->excludes(csv);
  add_search_time_option(cmd, o->time_limit_s);
  add_db_option(cmd, o->db);
  cmd->callback([o, limit, &run] {
    o->limit_given = limit->count() > 0;
    run = [o] { return run_search(*o); };
  });
}

}  // namespace gransk::cli
