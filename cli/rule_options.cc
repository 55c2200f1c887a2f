#include "rule_options.h"

#include <iostream>

namespace gransk::cli {

void add_rules_option(CLI::App* cmd, std::vector<std::string>& dirs) {
  cmd->add_option("--rules", dirs, "Egen katalog med regelfiler (*.toml), utöver Gransks")
      ->check(CLI::ExistingDirectory);
}

bool load_rule_set(const std::vector<std::string>& user_dirs, rules::RuleSet& out) {
  std::vector<std::string> dirs = {rules::default_rules_dir()};
  dirs.insert(dirs.end(), user_dirs.begin(), user_dirs.end());
  out = rules::load_rules(dirs);
  for (const rules::RuleError& e : out.errors) std::cerr << e.text() << "\n";
  return out.errors.empty();
}

}  // namespace gransk::cli
