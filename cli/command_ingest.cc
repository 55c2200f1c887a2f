// gransk ingest PATH...: extract, tag and store reports in the archive.
#include <unistd.h>

#include <iostream>

#include "archive_options.h"
#include "commands.h"
#include "gransk/index/ingest.h"
#include "limit_options.h"
#include "rule_options.h"

namespace gransk::cli {
namespace {

struct IngestCommandOptions {
  std::vector<std::string> paths, rule_dirs;
  std::string db;
  int jobs = 0;
  LimitOptions limits;
};

void print_progress(const index::IngestEvent& e, const index::IngestSummary& so_far) {
  constexpr int width = 30;
  const int filled = static_cast<int>(width * e.done / std::max<size_t>(1, e.total));
  std::cerr << "\r[" << std::string(filled, '=') << std::string(width - filled, ' ') << "] "
            << e.done << "/" << e.total << "  lagrade " << so_far.stored << ", oförändrade "
            << so_far.unchanged << ", misslyckade " << so_far.failed << std::flush;
}

int run_ingest(const IngestCommandOptions& o, bool re_tag) {
  const std::string name = re_tag ? "reindex" : "ingest";
  if (!check_limits(name, o.limits)) return kUsage;
  if (o.jobs < 0 || o.jobs > 64) {
    std::cerr << "gransk " << name << ": -j måste vara 1–64 (angavs: " << o.jobs << ")\n";
    return kUsage;
  }
  rules::RuleSet rules;
  if (!load_rule_set(o.rule_dirs, rules)) return kSomeFailed;
  auto archive = open_archive(o.db, true);
  if (!archive) return kSomeFailed;
  const std::vector<std::string> pdfs =
      re_tag ? std::vector<std::string>{} : index::collect_pdfs(o.paths);
  if (!re_tag && pdfs.empty()) {
    std::cerr << "gransk ingest: inga PDF-filer hittades\n";
    return kSomeFailed;
  }
  index::IngestOptions opts;
  opts.jobs = o.jobs;
  opts.limits = to_limits(o.limits);
  opts.extract = to_extract_options(o.limits);
  const bool terminal = isatty(STDERR_FILENO);
  index::IngestSummary running;
  auto progress = [&](const index::IngestEvent& e) {
    running.stored += e.kind == index::IngestEvent::Stored;
    running.unchanged += e.kind == index::IngestEvent::Unchanged;
    running.failed += e.kind == index::IngestEvent::Failed;
    if (terminal) print_progress(e, running);
  };
  const index::IngestSummary s = re_tag ? index::reindex(*archive, rules, opts, progress)
                                        : index::ingest(*archive, pdfs, rules, opts, progress);
  if (terminal) std::cerr << "\n";
  std::cout << "Lagrade: " << s.stored << ", oförändrade: " << s.unchanged
            << ", misslyckade: " << s.failed << "\n";
  for (const index::IngestEvent& f : s.failures)
    std::cout << "  misslyckades: " << f.reason << "\n";
  for (const index::IngestEvent& w : s.warned)
    for (const std::string& text : w.warnings)
      std::cout << "  varning: " << w.path << ": " << text << "\n";
  if (!s.stopped.empty()) {
    std::cout << "Avbröts: " << s.stopped << "; " << s.not_tried
              << " filer lästes inte in och finns inte i arkivet\n";
    return kSomeFailed;
  }
  return s.failed ? kSomeFailed : kOk;
}

}  // namespace

void add_ingest_command(CLI::App& app, std::function<int()>& run) {
  auto o = std::make_shared<IngestCommandOptions>();
  CLI::App* cmd = app.add_subcommand("ingest", "Läs in rapporter (filer och kataloger) i arkivet");
  cmd->add_option("paths", o->paths, "PDF-filer och kataloger")->required();
  cmd->add_option("-j,--jobs", o->jobs, "Antal samtidiga inläsningar (standard: alla kärnor)");
  add_limit_options(cmd, o->limits);
  add_db_option(cmd, o->db);
  add_rules_option(cmd, o->rule_dirs);
  cmd->callback([o, &run] { run = [o] { return run_ingest(*o, false); }; });

  auto r = std::make_shared<IngestCommandOptions>();
  CLI::App* re = app.add_subcommand("reindex", "Tagga om arkivets rapporter med nuvarande regler");
  re->add_option("-j,--jobs", r->jobs, "Antal samtidiga inläsningar (standard: alla kärnor)");
  add_limit_options(re, r->limits);
  add_db_option(re, r->db);
  add_rules_option(re, r->rule_dirs);
  re->callback([r, &run] { run = [r] { return run_ingest(*r, true); }; });
}

}  // namespace gransk::cli
