// Building the web page's HTML: every text from a PDF or a request goes
// through escape() (or a helper that calls it); no other way into a page.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "gransk/corpus/register.h"

namespace gransk::cli::web {

using Params = std::multimap<std::string, std::string>;

std::string escape(const std::string& s);
std::string url_encode(const std::string& s);
// %XX decoded; in form bodies (application/x-www-form-urlencoded) '+' is a space.
std::string url_decode(const std::string& s, bool plus_is_space);
// The first value of a query or form parameter, or "".
std::string param(const Params& p, const std::string& name);
// "/?q=…&kommun=…" from the given parameters, leaving out empty ones.
std::string link(const std::string& path,
                 const std::vector<std::pair<std::string, std::string>>& params);

// Page navigation entries and the whole page around `body`.
enum class Nav { Search, Reports, Register, FollowUp, Stats, None };
std::string page(const std::string& title, Nav active, const std::string& body);

// A search snippet with its matches marked <mark>, the rest escaped.
std::string marked(const std::string& snippet);

// A recommendation's status as a coloured label that also says it in words.
std::string status_badge(corpus::RecommendationStatus s);

// Swedish labels for stored keys.
std::string type_label(const std::string& type);        // fraga -> Fråga
std::string verdict_label(const std::string& verdict);  // nej -> Nej

}  // namespace gransk::cli::web
