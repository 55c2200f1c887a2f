// gransk status: the archive and its failed files; gransk list: its reports.
#include <cstdio>
#include <iostream>

#include "archive_options.h"
#include "commands.h"
#include "text_table.h"

namespace gransk::cli {
namespace {

struct StatusOptions {
  std::string db;
  bool check = false;
};

struct ListOptions {
  std::string db, kommun, lan, firma, years;
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
  std::vector<std::vector<std::string>> rows;
  for (const auto& r : archive->reports(o.kommun, o.lan, o.firma, from, to))
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
  add_db_option(list, l->db);
  list->callback([l, &run] { run = [l] { return run_list(*l); }; });
}

}  // namespace gransk::cli
