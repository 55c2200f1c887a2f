// The gransk command: parses the command line, runs one subcommand.
#include <unistd.h>

#include <cstdlib>
#include <exception>
#include <functional>
#include <iostream>

#include "commands.h"

namespace {

// CLI11 says what is wrong in English; the revisor gets it in a Swedish sentence.
std::string swedish_parse_error(const CLI::ParseError& e) {
  const std::string name = e.get_name(), what = e.what();
  std::string kind = "fel på kommandoraden";
  if (name == "RequiredError")
    kind = "något som krävs saknas";
  else if (name == "ExtrasError")
    kind = "okänt argument";
  else if (name == "ConversionError")
    kind = "värdet har fel form";
  else if (name == "ValidationError")
    kind = "ogiltigt värde";
  else if (name == "ArgumentMismatch")
    kind = "fel antal värden";
  else if (name == "RequiresError" || name == "ExcludesError")
    kind = "valen går inte ihop";
  else if (name == "HorribleError" || name == "InvalidError")
    kind = "kommandoraden kunde inte läsas";
  // Gransk's own checks (swedish_checks.h) already say it in Swedish.
  if (name == "ValidationError" && what.find("(angavs: ") != std::string::npos)
    return kind + ": " + what;
  if (name == "RequiredError" && what == "A subcommand is required")
    return "ange ett kommando, t.ex. gransk search";
  return kind + " (CLI11: " + what + ")";
}

}  // namespace

int main(int argc, char** argv) {
  // Tesseract asks OpenMP for up to ten threads per page; on a laptop they
  // spin against each other (22 s a page on two cores instead of 3 s with
  // one), and `-j N` workers already use every core. libgomp reads
  // OMP_THREAD_LIMIT only when it is loaded, so it is set and gransk
  // restarted once; if the restart fails, it runs on as it is.
  if (!std::getenv("OMP_THREAD_LIMIT")) {
    setenv("OMP_THREAD_LIMIT", "1", 1);
    execv("/proc/self/exe", argv);
  }
  CLI::App app{"Gransk: sök och följ upp kommunala revisionsrapporter", "gransk"};
  app.require_subcommand(1);
  // Help in Swedish: CLI11's labels and group names, set before the
  // subcommands are added (they copy the formatter, the option defaults and
  // the group from the app).
  const auto format = app.get_formatter();
  for (auto [key, label] : {std::pair{"Usage", "Användning"},
                            {"OPTIONS", "FLAGGOR"},
                            {"SUBCOMMAND", "KOMMANDO"},
                            {"SUBCOMMANDS", "KOMMANDON"},
                            {"REQUIRED", "(krävs)"},
                            {"Positionals", "Argument"},
                            {"Needs", "Kräver"},
                            {"Excludes", "Utesluter"},
                            {"Env", "Miljövariabel"},
                            {"TEXT", "TEXT"},
                            {"INT", "HELTAL"},
                            {"UINT", "HELTAL"},
                            {"FLOAT", "TAL"}})
    format->label(key, label);
  app.option_defaults()->group("Flaggor");
  app.group("Kommandon");
  app.set_help_flag("-h,--help", "Visa hjälp");
  app.footer("Se gransk KOMMANDO --help för ett kommandos flaggor.");
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
  // A subcommand's own help flag was made before the option defaults reached it.
  std::function<void(CLI::App*)> swedish_help = [&](CLI::App* a) {
    for (CLI::App* sub : a->get_subcommands({})) {
      if (CLI::Option* help = sub->get_help_ptr()) help->group("Flaggor");
      swedish_help(sub);
    }
  };
  swedish_help(&app);
  try {
    app.parse(argc, argv);
  } catch (const CLI::Success& e) {  // --help
    return app.exit(e);
  } catch (const CLI::ParseError& e) {
    std::cerr << "gransk: " << swedish_parse_error(e) << "\nSe gransk --help.\n";
    return gransk::cli::kUsage;
  }
  try {
    return run();
  } catch (const std::exception& e) {
    std::cerr << "gransk: internt fel: " << e.what() << "\n";
    return gransk::cli::kSomeFailed;
  }
}
