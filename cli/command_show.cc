// gransk show ID: a stored report's metadata and findings, with pages.
#include <iostream>

#include "archive_options.h"
#include "commands.h"
#include "gransk/corpus/vocabulary.h"
#include "gransk/index/register.h"

namespace gransk::cli {
namespace {

struct ShowOptions {
  int64_t id = 0;
  std::string db;
};

// A stored entry type's heading ("Revisionsfrågor"); an unknown key as it stands.
std::string heading_of(const std::string& type) {
  const auto t = corpus::entry_type_from_key(type);
  return t ? std::string(corpus::heading(*t)) : type;
}

int run_show(const ShowOptions& o) {
  auto archive = open_archive(o.db);
  if (!archive) return kSomeFailed;
  const auto r = archive->report(o.id);
  if (!r) {
    std::cerr << "gransk show: ingen rapport med id " << o.id << " (se gransk list)\n";
    return kSomeFailed;
  }
  std::cout << r->title << "\n"
            << r->organisation << (r->kommunkod.empty() ? "" : " (" + r->kommunkod + ")")
            << (r->lan.empty() ? "" : ", " + r->lan) << "\n"
            << r->report_type << (r->year ? ", " + std::to_string(*r->year) : "")
            << (r->firm.empty() ? "" : ", " + r->firm) << "\nFil: " << r->path << " (" << r->pages
            << " sidor" << (r->ocr.empty() ? "" : "; " + r->ocr) << ")\n";
  const std::vector<index::EntryRow> entries = archive->findings(o.id);
  // Each recommendation, follow-up item and request by its id in the register
  // ("13.1", "13.u2", "13.s1"), a recommendation with its status there.
  std::vector<index::Hit> ids(entries.size());
  for (size_t i = 0; i < entries.size(); ++i) ids[i].entry_id = entries[i].id;
  std::string error;
  if (!index::add_register_ids(*archive, today_iso(), ids, error)) {
    std::cerr << "gransk show: " << error << "\n";
    return kSomeFailed;
  }
  std::string current;
  for (size_t i = 0; i < entries.size(); ++i) {
    const index::EntryRow& e = entries[i];
    if (e.type != current) {
      current = e.type;
      std::cout << "\n" << heading_of(e.type) << "\n";
    }
    std::cout << "  " << (ids[i].item_id.empty() ? "" : ids[i].item_id + "  ") << e.text;
    if (!ids[i].status.empty()) std::cout << " — " << ids[i].status;
    if (!e.verdict.empty()) std::cout << " — " << e.verdict;
    if (!e.due.empty()) std::cout << " — svar senast " << e.due;
    std::cout << "  [s. " << e.page << (e.section.empty() ? "" : ", " + e.section) << "]\n";
  }
  return kOk;
}

}  // namespace

void add_show_command(CLI::App& app, std::function<int()>& run) {
  auto o = std::make_shared<ShowOptions>();
  CLI::App* cmd = app.add_subcommand("show", "Visa en rapport i arkivet med dess fynd");
  cmd->add_option("id", o->id, "Rapportens id (se gransk list)")->required();
  add_db_option(cmd, o->db);
  cmd->callback([o, &run] { run = [o] { return run_show(*o); }; });
}

}  // namespace gransk::cli
