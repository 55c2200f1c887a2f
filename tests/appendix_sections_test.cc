// "Bilaga 1. Källförteckning", set smaller than the chapters after "6
// Rekommendationer", is an appendix beside the chapters: its list of sources
// is no recommendation.
#include <gtest/gtest.h>

#include "corpus_fixture.h"

namespace gransk {
namespace {

TEST(AppendixSections, SourcesInAnAppendixAreNoRecommendations) {
  const corpus::Report r = test::devset_report("synth3/dev/kristinehamn-2023-gatuunderhall.pdf");
  ASSERT_EQ(r.recommendations.size(), 4u);
  for (const corpus::Recommendation& rec : r.recommendations)
    EXPECT_EQ(rec.text.find("Årsredovisning 2022"), std::string::npos) << rec.text;
  EXPECT_EQ(r.recommendations.back().text.rfind("beräkna underhållsskulden", 0), 0u);
}

}  // namespace
}  // namespace gransk
