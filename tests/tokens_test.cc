// Tokens and Snowball stems.
#include <gtest/gtest.h>

#include "gransk/nlp/nlp.h"

namespace gransk::nlp {
namespace {

TEST(Tokens, WordsWithByteSpansAndFolding) {
  const std::string t = "Kommunstyrelsen har 3 mål för IT-säkerhet.";
  const auto tokens = tokenize(t);
  std::vector<std::string> folded;
  for (const Token& tok : tokens) {
    folded.push_back(tok.folded);
    EXPECT_EQ(t.substr(tok.span.begin, tok.span.size()), tok.text);
  }
  EXPECT_EQ(folded, (std::vector<std::string>{"kommunstyrelsen", "har", "3", "mål", "för", "it",
                                              "säkerhet"}));
  EXPECT_TRUE(tokens[2].numeric);
  EXPECT_TRUE(tokens[6].hyphen_before);
  EXPECT_FALSE(tokens[5].hyphen_before);
}

TEST(Stems, SwedishSnowball) {
  Stemmer s;
  EXPECT_EQ(s.stem("riskanalyserna"), s.stem("riskanalyser"));
  // Snowball reads the final -s of "riskanalys" as a genitive: the search index
  // must not rely on stems alone (compound parts in base form cover this).
  EXPECT_EQ(s.stem("riskanalys"), "riskanaly");
  EXPECT_EQ(s.stem("rekommendationerna"), s.stem("rekommendation"));
  EXPECT_EQ(s.stem("kommunerna"), s.stem("kommunens"));
  // Stems keep å/ä/ö: "får" and "far" stay apart.
  EXPECT_NE(s.stem("får"), s.stem("far"));
}

}  // namespace
}  // namespace gransk::nlp
