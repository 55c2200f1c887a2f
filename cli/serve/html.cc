#include "html.h"

#include <cctype>

#include "gransk/corpus/vocabulary.h"
#include "gransk/index/search.h"

namespace gransk::cli::web {

std::string escape(const std::string& s) {
  std::string out;
  out.reserve(s.size() + 16);
  for (const char c : s) {
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      case '\'':
        out += "&#39;";
        break;
      default:
        out += c;
    }
  }
  return out;
}

std::string url_encode(const std::string& s) {
  static const char* hex = "0123456789ABCDEF";
  std::string out;
  for (const unsigned char c : s) {
    if (std::isalnum(c) || c == '-' || c == '_' || c == '.' || c == '~') {
      out += static_cast<char>(c);
    } else {
      out += '%';
      out += hex[c >> 4];
      out += hex[c & 15];
    }
  }
  return out;
}

std::string url_decode(const std::string& s, bool plus_is_space) {
  std::string out;
  for (size_t i = 0; i < s.size(); ++i) {
    if (plus_is_space && s[i] == '+') {
      out += ' ';
    } else if (s[i] == '%' && i + 2 < s.size() &&
               std::isxdigit(static_cast<unsigned char>(s[i + 1])) &&
               std::isxdigit(static_cast<unsigned char>(s[i + 2]))) {
      out += static_cast<char>(std::stoi(s.substr(i + 1, 2), nullptr, 16));
      i += 2;
    } else {
      out += s[i];
    }
  }
  return out;
}

std::string param(const Params& p, const std::string& name) {
  const auto it = p.find(name);
  return it == p.end() ? std::string() : it->second;
}

std::string link(const std::string& path,
                 const std::vector<std::pair<std::string, std::string>>& params) {
  std::string out = path;
  char sep = '?';
  for (const auto& [k, v] : params) {
    if (v.empty()) continue;
    out += sep + url_encode(k) + "=" + url_encode(v);
    sep = '&';
  }
  return out;
}

std::string page(const std::string& title, Nav active, const std::string& body) {
  struct Item {
    Nav nav;
    const char* href;
    const char* label;
  };
  static const Item items[] = {{Nav::Search, "/", "Sök"},
                               {Nav::Reports, "/rapporter", "Rapporter"},
                               {Nav::Register, "/rekommendationer", "Rekommendationer"},
                               {Nav::FollowUp, "/uppfoljning", "Uppföljning"},
                               {Nav::Stats, "/statistik", "Statistik"}};
  std::string nav;
  for (const Item& i : items)
    nav += std::string("<li><a href=\"") + i.href + "\"" +
           (i.nav == active ? " aria-current=\"page\"" : "") + ">" + i.label + "</a></li>";
  return "<!doctype html>\n<html lang=\"sv\">\n<head>\n<meta charset=\"utf-8\">\n"
         "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>" +
         escape(title) +
         " – Gransk</title>\n<link rel=\"stylesheet\" href=\"/static/gransk.css\">\n"
         "<script src=\"/static/gransk.js\" defer></script>\n</head>\n<body>\n"
         "<a class=\"skip\" href=\"#innehall\">Hoppa till innehållet</a>\n"
         "<header class=\"site\"><a class=\"brand\" href=\"/\">Gransk</a>"
         "<nav aria-label=\"Huvudmeny\"><ul>" +
         nav + "</ul></nav></header>\n<main id=\"innehall\">\n" + body +
         "\n</main>\n<footer class=\"site\">Gransk · kommunala revisionsrapporter, sökbara och "
         "spårbara till sida och mening · allt körs på den här datorn</footer>\n</body>\n</html>\n";
}

std::string marked(const std::string& snippet) {
  std::string out, run;
  bool open = false;
  for (const char c : snippet) {
    if (c == index::kMatchStart || c == index::kMatchEnd) {
      out += escape(run);
      run.clear();
      if (c == index::kMatchStart && !open) out += "<mark>", open = true;
      if (c == index::kMatchEnd && open) out += "</mark>", open = false;
      continue;
    }
    run += c;
  }
  out += escape(run);
  if (open) out += "</mark>";
  return out;
}

std::string status_badge(corpus::RecommendationStatus s) {
  return "<span class=\"status st-" + corpus::status_key(s) + "\">" +
         escape(corpus::status_label(s)) + "</span>";
}

std::string type_label(const std::string& t) {
  const auto type = corpus::entry_type_from_key(t);
  return type ? std::string(corpus::label(*type)) : t;
}

std::string verdict_label(const std::string& v) {
  const auto verdict = corpus::verdict_from_key(v);
  return verdict ? std::string(corpus::label(*verdict)) : v;
}

}  // namespace gransk::cli::web
