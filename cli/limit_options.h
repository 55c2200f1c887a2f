// --tid, --minne and --ocr, shared by the commands that read PDFs (extract, ingest,
// reindex): the limits each file is read under in its own child process.
#pragma once

#include <CLI/CLI.hpp>
#include <string>

#include "gransk/extractor/extractor.h"
#include "gransk/isolation/isolation.h"

namespace gransk::cli {

struct LimitOptions {
  int time_limit_s = 60;
  int memory_mb = 1024;
  std::string ocr = "auto";  // --ocr auto|alltid|aldrig
};

void add_limit_options(CLI::App* cmd, LimitOptions& o);
// Prints a Swedish error and returns false when a limit is out of range.
bool check_limits(const std::string& command, const LimitOptions& o);
isolation::Limits to_limits(const LimitOptions& o);
// How each file is read: the time limit and the OCR mode.
extractor::Options to_extract_options(const LimitOptions& o);

// --soktid, shared by search and serve: how long one query may run before it
// is stopped with a Swedish answer. A busy machine (an ingest beside it) may
// need more than the default.
void add_search_time_option(CLI::App* cmd, int& seconds);

}  // namespace gransk::cli
