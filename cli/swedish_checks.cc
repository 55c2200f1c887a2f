#include "swedish_checks.h"

#include <algorithm>
#include <cerrno>
#include <cstdlib>

namespace gransk::cli {
namespace {

// The value as a whole number, or false when it is none ("12a", "", "1.5").
bool read_whole(const std::string& s, long long& out) {
  if (s.empty()) return false;
  char* end = nullptr;
  errno = 0;
  out = std::strtoll(s.c_str(), &end, 10);
  return errno == 0 && end && *end == '\0';
}

}  // namespace

CLI::Validator whole_number(long long low, long long high) {
  const std::string range = std::to_string(low) + "–" + std::to_string(high);
  return CLI::Validator(
      [=](std::string& s) -> std::string {
        long long v = 0;
        if (!read_whole(s, v) || v < low || v > high)
          return "måste vara " + range + " (angavs: " + s + ")";
        return "";
      },
      range);
}

CLI::Validator positive_whole_number() {
  return CLI::Validator(
      [](std::string& s) -> std::string {
        long long v = 0;
        if (!read_whole(s, v) || v < 1)
          return "måste vara ett heltal större än 0 (angavs: " + s + ")";
        return "";
      },
      "STÖRRE ÄN 0");
}

CLI::Validator one_of(const std::vector<std::string>& values) {
  std::string list;
  for (size_t i = 0; i < values.size(); ++i)
    list += (i == 0 ? "" : i + 1 == values.size() ? " eller " : ", ") + values[i];
  std::string braces;
  for (const std::string& v : values) braces += (braces.empty() ? "{" : ",") + v;
  braces += "}";
  return CLI::Validator(
      [=](std::string& s) -> std::string {
        if (std::find(values.begin(), values.end(), s) == values.end())
          return "tar " + list + " (angavs: " + s + ")";
        return "";
      },
      braces);
}

}  // namespace gransk::cli
