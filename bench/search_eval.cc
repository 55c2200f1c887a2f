// Search quality of Gransk's tokenizer against FTS5's unicode61 and porter on
// the same archive entries: recall@10 and MRR over bench/queries.tsv.
//   gransk-search-eval ARCHIVE.sqlite bench/queries.tsv
#include <re2/re2.h>
#include <sqlite3.h>

#include <cstdio>
#include <fstream>
#include <set>
#include <string>
#include <vector>

#include "gransk/index/search.h"
#include "gransk/index/swedish_tokenizer.h"

namespace {

struct Query {
  std::string text, relevant;
};

bool exec(sqlite3* db, const std::string& sql) {
  char* err = nullptr;
  if (sqlite3_exec(db, sql.c_str(), nullptr, nullptr, &err) == SQLITE_OK) return true;
  std::fprintf(stderr, "%s\n", err ? err : "?");
  sqlite3_free(err);
  return false;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 3) {
    std::fprintf(stderr, "användning: gransk-search-eval ARKIV.sqlite queries.tsv\n");
    return 2;
  }
  sqlite3* db = nullptr;
  if (sqlite3_open_v2(argv[1], &db, SQLITE_OPEN_READWRITE, nullptr) != SQLITE_OK) return 1;
  std::string error;
  if (!gransk::index::register_swedish_tokenizer(db, error)) return 1;

  // The same content under three tokenizers, in memory.
  const std::vector<std::pair<std::string, std::string>> tokenizers = {
      {"gransk", "gransk"}, {"unicode61", "unicode61"}, {"porter", "porter unicode61"}};
  exec(db, "ATTACH ':memory:' AS eval");
  for (const auto& [name, spec] : tokenizers) {
    exec(db, "CREATE VIRTUAL TABLE eval." + name + " USING fts5(text, tokenize='" + spec + "')");
    exec(db, "INSERT INTO eval." + name + "(rowid, text) SELECT id, text FROM main.entries");
  }

  std::vector<Query> queries;
  std::ifstream in(argv[2]);
  for (std::string line; std::getline(in, line);) {
    if (line.empty() || line[0] == '#') continue;
    const size_t tab = line.find('\t');
    if (tab != std::string::npos) queries.push_back({line.substr(0, tab), line.substr(tab + 1)});
  }

  std::printf("%-32s %5s", "fråga", "rel.");
  for (const auto& t : tokenizers) std::printf("  %9s R@10  MRR", t.first.c_str());
  std::printf("\n");
  std::vector<double> recall_sum(tokenizers.size()), mrr_sum(tokenizers.size());
  int counted = 0;
  for (const Query& q : queries) {
    RE2::Options o;
    o.set_case_sensitive(false);
    const RE2 relevant(q.relevant, o);
    std::set<long long> rel;
    sqlite3_stmt* s = nullptr;
    sqlite3_prepare_v2(db, "SELECT id, text FROM main.entries", -1, &s, nullptr);
    while (sqlite3_step(s) == SQLITE_ROW)
      if (RE2::PartialMatch(reinterpret_cast<const char*>(sqlite3_column_text(s, 1)), relevant))
        rel.insert(sqlite3_column_int64(s, 0));
    sqlite3_finalize(s);
    if (rel.empty()) continue;
    ++counted;
    std::string hint;
    const auto fts = gransk::index::to_fts5(q.text, hint);
    std::printf("%-32s %5zu", q.text.c_str(), rel.size());
    for (size_t t = 0; t < tokenizers.size(); ++t) {
      const std::string sql = "SELECT rowid FROM eval." + tokenizers[t].first + " WHERE " +
                              tokenizers[t].first + " MATCH ?1 ORDER BY bm25(" +
                              tokenizers[t].first + ") LIMIT 10";
      sqlite3_prepare_v2(db, sql.c_str(), -1, &s, nullptr);
      sqlite3_bind_text(s, 1, fts ? fts->c_str() : "", -1, SQLITE_TRANSIENT);
      int rank = 0, found = 0, first = 0;
      while (sqlite3_step(s) == SQLITE_ROW) {
        ++rank;
        if (rel.count(sqlite3_column_int64(s, 0))) {
          ++found;
          if (!first) first = rank;
        }
      }
      sqlite3_finalize(s);
      const double recall = static_cast<double>(found) / std::min<size_t>(10, rel.size());
      const double mrr = first ? 1.0 / first : 0.0;
      recall_sum[t] += recall;
      mrr_sum[t] += mrr;
      std::printf("  %9s %4.2f %4.2f", "", recall, mrr);
    }
    std::printf("\n");
  }
  std::printf("\n%d frågor med minst en relevant post\n", counted);
  for (size_t t = 0; t < tokenizers.size(); ++t)
    std::printf("%-10s recall@10 %.3f  MRR %.3f\n", tokenizers[t].first.c_str(),
                recall_sum[t] / counted, mrr_sum[t] / counted);
  sqlite3_close(db);
  return 0;
}
