// Words set on a synthetic page for tests of the extractor's own steps: one
// word per whitespace-separated token, left to right from x, 3 pt apart.
#pragma once

#include <sstream>
#include <string>
#include <vector>

#include "gransk/extractor/document.h"

namespace gransk::extractor::test {

struct Type {
  double char_width = 5.0;  // pt per character
  double height = 13.65;    // the word box (LibreOffice's tall boxes overlap a little)
  double size = 11;         // font size
  bool bold = false;
};

inline void set_words(std::vector<Word>& out, const std::string& text, double x, double y,
                      const Type& type = {}) {
  std::istringstream in(text);
  std::string w;
  while (in >> w) {
    Word word;
    word.text = w;
    word.box = {x, y, x + type.char_width * static_cast<double>(w.size()), y + type.height};
    word.font_size = type.size;
    word.bold = type.bold;
    out.push_back(word);
    x = word.box.x1 + 3;
  }
}

// The words of `text` as a page's word list, for steps that read only the
// words' text (misdecoded glyphs, a garbled text layer).
inline std::vector<Word> words_of(const std::string& text) {
  std::vector<Word> out;
  set_words(out, text, 0, 0);
  return out;
}

}  // namespace gransk::extractor::test
