// gransk status: the archive and its failed files; gransk list: its reports.
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <cstdio>
#include <iostream>

#include "archive_options.h"
#include "commands.h"
#include "text_table.h"
#include "xlsx_table.h"

namespace gransk::cli {
namespace {

struct StatusOptions {
  std::string db;
  bool check = false;
};

struct ListOptions {
  std::string db, kommun, lan, firma, years;
  bool json = false, csv = false;
  std::string xlsx;  // --xlsx: the reports to this Excel file
};

int run_status(const StatusOptions& o) {
  auto archive = open_archive(o.db);
  if (!archive) return kSomeFailed;
  const auto reports = archive->reports();
  const auto failures = archive->failures();
  std::cout << "Arkiv: " << (o.db.empty() ? index::Archive::default_path() : o.db)
            << "\nSchemaversion: " << archive->schema_version() << "\nRapporter: " << reports.size()
            << "\nMisslyckade filer: " << failures.size() << "\n";
  for (const auto& f : failures) std::cout << "  " << f.reason << "  (" << f.at << ")\n";
  if (o.check) {
    const std::string result = archive->check();
    std::cout << "Integritetskontroll: " << result << "\n";
    if (result != "ok") return kSomeFailed;
  }
  return kOk;
}

int run_list(const ListOptions& o) {
  std::optional<int> from, to;
  if (!parse_year_range(o.years, from, to)) {
    std::cerr << "gransk list: --ar tar ett år eller ett intervall, t.ex. 2019..2024\n";
    return kUsage;
  }
  auto archive = open_archive(o.db);
  if (!archive) return kSomeFailed;
  if (!organisation_known(*archive, o.kommun, "list")) return kSomeFailed;
  const auto reports = archive->reports(o.kommun, o.lan, o.firma, from, to);
  if (o.json) {
    // Keys as in search --json; every report, with its file and date.
    auto q = [](const std::string& s) { return QString::fromStdString(s); };
    QJsonArray out;
    for (const auto& r : reports)
      out.append(QJsonObject{{"rapport", static_cast<qint64>(r.id)},
                             {"organisation", q(r.organisation)},
                             {"kommunkod", q(r.kommunkod)},
                             {"lan", q(r.lan)},
                             {"ar", r.year ? QJsonValue(*r.year) : QJsonValue()},
                             {"datum", r.date.empty() ? QJsonValue() : q(r.date)},
                             {"firma", q(r.firm)},
                             {"typ", q(r.report_type)},
                             {"titel", q(r.title)},
                             {"sidor", r.pages},
                             {"fynd", r.entries},
                             {"fil", q(r.path)},
                             {"sha256", q(r.sha256)}});
    std::cout << QJsonDocument(QJsonObject{{"rapporter", out}})
                     .toJson(QJsonDocument::Indented)
                     .toStdString();
    return kOk;
  }
  if (o.csv || !o.xlsx.empty()) {
    const std::vector<std::string> header = {
        "rapport", "organisation", "kommunkod", "lan",  "ar",  "datum", "firma",
        "typ",     "titel",        "sidor",     "fynd", "fil", "sha256"};
    std::vector<std::vector<std::string>> rows;
    for (const auto& r : reports)
      rows.push_back({std::to_string(r.id), r.organisation, r.kommunkod, r.lan,
                      r.year ? std::to_string(*r.year) : "", r.date, r.firm, r.report_type, r.title,
                      std::to_string(r.pages), std::to_string(r.entries), r.path, r.sha256});
    if (!o.xlsx.empty()) return export_xlsx(o.xlsx, "list", "Rapporter", header, rows);
    std::cout << csv_row(header);
    for (const auto& row : rows) std::cout << csv_row(row);
    return kOk;
  }
  // Nothing to list is said in words, not as an empty table.
  if (reports.empty()) {
    std::cout << "Inga rapporter"
              << (o.kommun.empty() && o.lan.empty() && o.years.empty() && o.firma.empty()
                      ? " i arkivet.\n"
                      : " som passar urvalet.\n");
    return kOk;
  }
  std::vector<std::vector<std::string>> rows;
  for (const auto& r : reports)
    rows.push_back({std::to_string(r.id), r.organisation, r.year ? std::to_string(*r.year) : "",
                    r.firm, r.report_type, r.title});
  std::cout << text_table({"ID", "Organisation", "År", "Firma", "Typ", "Titel"}, rows);
  return kOk;
}

}  // namespace

void add_status_commands(CLI::App& app, std::function<int()>& run) {
  auto o = std::make_shared<StatusOptions>();
  CLI::App* status = app.add_subcommand("status", "Arkivets innehåll och misslyckade filer");
  add_db_option(status, o->db);
  status->add_flag("--check", o->check, "Kontrollera arkivets och sökindexets integritet");
  status->callback([o, &run] { run = [o] { return run_status(*o); }; });
  auto l = std::make_shared<ListOptions>();
  CLI::App* list = app.add_subcommand("list", "Rapporterna i arkivet");
  list->add_option("--kommun", l->kommun, "Kommunens namn eller kommunkod");
  list->add_option("--lan", l->lan, "Län");
  list->add_option("--ar", l->years, "År eller intervall, t.ex. 2019..2024");
  list->add_option("--firma", l->firma, "Revisionsfirma");
  auto* json = list->add_flag("--json", l->json, "JSON");
  auto* csv = list->add_flag("--csv", l->csv, "CSV")->excludes(json);
  list->add_option("--xlsx", l->xlsx, "Rapporterna till en Excelfil (samma kolumner som --csv)")
      ->excludes(json)
      ->excludes(csv);
  add_db_option(list, l->db);
  list->callback([l, &run] { run = [l] { return run_list(*l); }; });
}

}  // namespace gransk::cli
