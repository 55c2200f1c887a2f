// A request set as a list point after a lead-in that names the same date is one
// request, not two: "Vi önskar svar senast den 28 februari 2023 på följande:" /
// "• Region Skånes revisorer önskar ett skriftligt svar från … senast den 28
// februari 2023." A rule that reads only the object of the request inside the
// point ("ett skriftligt svar … på rapportens rekommendationer") adds nothing.
#include <gtest/gtest.h>

#include "hand_built_report.h"

namespace gransk::corpus {
namespace {

using extractor::BlockKind;
using test::block;

TEST(NestedResponseRequest, APointThatAsksIsOneRequest) {
  extractor::Block answer = block(BlockKind::Heading, "Svar på rapporten", 2, 1);
  answer.number = "2";
  const Report r = test::report_of({
      block(BlockKind::Heading, "Granskning av intern kontroll", 2, 1),
      block(BlockKind::Paragraph,
            "KPMG har på uppdrag av de förtroendevalda revisorerna i Ljusdals kommun granskat "
            "kommunstyrelsens interna kontroll.",
            2),
      answer,
      block(BlockKind::Paragraph, "Vi önskar svar senast den 28 februari 2023 på följande:", 2),
      block(BlockKind::ListItem,
            "Region Skånes revisorer önskar ett skriftligt svar från hälso- och sjukvårdsnämnden "
            "och regionstyrelsen på rapportens rekommendationer senast den 28 februari 2023.",
            2),
  });
  ASSERT_EQ(r.response_requests.size(), 1u);
  EXPECT_EQ(r.response_requests[0].due, "2023-02-28");
  EXPECT_EQ(r.response_requests[0].text.rfind("Region Skånes revisorer önskar", 0), 0u)
      << r.response_requests[0].text;
}

}  // namespace
}  // namespace gransk::corpus
