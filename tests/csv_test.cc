// CSV cells: quoted where needed, and a cell a spreadsheet would run as a
// formula (= + - @ TAB CR first, OWASP's CSV injection advice) starts with '.
#include <gtest/gtest.h>

#include "text_table.h"

namespace gransk::cli {
namespace {

TEST(Csv, PlainCellsStayAsTheyAre) {
  EXPECT_EQ(csv_field("Piteå kommun"), "Piteå kommun");
  EXPECT_EQ(csv_field(""), "");
  EXPECT_EQ(csv_field("2021"), "2021");
  EXPECT_EQ(csv_field("a=b"), "a=b");  // only the first character counts
}

TEST(Csv, QuotesSeparatorsQuotesAndLineBreaks) {
  EXPECT_EQ(csv_field("a,b"), "\"a,b\"");
  EXPECT_EQ(csv_field("a;b"), "\"a;b\"");
  EXPECT_EQ(csv_field("säger \"nej\""), "\"säger \"\"nej\"\"\"");
  EXPECT_EQ(csv_field("rad 1\nrad 2"), "\"rad 1\nrad 2\"");
  EXPECT_EQ(csv_field("rad 1\rrad 2"), "\"rad 1\rrad 2\"");
}

TEST(Csv, FormulaCellsBecomeText) {
  EXPECT_EQ(csv_field("=1+1"), "'=1+1");
  EXPECT_EQ(csv_field("+46 70 123"), "'+46 70 123");
  EXPECT_EQ(csv_field("-brand"), "'-brand");
  EXPECT_EQ(csv_field("@SUM(A1:A2)"), "'@SUM(A1:A2)");
  EXPECT_EQ(csv_field("\tindrag"), "'\tindrag");
  EXPECT_EQ(csv_field("\r=1"), "\"'\r=1\"");
  // The apostrophe goes inside the quotes, before the formula.
  EXPECT_EQ(csv_field("=HYPERLINK(\"http://evil.example\",\"klicka\")"),
            "\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"klicka\"\")\"");
  EXPECT_EQ(csv_field("=cmd|' /C calc'!A0"), "'=cmd|' /C calc'!A0");
}

TEST(Csv, RowsUseTheCellRuleForEveryCell) {
  EXPECT_EQ(csv_row({"rekommendation", "=1+1", "a,b", "-", ""}),
            "rekommendation,'=1+1,\"a,b\",'-,\n");
}

}  // namespace
}  // namespace gransk::cli
