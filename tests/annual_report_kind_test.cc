// A stadsrevision's "Årsrapport 2016" for one board sums up the year's
// grundläggande granskning of it, wherever the words stand: the year and the
// board on two cover lines (a word processor's cover), or only in the running
// header over every page. A company's "Årsrapport 2022" alone is no such thing.
#include <gtest/gtest.h>

#include "hand_built_report.h"

namespace gransk::corpus {
namespace {

using extractor::BlockKind;
using test::block;

const char* kBody =
    "Den kommunala revisionen är fullmäktiges kontrollinstrument för att granska verksamheten i "
    "nämnder och bolagsstyrelser. Stadsrevisionen i Malmö granskar hur nämnder och styrelser tar "
    "ansvar för att genomföra verksamheten enligt fullmäktiges uppdrag. Revisorerna bedömer att "
    "kommunstyrelsen bedrivit verksamheten på ett ändamålsenligt sätt.";

TEST(AnnualReportKind, YearAndBoardOnTwoCoverLines) {
  const Report r = test::report_of({block(BlockKind::Paragraph, "Revisionskontoret"),
                                    block(BlockKind::Paragraph, "ÅRSRAPPORT 2016"),
                                    block(BlockKind::Paragraph, "Kommunstyrelsen"),
                                    block(BlockKind::Paragraph, kBody)});
  EXPECT_EQ(r.report_type, "grundläggande granskning");
}

TEST(AnnualReportKind, OnlyInTheRunningHeader) {
  const Report r =
      test::report_of({block(BlockKind::Paragraph, "Hägersten-Liljeholmens stadsdelsnämnd"),
                       block(BlockKind::Paragraph, "Rapport från stadsrevisionen"),
                       block(BlockKind::Paragraph, kBody, 2)},
                      {"Årsrapport 2019 Hägersten-Liljeholmens stadsdelsnämnd"});
  EXPECT_EQ(r.report_type, "grundläggande granskning");
}

TEST(AnnualReportKind, ACompanysAnnualReportIsNot) {
  const Report r = test::report_of({block(BlockKind::Paragraph, "ÅRSRAPPORT 2022"),
                                    block(BlockKind::Paragraph, "Vatten AB"),
                                    block(BlockKind::Paragraph, kBody)});
  EXPECT_NE(r.report_type, "grundläggande granskning");
}

}  // namespace
}  // namespace gransk::corpus
