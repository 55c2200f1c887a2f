// gransk serve: the web page over the archive, on cpp-httplib. A thin layer:
// maps paths to pages.h, checks the token on changes, sets safe headers;
// request_guard.h decides what is refused before a page sees it.
#pragma once

#include <string>
#include <vector>

namespace gransk::cli::web {

struct ServeOptions {
  std::string db, listen = "127.0.0.1";
  int port = 8080;                      // 0: any free port (printed)
  std::vector<std::string> host_names;  // more names the page may be reached by (Host)
  std::string password_file;            // HTTP Basic password; required off loopback
  int search_time_limit_s = 2;          // each query on the page (--soktid)
};

int serve(const ServeOptions& o);

}  // namespace gransk::cli::web
