// Invalid UTF-8 (a query or text in Latin-1, a cut-off byte) gives tokens whose
// spans lie inside the text and say what it says. Found by fuzz/text_fuzzer:
// "\xd2res" threw std::out_of_range, which ended `gransk serve` on such a query.
#include <gtest/gtest.h>

#include "gransk/nlp/nlp.h"

namespace gransk::nlp {
namespace {

void expect_spans_inside(const std::string& text) {
  size_t last_end = 0;
  for (const Token& t : tokenize(text)) {
    ASSERT_LT(t.span.begin, t.span.end) << text;
    ASSERT_LE(t.span.end, text.size()) << text;
    EXPECT_GE(t.span.begin, last_end) << text;
    EXPECT_EQ(text.substr(t.span.begin, t.span.size()), t.text) << text;
    last_end = t.span.end;
  }
}

TEST(TokensInvalidUtf8, LoneLeadByte) { expect_spans_inside("\xd2res"); }

TEST(TokensInvalidUtf8, Latin1Letters) {
  const std::string latin1 = "Kommunen har \xe5tg\xe4rdat bristerna i \xf6versynen.";
  expect_spans_inside(latin1);
  std::vector<std::string> words;
  for (const Token& t : tokenize(latin1)) words.push_back(t.text);
  ASSERT_GE(words.size(), 2u);
  EXPECT_EQ(words[0], "Kommunen");
  EXPECT_EQ(words[1], "har");
}

TEST(TokensInvalidUtf8, CutSequencesAndStrayContinuations) {
  expect_spans_inside("risk\xc3");                 // cut at the end
  expect_spans_inside("\x80\x80 analys \xbf");     // continuation bytes alone
  expect_spans_inside("s\xe4\x80kerhet \xf0\x9f"); // a cut 3- and 4-byte sequence
  expect_spans_inside("\xed\xa0\x80 it-s\xc3\xa4kerhet");  // an encoded surrogate
}

TEST(TokensInvalidUtf8, ValidTextKeepsItsSpans) {
  const std::string t = "Informationssäkerhet – 😀 IT-säkerhet";
  expect_spans_inside(t);
  const auto tokens = tokenize(t);
  ASSERT_FALSE(tokens.empty());
  EXPECT_EQ(tokens.back().text, "säkerhet");
  EXPECT_TRUE(tokens.back().hyphen_before);
}

}  // namespace
}  // namespace gransk::nlp
