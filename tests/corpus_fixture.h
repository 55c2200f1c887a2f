// Access to ../shared/corpus (present on developer machines and in CI, not on
// a fresh clone elsewhere: tests that need it skip with a message).
#pragma once

#include <QJsonDocument>
#include <QJsonObject>
#include <filesystem>
#include <string>
#include <vector>

#include "gransk/corpus/report.h"
#include "gransk/extractor/extractor.h"
#include "gransk/nlp/nlp.h"

namespace gransk::test {

std::filesystem::path shared_corpus();  // empty if not present
std::vector<std::filesystem::path> corpus_pdfs_with_gold();
QJsonObject read_json(const std::filesystem::path& p);

// Whitespace collapsed, NFKC, case folded: how gold texts are compared.
std::string comparable(const std::string& text);

struct Extracted {
  extractor::Document doc;
  nlp::CleanDocument clean;
};
// Cached per path: many tests look at the same report.
const Extracted& extract_cached(const std::filesystem::path& pdf);

// The report Gransk reads from a development document (devset/RELATIVE) with the
// shipped rules; an unreadable file is a test failure and an empty report.
corpus::Report devset_report(const std::string& relative);

}  // namespace gransk::test
