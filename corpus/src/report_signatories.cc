// Who signed or wrote the report: names read from a line of several names, as
// a cover or a signature block sets them side by side ("Bo Thörn Carl-Magnus
// Stensson", "Lars Edgren Stefan Knutsson Eva Andlert, Certifierade kommunala
// revisorer", "Kerstin Svensson, Cert. kommunal revisor Johan Sjöberg").
#include <re2/re2.h>

#include <array>

#include "report_internal.h"

namespace gransk::corpus::detail {

bool is_title_word(const std::string& word) {
  static const std::array<std::string_view, 8> whole = {
      "cert", "certifierad", "certifierade", "auktoriserad", "vice", "kommunal", "kommunala",
      "senior"};
  static const std::array<std::string_view, 14> endings = {
      "chef",    "direktör",   "revisor",  "revisorer", "ledare",  "konsult", "ordförande",
      "sekreterare", "handläggare", "utredare", "strateg", "controller", "ekonom", "biträde"};
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
  static const RE2 token("(\\p{Lu}\\p{Ll}+(?:-\\p{Lu}\\p{Ll}+)?|\\p{Lu}{1,4}-\\p{Ll}+|\\p{Ll}+)(\\.?)(,?)\\s*|([,/&–-])\\s*");
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

}  // namespace gransk::corpus::detail
