#include "join.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <map>

#include "internal.h"

namespace gransk::extractor::detail {
namespace {

constexpr std::string_view kSoftHyphen = "\xC2\xAD";       // U+00AD
constexpr std::string_view kBreakHyphen = "\xE2\x80\x90";  // U+2010

// Marks a real hyphen at a line end, before a lower-case word, until the whole
// document is known: "gransk-" + "ningen" is a broken word if the document
// writes "granskningen", a compound if it writes "e-tjänst". A control
// character no PDF text keeps (normalisation drops them).
constexpr char kLineEndHyphen = '\x1f';

bool ends_lower_letter(const std::string& s, size_t end) {
  if (end == 0) return false;
  const unsigned char c = s[end - 1];
  if (c >= 'a' && c <= 'z') return true;
  return end >= 2 && static_cast<unsigned char>(s[end - 2]) == 0xC3 && c >= 0xA0;
}

void erase_all(std::string& s, std::string_view what) {
  for (size_t p; (p = s.find(what)) != std::string::npos;) s.erase(p, what.size());
}

// Removes break hyphens at the end; true if there were any.
bool strip_break_hyphens(std::string& s) {
  bool any = false;
  for (bool again = true; again;) {
    again = false;
    for (std::string_view h : {kSoftHyphen, kBreakHyphen}) {
      if (ends_with(s, std::string(h))) {
        s.erase(s.size() - h.size());
        any = again = true;
      }
    }
  }
  return any;
}

std::string first_word_lower(const Line& line) {
  if (line.words.empty()) return {};
  std::string w = line.words.front().text;
  std::transform(w.begin(), w.end(), w.begin(), [](unsigned char c) { return std::tolower(c); });
  return w;
}

// "risk- och sårbarhetsanalys", "informations- och cybersäkerhet".
bool is_ellipsis_conjunction(const std::string& w) {
  static const std::array<std::string_view, 8> words = {"och",   "eller", "samt", "respektive",
                                                        "resp.", "som",   "till", "men"};
  return std::find(words.begin(), words.end(), w) != words.end();
}

}  // namespace

void append_line(std::string& text, std::vector<NoteRef>& notes, const Line& line) {
  if (!text.empty()) {
    if (strip_break_hyphens(text)) {
      // joined without a space: the word continues on this line
    } else if (text.back() == '-' && text.size() >= 2 && text[text.size() - 2] != ' ') {
      const std::string next = line.words.empty() ? std::string() : line.words.front().text;
      if (is_ellipsis_conjunction(first_word_lower(line)))
        text += ' ';
      else if (starts_lower_case(next) && ends_lower_letter(text, text.size() - 1))
        text += kLineEndHyphen;
    } else if (text.back() != '\n') {
      text += ' ';
    }
  }
  for (size_t i = 0; i < line.words.size(); ++i) {
    const Word& w = line.words[i];
    std::string t = w.text;
    const bool last = i + 1 == line.words.size();
    // Soft hyphens inside a word are invisible hints; only a line-final one means a break.
    const bool trailing_soft = last && ends_with(t, std::string(kSoftHyphen));
    erase_all(t, kSoftHyphen);
    if (trailing_soft && !ends_with(t, std::string(kBreakHyphen))) t += kSoftHyphen;
    text += t;
    if (w.note) notes.push_back({text.size(), w.note});
    if (!last) {
      const double gap = line.words[i + 1].box.x0 - w.box.x1;
      if (w.space_after || gap > 0.12 * w.font_size) text += ' ';
    }
  }
}

namespace {

bool word_byte(unsigned char c) { return std::isalnum(c) || c >= 0x80 || c == '-'; }

std::string lower_ascii(std::string s) {
  std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return std::tolower(c); });
  return s;
}

void count_words(const std::string& text, std::map<std::string, int>& counts) {
  for (size_t i = 0; i < text.size();) {
    while (i < text.size() && !word_byte(text[i])) ++i;
    size_t j = i;
    bool marked = false;
    while (j < text.size() && (word_byte(text[j]) || text[j] == kLineEndHyphen))
      marked |= text[j++] == kLineEndHyphen;
    if (j > i && !marked) ++counts[lower_ascii(text.substr(i, j - i))];
    i = j;
  }
}

// Whether a line-end fragment looks like the start of a word a typesetter
// broke: two letters or more with a vowel (hyphenation breaks between
// syllables). Swedish lower-case compounds with a hyphen mostly have a single
// letter ("e-post", "a-kassa") or an abbreviation without a vowel ("tv-",
// "pr-", "hr-") before it; abbreviations with a vowel are listed.
bool syllable_start(const std::string& left) {
  static const std::array<std::string_view, 7> abbreviations = {"it",  "ikt", "eu",  "ai",
                                                                "ekg", "usa", "ipad"};
  if (std::find(abbreviations.begin(), abbreviations.end(), left) != abbreviations.end())
    return false;
  size_t letters = 0;
  bool vowel = false;
  for (size_t i = 0; i < left.size(); ++i) {
    const unsigned char c = left[i];
    if ((c & 0xC0) == 0x80) continue;  // a UTF-8 continuation byte
    ++letters;
    if (std::string_view("aeiouy").find(static_cast<char>(c)) != std::string_view::npos)
      vowel = true;
    // å ä ö é: C3 A5, A4, B6, A9
    if (c == 0xC3 && i + 1 < left.size())
      vowel |= std::string_view("\xA5\xA4\xB6\xA9").find(left[i + 1]) != std::string_view::npos;
  }
  return letters >= 2 && vowel;
}

// Joins or keeps each marked hyphen, and moves the note markers after it.
void resolve(std::string& text, std::vector<NoteRef>* notes,
             const std::map<std::string, int>& counts) {
  for (size_t m; (m = text.find(kLineEndHyphen)) != std::string::npos;) {
    const size_t hyphen = m - 1;  // the marker always follows a '-'
    size_t b = hyphen;
    while (b > 0 && word_byte(text[b - 1]) && text[b - 1] != '-') --b;
    size_t e = m + 1;
    while (e < text.size() && word_byte(text[e]) && text[e] != '-') ++e;
    const std::string left = lower_ascii(text.substr(b, hyphen - b));
    const std::string right = lower_ascii(text.substr(m + 1, e - m - 1));
    auto count = [&](const std::string& w) {
      auto it = counts.find(w);
      return it == counts.end() ? 0 : it->second;
    };
    const int joined = count(left + right), hyphenated = count(left + "-" + right);
    // Unseen either way: typesetters (Quartz, LaTeX, Distiller) break long
    // words with a plain hyphen far more often than Swedish writes a
    // lower-case compound with one (see syllable_start).
    const bool join = joined > hyphenated || (joined == hyphenated && syllable_start(left));
    const size_t at = join ? hyphen : m, n = join ? 2 : 1;
    text.erase(at, n);
    if (notes)
      for (NoteRef& r : *notes)
        if (r.offset > at) r.offset -= std::min(n, r.offset - at);
  }
}

}  // namespace

void resolve_line_end_hyphens(std::vector<Block>& blocks) {
  std::map<std::string, int> counts;
  for (const Block& b : blocks) {
    count_words(b.text, counts);
    for (const TableRow& r : b.rows)
      for (const std::string& c : r.cells) count_words(c, counts);
  }
  for (Block& b : blocks) {
    resolve(b.text, &b.notes, counts);
    for (TableRow& r : b.rows)
      for (std::string& c : r.cells) resolve(c, nullptr, counts);
  }
}

void finish_text(std::string& text) {
  strip_break_hyphens(text);
  while (!text.empty() && (text.back() == ' ' || text.back() == '\n')) text.pop_back();
}

}  // namespace gransk::extractor::detail
