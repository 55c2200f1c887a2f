// Fuzzed rule-file text (a revisor's own --rules file) -> load_rules, the
// examples check, and the rules that loaded run on a small report. A bad file
// must give errors with a line, never a crash or a stall.
#include <unistd.h>

#include <cstdint>
#include <filesystem>
#include <fstream>
#include <string>

#include "check.h"
#include "document_from_text.h"
#include "gransk/rules/rules.h"

namespace {

using namespace gransk;

// load_rules reads a directory: one private directory with one file.
const std::filesystem::path& rule_dir() {
  static const std::filesystem::path dir = [] {
    const auto d = std::filesystem::temp_directory_path() /
                   ("gransk-fuzz-rules-" + std::to_string(::getpid()));
    std::filesystem::create_directories(d);
    return d;
  }();
  return dir;
}

const nlp::CleanDocument& sample() {
  static const nlp::CleanDocument c = nlp::clean(fuzz::document_from_text(
      "# 1 Sammanfattning\n"
      "Vi bedömer att kommunstyrelsen delvis har säkerställt en tillräcklig intern kontroll.\n"
      "Vi rekommenderar kommunstyrelsen att:\n"
      "- ta fram en riskanalys för informationssäkerhet\n"
      "## 1.1 Revisionsfrågor\n"
      "| Revisionsfråga | Bedömning\n"
      "| Finns det en ändamålsenlig styrning? | Delvis uppfylld\n"
      "\fSkinnskatteberg den 3 september 2019\n"
      "^1 Se bilaga 1.\n"));
  return c;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::filesystem::path file = rule_dir() / "fuzz.toml";
  {
    std::ofstream out(file, std::ios::binary | std::ios::trunc);
    out.write(reinterpret_cast<const char*>(data), static_cast<std::streamsize>(size));
  }
  const rules::RuleSet set = rules::load_rules({rule_dir().string()});
  for (const rules::RuleError& e : set.errors) FUZZ_CHECK(!e.text().empty());
  for (const rules::Rule& r : set.rules) FUZZ_CHECK(r.re != nullptr);
  rules::check_examples(set);
  const nlp::CleanDocument& c = sample();
  for (const rules::Finding& f : rules::match(set, c))
    FUZZ_CHECK(f.span.begin <= f.span.end && f.span.end <= c.text.size());
  rules::grade_verdict(set, "Delvis uppfylld", false);
  return 0;
}
