// The organisation a report is about, from how a rule found it written: the
// kind word and the official name ("Tierp kommun" -> "Tierps kommun").
#include <array>

#include "gransk/corpus/kommuner.h"
#include "report_internal.h"

namespace gransk::corpus::detail {

// "Skinnskattebergs kommuns" -> "Skinnskattebergs kommun"; "Lessebo Kommun" -> "Lessebo kommun".
Organisation organisation_from(const std::string& written) {
  static const std::array<std::pair<const char*, const char*>, 6> kinds = {{
      {"kommunalförbund", "kommunalförbund"},
      {"förbund", "kommunalförbund"},
      {"region", "region"},
      {"myndighet", "myndighet"},
      {"kommun", "kommun"},
      {"stad", "kommun"},
  }};
  Organisation o;
  std::vector<std::string> words = split_words(written);
  if (words.empty()) return o;
  std::string last = lower(words.back());
  const std::string first = lower(words.front());
  // "Landstinget i Östergötland", "Västernorrlands läns landsting", "Västra
  // Götalandsregionen": regions by their older or compound names.
  if (first == "räddningstjänsten" || first == "samordningsförbundet" ||
      first == "kommunalförbundet") {
    o.kind = "kommunalförbund";
    o.name = written;
    return o;
  }
  if (first == "landstinget" || last == "landsting" || last == "landstinget" ||
      (words.size() <= 3 && last.size() > 8 && last.rfind("regionen") == last.size() - 8)) {
    o.kind = "region";
    o.name = written;
    return o;
  }
  // A housing association or a company is no kommun, whatever kommun it names.
  // The schema has no kind for an ekonomisk förening: a company is the closest.
  if (first == "brf" || first.rfind("bostadsrättsförening", 0) == 0) {
    o.kind = "bolag";
    o.name = written;
    return o;
  }
  if (last == "ab" || last == "ab:s" || last == "aktiebolag") {
    o.kind = "bolag";
    o.name = written;
    if (last == "ab:s") o.name = written.substr(0, written.size() - 2);
    return o;
  }
  o.kind = "myndighet";
  for (const auto& [word, kind] : kinds) {
    const std::string w = word;
    if (last == w || last == w + "s") {
      o.kind = kind;
      words.back() = w;  // nominative, lower case as in running text
      break;
    }
    if (lower(words.front()) == w) {  // "Region Skåne", "Myndigheten för …"
      o.kind = kind;
      // "Region Gävleborgs revisorer": the genitive's s is not part of the name.
      std::string& end = words.back();
      if (kind == std::string("region") && words.size() >= 2 && end.size() > 2 &&
          end.back() == 's' && end[end.size() - 2] != 's')
        end.pop_back();
      break;
    }
  }
  for (size_t i = 0; i < words.size(); ++i) o.name += (i ? " " : "") + words[i];
  if (o.kind == "kommun" && words.size() >= 2) {
    std::string place;
    for (size_t i = 0; i + 1 < words.size(); ++i) place += (i ? " " : "") + words[i];
    if (const Kommun* k = KommunRegister::shared().by_name(place)) {
      o.code = k->code;
      o.name = official_name(k->name, words.back());
    }
  }
  return o;
}

}  // namespace gransk::corpus::detail
