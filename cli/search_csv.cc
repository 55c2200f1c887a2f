#include "search_csv.h"

namespace gransk::cli {

std::vector<std::string> search_csv_header() {
  return {"typ",   "bedomning", "organisation", "kommunkod", "ar",      "firma",
          "titel", "sida",      "avsnitt",      "text",      "rapport", "fil"};
}

size_t search_csv_column(const std::string& name) {
  const std::vector<std::string> header = search_csv_header();
  for (size_t i = 0; i < header.size(); ++i)
    if (header[i] == name) return i;
  return header.size() - 1;
}

std::vector<std::string> search_csv_cells(const index::Hit& h) {
  return {h.type,
          h.verdict,
          h.organisation,
          h.kommunkod,
          h.year ? std::to_string(*h.year) : "",
          h.firm,
          h.title,
          std::to_string(h.page),
          h.section,
          h.text,
          std::to_string(h.report_id),
          h.path};
}

}  // namespace gransk::cli
