// Metadata where reports print it outside running text: a letter head set as a
// table ("Datum 2010-06-17" beside "Dnr"), a date in the running header
// ("Oxelösunds kommun  29 augusti 2011"), a stadsrevision's "Årsrapport 2012
// SERVICENÄMNDEN" (a grundläggande granskning of that board), and a board
// named by its district ("Till Hägersten-Liljeholmens stadsdelsnämnd"), and a
// date alone on a line of the last page, above the signatures, when the cover
// gives only a month.
#include <gtest/gtest.h>

#include <filesystem>

#include "corpus_fixture.h"
#include "gransk/corpus/analysis.h"

#ifndef GRANSK_SHARED_DIR
#define GRANSK_SHARED_DIR "../shared"
#endif

namespace gransk {
namespace {

std::optional<corpus::Report> devdata_report(const std::string& name) {
  for (const char* set : {"real-a", "real-b"}) {
    const std::string path = std::string(GRANSK_SHARED_DIR) + "/devdata/" + set + "/" + name;
    if (!std::filesystem::exists(path)) continue;
    static const rules::RuleSet rules = rules::load_rules({rules::default_rules_dir()});
    corpus::AnalysisResult a = corpus::analyse(path, rules);
    if (!std::holds_alternative<corpus::Analysis>(a)) return std::nullopt;
    return std::get<corpus::Analysis>(a).report;
  }
  return std::nullopt;
}

TEST(LetterheadMetadata, DateInALetterHeadTable) {
  const auto r = devdata_report("riksrevisionen-2010-kriminalvarden-lokalforsorjning.pdf");
  if (!r) GTEST_SKIP() << "devdata saknas";
  EXPECT_EQ(r->date.value_or(""), "2010-06-17");
  EXPECT_EQ(r->year.value_or(0), 2010);
}

TEST(LetterheadMetadata, LongDateInTheRunningHeader) {
  const auto r = devdata_report("oxelosund-2011-intern-kontroll-bilar.lo.pdf");
  if (!r) GTEST_SKIP() << "devdata saknas";
  EXPECT_EQ(r->date.value_or(""), "2011-08-29");
}

TEST(LetterheadMetadata, BoardNamedByItsDistrictKeepsItsCapital) {
  const auto r = devdata_report("stockholm-2020-arsrapport-hagersten-liljeholmen.pdf");
  if (!r) GTEST_SKIP() << "devdata saknas";
  EXPECT_EQ(r->addressee.value_or(""), "Hägersten-Liljeholmens stadsdelsnämnd");
}

TEST(LetterheadMetadata, AnAnnualReportOfABoardIsItsBasicAudit) {
  const corpus::Report r =
      test::devset_report("real/dev/stockholm-2013-arsrapport-servicenamnden.pdf");
  EXPECT_EQ(r.report_type, "grundläggande granskning");
  EXPECT_EQ(r.addressee.value_or(""), "servicenämnden");
}

TEST(LetterheadMetadata, ADateAloneAboveTheSignaturesOfTheLastPage) {
  // The cover says "November 2022"; "2022-11-14" stands alone above the names.
  const corpus::Report r = test::devset_report("synth3/dev/ljusdal-2022-bisysslor.pdf");
  EXPECT_EQ(r.date.value_or(""), "2022-11-14");
}

}  // namespace
}  // namespace gransk
