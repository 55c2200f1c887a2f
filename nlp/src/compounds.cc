// Swedish compound splitting against a word list. How it decides: see README.md.
#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <array>
#include <fstream>
#include <mutex>
#include <optional>
#include <unordered_set>

#include "domain_words.h"
#include "gransk/nlp/nlp.h"

namespace gransk::nlp {

struct CompoundSplitter::Lexicon {
  std::unordered_set<std::string> words;
};

namespace {

constexpr size_t kMinPart = 4;  // characters; shorter parts are mostly suffixes or noise

// Words in the list that are really derivational suffixes when they end a word
// ("verksam|heter", "organisa|tion"): never accepted as a compound's head.
const std::unordered_set<std::string>& suffix_like() {
  static const std::unordered_set<std::string> s = {
      "heter", "heten",   "hets",    "ning",   "ningen", "ningar",  "else",     "elsen",
      "elser", "lighet",  "ande",    "ende",   "aren",   "arna",    "erna",     "orna",
      "tion",  "tionen",  "skap",    "skapet", "ering",  "eringen", "erade",    "erat",
      "ligt",  "liga",    "iska",    "iskt",   "ande",   "ades",    "ningarna", "andet",
      "ning",  "elserna", "isering", "ell",    "ella",   "ellt",    "iell",     "atisk"};
  return s;
}

// Words that are real words but, as the first part of a long word, are almost
// always part of a lexicalised whole ("tillgång", "sammanfattning", "ändamål").
const std::unordered_set<std::string>& poor_modifiers() {
  static const std::unordered_set<std::string> s = {"samma", "ända", "förut",  "fas",
                                                    "till",  "fred", "enligt", "inte"};
  return s;
}

// Short parts that do stand alone in compounds.
const std::unordered_set<std::string>& short_parts() {
  static const std::unordered_set<std::string> s = {"it",  "ikt", "hot", "mål", "lag",  "råd",
                                                    "ord", "län", "tid", "led", "sätt", "fel"};
  return s;
}

std::u32string to_u32(std::string_view s) {
  std::u32string out;
  int32_t i = 0;
  const auto* p = reinterpret_cast<const uint8_t*>(s.data());
  while (i < static_cast<int32_t>(s.size())) {
    UChar32 c;
    U8_NEXT(p, i, static_cast<int32_t>(s.size()), c);
    out.push_back(c < 0 ? 0xFFFD : static_cast<char32_t>(c));
  }
  return out;
}

std::string to_u8(std::u32string_view s) {
  std::string out;
  for (char32_t c : s) {
    uint8_t buf[4];
    int32_t n = 0;
    UBool err = false;
    U8_APPEND(buf, n, 4, static_cast<UChar32>(c), err);
    (void)err;
    out.append(reinterpret_cast<char*>(buf), static_cast<size_t>(n));
  }
  return out;
}

std::string latin1_lower_to_utf8(const std::string& line) {
  std::string out;
  for (unsigned char c : line) {
    if (c >= 'A' && c <= 'Z') c = static_cast<unsigned char>(c + 32);
    if (c >= 0xC0 && c <= 0xDE && c != 0xD7) c = static_cast<unsigned char>(c + 32);
    if (c < 0x80) {
      out.push_back(static_cast<char>(c));
    } else {
      out.push_back(static_cast<char>(0xC0 | (c >> 6)));
      out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
    }
  }
  return out;
}

std::vector<std::string> load_default_words() {
  std::vector<std::string> words;
  std::ifstream in("/usr/share/dict/swedish");
  for (std::string line; std::getline(in, line);) {
    if (line.size() < 2 || line.find('\'') != std::string::npos) continue;
    words.push_back(latin1_lower_to_utf8(line));
  }
  for (std::string_view w : kDomainWords) words.emplace_back(w);
  return words;
}

class Splitter {
 public:
  explicit Splitter(const CompoundSplitter::Lexicon& lex) : lex_(lex) {}

  bool known(const std::u32string& s) const { return lex_.words.count(to_u8(s)) > 0; }

  bool long_enough(const std::u32string& s) const {
    return s.size() >= kMinPart || short_parts().count(to_u8(s)) > 0;
  }

  // A part before the head, in the form the compound uses: the word itself, or
  // with a linking -s ("informations"), or with its final vowel dropped ("skol").
  std::optional<std::u32string> modifier_base(const std::u32string& s) const {
    std::optional<std::u32string> base = linked_base(s);
    if (base && poor_modifiers().count(to_u8(*base))) return std::nullopt;
    return base;
  }

  std::optional<std::u32string> linked_base(const std::u32string& s) const {
    if (!long_enough(s)) return std::nullopt;
    if (s.back() == U's') {
      const std::u32string stem = s.substr(0, s.size() - 1);
      if (long_enough(stem) && known(stem)) return stem;
      if (known(stem + U"e")) return stem + U"e";
      if (known(stem + U"a")) return stem + U"a";
    }
    if (known(s)) return s;
    if (known(s + U"a")) return s + U"a";
    if (known(s + U"e")) return s + U"e";
    if ((s.back() == U'u' || s.back() == U'o') && known(s.substr(0, s.size() - 1) + U"a"))
      return s.substr(0, s.size() - 1) + U"a";
    return std::nullopt;
  }

  bool head_ok(const std::u32string& s) const {
    return long_enough(s) && known(s) && suffix_like().count(to_u8(s)) == 0;
  }

  // Best segmentation of w[i:] (one or more parts) by the sum of squared part
  // lengths: long parts win over many short ones.
  struct Best {
    long score = -1;
    std::vector<std::u32string> parts;
  };

  Best best_from(const std::u32string& w, size_t i, std::vector<std::optional<Best>>& memo) const {
    if (memo[i]) return *memo[i];
    Best best;
    const std::u32string rest = w.substr(i);
    if (head_ok(rest)) best = {static_cast<long>(rest.size() * rest.size()), {rest}};
    for (size_t j = i + 2; j + 2 <= w.size(); ++j) {
      const std::optional<std::u32string> mod = modifier_base(w.substr(i, j - i));
      if (!mod) continue;
      const Best tail = best_from(w, j, memo);
      if (tail.score < 0) continue;
      const long score = static_cast<long>((j - i) * (j - i)) + tail.score;
      if (score > best.score) {
        best.score = score;
        best.parts = {*mod};
        best.parts.insert(best.parts.end(), tail.parts.begin(), tail.parts.end());
      }
    }
    memo[i] = best;
    return best;
  }

  // Two or more parts, the whole word not counted as a split of itself.
  std::vector<std::u32string> split_once(const std::u32string& w) const {
    Best best;
    std::vector<std::optional<Best>> memo(w.size() + 1);
    for (size_t j = 2; j + 2 <= w.size(); ++j) {
      const std::optional<std::u32string> mod = modifier_base(w.substr(0, j));
      if (!mod) continue;
      const Best tail = best_from(w, j, memo);
      if (tail.score < 0) continue;
      const long score = static_cast<long>(j * j) + tail.score;
      if (score > best.score) {
        best.score = score;
        best.parts = {*mod};
        best.parts.insert(best.parts.end(), tail.parts.begin(), tail.parts.end());
      }
    }
    return best.parts;
  }

  std::u32string base_form(const std::u32string& w) const {
    static const std::array<std::u32string_view, 13> suffixes = {
        U"erna", U"arna", U"orna", U"andet", U"ena", U"et", U"en",
        U"na",   U"ar",   U"er",   U"or",    U"n",   U"s"};
    for (std::u32string_view suf : suffixes) {
      if (w.size() < suf.size() + 3 || w.compare(w.size() - suf.size(), suf.size(), suf) != 0)
        continue;
      const std::u32string stem = w.substr(0, w.size() - suf.size());
      if (stem.size() >= 3 && known(stem) && suffix_like().count(to_u8(stem)) == 0) return stem;
      if (known(stem + U"e")) return stem + U"e";
      if (known(stem + U"a")) return stem + U"a";
    }
    return w;
  }

  // Splits, then splits each part again: "informations|säkerhetsarbetet" ->
  // information, säkerhet, arbete.
  void decompose(const std::u32string& w, int depth, bool head,
                 std::vector<std::u32string>& out) const {
    // Below the top, a short word of its own ("tillgång", "fullmäktige") stays whole.
    const bool whole = depth > 0 && w.size() <= 11 && known(w);
    std::vector<std::u32string> parts =
        depth < 3 && !whole ? split_once(w) : std::vector<std::u32string>{};
    if (parts.size() < 2) {
      // Only the head is inflected; modifiers are already in their base form.
      out.push_back(head ? base_form(w) : w);
      return;
    }
    parts.back() = base_form(parts.back());
    for (size_t i = 0; i < parts.size(); ++i)
      decompose(parts[i], depth + 1, head && i + 1 == parts.size(), out);
  }

 private:
  const CompoundSplitter::Lexicon& lex_;
};

}  // namespace

CompoundSplitter::CompoundSplitter(std::vector<std::string> words) {
  auto lex = std::make_shared<Lexicon>();
  lex->words.reserve(words.size());
  for (std::string& w : words) lex->words.insert(std::move(w));
  lexicon_ = std::move(lex);
}

const CompoundSplitter& CompoundSplitter::shared() {
  static const CompoundSplitter instance(load_default_words());
  return instance;
}

bool CompoundSplitter::known(std::string_view w) const {
  return lexicon_->words.count(std::string(w)) > 0;
}

std::string CompoundSplitter::base_form(std::string_view w) const {
  return to_u8(Splitter(*lexicon_).base_form(to_u32(w)));
}

std::vector<std::string> CompoundSplitter::split(std::string_view word) const {
  const std::u32string w = to_u32(word);
  if (w.size() < 2 * kMinPart - 1) return {};
  // Hyphenated compounds ("it-säkerhet") split at the hyphen first.
  std::vector<std::u32string> pieces;
  size_t start = 0;
  for (size_t i = 0; i <= w.size(); ++i) {
    if (i == w.size() || w[i] == U'-') {
      if (i > start) pieces.push_back(w.substr(start, i - start));
      start = i + 1;
    }
  }
  Splitter s(*lexicon_);
  std::vector<std::u32string> parts;
  for (const std::u32string& piece : pieces) s.decompose(piece, 0, true, parts);
  if (parts.size() < 2) return {};
  std::vector<std::string> out;
  for (const auto& p : parts) out.push_back(to_u8(p));
  return out;
}

}  // namespace gransk::nlp
