// Who signed or wrote the report: first names from the word list, a name once
// with the role it came with, a line of titles under a name; and names read
// from a line of several names, as
// a cover or a signature block sets them side by side ("Bo Thörn Carl-Magnus
// Stensson", "Lars Edgren Stefan Knutsson Eva Andlert, Certifierade kommunala
// revisorer", "Kerstin Svensson, Cert. kommunal revisor Johan Sjöberg").
#include <re2/re2.h>

#include <array>
#include <fstream>
#include <set>

#include "gransk/corpus/kommuner.h"
#include "report_internal.h"

namespace gransk::corpus::detail {

bool is_title_word(const std::string& word) {
  static const std::array<std::string_view, 8> whole = {
      "cert", "certifierad", "certifierade", "auktoriserad",
      "vice", "kommunal",    "kommunala",    "senior"};
  static const std::array<std::string_view, 14> endings = {
      "chef",        "direktör",    "revisor",  "revisorer", "ledare",     "konsult", "ordförande",
      "sekreterare", "handläggare", "utredare", "strateg",   "controller", "ekonom",  "biträde"};
  const std::string w = lower(word);
  for (std::string_view x : whole)
    if (w == x) return true;
  for (std::string_view e : endings)
    if (w.size() >= e.size() && w.compare(w.size() - e.size(), e.size(), e) == 0) return true;
  return false;
}

std::vector<std::string> names_in_line(std::string_view line) {
  // Capitalised words, roles and separators only: a line with any other word
  // is prose, and a name in prose is no signature.
  static const RE2 token(
      "(\\p{Lu}\\p{Ll}+(?:-\\p{Lu}\\p{Ll}+)?|\\p{Lu}{1,4}-\\p{Ll}+|\\p{Ll}+)(\\.?)(,?)\\s*|([,/"
      "&–-])\\s*");
  std::vector<std::vector<std::string>> runs(1);
  re2::StringPiece rest(line.data(), line.size());
  std::string word, dot, comma, separator;
  while (!rest.empty()) {
    if (!RE2::Consume(&rest, token, &word, &dot, &comma, &separator)) return {};
    if (!separator.empty()) {
      runs.emplace_back();
      continue;
    }
    const bool capital = word != lower(word);
    if (is_title_word(word)) {
      runs.emplace_back();
      continue;
    }
    if (!capital || !dot.empty()) return {};  // "och", "Larsson." in a sentence
    runs.back().push_back(word);
    if (!comma.empty()) runs.emplace_back();
  }
  // Within a run, a first name begins a new name once the current one has a
  // surname: "Bo Thörn Carl-Magnus Stensson" is two, "Anna Maria Svensson" one.
  // Words before the first first name are a unit's name ("Revisionsenheten").
  std::vector<std::string> out;
  for (const auto& run : runs) {
    std::vector<std::vector<std::string>> names;
    for (const std::string& w : run) {
      const bool starts = is_first_name(w);
      if (names.empty() && !starts) continue;
      if (names.empty() || (names.back().size() >= 2 && starts)) names.emplace_back();
      names.back().push_back(w);
    }
    for (const auto& n : names) {
      if (n.size() < 2 || n.size() > 3) continue;
      std::string name = n[0];
      for (size_t i = 1; i < n.size(); ++i) name += " " + n[i];
      if (looks_like_a_name(name)) out.push_back(name);
    }
  }
  return out;
}

// Capitalised entries of the system word list (wswedish): first names
// ("Inger", "Mattias") and places, told from the lower-case common words.
const std::set<std::string>& capitalised_words() {
  static const std::set<std::string> names = [] {
    std::set<std::string> out;
    std::ifstream in("/usr/share/dict/swedish");
    // The list is Latin-1 ("Örjan" is \xD6rjan): names are compared in UTF-8.
    for (std::string w; std::getline(in, w);) {
      const unsigned char c = w.empty() ? 0 : static_cast<unsigned char>(w[0]);
      if (!(std::isupper(c) || (c >= 0xC0 && c <= 0xDE)) || w.find(' ') != std::string::npos)
        continue;
      std::string utf8;
      for (const char ch : w) {
        const unsigned char b = static_cast<unsigned char>(ch);
        if (b < 0x80) {
          utf8 += ch;
        } else {
          utf8 += static_cast<char>(0xC0 | (b >> 6));
          utf8 += static_cast<char>(0x80 | (b & 0x3F));
        }
      }
      out.insert(utf8);
    }
    return out;
  }();
  return names;
}

// "Mattias Haraldsson", not "Region Norrbotten" or "Skellefteå Kommun": a
// capitalised first word of the word list that is no place of the kommun table.
bool is_first_name(const std::string& word) {
  const bool hyphenated = word.find('-') != std::string::npos;  // "Per-Anders"
  return (hyphenated || capitalised_words().count(word)) &&
         KommunRegister::shared().by_name(word) == nullptr;
}

bool looks_like_a_name(const std::string& text) {
  const size_t sp = text.find(' ');
  if (sp == std::string::npos) return false;
  const std::string first = text.substr(0, sp);
  return is_first_name(first) && KommunRegister::shared().by_name(text) == nullptr;
}

// A name once; "Saur Hedlund" (read before a role) gives way to "Marianne Saur
// Hedlund" (the whole line read), keeping the role it was found with.
void add_signatory(Report& r, Signatory s) {
  for (Signatory& x : r.signatories) {
    if (x.name == s.name || x.name.ends_with(" " + s.name)) {
      if (x.role.empty()) x.role = s.role;
      return;
    }
    if (s.name.ends_with(" " + x.name)) {
      x.name = s.name;
      if (x.role.empty()) x.role = s.role;
      return;
    }
  }
  r.signatories.push_back(std::move(s));
}

// The block after `block` when it holds titles only ("Cert. kommunal revisor",
// "Revisionskonsult"), else "".
std::string title_line_after(const nlp::CleanDocument& clean, int block) {
  if (block < 0 || static_cast<size_t>(block) + 1 >= clean.blocks.size()) return "";
  const nlp::Span s = clean.blocks[static_cast<size_t>(block) + 1].span;
  const std::string text(std::string_view(clean.text).substr(s.begin, s.size()));
  const std::vector<std::string> words = words_of(text);
  if (words.empty() || words.size() > 5) return "";
  for (const std::string& w : words)
    if (!is_title_word(w)) return "";
  return text;
}

// "Flodin Vice" from "Ingrid Flodin Vice ordförande": a title (or a place) is no name.
bool has_role_word(const std::string& name) {
  static const std::set<std::string> places = {"kommun", "region", "stad"};
  for (const std::string& w : words_of(name))
    if (is_title_word(w) || places.count(w)) return true;
  return false;
}

}  // namespace gransk::corpus::detail
