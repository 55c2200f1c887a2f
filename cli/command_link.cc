// gransk link: see how a follow-up's earlier recommendations were linked, and
// confirm, move or undo a link. Decisions survive re-indexing.
#include <iostream>

#include "archive_options.h"
#include "commands.h"
#include "gransk/index/register.h"
#include "text_table.h"

namespace gransk::cli {
namespace {

struct LinkOptions {
  std::string item, move_to, db;
  bool confirm = false, undo = false;
};

int run_link(const LinkOptions& o) {
  auto archive = open_archive(o.db);
  if (!archive) return kSomeFailed;
  std::string error;
  const size_t dot = o.item.find('.');
  const std::string report_part = o.item.substr(0, dot);
  if (report_part.empty() || report_part.find_first_not_of("0123456789") != std::string::npos) {
    std::cerr << "gransk link: ange en uppföljning (RAPPORT) eller en post (RAPPORT.uN)\n";
    return kUsage;
  }
  if (o.confirm || o.undo || !o.move_to.empty()) {
    const index::LinkAction action = o.confirm ? index::LinkAction::Confirm
                                     : o.undo  ? index::LinkAction::Undo
                                               : index::LinkAction::Move;
    if (!index::decide_link(*archive, o.item, action, o.move_to, error)) {
      std::cerr << "gransk link: " << error << "\n";
      return kSomeFailed;
    }
    std::cout << (o.confirm ? "Länken är bekräftad."
                  : o.undo  ? "Länken är borttagen; posten följs som egen rekommendation."
                            : "Länken är flyttad till " + o.move_to + ".")
              << "\n";
  }
  std::vector<index::LinkRow> rows;
  if (!index::read_links(*archive, std::stoll(report_part), rows, error)) {
    std::cerr << "gransk link: " << error << "\n";
    return kSomeFailed;
  }
  if (rows.empty()) {
    std::cerr << "gransk link: rapport " << report_part
              << " har inga tidigare rekommendationer att länka\n";
    return kSomeFailed;
  }
  std::vector<std::vector<std::string>> table;
  for (const index::LinkRow& r : rows) {
    if (dot != std::string::npos && r.item != o.item) continue;
    const bool own = r.target == r.item;
    const auto status = corpus::status_from_followup(r.status);
    table.push_back({r.item, status ? corpus::status_label(*status) : "ej bedömd",
                     own ? "(egen post)" : r.target, r.link, own ? "" : decimal(r.confidence),
                     shorten(r.quote, 60)});
  }
  if (table.empty()) {
    std::cerr << "gransk link: ingen post " << o.item << "\n";
    return kSomeFailed;
  }
  std::cout << text_table(
      {"Post", "Status", "Länkad till", "Länk", "Säkerhet", "Tidigare rekommendation"}, table);
  return kOk;
}

}  // namespace

void add_link_command(CLI::App& app, std::function<int()>& run) {
  auto o = std::make_shared<LinkOptions>();
  CLI::App* cmd = app.add_subcommand(
      "link",
      "Visa, bekräfta, flytta eller ta bort en uppföljnings länkar till tidigare rekommendationer");
  cmd->add_option("post", o->item, "Uppföljningen (RAPPORT) eller posten (RAPPORT.uN)")->required();
  auto* confirm = cmd->add_flag("--bekrafta", o->confirm, "Bekräfta postens länk");
  auto* move = cmd->add_option("--flytta-till", o->move_to,
                               "Länka posten till denna rekommendation, t.ex. 5.3");
  auto* undo = cmd->add_flag("--ta-bort", o->undo, "Ta bort länken: följ posten som egen");
  confirm->excludes(move)->excludes(undo);
  move->excludes(undo);
  add_db_option(cmd, o->db);
  cmd->callback([o, &run] { run = [o] { return run_link(*o); }; });
}

}  // namespace gransk::cli
