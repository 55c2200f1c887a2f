// A city's audit office names its city in running text ("Stadsrevisionen i
// Malmö granskar …") when the letterhead with the city's name is an image that
// carries no text (LibreOffice's print of a Word letterhead): the report is
// that city's, by its official name and code.
#include <gtest/gtest.h>

#include "hand_built_report.h"

namespace gransk::corpus {
namespace {

using extractor::BlockKind;
using test::block;

Report annual_report(const std::string& city) {
  return test::report_of(
      {block(BlockKind::Paragraph, "Revisionskontoret"),
       block(BlockKind::Heading, "ÅRSRAPPORT 2016", 1, 1),
       block(BlockKind::Paragraph, "Kommunstyrelsen"),
       block(BlockKind::Paragraph,
             "Den kommunala revisionen är fullmäktiges kontrollinstrument för att granska "
             "verksamheten i nämnder och bolagsstyrelser. Stadsrevisionen i " +
                 city +
                 " granskar hur nämnder och styrelser tar ansvar för att genomföra "
                 "verksamheten enligt fullmäktiges uppdrag.")});
}

TEST(CityAuditOffice, NamesItsCity) {
  const Report malmo = annual_report("Malmö");
  ASSERT_TRUE(malmo.organisation);
  EXPECT_EQ(malmo.organisation->name, "Malmö stad");
  EXPECT_EQ(malmo.organisation->kind, "kommun");
  EXPECT_EQ(malmo.organisation->code.value_or(""), "1280");

  const Report stockholm = annual_report("Stockholm");
  ASSERT_TRUE(stockholm.organisation);
  EXPECT_EQ(stockholm.organisation->name, "Stockholms stad");
  EXPECT_EQ(stockholm.organisation->code.value_or(""), "0180");
}

}  // namespace
}  // namespace gransk::corpus
