// How verdicts fall per theme across organisations: for each theme, each
// organisation counts once, with the verdict of its latest report that asked a
// question in the theme (the weakest verdict, if it asked several).
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "gransk/index/register.h"

namespace gransk::index {

struct ThemeEvidence {
  std::string organisation, question;
  ReportRef report;
  int page = 0;
};

struct ThemeStats {
  std::string theme;
  int organisations = 0;                                         // with a verdict in the theme
  std::map<std::string, std::vector<ThemeEvidence>> by_verdict;  // ja, delvis, nej
};

bool theme_stats(const Archive& archive, const std::string& theme, std::optional<int> year_from,
                 std::optional<int> year_to, std::vector<ThemeStats>& out, std::string& error);

}  // namespace gransk::index
