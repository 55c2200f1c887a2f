#include <cctype>
#include <sstream>

#include "pages.h"

namespace gransk::cli::web {
namespace {

std::string percent_decoded(const std::string& s) {
  std::string out;
  for (size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '%' && i + 2 < s.size() && std::isxdigit(static_cast<unsigned char>(s[i + 1])) &&
        std::isxdigit(static_cast<unsigned char>(s[i + 2]))) {
      out += static_cast<char>(std::stoi(s.substr(i + 1, 2), nullptr, 16));
      i += 2;
    } else {
      out += s[i];
    }
  }
  return out;
}

}  // namespace

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
  // Only a path on this server. Browsers read "//host" and "/\host" as another
  // host, drop tabs and line breaks first ("/<TAB>/host") and some decode
  // before they look; so each of these, also once or twice decoded, a scheme
  // or any control character or backslash sends the revisor to / instead.
  std::string s = path;
  for (int round = 0; round < 4; ++round) {
    if (s.empty() || s[0] != '/' || (s.size() > 1 && s[1] == '/')) return "/";
    for (const unsigned char c : s)
      if (c < 0x20 || c == 0x7f || c == '\\') return "/";
    const std::string decoded = percent_decoded(s);
    if (decoded == s) return path;
    s = decoded;
  }
  return "/";  // still encoded after four rounds: no page link looks like that
}

}  // namespace gransk::cli::web
