// Uppföljning: choose an organisation, get the follow-up pack: the same
// document as `gransk followup --format html`, printable on A4.
#include <set>
#include <sstream>

#include "../followup_render.h"
#include "gransk/index/followup_pack.h"
#include "pages.h"

namespace gransk::cli::web {

Response followup_page(const index::Archive& a, const Params& p, const Context& c) {
  const std::string organisation = param(p, "organisation"), topic = param(p, "amne");
  std::string error;
  if (!organisation.empty()) {
    index::FollowUpPack pack;
    if (index::build_followup_pack(a, organisation, topic, c.today, pack, error)) {
      std::string html = render_html(pack);
      // The document as the CLI writes it, with a way back that does not print.
      const std::string back =
          "<nav class=\"noprint\" style=\"font:14px sans-serif;padding:8px 16px;background:#eef\">"
          "<a href=\"/uppfoljning\">← Välj en annan organisation</a> · <a href=\"/\">Sök</a> · "
          "<a href=\"/rekommendationer\">Rekommendationer</a></nav><style>@media print{.noprint{"
          "display:none}}</style>";
      if (const size_t at = html.find("<body>\n"); at != std::string::npos)
        html.insert(at + 7, back);
      return {200, "text/html; charset=utf-8", html, "", ""};
    }
  }
  std::set<std::string> names;
  for (const auto& r : a.reports())
    if (!r.organisation.empty()) names.insert(r.organisation);
  std::ostringstream b;
  b << "<h1>Underlag för uppföljande granskning</h1><p>Välj organisation, och ämne om du vill "
       "avgränsa. Underlaget visar tidigare granskningar, varje rekommendation med senaste status "
       "och belägg, begärda svar och förslag till revisionsfrågor. Det skrivs ut på A4.</p>";
  if (!error.empty()) b << "<p class=\"alert\" role=\"alert\">" << escape(error) << "</p>";
  b << "<form class=\"filters\" action=\"/uppfoljning\" method=\"get\"><label>Organisation <input "
       "name=\"organisation\" list=\"organisationer\" required value=\""
    << escape(organisation) << "\"></label><datalist id=\"organisationer\">";
  for (const auto& n : names) b << "<option value=\"" << escape(n) << "\">";
  b << "</datalist> <label>Ämne <input name=\"amne\" placeholder=\"t.ex. it-säkerhet\" value=\""
    << escape(topic) << "\"></label> <button type=\"submit\">Visa underlag</button></form>";
  b << "<h2>Organisationer i arkivet</h2><ul class=\"columns\">";
  for (const auto& n : names)
    b << "<li><a href=\"" << escape(link("/uppfoljning", {{"organisation", n}})) << "\">"
      << escape(n) << "</a></li>";
  b << "</ul>";
  return {error.empty() ? 200 : 404, "text/html; charset=utf-8",
          page("Uppföljning", Nav::FollowUp, b.str()), "", ""};
}

}  // namespace gransk::cli::web
