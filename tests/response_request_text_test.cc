// What a revisor reads as "svarsbegäran": a request written in running text is
// its whole sentence, who asks and by when included; a request set out as list
// points is each point, with the date of the sentence that introduces them; a
// request in a table cell is the cell's sentence.
#include <gtest/gtest.h>

#include "corpus_fixture.h"
#include "gransk/corpus/analysis.h"
#include "hand_built_report.h"

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

TEST(ResponseRequestText, ACellIsItsWholeSentence) {
  using extractor::BlockKind;
  using test::block;
  extractor::Block table = block(BlockKind::Table, "");
  table.rows = {{{"Begäran", "Till"}},
                {{"Revisorerna har den 22 mars 2018 behandlat bifogad årsrapport och överlämnar "
                  "den till kommunstyrelsen för yttrande senast den 29 juni 2018.",
                  "Kommunstyrelsen"}}};
  const Report r =
      test::report_of({block(BlockKind::Heading, "Svar på rapporten", 1, 1),
                       block(BlockKind::Paragraph,
                             "KPMG har på uppdrag av de förtroendevalda revisorerna granskat "
                             "kommunstyrelsens interna kontroll. Revisionsrapport 2018."),
                       table});
  ASSERT_EQ(r.response_requests.size(), 1u);
  EXPECT_EQ(r.response_requests[0].text.rfind("Revisorerna har den 22 mars 2018 behandlat", 0), 0u)
      << r.response_requests[0].text;
  EXPECT_EQ(r.response_requests[0].due, "2018-06-29");
}

// The requests of a missiv paragraph (two sentences of frame around `request`).
std::vector<ResponseRequest> requests_in(const std::string& request) {
  using extractor::BlockKind;
  using test::block;
  return test::report_of(
             {block(BlockKind::Heading, "Missiv", 1, 1),
              block(BlockKind::Paragraph,
                    "KPMG har på uppdrag av de förtroendevalda revisorerna granskat "
                    "kommunstyrelsens styrning. Granskningen avser kommunstyrelsen."),
              block(BlockKind::Paragraph, "Revisorerna överlämnar rapporten. " + request)})
      .response_requests;
}

TEST(ResponseRequestText, AskedForInAnyOrderAndVoice) {
  for (const std::string request :
       {"Ett svar på rapporten emotses senast den 31 maj 2024.",
        "Svar önskas senast den 31 maj 2024.",
        "Revisorerna begär att nämnden yttrar sig över rapporten senast den 31 maj 2024.",
        "Vi förväntar oss ett svar från kommunstyrelsen senast den 31 maj 2024."}) {
    const auto found = requests_in(request);
    ASSERT_EQ(found.size(), 1u) << request;
    EXPECT_EQ(found[0].text, request);
    EXPECT_EQ(found[0].due, "2024-05-31") << request;
  }
  EXPECT_TRUE(requests_in("Svaret lämnades senast den 31 maj 2024.").empty());
}

}  // namespace
}  // namespace gransk::corpus
