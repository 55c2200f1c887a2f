// Rapporter and Rapport: the archive's reports, and one report with its
// questions, verdicts, recommendations, follow-ups and requests, each with its
// page and a link to the PDF at that page.
#include <sstream>

#include "../archive_options.h"
#include "gransk/corpus/vocabulary.h"
#include "gransk/index/register.h"
#include "pages.h"

namespace gransk::cli::web {
namespace {

std::string page_link(int64_t report, int page) {
  return "<a class=\"page\" href=\"/rapport/" + std::to_string(report) +
         "/pdf#page=" + std::to_string(page) + "\" aria-label=\"Öppna PDF:en på sidan " +
         std::to_string(page) + "\">s. " + std::to_string(page) + "</a>";
}

}  // namespace

Response reports_page(const index::Archive& a, const Params& p) {
  std::optional<int> from, to;
  if (!parse_year_range(param(p, "ar"), from, to))
    return error_page(400, "År skrivs som 2021 eller 2019..2024.");
  std::ostringstream b;
  b << "<h1>Rapporter i arkivet</h1><form class=\"filters\" action=\"/rapporter\" method=\"get\">";
  for (const auto& [name, label] :
       std::vector<std::pair<std::string, std::string>>{{"kommun", "Organisation eller kommunkod"},
                                                        {"lan", "Län"},
                                                        {"ar", "År"},
                                                        {"firma", "Revisor"}})
    b << "<label>" << label << " <input name=\"" << name << "\" value=\"" << escape(param(p, name))
      << "\"></label> ";
  b << "<button type=\"submit\">Visa</button></form>";
  const auto rows = a.reports(param(p, "kommun"), param(p, "lan"), param(p, "firma"), from, to);
  b << "<p>" << rows.size()
    << " rapporter</p><div class=\"table-wrap\"><table class=\"list\"><thead><tr>"
       "<th scope=\"col\">Organisation</th><th scope=\"col\">År</th><th scope=\"col\">Rapport</th>"
       "<th scope=\"col\">Typ</th><th scope=\"col\">Revisor</th><th "
       "scope=\"col\">Fynd</th></tr></thead><tbody>";
  for (const auto& r : rows)
    b << "<tr><td>" << escape(r.organisation) << "</td><td>"
      << (r.year ? std::to_string(*r.year) : "–") << "</td><td><a href=\"/rapport/" << r.id << "\">"
      << escape(r.title.empty() ? "(utan titel)" : r.title) << "</a></td><td>"
      << escape(r.report_type) << "</td><td>" << escape(r.firm) << "</td><td>" << r.entries
      << "</td></tr>";
  b << "</tbody></table></div>";
  const auto failures = a.failures();
  if (!failures.empty()) {
    b << "<h2>Filer som inte kunde läsas</h2><ul class=\"failures\">";
    for (const auto& f : failures)
      b << "<li>" << escape(f.reason) << " <span class=\"muted\">(" << escape(f.at)
        << ")</span></li>";
    b << "</ul>";
  }
  return {200, "text/html; charset=utf-8", page("Rapporter", Nav::Reports, b.str()), "", ""};
}

Response report_page(const index::Archive& a, int64_t id, const Params& p, const Context& c) {
  const auto r = a.report(id);
  if (!r) return error_page(404, "Det finns ingen rapport med nummer " + std::to_string(id) + ".");
  const auto findings = a.findings(id);
  index::Register reg;
  index::RegisterFilter filter;
  filter.report_id = id;
  std::string error;
  // Without the register the page still shows the report and its findings,
  // and says why the statuses are missing.
  const bool statuses = index::read_register(a, filter, c.today, reg, error);
  std::ostringstream b;
  if (!statuses)
    b << "<p class=\"alert\" role=\"alert\">Rekommendationernas status kunde inte läsas: "
      << escape(error) << "</p>";
  b << "<p class=\"kicker\">" << escape(r->report_type) << "</p><h1>"
    << escape(r->title.empty() ? "(utan titel)" : r->title) << "</h1>"
    << "<dl class=\"facts\"><dt>Organisation</dt><dd>" << escape(r->organisation)
    << (r->kommunkod.empty() ? "" : " (" + escape(r->kommunkod) + ")") << "</dd>"
    << (r->lan.empty() ? "" : "<dt>Län</dt><dd>" + escape(r->lan) + "</dd>")
    << "<dt>Revisor</dt><dd>" << escape(r->firm.empty() ? "–" : r->firm) << "</dd>"
    << "<dt>År</dt><dd>" << (r->year ? std::to_string(*r->year) : "–") << "</dd>"
    << (r->date.empty() ? "" : "<dt>Datum</dt><dd>" + escape(r->date) + "</dd>")
    << (r->addressee.empty() ? "" : "<dt>Mottagare</dt><dd>" + escape(r->addressee) + "</dd>")
    << "<dt>PDF</dt><dd><a href=\"/rapport/" << id << "/pdf\">Öppna rapporten</a> (" << r->pages
    << " sidor)</dd>" << (r->ocr.empty() ? "" : "<dt>OCR</dt><dd>" + escape(r->ocr) + "</dd>")
    << "</dl>";

  // A passage from a search hit is shown first, with its page.
  int64_t post = 0;
  try {
    if (!param(p, "post").empty()) post = std::stoll(param(p, "post"));
  } catch (const std::exception&) {
  }
  if (post) {
    if (const auto e = a.entry(post); e && e->report_id == id && e->type == "text")
      b << "<section class=\"hit-box\" id=\"post-" << post
        << "\" tabindex=\"-1\"><h2>Sökträffen</h2><p>" << escape(e->text)
        << "</p><p class=\"muted\">" << escape(e->section) << " · " << page_link(id, e->page)
        << "</p></section>";
  }
  auto section = [&](corpus::EntryType kind, const std::string& heading) {
    const std::string type(corpus::key(kind));
    std::ostringstream s;
    int n = 0;
    for (const auto& e : findings) {
      if (e.type != type) continue;
      ++n;
      s << "<li id=\"post-" << e.id << "\"" << (e.id == post ? " class=\"current\"" : "") << ">";
      if (kind == corpus::EntryType::Question)
        s << "<span class=\"verdict v-" << escape(e.verdict.empty() ? "ingen" : e.verdict) << "\">"
          << escape(e.verdict.empty() ? "ingen bedömning" : verdict_label(e.verdict)) << "</span> ";
      if (kind == corpus::EntryType::Recommendation) {
        const std::string rid = std::to_string(id) + "." + std::to_string(n);
        for (const auto& x : reg.recommendations)
          if (x.id == rid)
            s << "<a class=\"id\" href=\"" << escape(item_link(rid)) << "\">" << escape(rid)
              << "</a> " << status_badge(x.status) << " ";
      }
      if (kind == corpus::EntryType::FollowUp && !e.verdict.empty()) {
        const auto st = corpus::status_from_followup(e.verdict);
        if (st) s << status_badge(*st) << " ";
      }
      s << "<span class=\"text\">" << escape(e.text) << "</span> ";
      if (kind == corpus::EntryType::ResponseRequest) {
        const std::string qid = std::to_string(id) + ".s" + std::to_string(n);
        for (const auto& q : reg.requests)
          if (q.id == qid) {
            // The answer as recorded: its date, whether it came late, and what it says.
            const bool late = q.answer && q.due && q.answer->date > *q.due;
            s << "<span class=\"due" << (q.overdue || late ? " overdue" : "") << "\">svar senast "
              << escape(q.due.value_or("–"))
              << (q.answer ? ", besvarad " + escape(q.answer->date) + (late ? " – för sent" : "")
                  : q.overdue ? ", förfallen"
                              : "")
              << "</span> ";
            if (q.answer && !q.answer->text.empty())
              s << "<span class=\"answer\">Svaret: ”" << escape(q.answer->text) << "”"
                << (q.answer->source == "manuellt" ? "" : " (" + escape(q.answer->source) + ")")
                << "</span> ";
          }
      }
      s << "<span class=\"where\">" << page_link(id, e.page)
        << (e.section.empty() ? "" : " · " + escape(e.section)) << "</span></li>";
    }
    if (n)
      b << "<section><h2>" << heading << " (" << n << ")</h2><ol class=\"findings\">" << s.str()
        << "</ol></section>";
  };
  // The page's own headings say more than the vocabulary's ("… och deras status").
  section(corpus::EntryType::Assessment,
          std::string(corpus::heading(corpus::EntryType::Assessment)));
  section(corpus::EntryType::Question, "Revisionsfrågor och bedömningar");
  section(corpus::EntryType::Recommendation,
          std::string(corpus::heading(corpus::EntryType::Recommendation)));
  section(corpus::EntryType::FollowUp, "Tidigare rekommendationer och deras status");
  section(corpus::EntryType::ResponseRequest,
          std::string(corpus::heading(corpus::EntryType::ResponseRequest)));
  if (findings.empty()) b << "<p>Inga fynd i rapporten.</p>";
  b << "<p class=\"muted\">Registret: <a href=\"/rekommendationer?rapport=" << id
    << "\">rapportens rekommendationer</a> · Uppföljning: <a href=\""
    << escape(link("/uppfoljning",
                   {{"organisation", r->kommunkod.empty() ? r->organisation : r->kommunkod}}))
    << "\">underlag för " << escape(r->organisation) << "</a></p>";
  return {200, "text/html; charset=utf-8", page(r->title, Nav::Reports, b.str()), "", ""};
}

}  // namespace gransk::cli::web
