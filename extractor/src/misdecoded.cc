#include "misdecoded.h"

#include <re2/re2.h>

namespace gransk::extractor::detail {

std::vector<std::string> misdecoded_words(const std::vector<Word>& words) {
  // A lower-case letter (Latin-1 included), then a symbol no word holds, a
  // U+FFFD or a private-use glyph, then a lower-case letter.
  // Not the signs of formulas, addresses and identifiers ("z+b", "a_b", "x@y").
  static const RE2 re(R"([a-zà-öø-ÿ](?:["#$\\^|~{}]|\x{FFFD}|[\x{E000}-\x{F8FF}])[a-zà-öø-ÿ])");
  std::vector<std::string> out;
  for (const Word& w : words) {
    if (w.text.find('/') != std::string::npos || w.text.find("www.") != std::string::npos)
      continue;  // a web address or a path
    if (RE2::PartialMatch(w.text, re)) out.push_back(w.text);
  }
  return out;
}

bool many_misdecoded(size_t misdecoded, size_t words) {
  return misdecoded >= 3 && misdecoded * 100 >= words;
}

}  // namespace gransk::extractor::detail
