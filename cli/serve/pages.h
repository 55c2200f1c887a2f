// The web page's pages: each a function from the request's parameters to a
// response, calling the same library functions as the CLI. server.cc maps
// them to paths; nothing here knows HTTP beyond status codes.
#pragma once

#include <chrono>
#include <cstdint>
#include <string>

#include "gransk/index/archive.h"
#include "gransk/index/search.h"
#include "html.h"

namespace gransk::cli::web {

struct Context {
  std::string token;  // changes need it: the server prints it, the pages hold it
  std::string today;  // ISO date that decides what is overdue
  std::chrono::milliseconds search_time_limit = index::kSearchTimeLimit;
};

struct Response {
  int status = 200;
  std::string content_type = "text/html; charset=utf-8";
  std::string body;
  std::string location;  // a redirect (303) after a change
  std::string filename;  // a download
};

Response error_page(int status, const std::string& message);
// The same with a way back to the page the revisor came from (a form's
// "tillbaka"), for a change that could not be made.
Response error_page(int status, const std::string& message, const std::string& back);

// A register item ("5.3", "14.u2") on the Rekommendationer page: its report's
// register, at the item.
std::string item_link(const std::string& item);

Response search_page(const index::Archive& a, const Params& p, const Context& c);
enum class Export { Csv, Json, Xlsx };
Response search_export(const index::Archive& a, const Params& p, const Context& c, Export format);
// At most kMaxBatchQueries lines with a query (413 otherwise).
Response batch_search(const index::Archive& a, const Params& p, const Context& c,
                      const std::string& queries);
inline constexpr int kMaxBatchQueries = 50;

Response reports_page(const index::Archive& a, const Params& p);
Response report_page(const index::Archive& a, int64_t id, const Params& p, const Context& c);

Response register_page(const index::Archive& a, const Params& p, const Context& c);
Response register_export(const index::Archive& a, const Params& p, const Context& c);
Response link_action(index::Archive& a, const Params& form, const Context& c);
Response answer_action(index::Archive& a, const Params& form, const Context& c);

Response followup_page(const index::Archive& a, const Params& p, const Context& c);
Response stats_page(const index::Archive& a, const Params& p);

// The hidden field every changing form carries.
std::string token_field(const Context& c);
// A local path to return to after a change ("/rekommendationer?…"), or "/"
// for anything a browser could read as another site.
std::string safe_return(const std::string& path);

}  // namespace gransk::cli::web
