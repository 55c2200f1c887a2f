// Fuzzed search input -> the query parser and a real search on a small
// in-memory archive, so FTS5 and the Swedish tokenizer execute the expression.
// Line 1 is the query; lines 2-4, if there, the typ, kommun and bedömning
// filters (as the web page and a batch file pass them). A query the parser
// accepts must be one FTS5 accepts: the parser promises no raw FTS5 syntax.
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

#include "check.h"
#include "gransk/index/search.h"
#include "gransk/index/swedish_tokenizer.h"

namespace {

using namespace gransk::index;

StoredEntry entry(std::string type, std::string text, std::optional<std::string> verdict = {}) {
  StoredEntry e;
  e.type = std::move(type);
  e.text = std::move(text);
  e.verdict = std::move(verdict);
  e.page = 2;
  e.span_end = e.text.size();
  e.section = "2 Iakttagelser";
  return e;
}

const Archive& archive() {
  static const std::unique_ptr<Archive> a = [] {
    std::string error;
    std::unique_ptr<Archive> db = Archive::open(":memory:", error);
    FUZZ_CHECK(db != nullptr);
    ReportRecord r;
    r.organisation = "Skinnskattebergs kommun";
    r.kommunkod = "1904";
    r.year = 2024;
    r.firm = "KPMG";
    r.title = "Granskning av informationssäkerhet";
    r.report_type = "granskning";
    r.pages = 12;
    r.entries = {
        entry("fraga", "Finns det en ändamålsenlig styrning av informationssäkerhetsarbetet?",
              "delvis"),
        entry("rekommendation", "Ta fram en risk- och sårbarhetsanalys för it-säkerhet."),
        entry("text", "Vi bedömer att kommunstyrelsen inte har säkerställt en intern kontroll."),
    };
    for (const StoredEntry& e : r.entries) r.body += e.text + "\n";
    FUZZ_CHECK(db->store("a1", "skinnskatteberg.pdf", r, error));
    r.organisation = "Piteå kommun";
    r.kommunkod = "2581";
    r.year = 2022;
    r.report_type = "uppfoljning";
    r.entries = {entry("uppfoljning", "Rekommendationen om riskanalys har hörsammats.", "ja")};
    r.body = r.entries[0].text;
    FUZZ_CHECK(db->store("b2", "pitea.pdf", r, error));
    return db;
  }();
  return *a;
}

void check_tokens(const std::vector<IndexToken>& tokens, std::string_view text) {
  for (const IndexToken& t : tokens) FUZZ_CHECK(t.begin <= t.end && t.end <= text.size());
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view input(reinterpret_cast<const char*>(data), size);
  std::string lines[4];
  size_t from = 0;
  for (int i = 0; i < 4 && from <= input.size(); ++i) {
    const size_t nl = i < 3 ? std::min(input.find('\n', from), input.size()) : input.size();
    lines[i] = std::string(input.substr(from, nl - from));
    from = nl + 1;
  }
  const std::string& query = lines[0];
  check_tokens(analyse_for_query(query), query);
  check_tokens(analyse_for_index(query), query);
  entry_type(query);

  std::string hint;
  const std::optional<std::string> fts = to_fts5(query, hint);
  FUZZ_CHECK(fts || !hint.empty());  // a refusal always says why
  SearchFilters filters;
  filters.typ = lines[1];
  filters.kommun = lines[2];
  filters.bedomning = lines[3];
  const bool filters_ok = (filters.typ.empty() || entry_type(filters.typ)) &&
                          (filters.bedomning.empty() || filters.bedomning == "ja" ||
                           filters.bedomning == "delvis" || filters.bedomning == "nej");
  for (const bool facets : {true, false}) {
    SearchResult result;
    std::string error;
    const bool ok = search(archive(), query, filters, 5, facets, result, error);
    if (fts && filters_ok) FUZZ_CHECK(ok);  // else FTS5 read something the parser let through
    FUZZ_CHECK(ok || !error.empty());
    FUZZ_CHECK(static_cast<int>(result.hits.size()) <= 5 && result.total >= 0);
  }
  return 0;
}
