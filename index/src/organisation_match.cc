#include "organisation_match.h"

#include <sqlite3.h>

namespace gransk::index {
namespace {

std::string text_arg(sqlite3_value* v) {
  const unsigned char* t = sqlite3_value_text(v);
  return t ? reinterpret_cast<const char*>(t) : "";
}

void organisation_function(sqlite3_context* ctx, int, sqlite3_value** args) {
  sqlite3_result_int(ctx,
                     organisation_matches(text_arg(args[0]), text_arg(args[1]), text_arg(args[2])));
}

}  // namespace

bool register_organisation_match(sqlite3* db, std::string& error) {
  if (sqlite3_create_function_v2(db, "gransk_organisation", 3,
                                 SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS, nullptr,
                                 organisation_function, nullptr, nullptr, nullptr) != SQLITE_OK) {
    error = "kunde inte registrera SQL-funktionen gransk_organisation";
    return false;
  }
  return true;
}

}  // namespace gransk::index
