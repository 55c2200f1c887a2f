// How register items are named on the command line and the page: "5.3" is
// report 5's third recommendation, "14.u2" follow-up 14's second earlier
// recommendation, "7.s1" report 7's first response request, "7" the report.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

namespace gransk::corpus {

// The report type the rules give a board's answer to a report.
inline constexpr const char* kAnswerReportType = "svar på revisionsrapport";

struct ItemId {
  int64_t report = 0;
  char kind = 'r';  // r recommendation, u follow-up item, s response request, x the report
  int ordinal = 0;
};

inline std::string recommendation_id(int64_t report, int n) {
  return std::to_string(report) + "." + std::to_string(n);
}
inline std::string followup_item_id(int64_t report, int n) {
  return std::to_string(report) + ".u" + std::to_string(n);
}
inline std::string response_request_id(int64_t report, int n) {
  return std::to_string(report) + ".s" + std::to_string(n);
}

inline std::optional<ItemId> parse_item_id(const std::string& text) {
  ItemId id;
  size_t i = 0;
  while (i < text.size() && text[i] >= '0' && text[i] <= '9') ++i;
  if (i == 0 || i > 15) return std::nullopt;
  id.report = std::stoll(text.substr(0, i));
  if (i == text.size()) {
    id.kind = 'x';
    return id;
  }
  if (text[i++] != '.') return std::nullopt;
  if (i < text.size() && (text[i] == 'u' || text[i] == 's')) id.kind = text[i++];
  const size_t digits = i;
  while (i < text.size() && text[i] >= '0' && text[i] <= '9') ++i;
  if (i != text.size() || i == digits || i - digits > 6) return std::nullopt;
  id.ordinal = std::stoi(text.substr(digits));
  return id;
}

}  // namespace gransk::corpus
