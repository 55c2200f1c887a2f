#include "followup_render.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <algorithm>
#include <map>
#include <sstream>

#include "register_json.h"
#include "serve/html.h"
#include "text_table.h"

namespace gransk::cli {
namespace {

using corpus::RecommendationStatus;

std::string report_line(const index::ReportRef& r) {
  return r.title + " (" + year_text(r.year) + (r.firm.empty() ? "" : ", " + r.firm) + ")";
}

std::string given_text(const index::RegisterEntry& e) {
  if (!e.from_followup)
    return "Given i " + report_line(e.report) + ", s. " + std::to_string(e.page) + "." +
           (e.restates.empty() ? "" : " Upprepar " + e.restates + ".");
  return "Given " + year_text(e.year) +
         "; den rapporten finns inte i arkivet, så rekommendationen följs i uppföljningens "
         "formulering (" +
         report_line(e.report) + ", s. " + std::to_string(e.page) + ").";
}

std::string event_status(const index::StatusEvent& ev) {
  return ev.status ? corpus::status_label(*ev.status) : "ej bedömd";
}

std::string link_text(const index::StatusEvent& ev) {
  if (ev.link == "automatisk") return "länkad automatiskt, säkerhet " + decimal(ev.confidence);
  if (ev.link == "skapad") return "uppföljningens egen formulering";
  return ev.link == "bekräftad" ? "länk bekräftad av revisor" : "länk flyttad av revisor";
}

struct Counts {
  std::map<RecommendationStatus, int> by_status;
  int overdue = 0;
};

Counts counts_of(const index::FollowUpPack& p) {
  Counts c;
  for (const auto& e : p.recommendations) ++c.by_status[e.status];
  for (const auto& q : p.requests) c.overdue += q.overdue;
  return c;
}

std::string summary_text(const index::FollowUpPack& p) {
  const Counts c = counts_of(p);
  std::ostringstream s;
  s << p.recommendations.size() << " rekommendationer: ";
  const RecommendationStatus order[] = {RecommendationStatus::NotResolved,
                                        RecommendationStatus::Partly, RecommendationStatus::Open,
                                        RecommendationStatus::Resolved};
  bool first = true;
  for (RecommendationStatus st : order) {
    const auto it = c.by_status.find(st);
    const int n = it == c.by_status.end() ? 0 : it->second;
    std::string label = corpus::status_label(st);
    if (n != 1 && st != RecommendationStatus::Partly)
      label = st == RecommendationStatus::Open ? "öppna" : label + "e";  // åtgärdade
    s << (first ? "" : ", ") << n << " " << label;
    first = false;
  }
  const auto open =
      std::count_if(p.requests.begin(), p.requests.end(), [](const auto& q) { return !q.answer; });
  s << ". " << open << " obesvarade svarsbegäranden";
  if (c.overdue) s << ", varav " << c.overdue << " förfallna";
  s << ".";
  return s.str();
}

constexpr const char* kStyle = R"css(
@page { size: A4; margin: 18mm 18mm 20mm 18mm; }
:root { --ink: #1b1b1b; --muted: #555; --rule: #c8c8c8; }
* { box-sizing: border-box; }
body { font-family: "DejaVu Serif", Georgia, serif; color: var(--ink); font-size: 10.5pt;
       line-height: 1.45; margin: 0; background: #fff; }
main { max-width: 174mm; margin: 0 auto; padding: 12mm 0; }
header { border-bottom: 2px solid var(--ink); padding-bottom: 4mm; margin-bottom: 6mm; }
.kicker { font-family: "DejaVu Sans", Arial, sans-serif; text-transform: uppercase;
          letter-spacing: .08em; font-size: 8.5pt; color: var(--muted); margin: 0; }
h1 { font-size: 20pt; margin: 1mm 0 2mm; }
h2 { font-family: "DejaVu Sans", Arial, sans-serif; font-size: 12.5pt; margin: 8mm 0 3mm;
     border-bottom: 1px solid var(--rule); padding-bottom: 1mm; break-after: avoid; }
h3 { font-size: 10.5pt; margin: 0 0 1.5mm; font-weight: bold; }
.meta, .given, .note { color: var(--muted); font-size: 9pt; margin: 0; }
.summary { background: #f3f3f0; border-left: 3px solid var(--ink); padding: 2.5mm 4mm; margin: 0; }
table { border-collapse: collapse; width: 100%; font-size: 9pt; }
th, td { text-align: left; vertical-align: top; padding: 1.2mm 2mm; border-bottom: 1px solid var(--rule); }
th { font-family: "DejaVu Sans", Arial, sans-serif; font-weight: 600; font-size: 8.5pt; }
.rec { break-inside: avoid; border: 1px solid var(--rule); border-radius: 2px; padding: 3mm 4mm;
       margin: 0 0 3mm; }
.rec-head { display: flex; gap: 3mm; align-items: baseline; }
.id { font-family: "DejaVu Sans Mono", monospace; font-size: 8.5pt; color: var(--muted); white-space: nowrap; }
.status { font-family: "DejaVu Sans", Arial, sans-serif; font-size: 8pt; font-weight: 700;
          padding: .3mm 1.8mm; border-radius: 2px; white-space: nowrap; border: 1px solid; }
.st-oppen { color: #5a4500; background: #fff4cc; border-color: #c9a400; }
.st-delvis { color: #6b3a00; background: #ffe3c2; border-color: #d07a10; }
.st-ej-atgardad { color: #7a0010; background: #ffd9dd; border-color: #c0182c; }
.st-atgardad { color: #0b4d1d; background: #d8f3df; border-color: #2f8f4a; }
blockquote { margin: 1mm 0 0; padding-left: 3mm; border-left: 2px solid var(--rule); font-style: italic; }
.history { margin-top: 2mm; table-layout: fixed; }
.history th:nth-child(1) { width: 11%; } .history th:nth-child(2) { width: 14%; }
.history th:nth-child(3) { width: 33%; }
.nowrap { white-space: nowrap; }
.overdue { color: #7a0010; font-weight: 700; }
ol.questions li { margin-bottom: 2mm; break-inside: avoid; }
footer { margin-top: 10mm; border-top: 1px solid var(--rule); padding-top: 2mm; color: var(--muted); font-size: 8pt; }
@media print { main { padding: 0; } a { color: inherit; text-decoration: none; } }
)css";

}  // namespace

std::string render_html(const index::FollowUpPack& p) {
  auto h = web::escape;
  std::ostringstream o;
  o << "<!doctype html>\n<html lang=\"sv\">\n<head>\n<meta charset=\"utf-8\">\n"
    << "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
    << "<title>Underlag för uppföljande granskning – " << h(p.organisation) << "</title>\n"
    << "<style>" << kStyle << "</style>\n</head>\n<body>\n<main>\n<header>\n"
    << "<p class=\"kicker\">Underlag för uppföljande granskning</p>\n<h1>" << h(p.organisation)
    << "</h1>\n<p class=\"meta\">"
    << (p.topic.empty() ? "Alla granskningar" : "Ämne: " + h(p.topic))
    << " · Mottagare: " << h(p.board)
    << (p.kommunkod.empty() ? "" : " · Kommunkod " + h(p.kommunkod))
    << (p.lan.empty() ? "" : " · " + h(p.lan)) << " · Sammanställt " << h(p.today)
    << " ur Gransks arkiv</p>\n</header>\n"
    << "<p class=\"summary\">" << h(summary_text(p)) << "</p>\n";

  o << "<h2>1. Tidigare granskningar</h2>\n<table>\n<thead><tr><th>År</th><th>Rapport</th>"
       "<th>Typ</th><th>Revisor</th><th>Datum</th></tr></thead>\n<tbody>\n";
  for (const auto& r : p.reports)
    o << "<tr><td>" << year_text(r.year) << "</td><td>" << h(r.title) << "</td><td>"
      << h(r.report_type) << "</td><td>" << h(r.firm) << "</td><td class=\"nowrap\">" << h(r.date)
      << "</td></tr>\n";
  o << "</tbody>\n</table>\n";

  o << "<h2>2. Rekommendationer och senaste status</h2>\n";
  if (p.recommendations.empty()) o << "<p>Inga rekommendationer i arkivet.</p>\n";
  for (const auto& e : p.recommendations) {
    const std::string key = corpus::status_key(e.status);
    o << "<article class=\"rec\">\n<div class=\"rec-head\"><span class=\"id\">" << h(e.id)
      << "</span><h3>" << h(e.text) << "</h3><span class=\"status st-" << key << "\">"
      << h(corpus::status_label(e.status)) << "</span></div>\n<p class=\"given\">"
      << h(given_text(e)) << " Ålder " << h(age_text(e.age_days)) << ".";
    if (e.due)
      o << " Svar begärt senast " << h(*e.due)
        << (e.overdue ? " — <span class=\"overdue\">förfallet</span>" : "") << ".";
    o << "</p>\n";
    if (e.history.empty()) {
      o << "<p class=\"note\">Ingen uppföljning i arkivet ännu.</p>\n";
    } else {
      o << "<table class=\"history\"><thead><tr><th>År</th><th>Status</th><th>Källa</th>"
           "<th>Belägg</th></tr></thead><tbody>\n";
      for (const auto& ev : e.history)
        o << "<tr><td>" << year_text(ev.source.year) << "</td><td>" << h(event_status(ev))
          << "</td><td>" << h(ev.source.title) << ", s. " << ev.page << "<br><span class=\"note\">"
          << h(link_text(ev)) << " (" << h(ev.item) << ")</span></td><td>"
          << (ev.quote == e.text
                  ? std::string("<span class=\"note\">Samma formulering som ovan.</span>")
                  : "<blockquote>”" + h(ev.quote) + "”</blockquote>")
          << "</td></tr>\n";
      o << "</tbody></table>\n";
    }
    o << "</article>\n";
  }

  o << "<h2>3. Begärda svar</h2>\n";
  if (p.requests.empty()) {
    o << "<p>Revisorerna har inte begärt svar i dessa rapporter.</p>\n";
  } else {
    o << "<table><thead><tr><th>Svar senast</th><th>Begäran</th><th>Källa</th><th>Svar</th>"
         "</tr></thead><tbody>\n";
    for (const auto& q : p.requests) {
      std::string answer = "<strong>obesvarad</strong>";
      if (q.answer)
        answer = "besvarad " + h(q.answer->date) +
                 (q.answer->source == "manuellt" ? std::string(" (registrerat i Gransk)")
                                                 : "<br>" + h(q.answer->source));
      o << "<tr><td class=\"nowrap\">" << h(q.due.value_or("–"))
        << (q.overdue
                ? "<br><span class=\"overdue\">förfallen " + h(age_text(q.days_overdue)) + "</span>"
                : "")
        << "</td><td>" << h(q.text) << "</td><td>" << h(q.report.title) << ", s. " << q.page << " ("
        << h(q.id) << ")</td><td>" << answer << "</td></tr>\n";
    }
    o << "</tbody></table>\n";
  }

  o << "<h2>4. Förslag till revisionsfrågor</h2>\n";
  if (p.questions.empty()) {
    o << "<p>Alla rekommendationer är åtgärdade enligt den senaste uppföljningen.</p>\n";
  } else {
    o << "<ol class=\"questions\">\n";
    for (const auto& q : p.questions)
      o << "<li>" << h(q.question) << " <span class=\"id\">(" << h(q.recommendation_id)
        << ")</span></li>\n";
    o << "</ol>\n";
  }
  o << "<footer>Sammanställt av Gransk. Sidnummer avser PDF-filens sidor. Statusar kommer från "
       "uppföljande granskningar; en automatisk länk mellan en uppföljning och en tidigare "
       "rekommendation visas med sin säkerhet och kan bekräftas eller flyttas med gransk link. "
       "Filer: ";
  for (size_t i = 0; i < p.reports.size(); ++i) o << (i ? "; " : "") << h(p.reports[i].path);
  o << ".</footer>\n</main>\n</body>\n</html>\n";
  return o.str();
}

std::string render_markdown(const index::FollowUpPack& p) {
  std::ostringstream o;
  o << "# Underlag för uppföljande granskning: " << p.organisation << "\n\n"
    << (p.topic.empty() ? "Alla granskningar" : "Ämne: " + p.topic) << " · Mottagare: " << p.board
    << " · Sammanställt " << p.today << "\n\n"
    << summary_text(p) << "\n\n## 1. Tidigare granskningar\n\n| År | Rapport | Typ | Revisor |\n"
    << "|---|---|---|---|\n";
  for (const auto& r : p.reports)
    o << "| " << year_text(r.year) << " | " << r.title << " | " << r.report_type << " | " << r.firm
      << " |\n";
  o << "\n## 2. Rekommendationer och senaste status\n\n";
  for (const auto& e : p.recommendations) {
    o << "### " << e.id << " · " << corpus::status_label(e.status) << "\n\n"
      << e.text << "\n\n"
      << given_text(e) << " Ålder " << age_text(e.age_days) << ".\n";
    for (const auto& ev : e.history)
      o << "\n- " << year_text(ev.source.year) << ", " << event_status(ev) << ": "
        << ev.source.title << ", s. " << ev.page << " (" << link_text(ev) << ")\n  > " << ev.quote
        << "\n";
    o << "\n";
  }
  o << "## 3. Begärda svar\n\n";
  if (p.requests.empty()) o << "Inga.\n";
  for (const auto& q : p.requests)
    o << "- " << q.text << " — svar senast " << q.due.value_or("–")
      << (q.overdue ? " (förfallen)" : "")
      << (q.answer ? " (besvarad " + q.answer->date + ")" : std::string(" (obesvarad)")) << "; "
      << q.report.title << ", s. " << q.page << "\n";
  o << "\n## 4. Förslag till revisionsfrågor\n\n";
  int n = 0;
  for (const auto& q : p.questions)
    o << ++n << ". " << q.question << " (" << q.recommendation_id << ")\n";
  return o.str();
}

std::string render_json(const index::FollowUpPack& p) {
  QJsonArray reports, recs, requests, questions;
  for (const auto& r : p.reports) reports.append(to_json(r));
  for (const auto& e : p.recommendations) recs.append(to_json(e));
  for (const auto& q : p.requests) requests.append(to_json(q));
  for (const auto& q : p.questions)
    questions.append(QJsonObject{{"rekommendation", QString::fromStdString(q.recommendation_id)},
                                 {"fraga", QString::fromStdString(q.question)}});
  const QJsonObject o{{"organisation", QString::fromStdString(p.organisation)},
                      {"kommunkod", QString::fromStdString(p.kommunkod)},
                      {"amne", QString::fromStdString(p.topic)},
                      {"mottagare", QString::fromStdString(p.board)},
                      {"datum", QString::fromStdString(p.today)},
                      {"rapporter", reports},
                      {"rekommendationer", recs},
                      {"svarsbegaranden", requests},
                      {"revisionsfragor", questions}};
  return QJsonDocument(o).toJson(QJsonDocument::Indented).toStdString();
}

std::string render_csv(const index::FollowUpPack& p) {
  std::map<std::string, std::string> question_of;
  for (const auto& q : p.questions) question_of[q.recommendation_id] = q.question;
  std::vector<std::string> header = register_csv_header();
  header.push_back("forslag_revisionsfraga");
  std::string out = csv_row(header);
  for (const auto& e : p.recommendations) {
    std::vector<std::string> row = register_csv_row(e);
    row.push_back(question_of[e.id]);
    out += csv_row(row);
  }
  return out;
}

}  // namespace gransk::cli
