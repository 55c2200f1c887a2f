// --db PATH, shared by the commands that use the archive.
#pragma once

#include <CLI/CLI.hpp>
#include <memory>
#include <string>

#include "gransk/index/archive.h"

namespace gransk::cli {

void add_db_option(CLI::App* cmd, std::string& path);
// Opens the archive (default: GRANSK_DB or the user's data directory); prints
// the reason and returns nullptr when it cannot.
std::unique_ptr<index::Archive> open_archive(const std::string& path);

// --ar: "2021", "2019..2024", "2019.." or "..2024"; false if not years.
bool parse_year_range(const std::string& text, std::optional<int>& from, std::optional<int>& to);

}  // namespace gransk::cli
