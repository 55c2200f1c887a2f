// Signatories set side by side on a cover line, as a revisor reads them: every
// name once, a three-part name whole, a title between names no name of its own.
#include <gtest/gtest.h>

#include <algorithm>

#include "corpus_fixture.h"

namespace gransk {
namespace {

std::vector<std::string> names(const std::string& devset_pdf) {
  std::vector<std::string> out;
  for (const corpus::Signatory& s : test::devset_report(devset_pdf).signatories)
    out.push_back(s.name);
  std::sort(out.begin(), out.end());
  return out;
}

using V = std::vector<std::string>;

TEST(CoverSignatories, TwoNamesOnOneLine) {
  // "Bo Thörn Carl-Magnus Stensson" under the date on the cover.
  EXPECT_EQ(names("real/dev/halmstad-2011-internhyressattning.pdf"),
            (V{"Bo Thörn", "Carl-Magnus Stensson"}));
}

TEST(CoverSignatories, NamesBeforeASharedTitle) {
  // "Lars Edgren Stefan Knutsson Eva Andlert, Certifierade kommunal revisor".
  EXPECT_EQ(names("real/dev/landstinget-ostergotland-sjukresor.pdf"),
            (V{"Eva Andlert", "Lars Edgren", "Stefan Knutsson"}));
}

TEST(CoverSignatories, ANameAfterAnotherNamesTitle) {
  // "Kerstin Svensson, Cert. kommunal revisor Johan Sjöberg".
  EXPECT_EQ(names("real/dev/mjolby-2015-personalfunktionen.pdf"),
            (V{"Johan Sjöberg", "Kerstin Svensson"}));
}

TEST(CoverSignatories, AThreePartNameStaysWhole) {
  // "Marianne Saur Hedlund Förvaltningschef": not "Saur Hedlund".
  EXPECT_EQ(names("real/dev/sundbyberg-2014-slutrapport-forstudie-esf.pdf"),
            (V{"Marianne Saur Hedlund"}));
}

TEST(CoverSignatories, TheFirmIsNoSignatory) {
  // "Grant Thornton" under the signatures reads like a first name and a surname.
  EXPECT_EQ(names("synth3/dev/laholm-2024-krisberedskap.pdf"),
            (V{"Johanna Berg", "Lukas Sandberg"}));
}

}  // namespace
}  // namespace gransk
