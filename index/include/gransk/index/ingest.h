// Ingest: extract, tag and store reports. Each file is analysed in one of N
// child processes with time and memory limits (gransk/isolation): a file that
// crashes the reader, runs too long or grows too large is recorded as failed
// with its reason, and the batch goes on. This process is the one writer: it
// stores each report in its own transaction, so a killed ingest leaves every
// stored report whole and a re-run finishes the rest (identical files, by
// SHA-256, are skipped).
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "gransk/index/archive.h"
#include "gransk/isolation/isolation.h"

namespace gransk::index {

// The extractor's options for a file read in an isolation worker (by ingest
// and by `gransk extract`): each page it starts is reported, so a crash names
// it, and each page read with OCR is granted its Options::ocr_page_time.
extractor::Options in_worker(extractor::Options options);

// Every *.pdf under the paths (files as given, folders recursively), sorted.
std::vector<std::string> collect_pdfs(const std::vector<std::string>& paths);

struct IngestEvent {
  enum Kind { Stored, Unchanged, Failed } kind = Stored;
  std::string path, reason;
  size_t done = 0, total = 0;
  std::vector<std::string> warnings;  // a stored file's damage that was read past
};

struct IngestSummary {
  int stored = 0, unchanged = 0, failed = 0;
  std::vector<IngestEvent> failures;
  std::vector<IngestEvent> warned;  // stored, with warnings
  // The batch stopped early (the disk is full): why, and how many files were
  // not tried. Nothing of them is in the archive.
  std::string stopped;
  size_t not_tried = 0;
};

struct IngestOptions {
  int jobs = 0;                // 0: all cores
  bool replace_known = false;  // re-tag reports already stored (reindex)
  extractor::Options extract;
  isolation::Limits limits;  // per file: wall clock (and CPU), memory
  // Whether the readers analyse the words for the full-text index (the writer
  // then only hands their tokens to FTS5). Unset: when the readers take every
  // core, so that the one writer is not what limits -j N.
  std::optional<bool> readers_tokenize;
};

// Re-tags every stored report from its file with the current rules; a file
// that is gone or changed is reported as failed and the stored report kept.
IngestSummary reindex(Archive& archive, const rules::RuleSet& rules, const IngestOptions& options,
                      const std::function<void(const IngestEvent&)>& progress);

IngestSummary ingest(Archive& archive, const std::vector<std::string>& pdfs,
                     const rules::RuleSet& rules, const IngestOptions& options,
                     const std::function<void(const IngestEvent&)>& progress);

}  // namespace gransk::index
