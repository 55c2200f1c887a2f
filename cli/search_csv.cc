#include "search_csv.h"

namespace gransk::cli {

std::vector<std::string> search_csv_header() {
  return {"typ", "bedomning", "organisation", "kommunkod", "ar",
          "firma", "titel", "sida", "avsnitt", "text"};
}

std::vector<std::string> search_csv_cells(const index::Hit& h) {
  return {h.type,  h.verdict, h.organisation, h.kommunkod, h.year ? std::to_string(*h.year) : "",
          h.firm,  h.title,   std::to_string(h.page),      h.section, h.text};
}

}  // namespace gransk::cli
