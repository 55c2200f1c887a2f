// Statistik: verdicts per theme across organisations as bar charts drawn here
// as SVG; each bar links to the reports behind it.
#include <sstream>

#include "../archive_options.h"
#include "gransk/index/stats.h"
#include "pages.h"

namespace gransk::cli::web {
namespace {

struct Segment {
  const char* verdict;
  const char* label;
  const char* colour;  // with white text, contrast ≥ 4.5:1
};
constexpr Segment kSegments[] = {
    {"nej", "Nej", "#b3261e"}, {"delvis", "Delvis", "#8a5100"}, {"ja", "Ja", "#1e6b34"}};

int count(const index::ThemeStats& t, const std::string& v) {
  const auto it = t.by_verdict.find(v);
  return it == t.by_verdict.end() ? 0 : static_cast<int>(it->second.size());
}

// One bar per theme, split by verdict, scaled to the largest theme; the label
// sits above its bar so the chart stays readable on a phone.
std::string chart(const std::vector<index::ThemeStats>& stats, const std::string& years) {
  int most = 1;
  for (const auto& t : stats) most = std::max(most, t.organisations);
  const int bar_w = 380, row_h = 50, top = 4;
  const int height = top + row_h * static_cast<int>(stats.size()) + 30;
  std::ostringstream s;
  s << "<svg class=\"chart\" viewBox=\"0 0 " << bar_w + 70 << " " << height
    << "\" role=\"img\" aria-labelledby=\"chart-title\" xmlns=\"http://www.w3.org/2000/svg\">"
    << "<title id=\"chart-title\">Bedömningar per tema: antal granskade organisationer med Nej, "
       "Delvis och Ja</title>";
  int y = top;
  for (const auto& t : stats) {
    s << "<text x=\"0\" y=\"" << y + 14 << "\" class=\"label\">" << escape(t.theme) << "</text>";
    int x = 0;
    const int bar_y = y + 20;
    for (const Segment& seg : kSegments) {
      const int n = count(t, seg.verdict);
      if (!n) continue;
      const int w = std::max(22, n * bar_w / most);
      s << "<a href=\""
        << escape(
               link("/statistik", {{"tema", t.theme}, {"bedomning", seg.verdict}, {"ar", years}}))
        << "#rapporter\" aria-label=\"" << escape(t.theme) << ": " << n << " av " << t.organisations
        << " " << seg.label << "\"><rect x=\"" << x << "\" y=\"" << bar_y << "\" width=\"" << w
        << "\" height=\"22\" fill=\"" << seg.colour << "\"><title>" << escape(t.theme) << ": " << n
        << " av " << t.organisations << " granskade organisationer " << seg.label
        << "</title></rect><text x=\"" << x + w / 2 << "\" y=\"" << bar_y + 16
        << "\" text-anchor=\"middle\" class=\"n\">" << n << "</text></a>";
      x += w;
    }
    if (!t.organisations)
      s << "<text x=\"0\" y=\"" << bar_y + 16 << "\" class=\"none\">ingen bedömning</text>";
    else
      s << "<text x=\"" << x + 6 << "\" y=\"" << bar_y + 16 << "\" class=\"total\">av "
        << t.organisations << "</text>";
    y += row_h;
  }
  int lx = 0;
  for (const Segment& seg : kSegments) {
    s << "<rect x=\"" << lx << "\" y=\"" << y + 6 << "\" width=\"16\" height=\"16\" fill=\""
      << seg.colour << "\"/><text x=\"" << lx + 22 << "\" y=\"" << y + 20 << "\" class=\"label\">"
      << seg.label << "</text>";
    lx += 100;
  }
  s << "</svg>";
  return s.str();
}

}  // namespace

Response stats_page(const index::Archive& a, const Params& p) {
  const std::string theme = param(p, "tema"), verdict = param(p, "bedomning"),
                    years = param(p, "ar");
  std::optional<int> from, to;
  if (!parse_year_range(years, from, to))
    return error_page(400, "År skrivs som 2021 eller 2019..2024.");
  std::vector<index::ThemeStats> all, chosen;
  std::string error;
  if (!index::theme_stats(a, "", from, to, all, error)) return error_page(500, error);
  if (!theme.empty() && !index::theme_stats(a, theme, from, to, chosen, error))
    return error_page(400, error);
  std::ostringstream b;
  b << "<h1>Bedömningar per tema</h1><p>Varje organisation räknas en gång per tema, med den "
       "svagaste bedömningen i sin senaste granskning som ställde en fråga inom temat. Teman är "
       "områdena i MSB:s kartläggning av kommunernas informationssäkerhet. Klicka på en stapel för "
       "rapporterna bakom den.</p><form class=\"filters\" action=\"/statistik\" method=\"get\">"
       "<label>År <input name=\"ar\" size=\"10\" placeholder=\"2019..2024\" value=\""
    << escape(years) << "\"></label> <button type=\"submit\">Visa</button></form>"
    << chart(all, years)
    << "<div class=\"table-wrap\"><table class=\"list numbers\"><caption>Samma siffror som "
       "tabell</caption>"
       "<thead><tr><th scope=\"col\">Tema</th><th scope=\"col\">Nej</th><th "
       "scope=\"col\">Delvis</th>"
       "<th scope=\"col\">Ja</th><th scope=\"col\">Granskade</th></tr></thead><tbody>";
  for (const auto& t : all)
    b << "<tr><th scope=\"row\"><a href=\""
      << escape(link("/statistik", {{"tema", t.theme}, {"ar", years}})) << "#rapporter\">"
      << escape(t.theme) << "</a></th><td>" << count(t, "nej") << "</td><td>" << count(t, "delvis")
      << "</td><td>" << count(t, "ja") << "</td><td>" << t.organisations << "</td></tr>";
  b << "</tbody></table></div>";
  if (!chosen.empty()) {
    const auto& t = chosen.front();
    b << "<section id=\"rapporter\" tabindex=\"-1\"><h2>" << escape(t.theme);
    if (!verdict.empty())
      b << ": " << count(t, verdict) << " av " << t.organisations << " "
        << escape(verdict_label(verdict));
    b << "</h2><ul class=\"evidence\">";
    for (const Segment& seg : kSegments) {
      if (!verdict.empty() && verdict != seg.verdict) continue;
      const auto it = t.by_verdict.find(seg.verdict);
      if (it == t.by_verdict.end()) continue;
      for (const auto& e : it->second)
        b << "<li><span class=\"verdict v-" << seg.verdict << "\">" << seg.label << "</span> "
          << escape(e.organisation) << " " << (e.report.year ? std::to_string(*e.report.year) : "")
          << ": <a href=\"/rapport/" << e.report.id << "\">" << escape(e.report.title)
          << "</a>, s. " << e.page << "<br><span class=\"muted\">" << escape(e.question)
          << "</span></li>";
    }
    b << "</ul></section>";
  }
  return {200, "text/html; charset=utf-8", page("Statistik", Nav::Stats, b.str()), "", ""};
}

}  // namespace gransk::cli::web
