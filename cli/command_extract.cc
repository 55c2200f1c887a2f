// gransk extract FILE.pdf...: the clean text as a section tree, or --json.
#include <QJsonArray>
#include <QJsonDocument>
#include <iostream>
#include <optional>
#include <sstream>

#include "commands.h"
#include "document_json.h"
#include "gransk/corpus/analysis.h"
#include "gransk/index/ingest.h"
#include "limit_options.h"
#include "report_json.h"
#include "rule_options.h"

namespace gransk::cli {
namespace {

struct ExtractOptions {
  std::vector<std::string> files;
  std::vector<std::string> rule_dirs;
  bool json = false;
  int jobs = 1;
  LimitOptions limits;
};

void print_tree(std::ostream& out, const nlp::CleanDocument& c) {
  for (const nlp::CleanBlock& b : c.blocks) {
    const int level = c.sections[b.section].level;
    const std::string text = c.text.substr(b.span.begin, b.span.size());
    switch (b.kind) {
      case extractor::BlockKind::Heading:
        out << "\n"
                  << std::string(2 * std::max(0, level - 1), ' ')
                  << (b.number.empty() ? "" : b.number + " ") << text << "  [s. " << b.page
                  << "]\n";
        break;
      case extractor::BlockKind::ListItem:
        out << std::string(2 * level, ' ') << "• " << text << "\n";
        break;
      case extractor::BlockKind::Table:
        for (const auto& row : b.rows) {
          out << std::string(2 * level, ' ') << "|";
          for (const nlp::Span& cell : row) {
            std::string t = c.text.substr(cell.begin, cell.size());
            for (char& ch : t)
              if (ch == '\n') ch = ' ';
            out << " " << t << " |";
          }
          out << "\n";
        }
        break;
      default:
        out << std::string(2 * level, ' ') << text << "\n";
    }
  }
  if (!c.footnotes.empty()) {
    out << "\nFotnoter\n";
    for (const nlp::Footnote& f : c.footnotes)
      out << "  " << f.number << " " << f.text << "  [s. " << f.page << "]\n";
  }
}

void print_findings(std::ostream& out, const corpus::Report& r) {
  out << "\nFynd\n";
  if (r.organisation)
    out << "  Organisation: " << r.organisation->name << " (" << r.organisation->kind
              << (r.organisation->code ? ", " + *r.organisation->code : "") << ")\n";
  out << "  Rapporttyp: " << r.report_type;
  if (r.auditor) out << ", " << *r.auditor;
  if (r.year) out << ", " << *r.year;
  out << "\n";
  for (const auto& q : r.questions)
    out << "  Revisionsfråga: " << q.text << " — " << q.assessment.value_or("ingen bedömning")
              << "  [s. " << q.where.page << "]\n";
  for (const auto& x : r.recommendations)
    out << "  Rekommendation: " << x.text << "  [s. " << x.where.page << "]\n";
  for (const auto& f : r.followups)
    out << "  Tidigare rekommendation: " << f.earlier_recommendation << " — " << f.status
              << "  [s. " << f.where.page << "]\n";
  for (const auto& q : r.response_requests)
    out << "  Svar begärs senast " << q.due.value_or("?") << ": " << q.text << "  [s. "
              << q.where.page << "]\n";
}

// What a worker sends back: the warnings, a NUL, then the report as JSON or
// as the text tree.
isolation::Outcome extract_in_worker(const std::string& file, const rules::RuleSet& rules,
                                     const extractor::Options& options, bool json) {
  corpus::AnalysisResult result = corpus::analyse(file, rules, index::in_worker(options));
  isolation::Outcome out;
  if (const auto* err = std::get_if<extractor::Error>(&result)) {
    out.kind = isolation::Outcome::Failed;
    out.payload = err->message();
    return out;
  }
  const corpus::Analysis& a = std::get<corpus::Analysis>(result);
  for (const std::string& w : a.document.warnings) out.payload += w + "\n";
  out.payload += '\0';
  if (json) {
    QJsonObject obj = report_json(a.report);
    obj["file"] = QString::fromStdString(file);
    obj["document"] = document_json(a.document, a.clean);
    QJsonArray warnings;
    for (const std::string& w : a.document.warnings) warnings.append(QString::fromStdString(w));
    if (!warnings.isEmpty()) obj["warnings"] = warnings;
    out.payload += QJsonDocument(obj).toJson(QJsonDocument::Compact).toStdString();
  } else {
    std::ostringstream text;
    print_tree(text, a.clean);
    print_findings(text, a.report);
    out.payload += text.str();
  }
  return out;
}

int run_extract(const ExtractOptions& o) {
  if (!check_limits("extract", o.limits)) return kUsage;
  if (o.jobs < 1 || o.jobs > 64) {
    std::cerr << "gransk extract: -j måste vara 1–64 (angavs: " << o.jobs << ")\n";
    return kUsage;
  }
  rules::RuleSet rule_set;
  if (!load_rule_set(o.rule_dirs, rule_set)) return kSomeFailed;
  int failed = 0;
  QJsonArray all;
  const extractor::Options eo = to_extract_options(o.limits);
  const isolation::Limits limits = to_limits(o.limits);
  // Results come back in completion order; they are printed in the order given.
  std::vector<std::optional<isolation::Outcome>> results(o.files.size());
  size_t printed = 0;
  auto print = [&](size_t i, const isolation::Outcome& r) {
    const std::string& file = o.files[i];
    if (r.kind != isolation::Outcome::Ok) {
      ++failed;
      const std::string message =
          r.kind == isolation::Outcome::Failed ? r.payload : file + ": " + r.reason;
      std::cerr << "gransk: " << message << "\n";
      if (o.json)
        all.append(QJsonObject{{"file", QString::fromStdString(file)},
                               {"error", QString::fromStdString(message)}});
      return;
    }
    const size_t nul = r.payload.find('\0');
    std::istringstream warnings(r.payload.substr(0, nul));
    for (std::string w; std::getline(warnings, w);)
      std::cerr << "gransk: " << file << ": varning: " << w << "\n";
    const std::string body = r.payload.substr(nul + 1);
    if (o.json) {
      all.append(QJsonDocument::fromJson(QByteArray::fromStdString(body)).object());
    } else {
      if (o.files.size() > 1) std::cout << "\n=== " << file << "\n";
      std::cout << body << std::flush;
    }
  };
  const isolation::Job job = [&](const std::string& file) {
    return extract_in_worker(file, rule_set, eo, o.json);
  };
  isolation::run(o.files, o.jobs, limits, job, [&](size_t i, isolation::Outcome&& r) {
    results[i] = std::move(r);
    for (; printed < results.size() && results[printed]; ++printed) {
      print(printed, *results[printed]);
      results[printed].reset();
    }
    return true;
  });
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
  CLI::App* cmd = app.add_subcommand("extract", "Läs ut en rapports text som ett avsnittsträd");
  cmd->add_option("files", opts->files, "PDF-filer")->required();
  cmd->add_flag("--json", opts->json,
                "JSON: rapportens fynd med källa (regel, sida, byteintervall) och dokumentet "
                "(sidor, avsnitt, stycken, listor, tabeller)");
  add_rules_option(cmd, opts->rule_dirs);
  add_limit_options(cmd, opts->limits);
  cmd->add_option("-j,--jobs", opts->jobs, "Antal filer som läses samtidigt (standard 1)");
  cmd->callback([opts, &run] { run = [opts] { return run_extract(*opts); }; });
}

}  // namespace gransk::cli
