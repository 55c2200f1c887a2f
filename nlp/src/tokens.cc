// Word tokens (ICU word boundaries) and Snowball Swedish stems.
#include <libstemmer.h>
#include <unicode/brkiter.h>
#include <unicode/locid.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include <memory>
#include <vector>

#include "gransk/nlp/nlp.h"

namespace gransk::nlp {

std::vector<Token> tokenize(std::string_view text) {
  std::vector<Token> out;
  // The text as UTF-16 for ICU, with the byte offset of every UTF-16 index.
  // Decoded here, not by fromUTF8, so that an invalid byte (a query typed in
  // Latin-1) becomes one U+FFFD that still spans its own bytes only.
  icu::UnicodeString u;
  std::vector<size_t> u8_at;
  u8_at.reserve(text.size() + 1);
  const auto* bytes = reinterpret_cast<const uint8_t*>(text.data());
  const auto n = static_cast<int32_t>(text.size());
  for (int32_t i = 0; i < n;) {
    const size_t at = static_cast<size_t>(i);
    UChar32 c;
    U8_NEXT(bytes, i, n, c);
    u.append(c < 0 ? UChar32{0xFFFD} : c);
    u8_at.resize(static_cast<size_t>(u.length()), at);
  }
  u8_at.push_back(text.size());
  // One iterator per thread: making one (locale lookup, rule data cloned) cost
  // more than breaking a finding's text into words, and the archive's
  // tokenizer asks for every entry stored and every query.
  thread_local const std::unique_ptr<icu::BreakIterator> it = [] {
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::BreakIterator> made(
        icu::BreakIterator::createWordInstance(icu::Locale("sv", "SE"), status));
    if (U_FAILURE(status)) made.reset();
    return made;
  }();
  if (!it) return out;
  it->setText(u);
  auto to_u8 = [&](int32_t index) { return u8_at[static_cast<size_t>(index)]; };

  int32_t begin = it->first();
  for (int32_t end = it->next(); end != icu::BreakIterator::DONE; begin = end, end = it->next()) {
    const int32_t status_tag = it->getRuleStatus();
    if (status_tag == UBRK_WORD_NONE) continue;
    Token t;
    t.span.begin = to_u8(begin);
    t.span.end = to_u8(end);
    t.text = std::string(text.substr(t.span.begin, t.span.size()));
    t.folded = fold_case(t.text);
    t.numeric = status_tag >= UBRK_WORD_NUMBER && status_tag < UBRK_WORD_NUMBER_LIMIT;
    if (!out.empty()) {
      const Token& prev = out.back();
      t.hyphen_before = prev.span.end + 1 == t.span.begin && text[prev.span.end] == '-';
    }
    out.push_back(std::move(t));
  }
  static const icu::UnicodeString nothing;
  it->setText(nothing);  // the iterator keeps no reference to `u`, which ends here
  return out;
}

struct Stemmer::Impl {
  struct Free {
    void operator()(sb_stemmer* s) const { sb_stemmer_delete(s); }
  };
  std::unique_ptr<sb_stemmer, Free> stemmer{sb_stemmer_new("swedish", "UTF_8")};
};

Stemmer::Stemmer() : impl_(std::make_unique<Impl>()) {}
Stemmer::~Stemmer() = default;

std::string Stemmer::stem(std::string_view word) {
  if (!impl_->stemmer) return std::string(word);
  const sb_symbol* s =
      sb_stemmer_stem(impl_->stemmer.get(), reinterpret_cast<const sb_symbol*>(word.data()),
                      static_cast<int>(word.size()));
  if (!s) return std::string(word);
  return std::string(reinterpret_cast<const char*>(s),
                     static_cast<size_t>(sb_stemmer_length(impl_->stemmer.get())));
}

}  // namespace gransk::nlp
