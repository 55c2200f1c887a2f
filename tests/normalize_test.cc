// ICU normalisation of report text.
#include <gtest/gtest.h>

#include "gransk/nlp/nlp.h"

namespace gransk::nlp {
namespace {

TEST(Normalize, LigaturesAndWidthFormsByNfkc) {
  EXPECT_EQ(normalize("\xEF\xAC\x81nns"), "finns");        // U+FB01 ligature
  EXPECT_EQ(normalize("\xEF\xBC\xA1\xEF\xBC\xA2"), "AB");  // full-width
}

TEST(Normalize, SoftHyphensDisappear) {
  EXPECT_EQ(normalize("informations\xC2\xAD"
                      "säkerhet"),
            "informationssäkerhet");
}

TEST(Normalize, QuotesDashesAndBullets) {
  EXPECT_EQ(normalize("”kontorstid”"), "\"kontorstid\"");
  EXPECT_EQ(normalize("‘a’"), "'a'");
  EXPECT_EQ(normalize("it\xE2\x80\x90säkerhet"), "it-säkerhet");             // U+2010
  EXPECT_EQ(normalize("2023 \xE2\x80\x94 2026"), "2023 \xE2\x80\x93 2026");  // em -> en dash
  EXPECT_EQ(normalize("\xE2\x96\xBA punkt"), "\xE2\x80\xA2 punkt");          // ► -> •
  EXPECT_EQ(normalize("\xEF\x82\xB7 punkt"), "\xE2\x80\xA2 punkt");          // private-use bullet
}

TEST(Normalize, WhitespaceCollapsesButSeparatorsStay) {
  EXPECT_EQ(normalize("  a \xC2\xA0  b\xE2\x80\xAF"
                      "c  "),
            "a b c");
  EXPECT_EQ(normalize("cell a \t cell b \n rad"), "cell a\tcell b\nrad");
}

TEST(FoldCase, SwedishLetters) { EXPECT_EQ(fold_case("ÅÄÖ IT-Säkerhet"), "åäö it-säkerhet"); }

}  // namespace
}  // namespace gransk::nlp
