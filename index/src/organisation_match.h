// Whether a report is about the organisation a revisor named: a kommunkod, the
// start of the organisation's name ("Västra Mälardalen"), or a kommun's name
// ("Piteå", "Piteå kommun").
#pragma once

#include <string>

struct sqlite3;

#include "gransk/corpus/register_build.h"

namespace gransk::index {

using corpus::organisation_matches;  // one matcher for the register and search

// The same test in SQL, gransk_organisation(filter, organisation, kommunkod),
// so that search filters as the register does (SQL's LIKE folds only ASCII:
// "östhammar" missed "Östhammars kommun"). Registered on every connection.
bool register_organisation_match(sqlite3* db, std::string& error);

}  // namespace gransk::index
