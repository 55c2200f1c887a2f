#include "gransk/index/swedish_tokenizer.h"

#include <sqlite3.h>

#include <algorithm>
#include <array>
#include <cstring>
#include <unordered_map>

#include "connection.h"
#include "gransk/nlp/nlp.h"

namespace gransk::index {
namespace {

struct Term {
  std::string folded;  // hyphen parts joined: "it-säkerhet" -> "itsäkerhet"
  size_t begin = 0, end = 0;
  std::string ellipsis_key;               // "risk-" + "och sårbarhetsanalys" -> "riskanalys"
  std::vector<std::string> hyphen_parts;  // "it-stöd" -> "it", "stöd"
};

bool is_conjunction(const std::string& w) {
  static const std::array<std::string_view, 4> words = {"och", "eller", "samt", "respektive"};
  return std::find(words.begin(), words.end(), w) != words.end();
}

// Words, with hyphenated compounds joined and hyphen ellipses resolved.
std::vector<Term> terms_of(std::string_view text) {
  const std::vector<nlp::Token> tokens = nlp::tokenize(text);
  std::vector<Term> out;
  for (size_t i = 0; i < tokens.size(); ++i) {
    const nlp::Token& t = tokens[i];
    if (t.hyphen_before && !out.empty() && out.back().end + 1 == t.span.begin) {
      Term& term = out.back();
      if (term.hyphen_parts.empty()) term.hyphen_parts.push_back(term.folded);
      term.hyphen_parts.push_back(t.folded);
      term.folded += t.folded;
      term.end = t.span.end;
      continue;
    }
    out.push_back({t.folded, t.span.begin, t.span.end, {}, {}});
  }
  const nlp::CompoundSplitter& splitter = nlp::CompoundSplitter::shared();
  for (size_t i = 0; i + 2 < out.size(); ++i) {
    // "risk- och sårbarhetsanalys": "risk" borrows the head of the compound.
    const Term& t = out[i];
    const bool dangling = t.end < text.size() && text[t.end] == '-' &&
                          (t.end + 1 == text.size() || text[t.end + 1] == ' ');
    if (!dangling || !is_conjunction(out[i + 1].folded)) continue;
    const std::vector<std::string> parts = splitter.split(out[i + 2].folded);
    if (!parts.empty()) out[i].ellipsis_key = search_key(t.folded + parts.back());
  }
  return out;
}

struct Emitter {
  std::vector<IndexToken>& out;
  void operator()(const std::string& s, size_t b, size_t e, bool colocated) {
    if (s.empty()) return;
    if (colocated) {
      // A colocated token equal to one already at this position adds nothing.
      for (auto it = out.rbegin(); it != out.rend(); ++it) {
        if (it->text == s) return;
        if (!it->colocated) break;
      }
    }
    out.push_back({s, b, e, colocated});
  }
};

}  // namespace

namespace {

// A word's key and compound parts, remembered per thread: reports repeat the
// same words endlessly and the splitter is the tokenizer's main cost.
struct WordAnalysis {
  std::string key;
  std::vector<std::string> parts;  // each part followed by its key
};

std::string compute_key(std::string_view w) {
  const nlp::CompoundSplitter& splitter = nlp::CompoundSplitter::shared();
  const std::string base = splitter.base_form(w);
  if (splitter.known(base)) return base;
  thread_local nlp::Stemmer stemmer;
  return stemmer.stem(w);
}

// A compound the word list lacks gets Snowball's stem, which parts its forms
// ("leverantörsreskontra" -> "leverantörsreskontr", while
// "leverantörsreskontran" stays as it is). Its key is then its head as written
// with the last part in base form: "leverantörsreskontra" for both. `parts`
// are the word's compound parts (none if it is no compound).
std::string word_key(const std::string& w, const std::vector<std::string>& parts) {
  const nlp::CompoundSplitter& splitter = nlp::CompoundSplitter::shared();
  if (!parts.empty() && !splitter.known(splitter.base_form(w)))
    for (size_t k = w.size() - 1; k >= 2; --k) {
      if ((static_cast<unsigned char>(w[k]) & 0xC0) == 0x80) continue;  // inside a character
      const std::string tail = w.substr(k);
      if (tail == parts.back() || splitter.base_form(tail) == parts.back())
        return w.substr(0, k) + parts.back();
    }
  return compute_key(w);
}

const WordAnalysis& analysis_of(const std::string& w) {
  thread_local std::unordered_map<std::string, WordAnalysis> memo;
  if (auto it = memo.find(w); it != memo.end()) return it->second;
  if (memo.size() > 200000) memo.clear();  // bounded memory on huge archives
  const nlp::CompoundSplitter& splitter = nlp::CompoundSplitter::shared();
  WordAnalysis a;
  const std::vector<std::string> parts = splitter.split(w);
  a.key = word_key(w, parts);

  for (const std::string& part : parts) {
    a.parts.push_back(part);
    a.parts.push_back(compute_key(part));
  }
  // Compounds the word begins with: "informationssäkerhetsarbetet" also gives
  // "informationssäkerhet", so that word finds its longer compounds.
  if (parts.size() >= 3) {
    for (size_t k = 6; k + 4 <= w.size(); ++k) {
      if ((static_cast<unsigned char>(w[k]) & 0xC0) == 0x80) continue;  // inside a character
      // A prefix counts when it is itself a compound (word lists rarely hold
      // compounds); a linking -s before the next part is dropped.
      // It must end at a part boundary: the rest is a word of its own.
      const std::string rest = w.substr(k);
      if (!splitter.known(rest) && !splitter.known(splitter.base_form(rest))) continue;
      std::string prefix = w.substr(0, k);
      if (prefix.back() == 's' && splitter.split(prefix.substr(0, k - 1)).size() >= 2)
        prefix.pop_back();
      // Its parts must be the word's own first parts, not a chance reading.
      const std::vector<std::string> head = splitter.split(prefix);
      if (head.size() < 2 || head.size() >= parts.size() ||
          !std::equal(head.begin(), head.end() - 1, parts.begin()))
        continue;
      const std::string key = word_key(prefix, head);
      if (std::find(a.parts.begin(), a.parts.end(), key) == a.parts.end()) a.parts.push_back(key);
    }
  }
  return memo.emplace(w, std::move(a)).first->second;
}

}  // namespace

std::string search_key(std::string_view w) { return analysis_of(std::string(w)).key; }

std::vector<IndexToken> analyse_for_index(std::string_view text) {
  std::vector<IndexToken> out;
  Emitter emit{out};
  for (const Term& t : terms_of(text)) {
    emit(t.folded, t.begin, t.end, false);
    const WordAnalysis& a = analysis_of(t.folded);
    emit(a.key, t.begin, t.end, true);
    for (const std::string& p : a.parts) emit(p, t.begin, t.end, true);
    emit(t.ellipsis_key, t.begin, t.end, true);
    // The words a hyphen joins are found too ("it-stöd" by "stöd"), when they
    // are words: a line-break fragment ("lagstift-ning") is no word of its own.
    const nlp::CompoundSplitter& splitter = nlp::CompoundSplitter::shared();
    for (const std::string& p : t.hyphen_parts)
      if (p.size() >= 2 && splitter.known(splitter.base_form(p)))
        emit(search_key(p), t.begin, t.end, true);
  }
  return out;
}

std::vector<IndexToken> analyse_for_query(std::string_view text) {
  std::vector<IndexToken> out;
  for (const Term& t : terms_of(text)) out.push_back({search_key(t.folded), t.begin, t.end, false});
  return out;
}

// ---- FTS5 glue ----------------------------------------------------------------

namespace {

struct Fts5Swedish {};  // stateless: the analysis is in the functions above

struct Pretokenized {
  std::string_view text;
  const std::vector<IndexToken>* tokens = nullptr;
};
thread_local const Pretokenized* g_pretokenized = nullptr;

int x_create(void*, const char**, int, Fts5Tokenizer** out) {
  *out = reinterpret_cast<Fts5Tokenizer*>(new Fts5Swedish);
  return SQLITE_OK;
}

void x_delete(Fts5Tokenizer* t) { delete reinterpret_cast<Fts5Swedish*>(t); }

int x_tokenize(Fts5Tokenizer*, void* ctx, int flags, const char* text, int n,
               int (*token)(void*, int, const char*, int, int, int)) {
  const std::string_view view(text, static_cast<size_t>(std::max(n, 0)));
  // Prefix queries ("riskanal*") match words as written, so they get the
  // folded surface; other queries get the key; documents get everything.
  std::vector<IndexToken> tokens;
  const std::vector<IndexToken>* given = nullptr;
  if (flags & FTS5_TOKENIZE_DOCUMENT) {
    // The same text the tokens were computed for, or the analysis runs here.
    if (g_pretokenized && g_pretokenized->text == view)
      given = g_pretokenized->tokens;
    else
      tokens = analyse_for_index(view);
  } else if (flags & FTS5_TOKENIZE_PREFIX) {
    for (const auto& t : analyse_for_index(view))
      if (!t.colocated) tokens.push_back(t);
  } else {
    tokens = analyse_for_query(view);
  }
  for (const IndexToken& t : given ? *given : tokens) {
    const int rc =
        token(ctx, t.colocated ? FTS5_TOKEN_COLOCATED : 0, t.text.data(),
              static_cast<int>(t.text.size()), static_cast<int>(t.begin), static_cast<int>(t.end));
    if (rc != SQLITE_OK) return rc;
  }
  return SQLITE_OK;
}

fts5_api* fts5_api_of(sqlite3* db) {
  fts5_api* api = nullptr;
  sqlite3_stmt* stmt = nullptr;
  if (sqlite3_prepare_v2(db, "SELECT fts5(?1)", -1, &stmt, nullptr) == SQLITE_OK) {
    sqlite3_bind_pointer(stmt, 1, reinterpret_cast<void*>(&api), "fts5_api_ptr", nullptr);
    sqlite3_step(stmt);
  }
  sqlite3_finalize(stmt);
  return api;
}

}  // namespace

PretokenizedText::PretokenizedText(std::string_view text, const std::vector<IndexToken>& tokens) {
  // One per thread at a time: the writer indexes one text per statement.
  thread_local Pretokenized slot;
  slot = {text, &tokens};
  g_pretokenized = &slot;
}

PretokenizedText::~PretokenizedText() { g_pretokenized = nullptr; }

bool register_swedish_tokenizer(sqlite3* db, std::string& error) {
  fts5_api* api = fts5_api_of(db);
  if (!api || api->iVersion < 2) {
    error = "SQLite saknar FTS5";
    return false;
  }
  static fts5_tokenizer tokenizer = {x_create, x_delete, x_tokenize};
  if (api->xCreateTokenizer(api, "gransk", nullptr, &tokenizer, nullptr) != SQLITE_OK) {
    error = "kunde inte registrera FTS5-tokeniseraren gransk";
    return false;
  }
  return true;
}

}  // namespace gransk::index
