// The gransk subcommands. Each registers itself on the CLI11 app and runs with
// a typed options struct; main() is the one error boundary.
#pragma once

#include <CLI/CLI.hpp>
#include <functional>

namespace gransk::cli {

// Exit codes scripts can rely on.
enum ExitCode : int {
  kOk = 0,
  kSomeFailed = 1,  // at least one document could not be read
  kUsage = 2,       // bad command line
};

// Registers the subcommand and sets `run` to what it does when chosen.
void add_extract_command(CLI::App& app, std::function<int()>& run);
void add_rules_command(CLI::App& app, std::function<int()>& run);
void add_eval_command(CLI::App& app, std::function<int()>& run);
// ingest and reindex
void add_ingest_command(CLI::App& app, std::function<int()>& run);
void add_search_command(CLI::App& app, std::function<int()>& run);
void add_status_commands(CLI::App& app, std::function<int()>& run);
void add_show_command(CLI::App& app, std::function<int()>& run);
void add_recs_command(CLI::App& app, std::function<int()>& run);
void add_link_command(CLI::App& app, std::function<int()>& run);
void add_answer_command(CLI::App& app, std::function<int()>& run);
void add_followup_command(CLI::App& app, std::function<int()>& run);
void add_stats_command(CLI::App& app, std::function<int()>& run);
void add_serve_command(CLI::App& app, std::function<int()>& run);

}  // namespace gransk::cli
