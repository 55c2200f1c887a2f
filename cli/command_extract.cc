// gransk extract FILE.pdf...: the clean text as a section tree, or --json.
#include <unistd.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <csignal>
#include <cstring>
#include <iostream>

#include "commands.h"
#include "document_json.h"
#include "gransk/corpus/analysis.h"
#include "report_json.h"
#include "rule_options.h"

namespace gransk::cli {
namespace {

struct ExtractOptions {
  std::vector<std::string> files;
  std::vector<std::string> rule_dirs;
  bool json = false;
  int time_limit_s = 60;
};

// The hard time limit: if Poppler itself hangs inside one page, the process
// still ends with a clear message. The text is prepared before the alarm.
char g_timeout_message[1024];

void on_alarm(int) {
  const ssize_t n = write(STDERR_FILENO, g_timeout_message, strlen(g_timeout_message));
  (void)n;
  _exit(kSomeFailed);
}

void arm_timeout(const std::string& file, int seconds) {
  const std::string m = "gransk: " + file + ": tog för lång tid (över " + std::to_string(seconds) +
                        " s); filen hoppades över\n";
  std::strncpy(g_timeout_message, m.c_str(), sizeof g_timeout_message - 1);
  std::signal(SIGALRM, on_alarm);
  alarm(static_cast<unsigned>(seconds) + 5);  // the extractor's own per-page check comes first
}

void print_tree(const nlp::CleanDocument& c) {
  for (const nlp::CleanBlock& b : c.blocks) {
    const int level = c.sections[b.section].level;
    const std::string text = c.text.substr(b.span.begin, b.span.size());
    switch (b.kind) {
      case extractor::BlockKind::Heading:
        std::cout << "\n"
                  << std::string(2 * std::max(0, level - 1), ' ')
                  << (b.number.empty() ? "" : b.number + " ") << text << "  [s. " << b.page
                  << "]\n";
        break;
      case extractor::BlockKind::ListItem:
        std::cout << std::string(2 * level, ' ') << "• " << text << "\n";
        break;
      case extractor::BlockKind::Table:
        for (const auto& row : b.rows) {
          std::cout << std::string(2 * level, ' ') << "|";
          for (const nlp::Span& cell : row) {
            std::string t = c.text.substr(cell.begin, cell.size());
            for (char& ch : t)
              if (ch == '\n') ch = ' ';
            std::cout << " " << t << " |";
          }
          std::cout << "\n";
        }
        break;
      default:
        std::cout << std::string(2 * level, ' ') << text << "\n";
    }
  }
  if (!c.footnotes.empty()) {
    std::cout << "\nFotnoter\n";
    for (const nlp::Footnote& f : c.footnotes)
      std::cout << "  " << f.number << " " << f.text << "  [s. " << f.page << "]\n";
  }
}

void print_findings(const corpus::Report& r) {
  std::cout << "\nFynd\n";
  if (r.organisation)
    std::cout << "  Organisation: " << r.organisation->name << " (" << r.organisation->kind
              << (r.organisation->code ? ", " + *r.organisation->code : "") << ")\n";
  std::cout << "  Rapporttyp: " << r.report_type;
  if (r.auditor) std::cout << ", " << *r.auditor;
  if (r.year) std::cout << ", " << *r.year;
  std::cout << "\n";
  for (const auto& q : r.questions)
    std::cout << "  Revisionsfråga: " << q.text << " — " << q.assessment.value_or("ingen bedömning")
              << "  [s. " << q.where.page << "]\n";
  for (const auto& x : r.recommendations)
    std::cout << "  Rekommendation: " << x.text << "  [s. " << x.where.page << "]\n";
  for (const auto& f : r.followups)
    std::cout << "  Tidigare rekommendation: " << f.earlier_recommendation << " — " << f.status
              << "  [s. " << f.where.page << "]\n";
  for (const auto& q : r.response_requests)
    std::cout << "  Svar begärs senast " << q.due.value_or("?") << ": " << q.text << "  [s. "
              << q.where.page << "]\n";
}

int run_extract(const ExtractOptions& o) {
  rules::RuleSet rule_set;
  if (!load_rule_set(o.rule_dirs, rule_set)) return kSomeFailed;
  int failed = 0;
  QJsonArray all;
  extractor::Options eo;
  eo.time_limit = std::chrono::seconds(o.time_limit_s);
  for (const std::string& file : o.files) {
    arm_timeout(file, o.time_limit_s);
    corpus::AnalysisResult result = corpus::analyse(file, rule_set, eo);
    alarm(0);
    if (const auto* err = std::get_if<extractor::Error>(&result)) {
      ++failed;
      std::cerr << "gransk: " << err->message() << "\n";
      if (o.json)
        all.append(QJsonObject{{"file", QString::fromStdString(file)},
                               {"error", QString::fromStdString(err->message())}});
      continue;
    }
    const corpus::Analysis& a = std::get<corpus::Analysis>(result);
    if (o.json) {
      QJsonObject out = report_json(a.report);
      out["file"] = QString::fromStdString(file);
      out["document"] = document_json(a.document, a.clean);
      all.append(out);
    } else {
      if (o.files.size() > 1) std::cout << "\n=== " << file << "\n";
      print_tree(a.clean);
      print_findings(a.report);
    }
  }
  if (o.json) {
    const QJsonDocument doc = all.size() == 1 && o.files.size() == 1 && failed == 0
                                  ? QJsonDocument(all.first().toObject())
                                  : QJsonDocument(all);
    std::cout << doc.toJson(QJsonDocument::Indented).toStdString();
  }
  return failed ? kSomeFailed : kOk;
}

}  // namespace

void add_extract_command(CLI::App& app, std::function<int()>& run) {
  auto opts = std::make_shared<ExtractOptions>();
  CLI::App* cmd = app.add_subcommand("extract", "Läs ut en rapports text som en avsnittsträd");
  cmd->add_option("files", opts->files, "PDF-filer")->required()->check(CLI::ExistingFile);
  cmd->add_flag("--json", opts->json,
                "JSON: rapportens fynd med källa (regel, sida, byteintervall) och dokumentet "
                "(sidor, avsnitt, stycken, listor, tabeller)");
  add_rules_option(cmd, opts->rule_dirs);
  cmd->add_option("--tid", opts->time_limit_s, "Tidsgräns per fil i sekunder")
      ->check(CLI::PositiveNumber);
  cmd->callback([opts, &run] { run = [opts] { return run_extract(*opts); }; });
}

}  // namespace gransk::cli
