#include <sstream>

#include "pages.h"

namespace gransk::cli::web {

Response error_page(int status, const std::string& message) {
  const std::string title = status == 404   ? "Hittades inte"
                            : status >= 500 ? "Fel i Gransk"
                                            : "Det gick inte";
  return {status, "text/html; charset=utf-8",
          page(title, Nav::None,
               "<h1>" + escape(title) + "</h1><p class=\"alert\" role=\"alert\">" +
                   escape(message) + "</p><p><a href=\"/\">Till sökningen</a></p>"),
          "", ""};
}

std::string token_field(const Context& c) {
  return "<input type=\"hidden\" name=\"token\" value=\"" + escape(c.token) + "\">";
}

std::string safe_return(const std::string& path) {
  // Only a path on this server: no scheme, no "//host", no backslashes.
  if (path.empty() || path[0] != '/' || path.rfind("//", 0) == 0 ||
      path.find('\\') != std::string::npos || path.find_first_of("\r\n") != std::string::npos)
    return "/";
  return path;
}

}  // namespace gransk::cli::web
