// Swedish sentence segmentation. Rule-based because ICU's sentence breaker has
// no Swedish abbreviation list: "bl.a. Kommunstyrelsen" must not end a sentence.
#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <array>
#include <cctype>

#include "gransk/nlp/nlp.h"

namespace gransk::nlp {
namespace {

// Lower-case abbreviations without their final period.
constexpr std::array<std::string_view, 44> kAbbreviations = {
    "bl.a", "t.ex",   "m.m",   "d.v.s", "dvs",   "kap", "st",  "nr",    "s",    "jfr",  "ca",
    "resp", "fr.o.m", "t.o.m", "m.fl",  "o.d",   "osv", "etc", "p",     "prop", "sek",  "kl",
    "tel",  "ang",    "inkl",  "exkl",  "f.d",   "t.v", "s.k", "m.a.o", "f.n",  "bet",  "dnr",
    "mkr",  "tkr",    "milj",  "mnkr",  "o.s.v", "e.d", "fig", "tab",   "avs",  "uppl", "forts"};

UChar32 code_point_at(std::string_view t, size_t i) {
  int32_t pos = static_cast<int32_t>(i);
  UChar32 c;
  U8_NEXT(reinterpret_cast<const uint8_t*>(t.data()), pos, static_cast<int32_t>(t.size()), c);
  return c;
}

bool is_abbreviation_before(std::string_view t, size_t dot) {
  size_t b = dot;
  while (b > 0 && t[b - 1] != ' ' && t[b - 1] != '\n' && t[b - 1] != '\t' && t[b - 1] != '(') --b;
  std::string word(t.substr(b, dot - b));
  std::transform(word.begin(), word.end(), word.begin(),
                 [](unsigned char c) { return std::tolower(c); });
  if (std::find(kAbbreviations.begin(), kAbbreviations.end(), word) != kAbbreviations.end())
    return true;
  // A single capital letter is an initial ("P. Andersson").
  return word.size() == 1 && std::isalpha(static_cast<unsigned char>(t[b])) &&
         std::isupper(static_cast<unsigned char>(t[b]));
}

// Could a sentence start at byte i?
bool starts_sentence(std::string_view t, size_t i) {
  if (i >= t.size()) return true;
  const UChar32 c = code_point_at(t, i);
  return u_isupper(c) || u_istitle(c) || u_isdigit(c) || c == '"' || c == '(' || c == 0x2022 ||
         c == 0x2013 || c == 0x00A7;
}

}  // namespace

std::vector<Span> split_sentences(std::string_view t) {
  std::vector<Span> out;
  size_t start = 0;
  auto emit = [&](size_t end) {
    size_t b = start, e = end;
    while (b < e && (t[b] == ' ' || t[b] == '\n' || t[b] == '\t')) ++b;
    while (e > b && (t[e - 1] == ' ' || t[e - 1] == '\n' || t[e - 1] == '\t')) --e;
    if (e > b) out.push_back({b, e});
    start = end;
  };
  for (size_t i = 0; i < t.size(); ++i) {
    const char c = t[i];
    if (c == '\n' || c == '\t') {
      emit(i);
      continue;
    }
    if (c != '.' && c != '!' && c != '?') continue;
    size_t j = i + 1;
    while (j < t.size() && (t[j] == '.' || t[j] == '!' || t[j] == '?' || t[j] == '"' ||
                            t[j] == '\'' || t[j] == ')'))
      ++j;
    if (j < t.size() && t[j] != ' ') continue;  // "3.1.4", "ca.5", "bl.a.," stay inside
    if (c == '.' && is_abbreviation_before(t, i)) continue;
    size_t k = j;
    while (k < t.size() && t[k] == ' ') ++k;
    if (k < t.size() && t[k] != '\n' && t[k] != '\t' && !starts_sentence(t, k)) continue;
    emit(j);
    i = j - 1;
  }
  emit(t.size());
  return out;
}

}  // namespace gransk::nlp
