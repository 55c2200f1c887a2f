// gransk rules check: compile every rule and run its inline examples.
#include <iostream>
#include <set>

#include "commands.h"
#include "rule_options.h"

namespace gransk::cli {
namespace {

struct RulesCheckOptions {
  std::vector<std::string> dirs;
};

int run_rules_check(const RulesCheckOptions& o) {
  rules::RuleSet set;
  const bool loaded = load_rule_set(o.dirs, set);
  const std::vector<rules::RuleError> failures = rules::check_examples(set);
  for (const rules::RuleError& e : failures) std::cerr << e.text() << "\n";
  std::set<std::string> files;
  size_t examples = 0;
  for (const rules::Rule& r : set.rules) {
    files.insert(r.file);
    examples += r.examples.size();
  }
  std::cout << set.rules.size() << " regler i " << files.size() << " filer, " << examples
            << " exempel: " << (loaded && failures.empty() ? "alla stämmer" : "FEL (se ovan)")
            << "\n";
  return loaded && failures.empty() ? kOk : kSomeFailed;
}

}  // namespace

void add_rules_command(CLI::App& app, std::function<int()>& run) {
  CLI::App* rules = app.add_subcommand("rules", "Regelfiler");
  rules->require_subcommand(1);
  auto opts = std::make_shared<RulesCheckOptions>();
  CLI::App* check = rules->add_subcommand("check", "Kompilera alla regler och pröva deras exempel");
  add_rules_option(check, opts->dirs);
  check->callback([opts, &run] { run = [opts] { return run_rules_check(*opts); }; });
}

}  // namespace gransk::cli
