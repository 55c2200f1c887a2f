// A font whose Unicode table is missing or incomplete turns some letters into
// symbols ("h"gre" for "högre"): those words are found, so the revisor is told
// that a search may miss them; ordinary Swedish text raises nothing.
#include <gtest/gtest.h>

#include "misdecoded.h"
#include "synthetic_words.h"

namespace gransk::extractor::detail {
namespace {

using test::words_of;

TEST(MisdecodedWords, SymbolsInsideWordsAreFound) {
  const auto found = misdecoded_words(
      words_of("Revisorerna bed\"mer att kostnaderna blev h\"gre och st#rre \xEF\xBF\xBD"
               "n v\xEF\xBF\xBDntat under \xC3\xA5ret."));
  ASSERT_EQ(found.size(), 4u);
  EXPECT_EQ(found[0], "bed\"mer");
  EXPECT_EQ(found[3], "v\xEF\xBF\xBDntat");
}

TEST(MisdecodedWords, OrdinarySwedishTextRaisesNothing) {
  const std::string text =
      "Vår bedömning är att nämnden \"delvis\" har säkerställt en ändamålsenlig styrning; "
      "se avsnitt 3.1 (s. 12) och www.pwc.se. R&D, AT&T, 50 % och 3+2 år, e-post: "
      "revision@kommun.se, z+b, a_b, http://x.se/a#b|c och <länk> – allt är vanlig text.";
  const auto found = misdecoded_words(words_of(text));
  EXPECT_TRUE(found.empty()) << found.front();
}

TEST(MisdecodedWords, AFewOnALongPageAreChanceMoreAreAFont) {
  EXPECT_FALSE(many_misdecoded(2, 50));
  EXPECT_FALSE(many_misdecoded(3, 400));
  EXPECT_TRUE(many_misdecoded(3, 300));
}

}  // namespace
}  // namespace gransk::extractor::detail
