// What a revisor reads as "svarsbegäran": a request written in running text is
// its whole sentence, who asks and by when included; a request set out as list
// points is each point, with the date of the sentence that introduces them.
#include <gtest/gtest.h>

#include "corpus_fixture.h"
#include "gransk/corpus/analysis.h"

namespace gransk::corpus {
namespace {

TEST(ResponseRequestText, ASentenceInAMissivIsTheWholeSentence) {
  const Report r = test::devset_report("real/dev/stockholm-2013-arsrapport-servicenamnden.pdf");
  ASSERT_EQ(r.response_requests.size(), 1u);
  EXPECT_EQ(r.response_requests[0].text,
            "Revisorerna emotser ett yttrande över årsrapporten från nämnden senast 2013-06-30.");
  EXPECT_EQ(r.response_requests[0].due, "2013-06-30");
  // The span is the sentence's, so the page shows what the text says.
  EXPECT_GT(r.response_requests[0].where.span.size(), 70u);
}

TEST(ResponseRequestText, ListPointsAreEachAPointWithTheLeadInsDate) {
  const Report r = test::devset_report("synth2/dev/vimmerby-2023-missiv-fastighetsunderhall.pdf");
  ASSERT_EQ(r.response_requests.size(), 3u);
  for (const ResponseRequest& q : r.response_requests) {
    EXPECT_EQ(q.due, "2024-03-15");
    EXPECT_EQ(q.text.find("önskar"), std::string::npos) << q.text;  // not the lead-in
  }
  EXPECT_EQ(r.response_requests[1].text.rfind("vilka åtgärder nämnden avser", 0), 0u);
}

}  // namespace
}  // namespace gransk::corpus
