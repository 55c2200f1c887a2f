#include "misdecoded.h"

#include <re2/re2.h>

#include <array>
#include <set>
#include <string_view>

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

namespace {

// The commonest little words of the languages Gransk meets (Swedish first,
// then English, German, Norwegian/Danish): any page of prose holds some.
constexpr std::array<std::string_view, 94> kLittleWords = {
    "a",   "af",   "alla",  "als",   "an",   "and",   "are",   "as",   "at",    "att",  "auf",
    "av",  "be",   "bei",   "blir",  "bör",  "by",    "das",   "de",   "dem",   "den",  "der",
    "des", "det",  "die",   "du",    "där",  "då",    "ein",   "eine", "eller", "en",   "er",
    "es",  "et",   "ett",   "for",   "from", "från",  "für",   "har",  "has",   "have", "hur",
    "i",   "ikke", "im",    "in",    "inom", "inte",  "is",    "ist",  "it",    "kan",  "med",
    "men", "mit",  "mot",   "nicht", "när",  "och",   "of",    "og",   "om",    "on",   "or",
    "oss", "samt", "sich",  "sig",   "sin",  "ska",   "skall", "som",  "så",    "than", "that",
    "the", "this", "till",  "to",    "und",  "under", "utan",  "var",  "vi",    "vid",  "von",
    "was", "we",   "which", "with",  "zu",   "är"};

bool little_word(const std::string& lower) {
  static const std::set<std::string_view> words(kLittleWords.begin(), kLittleWords.end());
  return words.count(lower) > 0;
}

// ASCII case folded; Swedish capitals (two bytes, C3 80–9E) folded too.
std::string fold(std::string_view w) {
  std::string out(w);
  for (size_t i = 0; i < out.size(); ++i) {
    const unsigned char c = out[i];
    if (c >= 'A' && c <= 'Z') out[i] = static_cast<char>(c + 32);
    if (c == 0xc3 && i + 1 < out.size() && static_cast<unsigned char>(out[i + 1]) >= 0x80 &&
        static_cast<unsigned char>(out[i + 1]) <= 0x9e)
      out[i + 1] = static_cast<char>(out[i + 1] + 0x20);
  }
  return out;
}

bool is_letter_byte(unsigned char c) { return (c | 0x20) >= 'a' && (c | 0x20) <= 'z'; }

}  // namespace

bool garbled_text_layer(const std::vector<Word>& words) {
  // Characters: letters (a non-ASCII byte counts as part of one), and the
  // symbols a word never holds. Leader dots, commas, hyphens, colons and
  // brackets are left out: a table of contents is mostly dots.
  size_t letters = 0, symbols = 0, capitals = 0, tokens = 0, little = 0;
  for (const Word& w : words) {
    std::string run;
    auto end_run = [&] {
      if (run.empty()) return;
      ++tokens;
      little += little_word(fold(run));
      run.clear();
    };
    for (size_t i = 0; i < w.text.size(); ++i) {
      const unsigned char c = w.text[i];
      if (c >= 0x80) {
        if ((c & 0xc0) != 0x80) ++letters;  // count a character once, at its lead byte
        run += static_cast<char>(c);
      } else if (is_letter_byte(c)) {
        ++letters;
        capitals += c <= 'Z';
        run += static_cast<char>(c);
      } else {
        end_run();
        if (std::string_view("!\"#$%&'*+/<=>?@[\\]^_`{|}~").find(static_cast<char>(c)) !=
                std::string_view::npos ||
            c < 0x20)
          ++symbols;
      }
    }
    end_run();
  }
  // Glyph numbers read as punctuation: more symbols than letters.
  if (letters + symbols >= 60 && symbols > letters) return true;
  // Shifted letters: a page of capitals with almost none of the little words.
  return tokens >= 40 && little * 100 < tokens * 3 && capitals * 2 > letters;
}

}  // namespace gransk::extractor::detail
