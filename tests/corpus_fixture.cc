#include "corpus_fixture.h"

#include <gtest/gtest.h>

#include <QFile>
#include <algorithm>
#include <map>
#include <stdexcept>

#include "gransk/corpus/analysis.h"

#ifndef GRANSK_SHARED_DIR
#define GRANSK_SHARED_DIR ""
#endif

namespace gransk::test {

std::filesystem::path shared_corpus() {
  if (const char* env = std::getenv("GRANSK_SHARED_CORPUS")) return env;
  const std::filesystem::path p = std::filesystem::path(GRANSK_SHARED_DIR) / "corpus";
  return std::filesystem::exists(p / "README.md") ? p : std::filesystem::path();
}

std::vector<std::filesystem::path> corpus_pdfs_with_gold() {
  std::vector<std::filesystem::path> out;
  const auto dir = shared_corpus();
  if (dir.empty()) return out;
  for (const auto& e : std::filesystem::directory_iterator(dir)) {
    const auto p = e.path();
    if (p.extension() != ".pdf") continue;
    auto gold = p;
    gold.replace_extension(".gold.json");
    if (std::filesystem::exists(gold)) out.push_back(p);
  }
  std::sort(out.begin(), out.end());
  return out;
}

QJsonObject read_json(const std::filesystem::path& p) {
  QFile f(QString::fromStdString(p.string()));
  if (!f.open(QIODevice::ReadOnly)) throw std::runtime_error("cannot read " + p.string());
  return QJsonDocument::fromJson(f.readAll()).object();
}

std::string comparable(const std::string& text) {
  std::string n = nlp::fold_case(nlp::normalize(text));
  std::string out;
  for (char c : n) {
    if (c == '\n' || c == '\t') c = ' ';
    if (c == ' ' && (out.empty() || out.back() == ' ')) continue;
    out += c;
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

const Extracted& extract_cached(const std::filesystem::path& pdf) {
  static std::map<std::string, Extracted> cache;
  auto it = cache.find(pdf.string());
  if (it != cache.end()) return it->second;
  extractor::Result r = extractor::extract(pdf.string());
  if (!r.ok()) throw std::runtime_error(r.error().message());
  Extracted e{r.document(), nlp::clean(r.document())};
  return cache.emplace(pdf.string(), std::move(e)).first->second;
}

corpus::Report devset_report(const std::string& relative) {
  static const rules::RuleSet rules = rules::load_rules({rules::default_rules_dir()});
  corpus::AnalysisResult a =
      corpus::analyse(std::string(GRANSK_DEVSET_DIR) + "/" + relative, rules);
  if (const auto* err = std::get_if<extractor::Error>(&a)) {
    ADD_FAILURE() << err->message();
    return {};
  }
  return std::get<corpus::Analysis>(a).report;
}

}  // namespace gransk::test
