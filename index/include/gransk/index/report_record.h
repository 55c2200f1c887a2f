// What the archive keeps of one analysed report, flat: the metadata, the
// findings and passages with page, span and rule. An isolated worker builds
// it and sends it to the parent, which alone writes the archive.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "gransk/corpus/analysis.h"
#include "gransk/index/swedish_tokenizer.h"

namespace gransk::index {

struct StoredEntry {
  // fraga, bedomning, rekommendation, uppfoljning, svarsbegaran, or text (a passage)
  std::string type, text;
  std::optional<std::string> verdict, due, rule_id;
  int page = 0;
  uint64_t span_begin = 0, span_end = 0;
  std::string section;
  // What the FTS5 tokenizer makes of `text`, computed by the reader that built
  // the record (ingest's workers): the one writer of -j N then only hands the
  // tokens to FTS5 instead of analysing every word itself. Absent: the writer
  // analyses the text.
  std::optional<std::vector<IndexToken>> index_tokens;
};

struct ReportRecord {
  std::optional<std::string> organisation, org_kind, kommunkod;
  std::optional<int> year;
  std::optional<std::string> date, firm, title, addressee, overall_assessment;
  std::string report_type = "annat";
  int pages = 0;
  std::string body;  // the clean text the spans point into
  std::optional<int> follows_up_year;
  std::optional<std::string> follows_up_title;
  std::vector<StoredEntry> entries;
  std::vector<std::string> warnings;  // damage read past (Swedish)
  std::string ocr;  // "sidorna 3–4 lästa med OCR, 91 %", empty if no page was
};

ReportRecord record_of(const corpus::Analysis& analysis);

// Fills every entry's index_tokens (analyse_for_index of its text).
void add_index_tokens(ReportRecord& record);

// A compact binary form for the pipe; decode is false on anything malformed.
std::string encode(const ReportRecord& record);
bool decode(std::string_view bytes, ReportRecord& record);

}  // namespace gransk::index
