// The gransk command: parses the command line, runs one subcommand.
#include <exception>
#include <functional>
#include <iostream>

#include "commands.h"

int main(int argc, char** argv) {
  CLI::App app{"Gransk: sök och följ upp kommunala revisionsrapporter", "gransk"};
  app.require_subcommand(1);
  app.set_help_flag("-h,--help", "Visa hjälp");
  std::function<int()> run;
  gransk::cli::add_extract_command(app, run);
  gransk::cli::add_rules_command(app, run);
  gransk::cli::add_eval_command(app, run);
  gransk::cli::add_ingest_command(app, run);
  gransk::cli::add_search_command(app, run);
  gransk::cli::add_status_commands(app, run);
  gransk::cli::add_show_command(app, run);
  gransk::cli::add_recs_command(app, run);
  gransk::cli::add_link_command(app, run);
  gransk::cli::add_answer_command(app, run);
  gransk::cli::add_followup_command(app, run);
  gransk::cli::add_stats_command(app, run);
  gransk::cli::add_serve_command(app, run);
  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp& e) {
    return app.exit(e);
  } catch (const CLI::ParseError& e) {
    app.exit(e);
    return gransk::cli::kUsage;
  }
  try {
    return run();
  } catch (const std::exception& e) {
    std::cerr << "gransk: internt fel: " << e.what() << "\n";
    return gransk::cli::kSomeFailed;
  }
}
