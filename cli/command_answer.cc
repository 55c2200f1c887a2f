// gransk answer: records that a board has answered a response request (or all
// of a report's requests), when no answer document is in the archive.
#include <iostream>

#include "archive_options.h"
#include "commands.h"
#include "gransk/index/register.h"

namespace gransk::cli {
namespace {

struct AnswerOptions {
  std::string id, date, text, db;
  bool remove = false;
};

int run_answer(AnswerOptions o) {
  auto archive = open_archive(o.db);
  if (!archive) return kSomeFailed;
  if (o.date.empty()) o.date = today_iso();
  std::string error;
  if (!index::record_answer(*archive, o.id, o.date, o.text, o.remove, error)) {
    std::cerr << "gransk answer: " << error << "\n";
    return kSomeFailed;
  }
  std::cout << (o.remove ? "Svaret på " + o.id + " är borttaget.\n"
                         : "Svar på " + o.id + " registrerat " + o.date + ".\n");
  return kOk;
}

}  // namespace

void add_answer_command(CLI::App& app, std::function<int()>& run) {
  auto o = std::make_shared<AnswerOptions>();
  CLI::App* cmd = app.add_subcommand("answer", "Registrera styrelsens svar på en svarsbegäran");
  cmd->add_option("id", o->id, "Svarsbegäran (RAPPORT.sN) eller alla i rapporten (RAPPORT)")
      ->required();
  cmd->add_option("--datum", o->date, "Svarets datum, ÅÅÅÅ-MM-DD (standard: i dag)");
  cmd->add_option("--text", o->text, "Vad svaret säger, kort");
  cmd->add_flag("--ta-bort", o->remove, "Ta bort ett registrerat svar");
  add_db_option(cmd, o->db);
  cmd->callback([o, &run] { run = [o] { return run_answer(*o); }; });
}

}  // namespace gransk::cli
