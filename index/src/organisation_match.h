// Whether a report is about the organisation a revisor named: a kommunkod, the
// start of the organisation's name ("Västra Mälardalen"), or a kommun's name
// ("Piteå", "Piteå kommun").
#pragma once

#include <string>

struct sqlite3;

#include "gransk/corpus/kommuner.h"
#include "gransk/nlp/nlp.h"

namespace gransk::index {

inline bool organisation_matches(const std::string& filter, const std::string& organisation,
                                 const std::string& kommunkod) {
  if (filter.empty()) return true;
  if (filter == kommunkod) return true;
  const std::string f = nlp::fold_case(filter), o = nlp::fold_case(organisation);
  if (o.rfind(f, 0) == 0) return true;
  if (const corpus::Kommun* k = corpus::KommunRegister::shared().by_name(filter))
    return !kommunkod.empty() && k->code == kommunkod;
  return false;
}

// The same test in SQL, gransk_organisation(filter, organisation, kommunkod),
// so that search filters as the register does (SQL's LIKE folds only ASCII:
// "östhammar" missed "Östhammars kommun"). Registered on every connection.
bool register_organisation_match(sqlite3* db, std::string& error);

}  // namespace gransk::index
