// --db PATH, shared by the commands that use the archive.
#pragma once

#include <CLI/CLI.hpp>
#include <memory>
#include <string>

#include "gransk/index/archive.h"

namespace gransk::cli {

void add_db_option(CLI::App* cmd, std::string& path);
// Opens the archive (default: GRANSK_DB or the user's data directory); prints
// the reason and returns nullptr when it cannot. An archive that did not exist
// is created and said on stderr (kNewArchiveNote and where), with how to fill
// it unless the command is the one that fills it (`filling`).
inline constexpr const char* kNewArchiveNote = "nytt, tomt arkiv skapat:";
std::unique_ptr<index::Archive> open_archive(const std::string& path, bool filling = false);

// --kommun names no organisation of the archive ("Tierpp"): false, and a
// Swedish line on stderr naming the nearest names, so an empty answer is not
// read as "no reports". True when the filter is empty or matches a report.
bool organisation_known(const index::Archive& archive, const std::string& filter,
                        const char* command);

// --ar: "2021", "2019..2024", "2019.." or "..2024"; false if not years.
// Today as ÅÅÅÅ-MM-DD; GRANSK_IDAG overrides it, so examples and tests can
// fix the day that decides what is overdue.
std::string today_iso();

// --aldre-an: "2y", "2år", "2 år", "18m", "18 mån", "90d"; days, or nullopt.
std::optional<int> parse_age(const std::string& text);

bool parse_year_range(const std::string& text, std::optional<int>& from, std::optional<int>& to);

}  // namespace gransk::cli
