// gransk eval DIR: every NAME.pdf with NAME.gold.json beside it, scored.
#include <QFile>
#include <QJsonDocument>
#include <cstdio>
#include <filesystem>
#include <iostream>

#include "commands.h"
#include "gransk/corpus/analysis.h"
#include "gransk/corpus/evaluation.h"
#include "rule_options.h"

namespace gransk::cli {
namespace {

struct EvalOptions {
  std::string dir;
  std::vector<std::string> rule_dirs;
  double min_f1 = 0, min_verdicts = 0, min_metadata = 0;
  bool verbose = false;
};

QJsonObject read_gold(const std::filesystem::path& p) {
  QFile f(QString::fromStdString(p.string()));
  if (!f.open(QIODevice::ReadOnly)) return {};
  return QJsonDocument::fromJson(f.readAll()).object();
}

std::string fmt(double x) {
  char b[16];
  std::snprintf(b, sizeof b, "%.3f", x);
  return b;
}

int run_eval(const EvalOptions& o) {
  rules::RuleSet set;
  if (!load_rule_set(o.rule_dirs, set)) return kSomeFailed;
  std::vector<std::filesystem::path> pdfs;
  for (const auto& e : std::filesystem::directory_iterator(o.dir)) {
    auto gold = e.path();
    gold.replace_extension(".gold.json");
    if (e.path().extension() == ".pdf" && std::filesystem::exists(gold)) pdfs.push_back(e.path());
  }
  std::sort(pdfs.begin(), pdfs.end());
  if (pdfs.empty()) {
    std::cerr << "gransk eval: inga NAMN.pdf med NAMN.gold.json i " << o.dir << "\n";
    return kSomeFailed;
  }
  std::printf("%-62s %6s %6s %6s %8s %8s\n", "rapport", "P", "R", "F1", "bedömn.", "metadata");
  corpus::Score total;
  int skipped = 0;
  for (const auto& pdf : pdfs) {
    auto gold_path = pdf;
    gold_path.replace_extension(".gold.json");
    const corpus::AnalysisResult a = corpus::analyse(pdf.string(), set);
    if (const auto* err = std::get_if<extractor::Error>(&a)) {
      // A report without text cannot be scored without OCR: shown, not counted.
      std::printf("%-62s hoppades över: %s\n", pdf.filename().c_str(), err->message().c_str());
      ++skipped;
      continue;
    }
    const corpus::Analysis& analysis = std::get<corpus::Analysis>(a);
    corpus::Score s = corpus::evaluate(analysis.report, read_gold(gold_path));
    if (o.verbose) corpus::explain_misses(s, analysis.clean, set);
    total += s;
    std::printf("%-62s %6s %6s %6s %8s %8s\n", pdf.filename().c_str(), fmt(s.precision()).c_str(),
                fmt(s.recall()).c_str(), fmt(s.f1()).c_str(), fmt(s.verdicts()).c_str(),
                fmt(s.metadata()).c_str());
    if (o.verbose)
      for (const std::string& d : s.differences) std::printf("    %s\n", d.c_str());
  }
  if (skipped) std::printf("%d rapport(er) utan textlager räknades inte.\n", skipped);
  std::printf("extraction F1 %s, verdicts %s, metadata %s\n", fmt(total.f1()).c_str(),
              fmt(total.verdicts()).c_str(), fmt(total.metadata()).c_str());
  const bool pass = total.f1() >= o.min_f1 && total.verdicts() >= o.min_verdicts &&
                    total.metadata() >= o.min_metadata;
  if (!pass) std::cerr << "gransk eval: under tröskeln\n";
  return pass ? kOk : kSomeFailed;
}

}  // namespace

void add_eval_command(CLI::App& app, std::function<int()>& run) {
  auto opts = std::make_shared<EvalOptions>();
  CLI::App* cmd = app.add_subcommand("eval", "Mät utläsningen mot facit (NAMN.gold.json)");
  cmd->add_option("dir", opts->dir, "Katalog med NAMN.pdf och NAMN.gold.json")
      ->required()
      ->check(CLI::ExistingDirectory);
  add_rules_option(cmd, opts->rule_dirs);
  cmd->add_option("--min-f1", opts->min_f1, "Avsluta med kod 1 om F1 är lägre");
  cmd->add_option("--min-verdicts", opts->min_verdicts,
                  "Avsluta med kod 1 om bedömningarna är sämre");
  cmd->add_option("--min-metadata", opts->min_metadata, "Avsluta med kod 1 om metadata är sämre");
  cmd->add_flag("-v,--verbose", opts->verbose, "Visa varje skillnad mot facit");
  cmd->callback([opts, &run] { run = [opts] { return run_eval(*opts); }; });
}

}  // namespace gransk::cli
