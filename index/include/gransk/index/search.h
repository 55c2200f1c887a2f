// Searching the archive: the query syntax revisorer type (words, "phrases",
// OR, -word, prefix*), filters, facets, bm25 ranking with findings weighted
// above passages.
#pragma once

#include <chrono>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "gransk/index/archive.h"

namespace gransk::index {

struct SearchFilters {
  std::string kommun;      // name ("Piteå") or kommunkod ("2581")
  std::string lan;         // part of the län's name ("Västmanland")
  std::string firma;       // audit firm
  std::string typ;         // fraga, bedomning, rekommendation, uppfoljning, svarsbegaran, text
  std::string bedomning;   // ja, delvis, nej
  std::string rapporttyp;  // the report's kind: granskning, uppföljande granskning, annat …
  std::optional<int> year_from, year_to;
};

// A snippet marks each matched term with these (control characters, which
// never occur in the clean text): the CLI shows «…», the web page <mark>.
inline constexpr char kMatchStart = '\x02';
inline constexpr char kMatchEnd = '\x03';

struct Hit {
  int64_t entry_id = 0, report_id = 0;
  std::string type, text, snippet, verdict, section;
  std::string organisation, kommunkod, lan, firm, title, report_type;
  std::string path;  // the report's PDF as it was ingested
  std::optional<int> year;
  int page = 0;
  double score = 0;
  // Filled for exports by add_register_ids (gransk/index/register.h).
  std::string item_id, status;
};

struct Facet {
  std::string value;
  int count = 0;
};

struct SearchResult {
  std::vector<Hit> hits;
  int total = 0;
  // kommun, lan, ar, firma, typ, bedomning, rapporttyp
  std::map<std::string, std::vector<Facet>> facets;
  bool timed_out = false;  // stopped by the time limit: the archive is busy or the query wide
};

// What one query may cost: longer or wordier queries are refused before they
// run, and a query still running after the time limit is stopped (a page, a
// batch or a script must get an answer, not a hang).
inline constexpr size_t kMaxQueryBytes = 1000;
// An export (CSV, JSON, a batch) is every hit, up to this many per query.
inline constexpr int kExportLimit = 100000;
inline constexpr int kMaxQueryTerms = 32;  // words, counting those in phrases and -words
inline constexpr std::chrono::milliseconds kSearchTimeLimit{2000};  // the default; --soktid

// The user's query as an FTS5 expression; nullopt and a Swedish `hint` if the
// query cannot be read or is over the limits above. Every term is quoted, so
// no input reaches FTS5 raw.
std::optional<std::string> to_fts5(const std::string& query, std::string& hint);

// Entry types as a revisor writes them ("fråga", "Rekommendation") -> the stored key.
std::optional<std::string> entry_type(const std::string& written);

// Hits, total and facets are read in one snapshot (one read transaction).
bool search(const Archive& archive, const std::string& query, const SearchFilters& filters,
            int limit, bool with_facets, SearchResult& out, std::string& error,
            std::chrono::milliseconds time_limit = kSearchTimeLimit);

}  // namespace gransk::index
