// Swedish sentence segmentation.
#include <gtest/gtest.h>

#include "gransk/nlp/nlp.h"

namespace gransk::nlp {
namespace {

std::vector<std::string> sentences(const std::string& t) {
  std::vector<std::string> out;
  for (const Span& s : split_sentences(t)) out.push_back(t.substr(s.begin, s.size()));
  return out;
}

TEST(Sentences, SplitsOnSentenceEnds) {
  EXPECT_EQ(sentences("Vi bedömer att det saknas mål. Det finns en policy! Finns rutiner? Ja."),
            (std::vector<std::string>{"Vi bedömer att det saknas mål.", "Det finns en policy!",
                                      "Finns rutiner?", "Ja."}));
}

TEST(Sentences, SurvivesSwedishAbbreviations) {
  const std::string t =
      "Det har bl.a. upprättats rutiner, t.ex. för incidenter. Enligt 6 kap. 6 § kommunallagen "
      "ska styrelsen ha uppsikt. Se s. 4 m.m. Nästa mening.";
  EXPECT_EQ(sentences(t),
            (std::vector<std::string>{"Det har bl.a. upprättats rutiner, t.ex. för incidenter.",
                                      "Enligt 6 kap. 6 § kommunallagen ska styrelsen ha uppsikt.",
                                      "Se s. 4 m.m. Nästa mening."}));
}

TEST(Sentences, AbbreviationBeforeCapitalDoesNotSplit) {
  EXPECT_EQ(
      sentences("Det gäller bl.a. Kommunstyrelsen och t.ex. Socialnämnden."),
      (std::vector<std::string>{"Det gäller bl.a. Kommunstyrelsen och t.ex. Socialnämnden."}));
}

TEST(Sentences, DatesNumbersAndHeadingNumbers) {
  EXPECT_EQ(
      sentences("Policyn antogs 2008-04-21. Den ändrades den 3 september 2019. Avsnitt 3.1.4 "
                "gäller 1,5 tjänst."),
      (std::vector<std::string>{"Policyn antogs 2008-04-21.", "Den ändrades den 3 september 2019.",
                                "Avsnitt 3.1.4 gäller 1,5 tjänst."}));
}

TEST(Sentences, NewlinesAndTabsAlwaysSeparate) {
  EXPECT_EQ(sentences("Revisionsfråga\tBedömning\nFinns en policy?\tNej"),
            (std::vector<std::string>{"Revisionsfråga", "Bedömning", "Finns en policy?", "Nej"}));
}

TEST(Sentences, SpansAreByteOffsets) {
  const std::string t = "Åtgärd ska ske. Öppen fråga.";
  const auto spans = split_sentences(t);
  ASSERT_EQ(spans.size(), 2u);
  EXPECT_EQ(t.substr(spans[1].begin, spans[1].size()), "Öppen fråga.");
}

}  // namespace
}  // namespace gransk::nlp
