// Search quality of Gransk's tokenizer against FTS5's unicode61 and porter on
// the same archive entries: recall@10 and MRR over bench/queries.tsv.
//   gransk-search-eval ARCHIVE.sqlite bench/queries.tsv
//   gransk-search-eval --latency ARCHIVE.sqlite bench/queries.tsv
//     (the archive's own search, in process: median and p95 over the queries)
#include <re2/re2.h>
#include <sqlite3.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <set>
#include <string>
#include <vector>

#include "connection.h"  // index/src: the tokenizer on a raw connection
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

std::vector<Query> read_queries(const char* path) {
  std::vector<Query> queries;
  std::ifstream in(path);
  for (std::string line; std::getline(in, line);) {
    if (line.empty() || line[0] == '#') continue;
    const size_t tab = line.find('\t');
    if (tab != std::string::npos) queries.push_back({line.substr(0, tab), line.substr(tab + 1)});
  }
  return queries;
}

int latency(const char* archive_path, const char* queries_path) {
  std::string error;
  auto archive = gransk::index::Archive::open(archive_path, error);
  if (!archive) {
    std::fprintf(stderr, "%s\n", error.c_str());
    return 1;
  }
  const std::vector<Query> queries = read_queries(queries_path);
  struct Kind {
    bool facets;
    int limit;
    const char* name;
  };
  // The CLI's default, with facets, and the web page's search (20 hits with facets).
  for (const Kind k : {Kind{false, 20, ""}, Kind{true, 20, " med fasetter"}}) {
    const bool facets = k.facets;
    std::vector<double> ms;
    for (int round = 0; round < 3; ++round)  // the first round warms the page cache
      for (const Query& q : queries) {
        gransk::index::SearchResult r;
        const auto t0 = std::chrono::steady_clock::now();
        gransk::index::search(*archive, q.text, {}, k.limit, facets, r, error);
        const auto t1 = std::chrono::steady_clock::now();
        if (round > 0) ms.push_back(std::chrono::duration<double, std::milli>(t1 - t0).count());
      }
    std::sort(ms.begin(), ms.end());
    std::printf("sökning%s: median %.1f ms, p95 %.1f ms, max %.1f ms (%zu sökningar)\n", k.name,
                ms[ms.size() / 2], ms[ms.size() * 95 / 100], ms.back(), ms.size());
  }
  return 0;
}

int main(int argc, char** argv) {
  if (argc == 4 && std::string(argv[1]) == "--latency") return latency(argv[2], argv[3]);
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

  const std::vector<Query> queries = read_queries(argv[2]);

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
