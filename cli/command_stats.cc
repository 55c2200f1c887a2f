// gransk stats: how verdicts fall per theme across organisations.
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <iostream>

#include "archive_options.h"
#include "commands.h"
#include "gransk/index/stats.h"
#include "text_table.h"
#include "xlsx_table.h"

namespace gransk::cli {
namespace {

struct StatsOptions {
  std::string theme, years, db;
  bool json = false, csv = false, verbose = false;
  std::string xlsx;  // --xlsx: every judgement behind the figures to this Excel file
};

const char* const kVerdicts[] = {"nej", "delvis", "ja"};

std::string label(const std::string& v) {
  return v == "nej" ? "Nej" : v == "delvis" ? "Delvis" : "Ja";
}

int count(const index::ThemeStats& t, const std::string& v) {
  const auto it = t.by_verdict.find(v);
  return it == t.by_verdict.end() ? 0 : static_cast<int>(it->second.size());
}

int run_stats(const StatsOptions& o) {
  std::optional<int> from, to;
  if (!parse_year_range(o.years, from, to)) {
    std::cerr << "gransk stats: --ar tar ett år eller ett intervall, t.ex. 2019..2024\n";
    return kUsage;
  }
  auto archive = open_archive(o.db);
  if (!archive) return kSomeFailed;
  std::vector<index::ThemeStats> stats;
  std::string error;
  if (!index::theme_stats(*archive, o.theme, from, to, stats, error)) {
    std::cerr << "gransk stats: " << error << "\n";
    return kUsage;
  }
  if (o.json) {
    QJsonArray out;
    for (const auto& t : stats) {
      QJsonObject verdicts;
      for (const auto& [v, list] : t.by_verdict) {
        QJsonArray reports;
        for (const auto& e : list)
          reports.append(
              QJsonObject{{"organisation", QString::fromStdString(e.organisation)},
                          {"rapport", static_cast<qint64>(e.report.id)},
                          {"titel", QString::fromStdString(e.report.title)},
                          {"ar", e.report.year ? QJsonValue(*e.report.year) : QJsonValue()},
                          {"fraga", QString::fromStdString(e.question)},
                          {"sida", e.page}});
        verdicts[QString::fromStdString(v)] = reports;
      }
      out.append(QJsonObject{{"tema", QString::fromStdString(t.theme)},
                             {"organisationer", t.organisations},
                             {"bedomningar", verdicts}});
    }
    std::cout << QJsonDocument(out).toJson(QJsonDocument::Indented).toStdString();
    return kOk;
  }
  if (o.csv || !o.xlsx.empty()) {
    const std::vector<std::string> header = {"tema",  "bedomning", "organisation", "rapport",
                                             "titel", "ar",        "sida",         "fraga"};
    std::vector<std::vector<std::string>> rows;
    for (const auto& t : stats)
      for (const auto& [v, list] : t.by_verdict)
        for (const auto& e : list)
          rows.push_back({t.theme, v, e.organisation, std::to_string(e.report.id), e.report.title,
                          e.report.year ? std::to_string(*e.report.year) : "",
                          std::to_string(e.page), e.question});
    if (!o.xlsx.empty()) return export_xlsx(o.xlsx, "stats", "Bedömningar", header, rows);
    std::cout << csv_row(header);
    for (const auto& row : rows) std::cout << csv_row(row);
    return kOk;
  }
  std::vector<std::vector<std::string>> rows;
  for (const auto& t : stats)
    rows.push_back({t.theme, std::to_string(count(t, "nej")), std::to_string(count(t, "delvis")),
                    std::to_string(count(t, "ja")), std::to_string(t.organisations)});
  std::cout << "Bedömningar per tema (varje organisation räknas en gång, senaste granskningen)\n"
            << text_table({"Tema", "Nej", "Delvis", "Ja", "Granskade"}, rows);
  for (const auto& t : stats) {
    if (t.organisations == 0) continue;
    std::cout << "\n" << t.theme << ": ";
    bool first = true;
    for (const char* v : kVerdicts) {
      if (!count(t, v)) continue;
      std::cout << (first ? "" : ", ") << count(t, v) << " av " << t.organisations
                << " granskade organisationer " << label(v);
      first = false;
    }
    std::cout << "\n";
    if (!o.verbose && o.theme.empty()) continue;
    for (const char* v : kVerdicts) {
      const auto it = t.by_verdict.find(v);
      if (it == t.by_verdict.end()) continue;
      for (const auto& e : it->second)
        std::cout << "  " << label(v) << "  " << e.organisation << " "
                  << (e.report.year ? std::to_string(*e.report.year) : "") << ", rapport "
                  << e.report.id << " s. " << e.page << ": " << shorten(e.question, 80) << "\n";
    }
  }
  if (!o.verbose && o.theme.empty())
    std::cout << "\nRapporterna bakom varje siffra: gransk stats --tema TEMA (eller -v)\n";
  return kOk;
}

}  // namespace

void add_stats_command(CLI::App& app, std::function<int()>& run) {
  auto o = std::make_shared<StatsOptions>();
  CLI::App* cmd = app.add_subcommand("stats", "Bedömningar per tema över organisationer");
  cmd->add_option("--tema", o->theme, "Ett tema, t.ex. riskanalys");
  cmd->add_option("--ar", o->years, "År eller intervall, t.ex. 2019..2024");
  cmd->add_flag("-v,--verbose", o->verbose, "Visa rapporterna bakom varje siffra");
  auto* json = cmd->add_flag("--json", o->json, "JSON");
  auto* csv = cmd->add_flag("--csv", o->csv, "CSV")->excludes(json);
  cmd->add_option("--xlsx", o->xlsx, "Bedömningarna bakom siffrorna till en Excelfil (som --csv)")
      ->excludes(json)
      ->excludes(csv);
  add_db_option(cmd, o->db);
  cmd->callback([o, &run] { run = [o] { return run_stats(*o); }; });
}

}  // namespace gransk::cli
