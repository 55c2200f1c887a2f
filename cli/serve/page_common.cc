#include <cctype>
#include <sstream>

#include "pages.h"

namespace gransk::cli::web {
Response error_page(int status, const std::string& message) {
  return error_page(status, message, "");
}

Response error_page(int status, const std::string& message, const std::string& back) {
  const std::string title = status == 404   ? "Hittades inte"
                            : status == 503 ? "Upptaget just nu"
                            : status >= 500 ? "Fel i Gransk"
                                            : "Det gick inte";
  const std::string links =
      back.empty() ? "<p><a href=\"/\">Till sökningen</a></p>"
                   : "<p><a href=\"" + escape(back) +
                         "\">Tillbaka och försök igen</a> · <a href=\"/\">Till sökningen</a></p>";
  return {status, "text/html; charset=utf-8",
          page(title, Nav::None,
               "<h1>" + escape(title) + "</h1><p class=\"alert\" role=\"alert\">" +
                   escape(message) + "</p>" + links),
          "", ""};
}

std::string item_link(const std::string& item) {
  const std::string report = item.substr(0, item.find('.'));
  return link("/rekommendationer", {{"rapport", report}}) + "#rek-" + item;
}

std::string token_field(const Context& c) {
  return "<input type=\"hidden\" name=\"token\" value=\"" + escape(c.token) + "\">";
}

std::string safe_return(const std::string& path) {
  // Only a path on this server. Browsers read "//host" and "/\host" as another
  // host, drop tabs and line breaks first ("/<TAB>/host") and some decode
  // before they look; so each of these, also once or twice decoded, a scheme
  // or any control character or backslash sends the revisor to / instead.
  std::string s = path;
  for (int round = 0; round < 4; ++round) {
    if (s.empty() || s[0] != '/' || (s.size() > 1 && s[1] == '/')) return "/";
    for (const unsigned char c : s)
      if (c < 0x20 || c == 0x7f || c == '\\') return "/";
    const std::string decoded = url_decode(s, false);
    if (decoded == s) return path;
    s = decoded;
  }
  return "/";  // still encoded after four rounds: no page link looks like that
}

}  // namespace gransk::cli::web
