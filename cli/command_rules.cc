// gransk rules check: compile every rule and run its inline examples.
#include <algorithm>
#include <iostream>
#include <set>

#include "commands.h"
#include "gransk/extractor/extractor.h"
#include "gransk/nlp/nlp.h"
#include "rule_options.h"

namespace gransk::cli {
namespace {

struct RulesCheckOptions {
  std::vector<std::string> dirs, reports;
};

// A report-sized document from the rules' own examples (about 64 KB, a
// 30-page report), for timing the rules when no report is given.
nlp::CleanDocument example_document(const rules::RuleSet& set) {
  nlp::CleanDocument d;
  d.sections.push_back({});
  for (int round = 0; d.text.size() < 64 * 1024 && round < 1000; ++round)
    for (const rules::Rule& r : set.rules)
      for (const rules::Example& e : r.examples) {
        if (!e.should_match) continue;
        const size_t begin = d.text.size();
        d.text += e.text + "\n";
        nlp::CleanBlock b;
        b.page = static_cast<int>(d.blocks.size() / 40) + 1;
        b.span = {begin, begin + e.text.size()};
        d.blocks.push_back(std::move(b));
      }
  return d;
}

// Warns of a rule that takes more than a tenth of a report's tagging: one
// careless pattern (or unit = "document") can multiply every ingest's time.
void report_costs(const rules::RuleSet& set, const nlp::CleanDocument& doc,
                  const std::string& on) {
  std::vector<double> best;
  for (int run = 0; run < 3; ++run) {  // the least of three: timing noise only adds
    const std::vector<double> t = rules::rule_seconds(set, doc);
    if (best.empty()) best = t;
    for (size_t i = 0; i < t.size(); ++i) best[i] = std::min(best[i], t[i]);
  }
  double total = 0;
  for (double t : best) total += t;
  for (size_t i = 0; i < best.size(); ++i) {
    if (total <= 0 || best[i] / total <= 0.10 || best[i] < 0.001) continue;
    const rules::Rule& r = set.rules[i];
    std::cerr << r.file << ":" << r.line << ": varning: " << r.id << " tar "
              << static_cast<int>(100 * best[i] / total + 0.5) << " % av taggningstiden på " << on
              << " (" << static_cast<int>(best[i] * 1000 + 0.5) << " ms av "
              << static_cast<int>(total * 1000 + 0.5)
              << " ms); förenkla mönstret eller välj en mindre unit\n";
  }
  std::cout << "Taggning av " << on << ": " << static_cast<int>(total * 1000 + 0.5) << " ms\n";
}

int run_rules_check(const RulesCheckOptions& o) {
  rules::RuleSet set;
  const bool loaded = load_rule_set(o.dirs, set);
  const std::vector<rules::RuleError> failures = rules::check_examples(set);
  for (const rules::RuleError& e : failures) std::cerr << e.text() << "\n";
  if (loaded) {
    if (o.reports.empty()) report_costs(set, example_document(set), "exempeldokumentet (64 KB)");
    for (const std::string& pdf : o.reports) {
      extractor::Result r = extractor::extract(pdf);
      if (!r.ok()) {
        std::cerr << "gransk rules check: " << r.error().message() << "\n";
        continue;
      }
      report_costs(set, nlp::clean(r.document()), pdf);
    }
  }
  std::set<std::string> files;
  size_t examples = 0;
  for (const rules::Rule& r : set.rules) {
    files.insert(r.file);
    examples += r.examples.size();
  }
  std::cout << set.rules.size() << " regler i " << files.size() << " filer, " << examples
            << " exempel: " << (loaded && failures.empty() ? "alla stämmer" : "FEL (se ovan)")
            << "\n";
  return loaded && failures.empty() ? kOk : kSomeFailed;
}

}  // namespace

void add_rules_command(CLI::App& app, std::function<int()>& run) {
  CLI::App* rules = app.add_subcommand("rules", "Regelfiler");
  rules->require_subcommand(1);
  auto opts = std::make_shared<RulesCheckOptions>();
  CLI::App* check = rules->add_subcommand("check", "Kompilera alla regler och pröva deras exempel");
  add_rules_option(check, opts->dirs);
  check->add_option("--rapport", opts->reports,
                    "Mät varje regels tid på denna rapport (PDF) i stället för på exemplen");
  check->callback([opts, &run] { run = [opts] { return run_rules_check(*opts); }; });
}

}  // namespace gransk::cli
