// gransk followup ORGANISATION: the preparation pack for a follow-up audit.
#include <QFile>
#include <iostream>

#include "archive_options.h"
#include "commands.h"
#include "followup_render.h"
#include "gransk/index/followup_pack.h"
#include "swedish_checks.h"

namespace gransk::cli {
namespace {

struct FollowUpOptions {
  std::string organisation, topic, format = "md", output, db;
};

int run_followup(const FollowUpOptions& o) {
  auto archive = open_archive(o.db);
  if (!archive) return kSomeFailed;
  index::FollowUpPack pack;
  std::string error;
  if (!index::build_followup_pack(*archive, o.organisation, o.topic, today_iso(), pack, error)) {
    std::cerr << "gransk followup: " << error << "\n";
    return kSomeFailed;
  }
  // A subject the organisation's reports never touch is said, not answered
  // with an empty pack and exit code 0.
  if (!o.topic.empty() && pack.reports.empty() && pack.recommendations.empty() &&
      pack.requests.empty()) {
    index::FollowUpPack all;
    std::string ignored;
    const bool known =
        index::build_followup_pack(*archive, o.organisation, "", today_iso(), all, ignored);
    std::cerr << "gransk followup: inget i arkivet om ”" << o.topic << "” för "
              << pack.organisation;
    if (known)
      std::cerr << " (utan --amne: " << all.reports.size() << " rapporter, "
                << all.recommendations.size() << " rekommendationer)";
    std::cerr << "\n";
    return kSomeFailed;
  }
  const std::string text = o.format == "html"   ? render_html(pack)
                           : o.format == "json" ? render_json(pack)
                           : o.format == "csv"  ? render_csv(pack)
                                                : render_markdown(pack);
  if (o.output.empty() || o.output == "-") {
    std::cout << text;
    return kOk;
  }
  QFile f(QString::fromStdString(o.output));
  if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
      f.write(text.data(), static_cast<qint64>(text.size())) != static_cast<qint64>(text.size())) {
    std::cerr << "gransk followup: " << o.output
              << " kunde inte skrivas: " << f.errorString().toStdString() << "\n";
    return kSomeFailed;
  }
  std::cerr << o.output << ": " << pack.recommendations.size() << " rekommendationer, "
            << pack.requests.size() << " svarsbegäranden, " << pack.questions.size()
            << " förslag till revisionsfrågor\n";
  return kOk;
}

}  // namespace

void add_followup_command(CLI::App& app, std::function<int()>& run) {
  auto o = std::make_shared<FollowUpOptions>();
  CLI::App* cmd =
      app.add_subcommand("followup", "Underlag för en uppföljande granskning av en organisation");
  cmd->add_option("organisation", o->organisation, "Organisationens namn eller kommunkod")
      ->required();
  cmd->add_option("--amne", o->topic, "Bara granskningar om detta, t.ex. it-säkerhet");
  cmd->add_option("--format", o->format, "md, html, json eller csv")
      ->check(one_of({"md", "html", "json", "csv"}));
  cmd->add_option("-o,--output", o->output, "Skriv till fil i stället för standard ut");
  add_db_option(cmd, o->db);
  cmd->callback([o, &run] { run = [o] { return run_followup(*o); }; });
}

}  // namespace gransk::cli
