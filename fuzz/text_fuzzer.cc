// Arbitrary bytes (invalid UTF-8 included) through the Swedish text steps:
// normalize, fold_case, sentences, tokens, stems, compound splitting. Every
// span must lie inside the text it was cut from and say what that text says.
#include <cstdint>
#include <string>
#include <string_view>

#include "check.h"
#include "gransk/nlp/nlp.h"

namespace {

using namespace gransk::nlp;

void check_sentences(std::string_view text) {
  size_t last_end = 0;
  for (const Span& s : split_sentences(text)) {
    FUZZ_CHECK(s.begin < s.end && s.end <= text.size());
    FUZZ_CHECK(s.begin >= last_end);  // in order, not overlapping
    last_end = s.end;
  }
}

void check_tokens(std::string_view text) {
  thread_local Stemmer stemmer;
  const CompoundSplitter& splitter = CompoundSplitter::shared();
  size_t last_end = 0;
  for (const Token& t : tokenize(text)) {
    FUZZ_CHECK(t.span.begin < t.span.end && t.span.end <= text.size());
    FUZZ_CHECK(t.span.begin >= last_end);
    FUZZ_CHECK(t.text == text.substr(t.span.begin, t.span.size()));
    last_end = t.span.end;
    stemmer.stem(t.folded);
    splitter.split(t.folded);
    splitter.known(splitter.base_form(t.folded));
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view raw(reinterpret_cast<const char*>(data), size);
  const std::string norm = normalize(raw);
  fold_case(raw);
  fold_case(norm);
  check_sentences(raw);
  check_sentences(norm);
  check_tokens(raw);
  check_tokens(norm);
  // The splitter on the whole input as one word: a long word must not stall it.
  const CompoundSplitter& splitter = CompoundSplitter::shared();
  splitter.split(raw);
  splitter.base_form(raw);
  return 0;
}
