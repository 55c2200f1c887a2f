// Whether a report is about the organisation a revisor named: a kommunkod, the
// start of the organisation's name ("Västra Mälardalen"), or a kommun's name
// ("Piteå", "Piteå kommun").
#pragma once

#include <string>

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

}  // namespace gransk::index
