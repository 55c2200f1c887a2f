// --rules DIR, shared by the commands that tag documents.
#pragma once

#include <CLI/CLI.hpp>
#include <string>
#include <vector>

#include "gransk/rules/rules.h"

namespace gransk::cli {

void add_rules_option(CLI::App* cmd, std::vector<std::string>& dirs);
// Gransk's rules plus the user's; prints load errors (file:line) and returns
// false if there were any.
bool load_rule_set(const std::vector<std::string>& user_dirs, rules::RuleSet& out);

}  // namespace gransk::cli
