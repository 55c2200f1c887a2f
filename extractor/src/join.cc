#include "join.h"

#include <algorithm>
#include <array>
#include <cctype>

#include "internal.h"

namespace gransk::extractor::detail {
namespace {

constexpr std::string_view kSoftHyphen = "\xC2\xAD";       // U+00AD
constexpr std::string_view kBreakHyphen = "\xE2\x80\x90";  // U+2010

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
      if (is_ellipsis_conjunction(first_word_lower(line))) text += ' ';
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

void finish_text(std::string& text) {
  strip_break_hyphens(text);
  while (!text.empty() && (text.back() == ' ' || text.back() == '\n')) text.pop_back();
}

}  // namespace gransk::extractor::detail
