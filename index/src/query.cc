// The revisor's query syntax -> an FTS5 expression with every term quoted.
#include <algorithm>
#include <cctype>

#include "gransk/corpus/vocabulary.h"
#include "gransk/index/search.h"
#include "gransk/nlp/nlp.h"

namespace gransk::index {
namespace {

struct Item {
  enum Kind { Term, Or } kind = Term;
  std::string fts;  // quoted FTS5 phrase, maybe with a trailing *
  bool negative = false;
};

std::string quoted(const std::string& s) {
  std::string out = "\"";
  for (char c : s) {
    if (c == '"') continue;
    out += c;
  }
  return out + "\"";
}

// Words in a term or phrase: each is one token for FTS5 to look up.
int words_in(const std::string& s) {
  int n = 0;
  bool in_word = false;
  for (const char c : s) {
    const bool space = std::isspace(static_cast<unsigned char>(c));
    if (!space && !in_word) ++n;
    in_word = !space;
  }
  return n;
}

}  // namespace

std::optional<std::string> to_fts5(const std::string& written, std::string& hint) {
  if (written.size() > kMaxQueryBytes) {
    hint = "Sökfrågan är för lång: " + std::to_string(written.size()) + " byte (högst " +
           std::to_string(kMaxQueryBytes) + "). Sök på färre ord eller dela upp sökningen.";
    return std::nullopt;
  }
  // A NUL (from a web form's %00 or a UTF-16 batch file) separates words like
  // a space: FTS5 reads its expression only up to the first NUL.
  std::string query = written;
  std::replace(query.begin(), query.end(), '\0', ' ');
  std::vector<Item> items;
  size_t i = 0;
  while (i < query.size()) {
    if (std::isspace(static_cast<unsigned char>(query[i]))) {
      ++i;
      continue;
    }
    bool negative = false;
    if (query[i] == '-' && i + 1 < query.size() &&
        !std::isspace(static_cast<unsigned char>(query[i + 1]))) {
      negative = true;
      ++i;
    }
    if (query[i] == '"') {
      const size_t close = query.find('"', i + 1);
      if (close == std::string::npos) {
        hint = "Ett citattecken saknar sin avslutning. Skriv en fras så här: \"intern kontroll\".";
        return std::nullopt;
      }
      const std::string phrase = query.substr(i + 1, close - i - 1);
      if (phrase.find_first_not_of(" \t") == std::string::npos) {
        hint = "Frasen mellan citattecknen är tom.";
        return std::nullopt;
      }
      items.push_back({Item::Term, quoted(phrase), negative});
      i = close + 1;
      continue;
    }
    size_t j = i;
    while (j < query.size() && !std::isspace(static_cast<unsigned char>(query[j]))) ++j;
    std::string word = query.substr(i, j - i);
    i = j;
    if (word == "OR" && !negative) {
      items.push_back({Item::Or, "", false});
      continue;
    }
    const bool prefix = !word.empty() && word.back() == '*';
    if (prefix) word.pop_back();
    if (word.find('*') != std::string::npos || word.empty()) {
      hint = "En asterisk hör till slutet av ett ord, t.ex. riskanal*.";
      return std::nullopt;
    }
    items.push_back({Item::Term, quoted(word) + (prefix ? "*" : ""), negative});
  }

  int terms = 0;
  for (const Item& it : items) terms += it.kind == Item::Term ? words_in(it.fts) : 0;
  if (terms > kMaxQueryTerms) {
    hint = "Sökfrågan har för många sökord: " + std::to_string(terms) + " (högst " +
           std::to_string(kMaxQueryTerms) + "). Sök på färre ord eller dela upp sökningen.";
    return std::nullopt;
  }

  // Group "a OR b" chains; terms side by side must all be found; -terms must not.
  std::vector<std::string> groups, negatives;
  for (size_t k = 0; k < items.size(); ++k) {
    const Item& it = items[k];
    if (it.kind == Item::Or) {
      const bool ok = k > 0 && k + 1 < items.size() && items[k - 1].kind == Item::Term &&
                      items[k + 1].kind == Item::Term && !items[k - 1].negative &&
                      !items[k + 1].negative;
      if (!ok) {
        hint = "OR behöver ett sökord på båda sidor, t.ex. riskanalys OR sårbarhetsanalys.";
        return std::nullopt;
      }
      continue;
    }
    if (it.negative) {
      negatives.push_back(it.fts);
    } else if (k >= 2 && items[k - 1].kind == Item::Or) {
      groups.back() += " OR " + it.fts;
    } else {
      groups.push_back(it.fts);
    }
  }
  if (groups.empty()) {
    hint = "Frågan behöver minst ett sökord som ska finnas med, t.ex. riskanalys -brand.";
    return std::nullopt;
  }
  std::string expr;
  for (const std::string& g : groups) {
    if (!expr.empty()) expr += " AND ";
    expr += g.find(" OR ") == std::string::npos ? g : "(" + g + ")";
  }
  if (!negatives.empty()) {
    expr = "(" + expr + ")";
    for (const std::string& n : negatives) expr += " NOT " + n;
  }
  return expr;
}

std::optional<std::string> entry_type(const std::string& written) {
  if (const auto t = corpus::entry_type_from_text(written)) return std::string(corpus::key(*t));
  return std::nullopt;
}

}  // namespace gransk::index
