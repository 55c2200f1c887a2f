// gransk recs: the recommendation register, oldest unresolved first, with
// overdue response requests ahead of it; gransk recs ID shows one item's history.
#include <QJsonArray>
#include <QJsonDocument>
#include <iostream>

#include "archive_options.h"
#include "commands.h"
#include "gransk/index/register.h"
#include "register_json.h"
#include "text_table.h"
#include "xlsx_table.h"

namespace gransk::cli {
namespace {

struct RecsOptions {
  std::string id, db, kommun, status, older_than;
  bool overdue = false, json = false, csv = false;
  std::string xlsx;  // --xlsx: the register's recommendations to this Excel file
};

void print_item(const index::RegisterEntry& e) {
  std::cout << e.id << "  " << e.organisation << "\n"
            << e.text << "\n\n"
            << "Status: " << corpus::status_label(e.status) << "   Ålder: " << age_text(e.age_days)
            << (e.due ? "   Svar senast: " + *e.due + (e.overdue ? " (förfallen)" : "") : "")
            << "\n"
            << (e.from_followup ? "Känd från uppföljningen: " : "Från: ") << e.report.title << " ("
            << year_text(e.report.year) << (e.report.firm.empty() ? "" : ", " + e.report.firm)
            << "), s. " << e.page << ", rapport " << e.report.id << "\n";
  if (!e.restates.empty())
    std::cout << "Upprepar " << e.restates << ", som uppföljningen fann inte åtgärdad.\n";
  if (e.from_followup && e.year)
    std::cout << "Given " << *e.year
              << " enligt uppföljningen; den rapporten finns inte i arkivet.\n";
  if (e.history.empty()) {
    std::cout << "Ingen uppföljning ännu.\n";
    return;
  }
  std::cout << "\nHistorik:\n";
  for (const index::StatusEvent& ev : e.history)
    std::cout << "  " << year_text(ev.source.year) << "  "
              << (ev.status ? corpus::status_label(*ev.status) : "ej bedömd") << "  "
              << ev.source.title << ", s. " << ev.page << " (" << ev.item << ", " << ev.link
              << (ev.link == "automatisk" ? ", säkerhet " + decimal(ev.confidence) : "") << ")\n"
              << "        ”" << ev.quote << "”\n";
}

// A response request ("7.s1"), as `recs` lists it: what was asked, by when,
// and the answer if one is recorded.
void print_request(const index::ResponseRequestEntry& q) {
  std::cout << q.id << "  " << q.organisation << "\n"
            << q.text << "\n\n"
            << "Svar senast: " << q.due.value_or("–")
            << (q.overdue ? " (förfallen " + age_text(q.days_overdue) + ")" : "") << "\n"
            << "Från: " << q.report.title << " (" << year_text(q.report.year)
            << (q.report.firm.empty() ? "" : ", " + q.report.firm) << "), s. " << q.page
            << ", rapport " << q.report.id << "\n";
  if (!q.answer) {
    std::cout << "Inget svar registrerat (gransk answer " << q.id << " --datum ÅÅÅÅ-MM-DD).\n";
    return;
  }
  const bool late = q.due && q.answer->date > *q.due;
  std::cout << "Besvarad " << q.answer->date
            << (late ? " – för sent (svar begärdes senast " + *q.due + ")" : "") << ", "
            << (q.answer->source == "manuellt" ? "registrerat för hand" : q.answer->source) << "\n";
  if (!q.answer->text.empty()) std::cout << "”" << q.answer->text << "”\n";
}

int run_recs(const RecsOptions& o) {
  index::RegisterFilter filter;
  filter.kommun = o.kommun;
  filter.overdue_only = o.overdue;
  if (!o.status.empty()) {
    filter.status = corpus::status_from_text(o.status);
    if (!filter.status) {
      std::cerr << "gransk recs: --status tar oppen, delvis, atgardad eller ej-atgardad\n";
      return kUsage;
    }
  }
  if (!o.older_than.empty()) {
    filter.older_than_days = parse_age(o.older_than);
    if (!filter.older_than_days) {
      std::cerr << "gransk recs: --aldre-an tar t.ex. 2år, 18mån eller 90d\n";
      return kUsage;
    }
  }
  auto archive = open_archive(o.db);
  if (!archive) return kSomeFailed;
  if (!organisation_known(*archive, o.kommun, "recs")) return kSomeFailed;
  index::Register reg;
  std::string error;
  if (!index::read_register(*archive, filter, today_iso(), reg, error)) {
    std::cerr << "gransk recs: " << error << "\n";
    return kSomeFailed;
  }
  if (!o.id.empty()) {
    for (const index::RegisterEntry& e : reg.recommendations)
      if (e.id == o.id) {
        if (o.json)
          std::cout << QJsonDocument(to_json(e)).toJson(QJsonDocument::Indented).toStdString();
        else
          print_item(e);
        return kOk;
      }
    for (const index::ResponseRequestEntry& q : reg.requests)
      if (q.id == o.id) {
        if (o.json)
          std::cout << QJsonDocument(to_json(q)).toJson(QJsonDocument::Indented).toStdString();
        else
          print_request(q);
        return kOk;
      }
    std::cerr << "gransk recs: ingen rekommendation eller svarsbegäran " << o.id
              << " (se gransk recs)\n";
    return kSomeFailed;
  }
  // Response requests are shown when unanswered; --forfallna keeps the overdue ones.
  std::vector<const index::ResponseRequestEntry*> requests;
  for (const auto& q : reg.requests)
    if (!q.answer && !filter.status && !filter.older_than_days) requests.push_back(&q);
  if (o.json) {
    QJsonArray recs, reqs;
    for (const auto& e : reg.recommendations) recs.append(to_json(e));
    for (const auto* q : requests) reqs.append(to_json(*q));
    std::cout << QJsonDocument(QJsonObject{{"rekommendationer", recs}, {"svarsbegaranden", reqs}})
                     .toJson(QJsonDocument::Indented)
                     .toStdString();
    return kOk;
  }
  if (o.csv || !o.xlsx.empty()) {
    std::vector<std::vector<std::string>> rows;
    for (const auto& e : reg.recommendations) rows.push_back(register_csv_row(e));
    if (!o.xlsx.empty())
      return export_xlsx(o.xlsx, "recs", "Rekommendationer", register_csv_header(), rows);
    std::cout << csv_row(register_csv_header());
    for (const auto& row : rows) std::cout << csv_row(row);
    return kOk;
  }
  if (!requests.empty()) {
    std::vector<std::vector<std::string>> rows;
    for (const auto* q : requests)
      rows.push_back({q->id, q->due.value_or("–"),
                      q->overdue ? "förfallen " + age_text(q->days_overdue) : "",
                      shorten(q->organisation, 28), shorten(q->text, 70)});
    std::cout << "Obesvarade svarsbegäranden (" << requests.size() << ")\n"
              << text_table({"ID", "Svar senast", "", "Organisation", "Begäran"}, rows) << "\n";
  }
  std::vector<std::vector<std::string>> rows;
  for (const auto& e : reg.recommendations)
    rows.push_back({e.id, corpus::status_label(e.status) + (e.overdue ? " !" : ""),
                    age_text(e.age_days), year_text(e.year), shorten(e.organisation, 28),
                    shorten(e.text, 70)});
  std::cout << "Rekommendationer (" << reg.recommendations.size() << ", olösta äldst först)\n";
  if (rows.empty())
    std::cout << "  Inga rekommendationer matchar.\n";
  else
    std::cout << text_table({"ID", "Status", "Ålder", "År", "Organisation", "Rekommendation"},
                            rows);
  if (std::any_of(reg.recommendations.begin(), reg.recommendations.end(),
                  [](const auto& e) { return e.overdue; }))
    std::cout << "\n! = rapportens begärda svar är förfallet\n";
  std::cout << "\nVisa historik: gransk recs ID\n";
  return kOk;
}

}  // namespace

void add_recs_command(CLI::App& app, std::function<int()>& run) {
  auto o = std::make_shared<RecsOptions>();
  CLI::App* cmd = app.add_subcommand(
      "recs", "Rekommendationsregistret: olösta rekommendationer och begärda svar");
  cmd->add_option("id", o->id,
                  "Visa en rekommendation med historik (5.3, 14.u2) eller en svarsbegäran (7.s1)");
  cmd->add_option("--kommun", o->kommun, "Organisationens namn eller kommunkod");
  cmd->add_option("--status", o->status, "oppen, delvis, atgardad eller ej-atgardad");
  cmd->add_option("--aldre-an", o->older_than, "Äldre än, t.ex. 2år, 18mån, 90d (också 2y, 18m)");
  cmd->add_flag("--forfallna", o->overdue, "Bara där begärda svar är förfallna");
  auto* json = cmd->add_flag("--json", o->json, "JSON");
  auto* csv = cmd->add_flag("--csv", o->csv, "CSV")->excludes(json);
  cmd->add_option("--xlsx", o->xlsx,
                  "Rekommendationerna till en Excelfil (samma kolumner som --csv)")
      ->excludes(json)
      ->excludes(csv);
  add_db_option(cmd, o->db);
  cmd->callback([o, &run] { run = [o] { return run_recs(*o); }; });
}

}  // namespace gransk::cli
