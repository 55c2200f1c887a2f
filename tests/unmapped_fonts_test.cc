// A font without a Unicode table: the page's text is garbage ("5HYLVLRQ" for
// "Revision", or nothing at all), which a search would never find. The page
// is read with OCR; with OCR off the revisor is told which page, never silence.
#include <gtest/gtest.h>

#include "gransk/extractor/extractor.h"
#include "misdecoded.h"
#include "synthetic_words.h"

namespace gransk::extractor {
namespace {

const std::string kData = GRANSK_TEST_DATA_DIR;

using test::words_of;

std::string repeat(const std::string& s, int n) {
  std::string out;
  for (int i = 0; i < n; ++i) out += s + " ";
  return out;
}

std::string all_text(const Document& doc) {
  std::string out;
  for (const Block& b : doc.blocks) out += b.text + "\n";
  return out;
}

bool warned(const Document& doc, const std::string& what) {
  for (const std::string& w : doc.warnings)
    if (w.find(what) != std::string::npos) return true;
  return false;
}

TEST(GarbledTextLayer, ShiftedLettersAndGlyphNumbersAreGarbage) {
  // "Revisorerna i Exempelby kommun har granskat …" as Chromium's fonts give it.
  EXPECT_TRUE(detail::garbled_text_layer(words_of(
      repeat("5HYLVRUHUQD L ([HPSHOE\\ NRPPXQ KDU JUDQVNDW KXU NRPPXQVW\\UHOVHQ KDQWHUDU", 6))));
  EXPECT_TRUE(
      detail::garbled_text_layer(words_of(repeat("! %\" & \" # ! ! '$ ( $ *+ \" -\" &", 8))));
}

TEST(GarbledTextLayer, ProseTablesAndListsAreNot) {
  using detail::garbled_text_layer;
  EXPECT_FALSE(garbled_text_layer(words_of(repeat(
      "Vår bedömning är att nämnden delvis har säkerställt en ändamålsenlig styrning.", 8))));
  EXPECT_FALSE(garbled_text_layer(words_of(repeat(
      "We find that the board has not ensured adequate internal control of the funds.", 8))));
  EXPECT_FALSE(garbled_text_layer(words_of(
      repeat("Die Stetigkeit der Abbildung ist nicht von der Wahl der Metrik abhängig.", 8))));
  // A table of contents, a table of figures, capitals on a cover.
  EXPECT_FALSE(garbled_text_layer(words_of(repeat(
      "2.1 Bakgrund .................................... 2 2.2 Revisionsfrågor ........ 3", 12))));
  EXPECT_FALSE(garbled_text_layer(
      words_of(repeat("Intäkter 1 234,5 -12,0 % Kostnader 987,1 (+3,4) Resultat 247,4 tkr", 12))));
  EXPECT_FALSE(garbled_text_layer(
      words_of("REVISIONSRAPPORT GRANSKNING AV BISYSSLOR KPMG AB 2023 EXEMPELBY KOMMUN")));
}

TEST(UnmappedFonts, ReadWithOcr) {
  for (const char* file : {"no-unicode-map-chromium.pdf", "no-unicode-map-libreoffice.pdf"}) {
    Result r = extract(kData + "/" + file);
    ASSERT_TRUE(r.ok()) << file << ": " << r.error().message();
    const std::string text = all_text(r.document());
    EXPECT_NE(text.find("rekommenderar kommunstyrelsen"), std::string::npos) << file << text;
    EXPECT_TRUE(warned(r.document(), "lästes med OCR")) << file;
  }
}

TEST(UnmappedFonts, WithOcrOffThePageIsNamed) {
  for (const char* file : {"no-unicode-map-chromium.pdf", "no-unicode-map-libreoffice.pdf"}) {
    Options o;
    o.ocr = OcrMode::Never;
    Result r = extract(kData + "/" + file, o);
    ASSERT_TRUE(r.ok()) << file << ": " << r.error().message();
    EXPECT_TRUE(warned(r.document(),
                       "texten går inte att avkoda (teckensnitt utan Unicode-tabell) på sidan"))
        << file;
  }
}

}  // namespace
}  // namespace gransk::extractor
