// gransk eval DIR: every NAME.pdf with NAME.gold.json beside it, scored.
//
// Honest by construction: each PDF is read in a worker with the limits
// `extract` uses, a file that cannot be read counts all its gold items as
// missed, and a gold file that is missing or does not follow the schema is an
// error naming it (exit 1), never an empty answer that scores as perfect.
#include <QFile>
#include <QJsonDocument>
#include <cstdio>
#include <filesystem>
#include <iostream>
#include <map>
#include <optional>
#include <sstream>

#include "commands.h"
#include "gransk/corpus/analysis.h"
#include "gransk/corpus/evaluation.h"
#include "gransk/index/ingest.h"
#include "limit_options.h"
#include "report_json.h"
#include "rule_options.h"

namespace gransk::cli {
namespace {

namespace fs = std::filesystem;

struct EvalOptions {
  std::string dir;
  std::vector<std::string> rule_dirs;
  double min_f1 = 0, min_verdicts = 0, min_metadata = 0;
  bool verbose = false;
  int jobs = 1;
  LimitOptions limits;
};

// The gold answers, or the reason they cannot be used.
std::optional<corpus::Gold> read_gold_file(const fs::path& p, std::string& error) {
  QFile f(QString::fromStdString(p.string()));
  if (!f.open(QIODevice::ReadOnly)) {
    error = "kan inte läsas: " + f.errorString().toStdString();
    return std::nullopt;
  }
  QJsonParseError parse;
  const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &parse);
  if (parse.error != QJsonParseError::NoError) {
    error = "är ingen giltig JSON (tecken " + std::to_string(parse.offset) +
            "): " + parse.errorString().toStdString();
    return std::nullopt;
  }
  if (!doc.isObject()) {
    error = "är inget JSON-objekt";
    return std::nullopt;
  }
  corpus::Gold gold;
  error = read_gold(doc.object(), gold);
  if (!error.empty()) return std::nullopt;
  return gold;
}

// The score travels from the worker as seven counts, then each difference
// line; NUL separates (a difference may hold newlines).
std::string encode(const corpus::Score& s) {
  std::string out = std::to_string(s.gold_items) + ' ' + std::to_string(s.found_items) + ' ' +
                    std::to_string(s.matched) + ' ' + std::to_string(s.verdicts_right) + ' ' +
                    std::to_string(s.verdicts_total) + ' ' + std::to_string(s.metadata_right) +
                    ' ' + std::to_string(s.metadata_total);
  for (const std::string& d : s.differences) out += '\0' + d;
  return out;
}

std::optional<corpus::Score> decode(const std::string& payload) {
  corpus::Score s;
  size_t at = payload.find('\0');
  std::istringstream counts(payload.substr(0, at));
  if (!(counts >> s.gold_items >> s.found_items >> s.matched >> s.verdicts_right >>
        s.verdicts_total >> s.metadata_right >> s.metadata_total))
    return std::nullopt;
  while (at != std::string::npos) {
    const size_t next = payload.find('\0', at + 1);
    s.differences.push_back(
        payload.substr(at + 1, next == std::string::npos ? next : next - at - 1));
    at = next;
  }
  return s;
}

std::string fmt(double x) {
  char b[16];
  std::snprintf(b, sizeof b, "%.3f", x);
  return b;
}

void print_row(const std::string& name, const corpus::Score& s) {
  std::printf("%-62s %6s %6s %6s %8s %8s\n", name.c_str(), fmt(s.precision()).c_str(),
              fmt(s.recall()).c_str(), fmt(s.f1()).c_str(), fmt(s.verdicts()).c_str(),
              fmt(s.metadata()).c_str());
}

int run_eval(const EvalOptions& o) {
  if (!check_limits("eval", o.limits)) return kUsage;
  if (o.jobs < 1 || o.jobs > 64) {
    std::cerr << "gransk eval: -j måste vara 1–64 (angavs: " << o.jobs << ")\n";
    return kUsage;
  }
  rules::RuleSet set;
  if (!load_rule_set(o.rule_dirs, set)) return kSomeFailed;

  // Every PDF needs its gold file and every gold file its PDF.
  int errors = 0;
  std::vector<std::string> pdfs;
  std::map<std::string, corpus::Gold> golds;
  std::vector<fs::path> entries;
  for (const auto& e : fs::directory_iterator(o.dir)) entries.push_back(e.path());
  std::sort(entries.begin(), entries.end());
  for (const fs::path& p : entries) {
    const std::string name = p.filename().string();
    if (p.extension() == ".pdf") {
      fs::path gold = p;
      gold.replace_extension(".gold.json");
      std::string error;
      if (!fs::exists(gold)) {
        std::cerr << "gransk eval: " << name << " saknar facit (" << gold.filename().string()
                  << ")\n";
        ++errors;
      } else if (std::optional<corpus::Gold> g = read_gold_file(gold, error)) {
        golds[p.string()] = *g;
        pdfs.push_back(p.string());
      } else {
        std::cerr << "gransk eval: facit " << gold.filename().string() << " " << error << "\n";
        ++errors;
      }
    } else if (name.size() > 10 && name.ends_with(".gold.json")) {
      const fs::path pdf = p.parent_path() / (name.substr(0, name.size() - 10) + ".pdf");
      if (!fs::exists(pdf)) {
        std::cerr << "gransk eval: facit " << name << " har ingen PDF (" << pdf.filename().string()
                  << ")\n";
        ++errors;
      }
    }
  }
  if (pdfs.empty()) {
    std::cerr << "gransk eval: inga NAMN.pdf med användbar NAMN.gold.json i " << o.dir << "\n";
    return kSomeFailed;
  }

  const extractor::Options eo = to_extract_options(o.limits);
  const isolation::Job job = [&](const std::string& pdf) {
    corpus::AnalysisResult a = corpus::analyse(pdf, set, index::in_worker(eo));
    isolation::Outcome out;
    if (const auto* err = std::get_if<extractor::Error>(&a)) {
      out.kind = isolation::Outcome::Failed;
      out.payload = err->message();
      return out;
    }
    const corpus::Analysis& analysis = std::get<corpus::Analysis>(a);
    corpus::Score s = corpus::evaluate(analysis.report, golds.at(pdf));
    if (o.verbose) corpus::explain_misses(s, analysis.clean, set);
    out.payload = encode(s);
    return out;
  };

  std::printf("%-62s %6s %6s %6s %8s %8s\n", "rapport", "P", "R", "F1", "bedömn.", "metadata");
  corpus::Score total;
  int unreadable = 0;
  std::vector<std::optional<isolation::Outcome>> results(pdfs.size());
  size_t printed = 0;
  auto print = [&](size_t i, const isolation::Outcome& r) {
    const std::string name = fs::path(pdfs[i]).filename().string();
    std::optional<corpus::Score> s;
    if (r.kind == isolation::Outcome::Ok) s = decode(r.payload);
    if (!s) {
      // Not read: every gold item is a miss, every metadata field wrong.
      const std::string why = r.kind == isolation::Outcome::Ok ? "internt fel: ofullständigt svar"
                              : r.kind == isolation::Outcome::Failed ? r.payload
                                                                     : pdfs[i] + ": " + r.reason;
      s = corpus::evaluate(corpus::Report{}, golds.at(pdfs[i]));
      ++unreadable;
      std::cerr << "gransk eval: " << why << "\n";
      s->differences.insert(s->differences.begin(), "oläst: " + why);
    }
    total += *s;
    print_row(name, *s);
    if (o.verbose)
      for (const std::string& d : s->differences) std::printf("    %s\n", d.c_str());
  };
  isolation::run(pdfs, o.jobs, to_limits(o.limits), job, [&](size_t i, isolation::Outcome&& r) {
    results[i] = std::move(r);
    for (; printed < results.size() && results[printed]; ++printed) {
      print(printed, *results[printed]);
      results[printed].reset();
    }
    return true;
  });
  if (unreadable)
    std::printf("%d rapport(er) gick inte att läsa; deras facit räknas som missat.\n", unreadable);
  std::printf("extraction F1 %s, verdicts %s, metadata %s\n", fmt(total.f1()).c_str(),
              fmt(total.verdicts()).c_str(), fmt(total.metadata()).c_str());
  if (errors) std::cerr << "gransk eval: " << errors << " fil(er) utan användbart facit\n";
  const bool pass = total.f1() >= o.min_f1 && total.verdicts() >= o.min_verdicts &&
                    total.metadata() >= o.min_metadata;
  if (!pass) std::cerr << "gransk eval: under tröskeln\n";
  return pass && errors == 0 && unreadable == 0 ? kOk : kSomeFailed;
}

}  // namespace

void add_eval_command(CLI::App& app, std::function<int()>& run) {
  auto opts = std::make_shared<EvalOptions>();
  CLI::App* cmd = app.add_subcommand("eval", "Mät utläsningen mot facit (NAMN.gold.json)");
  cmd->add_option("dir", opts->dir, "Katalog med NAMN.pdf och NAMN.gold.json")
      ->required()
      ->check(CLI::ExistingDirectory);
  add_rules_option(cmd, opts->rule_dirs);
  add_limit_options(cmd, opts->limits);
  cmd->add_option("-j,--jobs", opts->jobs, "Antal filer som läses samtidigt (standard 1)");
  cmd->add_option("--min-f1", opts->min_f1, "Avsluta med kod 1 om F1 är lägre");
  cmd->add_option("--min-verdicts", opts->min_verdicts,
                  "Avsluta med kod 1 om bedömningarna är sämre");
  cmd->add_option("--min-metadata", opts->min_metadata, "Avsluta med kod 1 om metadata är sämre");
  cmd->add_flag("-v,--verbose", opts->verbose, "Visa varje skillnad mot facit");
  cmd->callback([opts, &run] { run = [opts] { return run_eval(*opts); }; });
}

}  // namespace gransk::cli
