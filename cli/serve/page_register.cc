// Rekommendationer: the register with the CLI's filters, unanswered and overdue
// requests first, and the two changes a revisor makes here: deciding a link and
// recording an answer. Both need the page's token.
#include <sstream>

#include "../archive_options.h"
#include "../register_json.h"
#include "../text_table.h"
#include "gransk/index/register.h"
#include "pages.h"

namespace gransk::cli::web {
namespace {

// The register's filters from the page's parameters, as the CLI's options;
// what cannot be read is returned as a sentence for the revisor.
std::string read_filter(const Params& p, index::RegisterFilter& f) {
  std::string problem;
  f.kommun = param(p, "kommun");
  f.overdue_only = !param(p, "forfallna").empty();
  if (const std::string s = param(p, "status"); !s.empty()) {
    f.status = corpus::status_from_text(s);
    if (!f.status) problem = "Status ska vara öppen, delvis, åtgärdad eller ej åtgärdad.";
  }
  if (const std::string s = param(p, "aldre_an"); !s.empty()) {
    f.older_than_days = parse_age(s);
    if (!f.older_than_days) problem = "Ålder skrivs som 2år, 18mån eller 90d.";
  }
  if (const std::string s = param(p, "rapport"); !s.empty()) {
    try {
      f.report_id = std::stoll(s);
    } catch (const std::exception&) {
      problem = "Rapport ska vara ett nummer.";
    }
  }
  return problem;
}

std::string here(const Params& p) {
  return link("/rekommendationer", {{"kommun", param(p, "kommun")},
                                    {"status", param(p, "status")},
                                    {"aldre_an", param(p, "aldre_an")},
                                    {"forfallna", param(p, "forfallna")},
                                    {"rapport", param(p, "rapport")}});
}

std::string link_forms(const index::StatusEvent& ev, const Context& c, const std::string& back) {
  std::ostringstream o;
  const std::string common =
      token_field(c) + "<input type=\"hidden\" name=\"post\" value=\"" + escape(ev.item) +
      "\"><input type=\"hidden\" name=\"tillbaka\" value=\"" + escape(back) + "\">";
  o << "<div class=\"link-actions\">";
  if (ev.link == "automatisk")
    o << "<form method=\"post\" action=\"/lank\">" << common
      << "<input type=\"hidden\" name=\"atgard\" value=\"bekrafta\"><button type=\"submit\" "
         "class=\"small\">Bekräfta länken</button></form>";
  o << "<form method=\"post\" action=\"/lank\" class=\"move\">" << common
    << "<input type=\"hidden\" name=\"atgard\" value=\"flytta\"><label>Flytta till <input "
       "name=\"till\" size=\"7\" required placeholder=\"5.3\" "
       "pattern=\"[0-9]+\\.u?[0-9]+\"></label> "
       "<button type=\"submit\" class=\"small\">Flytta</button></form>";
  if (ev.link != "skapad")
    o << "<form method=\"post\" action=\"/lank\">" << common
      << "<input type=\"hidden\" name=\"atgard\" value=\"ta-bort\"><button type=\"submit\" "
         "class=\"small secondary\">Ta bort länken</button></form>";
  o << "</div>";
  return o.str();
}

}  // namespace

Response register_page(const index::Archive& a, const Params& p, const Context& c) {
  index::RegisterFilter f;
  const std::string problem = read_filter(p, f);
  std::ostringstream b;
  b << "<h1>Rekommendationer</h1><form class=\"filters\" action=\"/rekommendationer\" "
       "method=\"get\">"
    << "<label>Organisation eller kommunkod <input name=\"kommun\" value=\"" << escape(f.kommun)
    << "\"></label> <label>Status <select name=\"status\"><option value=\"\">alla</option>";
  for (const auto s :
       {corpus::RecommendationStatus::Open, corpus::RecommendationStatus::Partly,
        corpus::RecommendationStatus::NotResolved, corpus::RecommendationStatus::Resolved})
    b << "<option value=\"" << corpus::status_key(s) << "\"" << (f.status == s ? " selected" : "")
      << ">" << escape(corpus::status_label(s)) << "</option>";
  b << "</select></label> <label>Äldre än <input name=\"aldre_an\" size=\"5\" placeholder=\"2år\" "
       "value=\""
    << escape(param(p, "aldre_an"))
    << "\"></label> <label class=\"check\"><input type=\"checkbox\" "
    << "name=\"forfallna\" value=\"1\"" << (f.overdue_only ? " checked" : "")
    << "> bara förfallna svar</label>"
    << (f.report_id ? "<input type=\"hidden\" name=\"rapport\" value=\"" +
                          std::to_string(*f.report_id) + "\">"
                    : "")
    << " <button type=\"submit\">Visa</button></form>";
  if (!problem.empty()) {
    b << "<p class=\"alert\" role=\"alert\">" << escape(problem) << "</p>";
    return {400, "text/html; charset=utf-8", page("Rekommendationer", Nav::Register, b.str()), "",
            ""};
  }
  index::Register reg;
  std::string error;
  if (!index::read_register(a, f, c.today, reg, error)) return error_page(500, error);
  const std::string back = here(p);

  std::vector<const index::ResponseRequestEntry*> open;
  for (const auto& q : reg.requests)
    if (!q.answer && !f.status && !f.older_than_days) open.push_back(&q);
  if (!open.empty()) {
    b << "<section aria-labelledby=\"svar\"><h2 id=\"svar\">Obesvarade svarsbegäranden ("
      << open.size()
      << ")</h2><div class=\"table-wrap\"><table class=\"list requests\"><thead><tr><th "
         "scope=\"col\">Svar senast</th>"
         "<th scope=\"col\">Begäran</th><th scope=\"col\">Rapport</th><th scope=\"col\">Registrera "
         "svar</th></tr></thead><tbody>";
    for (const auto* q : open) {
      b << "<tr id=\"" << escape(q->id) << "\"" << (q->overdue ? " class=\"overdue-row\"" : "")
        << "><td>" << escape(q->due.value_or("–"))
        << (q->overdue ? "<br><strong class=\"overdue\">förfallen " +
                             escape(age_text(q->days_overdue)) + "</strong>"
                       : "")
        << "</td><td>" << escape(q->text) << "<br><span class=\"muted\">" << escape(q->id)
        << "</span></td><td><a href=\"/rapport/" << q->report.id << "\">" << escape(q->organisation)
        << " " << year_text(q->report.year) << "</a>, s. " << q->page
        << "</td><td><form method=\"post\" action=\"/svar\" class=\"answer\">" << token_field(c)
        << "<input type=\"hidden\" name=\"id\" value=\"" << escape(q->id)
        << "\"><input type=\"hidden\" name=\"tillbaka\" value=\"" << escape(back)
        << "\"><label>Datum <input type=\"date\" name=\"datum\" required value=\""
        << escape(c.today)
        << "\"></label> <label>Kort om svaret <input name=\"text\" size=\"16\"></label> <button "
           "type=\"submit\" class=\"small\">Spara</button></form></td></tr>";
    }
    b << "</tbody></table></div></section>";
  }

  b << "<section aria-labelledby=\"rek\"><h2 id=\"rek\">" << reg.recommendations.size()
    << " rekommendationer, olösta äldst först</h2>";
  if (reg.recommendations.empty()) b << "<p>Inga rekommendationer matchar.</p>";
  // A page at a time: the whole register of a large archive is megabytes.
  size_t shown = 200;
  try {
    if (!param(p, "antal").empty()) shown = std::stoul(param(p, "antal"));
  } catch (const std::exception&) {
  }
  if (shown < reg.recommendations.size())
    b << "<p class=\"muted\">De " << shown << " första visas; avgränsa med filtren ovan.</p>";
  b << "<ol class=\"register\">";
  for (const auto& e : reg.recommendations) {
    if (shown-- == 0) break;
    b << "<li class=\"rec\" id=\"rek-" << escape(e.id) << "\" data-status=\""
      << corpus::status_key(e.status) << "\"><div class=\"rec-head\"><span class=\"id\">"
      << escape(e.id) << "</span> " << status_badge(e.status)
      << (e.overdue ? " <strong class=\"overdue\">svar förfallet</strong>" : "")
      << "<span class=\"age\">" << escape(age_text(e.age_days)) << "</span></div><p class=\"text\">"
      << escape(e.text) << "</p><p class=\"muted\">" << escape(e.organisation) << " · given "
      << year_text(e.year) << " · ";
    if (e.from_followup)
      b << "känd från <a href=\"/rapport/" << e.report.id << "\">" << escape(e.report.title) << " "
        << year_text(e.report.year) << "</a>, s. " << e.page;
    else
      b << "<a href=\"/rapport/" << e.report.id << "\">" << escape(e.report.title) << "</a>, s. "
        << e.page;
    if (!e.restates.empty())
      b << " · upprepar <a href=\"" << escape(item_link(e.restates)) << "\">" << escape(e.restates)
        << "</a>";
    b << "</p>";
    if (!e.history.empty()) {
      b << "<ul class=\"history\">";
      for (const auto& ev : e.history) {
        b << "<li><strong>" << year_text(ev.source.year) << ": "
          << escape(ev.status ? corpus::status_label(*ev.status) : "ej bedömd")
          << "</strong> enligt <a href=\"/rapport/" << ev.source.id << "\">"
          << escape(ev.source.title) << "</a>, s. " << ev.page << " <span class=\"muted\">("
          << escape(ev.item) << ", " << escape(ev.link)
          << (ev.link == "automatisk" ? ", säkerhet " + decimal(ev.confidence) : "") << ")</span>";
        if (ev.quote != e.text) b << "<blockquote>”" << escape(ev.quote) << "”</blockquote>";
        b << link_forms(ev, c, back) << "</li>";
      }
      b << "</ul>";
    }
    b << "</li>";
  }
  b << "</ol>";
  if (reg.recommendations.size() > 200 && param(p, "antal").empty())
    b << "<p><a href=\""
      << escape(back + (back.find('?') == std::string::npos ? "?" : "&") + "antal=100000")
      << "\">Visa alla " << reg.recommendations.size() << "</a></p>";
  b << "</section>";
  b << "<p class=\"muted\">Hämta registret: <a href=\""
    << escape(link("/rekommendationer.csv", {{"kommun", f.kommun},
                                             {"status", param(p, "status")},
                                             {"aldre_an", param(p, "aldre_an")},
                                             {"forfallna", param(p, "forfallna")}}))
    << "\">CSV</a></p>";
  return {200, "text/html; charset=utf-8", page("Rekommendationer", Nav::Register, b.str()), "",
          ""};
}

Response register_export(const index::Archive& a, const Params& p, const Context& c) {
  index::RegisterFilter f;
  if (const std::string problem = read_filter(p, f); !problem.empty())
    return error_page(400, problem);
  index::Register reg;
  std::string error;
  if (!index::read_register(a, f, c.today, reg, error)) return error_page(500, error);
  std::string csv = csv_row(register_csv_header());
  for (const auto& e : reg.recommendations) csv += csv_row(register_csv_row(e));
  return {200, "text/csv; charset=utf-8", csv, "", "gransk-rekommendationer.csv"};
}

Response link_action(index::Archive& a, const Params& form, const Context&) {
  const std::string action = param(form, "atgard");
  const index::LinkAction act = action == "bekrafta" ? index::LinkAction::Confirm
                                : action == "flytta" ? index::LinkAction::Move
                                                     : index::LinkAction::Undo;
  if (action != "bekrafta" && action != "flytta" && action != "ta-bort")
    return error_page(400, "Okänd åtgärd.");
  std::string error;
  if (!index::decide_link(a, param(form, "post"), act, param(form, "till"), error))
    return error_page(400, "Länken kunde inte ändras: " + error,
                      safe_return(param(form, "tillbaka")));
  Response r;
  r.status = 303;
  r.location = safe_return(param(form, "tillbaka"));
  return r;
}

Response answer_action(index::Archive& a, const Params& form, const Context&) {
  std::string error;
  if (!index::record_answer(a, param(form, "id"), param(form, "datum"), param(form, "text"),
                            !param(form, "ta_bort").empty(), error))
    return error_page(400, "Svaret kunde inte sparas: " + error,
                      safe_return(param(form, "tillbaka")));
  Response r;
  r.status = 303;
  r.location = safe_return(param(form, "tillbaka"));
  return r;
}

}  // namespace gransk::cli::web
