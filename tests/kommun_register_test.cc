// The kommun register and finding kommuner in report text.
#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include "corpus_fixture.h"
#include "gransk/corpus/kommuner.h"

namespace gransk::corpus {
namespace {

TEST(KommunRegister, HasAll290WithCodesAndLan) {
  const KommunRegister& r = KommunRegister::shared();
  EXPECT_EQ(r.all().size(), 290u);
  ASSERT_NE(r.by_code("1904"), nullptr);
  EXPECT_EQ(r.by_code("1904")->name, "Skinnskatteberg");
  EXPECT_EQ(r.by_code("1904")->lan, "Västmanlands län");
  EXPECT_EQ(r.by_code("9999"), nullptr);
}

TEST(KommunRegister, ShippedCopyMatchesSharedTable) {
  const auto shared = test::shared_corpus();
  if (shared.empty()) GTEST_SKIP() << "../shared saknas";
  std::ifstream in(shared.parent_path() / "data/kommuner.tsv");
  std::stringstream ss;
  ss << in.rdbuf();
  const KommunRegister fresh(ss.str());
  ASSERT_EQ(fresh.all().size(), KommunRegister::shared().all().size());
  for (size_t i = 0; i < fresh.all().size(); ++i)
    EXPECT_EQ(fresh.all()[i].code, KommunRegister::shared().all()[i].code);
}

TEST(KommunRegister, NamesAndGenitives) {
  const KommunRegister& r = KommunRegister::shared();
  EXPECT_EQ(r.by_name("Skinnskattebergs")->code, "1904");
  EXPECT_EQ(r.by_name("piteå")->code, "2581");
  EXPECT_EQ(r.by_name("LESSEBO")->code, "0761");
  EXPECT_EQ(r.by_name("Borås")->code, "1490");
  EXPECT_EQ(r.by_name("Västra Mälardalen"), nullptr);
}

TEST(KommunRegister, FindsKommunerAsReportsWriteThem) {
  const KommunRegister& r = KommunRegister::shared();
  const std::string t =
      "KPMG har av Skinnskattebergs kommuns revisorer fått i uppdrag. LESSEBO KOMMUN 2019. "
      "Vi har av Piteå kommuns revisorer. Upplands Väsby kommun och Stockholms stad. "
      "Västra Mälardalens kommunalförbund är inget av dem.";
  const auto found = r.find_all(t);
  std::vector<std::string> codes, spans;
  for (const auto& m : found) {
    codes.push_back(m.kommun->code);
    spans.push_back(t.substr(m.begin, m.end - m.begin));
  }
  EXPECT_EQ(codes, (std::vector<std::string>{"1904", "0761", "2581", "0114", "0180"}));
  EXPECT_EQ(spans[0], "Skinnskattebergs kommuns");
  EXPECT_EQ(spans[1], "LESSEBO KOMMUN");
  EXPECT_EQ(spans[3], "Upplands Väsby kommun");
}

}  // namespace
}  // namespace gransk::corpus
