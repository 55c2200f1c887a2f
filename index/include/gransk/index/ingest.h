// Ingest: extract, tag and store reports. Extraction runs on N threads; one
// writer stores each report in its own transaction, so a killed ingest leaves
// every stored report whole and a re-run finishes the rest (identical files,
// by SHA-256, are skipped).
#pragma once

#include <functional>
#include <string>
#include <vector>

#include "gransk/index/archive.h"

namespace gransk::index {

// Every *.pdf under the paths (files as given, folders recursively), sorted.
std::vector<std::string> collect_pdfs(const std::vector<std::string>& paths);

struct IngestEvent {
  enum Kind { Stored, Unchanged, Failed } kind = Stored;
  std::string path, reason;
  size_t done = 0, total = 0;
};

struct IngestSummary {
  int stored = 0, unchanged = 0, failed = 0;
  std::vector<IngestEvent> failures;
};

struct IngestOptions {
  int jobs = 0;                // 0: all cores
  bool replace_known = false;  // re-tag reports already stored (reindex)
  extractor::Options extract;
};

// Re-tags every stored report from its file with the current rules; a file
// that is gone or changed is reported as failed and the stored report kept.
IngestSummary reindex(Archive& archive, const rules::RuleSet& rules, const IngestOptions& options,
                      const std::function<void(const IngestEvent&)>& progress);

IngestSummary ingest(Archive& archive, const std::vector<std::string>& pdfs,
                     const rules::RuleSet& rules, const IngestOptions& options,
                     const std::function<void(const IngestEvent&)>& progress);

}  // namespace gransk::index
