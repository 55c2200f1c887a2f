#include "limit_options.h"

#include <iostream>

#include "swedish_checks.h"

namespace gransk::cli {

void add_limit_options(CLI::App* cmd, LimitOptions& o) {
  cmd->add_option("--tid", o.time_limit_s,
                  "Tidsgräns per fil i sekunder, 1–3600 (standard 60); filen läses i en egen "
                  "process som stoppas när tiden gått");
  cmd->add_option("--minne", o.memory_mb, "Minnesgräns per fil i MB, 64–65536 (standard 1024)");
  cmd->add_option("--ocr", o.ocr,
                  "Läs sidor med OCR: auto (sidor utan text eller med text som inte går att "
                  "avkoda; standard), alltid (varje sida) eller aldrig")
      ->check(one_of({"auto", "alltid", "aldrig"}));
}

bool check_limits(const std::string& command, const LimitOptions& o) {
  if (o.time_limit_s < 1 || o.time_limit_s > 3600) {
    std::cerr << "gransk " << command
              << ": --tid måste vara 1–3600 sekunder (angavs: " << o.time_limit_s << ")\n";
    return false;
  }
  if (o.memory_mb < 64 || o.memory_mb > 65536) {
    std::cerr << "gransk " << command << ": --minne måste vara 64–65536 MB (angavs: " << o.memory_mb
              << ")\n";
    return false;
  }
  return true;
}

void add_search_time_option(CLI::App* cmd, int& seconds) {
  cmd->add_option("--soktid", seconds,
                  "Längsta tid en sökning får ta i sekunder, 1–600 (standard 2); en sökning "
                  "som tar längre avbryts med ett besked")
      ->type_name("HELTAL")
      ->check(whole_number(1, 600));
}

isolation::Limits to_limits(const LimitOptions& o) {
  isolation::Limits l;
  l.wall = std::chrono::seconds(o.time_limit_s);
  l.memory_bytes = static_cast<uint64_t>(o.memory_mb) << 20;
  return l;
}

extractor::Options to_extract_options(const LimitOptions& o) {
  extractor::Options e;
  e.time_limit = std::chrono::seconds(o.time_limit_s);
  extractor::parse_ocr_mode(o.ocr, e.ocr);
  return e;
}

}  // namespace gransk::cli
