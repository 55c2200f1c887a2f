// A word processor's letterhead is a running header or footer: the text leaves
// it out as furniture, but it names the organisation ("Malmö stad") and the
// firm ("Ernst & Young AB"); the report has them when its body does not.
#include <gtest/gtest.h>

#include "hand_built_report.h"

namespace gransk::corpus {
namespace {

using extractor::BlockKind;
using test::block;

std::vector<extractor::Block> body() {
  return {block(BlockKind::Heading, "Granskning av avtalshantering", 1, 1),
          block(BlockKind::Paragraph,
                "På uppdrag av de förtroendevalda revisorerna har vi granskat kommunstyrelsens "
                "avtalshantering. Granskningen avser kommunstyrelsen. Revisionsrapport 2024."),
          block(BlockKind::Paragraph,
                "Vi bedömer att kommunstyrelsen delvis har säkerställt en ändamålsenlig "
                "avtalshantering.")};
}

TEST(LetterheadFurniture, TheRunningHeaderNamesTheOrganisationAndTheFirm) {
  const Report r = test::report_of(body(), {"Ockelbo kommun", "Ernst & Young AB"});
  ASSERT_TRUE(r.organisation.has_value());
  EXPECT_EQ(r.organisation->name, "Ockelbo kommun");
  EXPECT_EQ(r.organisation->code.value_or(""), "2101");
  EXPECT_EQ(r.auditor.value_or(""), "EY");
}

TEST(LetterheadFurniture, WithoutItNoneIsInvented) {
  const Report r = test::report_of(body());
  EXPECT_FALSE(r.organisation.has_value());
  EXPECT_FALSE(r.auditor.has_value());
}

}  // namespace
}  // namespace gransk::corpus
