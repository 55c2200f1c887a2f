// Checks of option values that say in Swedish what is wrong (CLI11's own say
// "Value 0 not in range 0.000000 to 1.79e308" and "pdf not in {md,html,json,csv}"),
// and name themselves in Swedish in --help.
#pragma once

#include <CLI/CLI.hpp>
#include <string>
#include <vector>

namespace gransk::cli {

// A whole number from `low` to `high`: "måste vara 1–600 (angavs: 0)".
CLI::Validator whole_number(long long low, long long high);
// A whole number above 0: "måste vara ett heltal större än 0 (angavs: 0)".
CLI::Validator positive_whole_number();
// One of `values`: "tar md, html, json eller csv (angavs: pdf)".
CLI::Validator one_of(const std::vector<std::string>& values);

}  // namespace gransk::cli
