#include "search_csv.h"

#include <map>

namespace gransk::cli {

std::vector<std::string> search_csv_header() {
  // "post" is the finding's id in the register ("5.3"), "status" a
  // recommendation's status there (add_register_ids fills both).
  return {"typ",  "bedomning", "organisation", "kommunkod", "ar",     "firma",   "titel",
          "sida", "avsnitt",   "text",         "post",      "status", "rapport", "fil"};
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
          h.item_id,
          h.status,
          std::to_string(h.report_id),
          h.path};
}

std::string search_facet_label(const std::string& key) {
  static const std::map<std::string, std::string> labels = {{"kommun", "Organisation"},
                                                            {"lan", "Län"},
                                                            {"ar", "År"},
                                                            {"firma", "Revisor"},
                                                            {"typ", "Typ"},
                                                            {"bedomning", "Bedömning"},
                                                            {"rapporttyp", "Slag av rapport"}};
  const auto it = labels.find(key);
  return it != labels.end() ? it->second : key;
}

}  // namespace gransk::cli
