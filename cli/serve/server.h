// gransk serve: the web page over the archive, on cpp-httplib. A thin layer:
// maps paths to pages.h, checks the token on changes, sets safe headers.
#pragma once

#include <string>

namespace gransk::cli::web {

struct ServeOptions {
  std::string db, listen = "127.0.0.1";
  int port = 8080;  // 0: any free port (printed)
};

int serve(const ServeOptions& o);

}  // namespace gransk::cli::web
