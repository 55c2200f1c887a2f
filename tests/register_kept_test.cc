// The register kept in the archive between processes (index/src/register_kept.h):
// its byte form gives back every field, and damaged bytes are refused, never
// read as a register (a refused one is built again from the findings).
#include "register_kept.h"  // index/src

#include <gtest/gtest.h>

namespace gransk::index::detail {
namespace {

using corpus::RecommendationStatus;

corpus::ReportRef ref(int64_t id, const std::string& title) {
  corpus::ReportRef r;
  r.id = id;
  r.title = title;
  r.firm = "KPMG";
  r.report_type = "uppföljande granskning";
  r.date = "2023-04-01";
  r.addressee = "Socialnämnden";
  r.path = "/arkiv/" + std::to_string(id) + ".pdf";
  r.year = 2023;
  r.follows_up_title = "granskning av hemtjänst";
  r.follows_up_year = 2021;
  return r;
}

corpus::RegisterCore sample() {
  corpus::RegisterCore core;
  corpus::RegisterEntry e;
  e.id = "5.2";
  e.organisation = "Tierps kommun";
  e.org_key = "0360";
  e.kommunkod = "0360";
  e.lan = "Uppsala län";
  e.report = ref(5, "Granskning av hemtjänst");
  e.report.follows_up_year.reset();
  e.ordinal = 2;
  e.text = "Nämnden bör säkerställa att genomförandeplaner upprättas.";
  e.page = 7;
  e.restates = "3.1";
  e.year = 2021;
  e.status = RecommendationStatus::NotResolved;
  corpus::StatusEvent ev;
  ev.status = RecommendationStatus::NotResolved;
  ev.source = ref(9, "Uppföljning av hemtjänst");
  ev.item = "9.u1";
  ev.quote = "Genomförandeplaner – ej åtgärdad";
  ev.page = 3;
  ev.confidence = 0.8125;
  ev.link = "automatisk";
  e.history.push_back(ev);
  ev.status.reset();  // named without a verdict
  ev.link = "bekräftad";
  e.history.push_back(ev);
  e.due = "2023-06-30";
  e.overdue = true;
  e.age_days = 400;
  core.entries.push_back(e);
  e.id = "9.u1";
  e.from_followup = true;
  e.history.clear();
  e.year.reset();
  e.status = RecommendationStatus::Open;
  core.entries.push_back(e);

  corpus::ResponseRequestEntry q;
  q.id = "5.s1";
  q.organisation = "Tierps kommun";
  q.report = e.report;
  q.text = "Revisorerna önskar svar senast den 30 juni 2023.";
  q.due = "2023-06-30";
  q.page = 1;
  q.answer = corpus::Answer{"2023-06-20", "Nämnden har antagit en plan.", "manuellt", 12};
  core.requests.push_back(q);
  q.id = "5.s2";
  q.answer.reset();
  core.requests.push_back(q);
  core.earliest_open_due = {{5, "2023-06-30"}};
  return core;
}

TEST(RegisterKept, EveryFieldComesBack) {
  const corpus::RegisterCore core = sample();
  const std::string bytes = encode_core(core);
  ASSERT_FALSE(bytes.empty());
  corpus::RegisterCore back;
  ASSERT_TRUE(decode_core(bytes, back));
  ASSERT_EQ(back.entries.size(), 2u);
  const corpus::RegisterEntry& e = back.entries[0];
  EXPECT_EQ(e.id, "5.2");
  EXPECT_EQ(e.kommunkod, "0360");
  EXPECT_EQ(e.report.title, "Granskning av hemtjänst");
  EXPECT_FALSE(e.report.follows_up_year.has_value());
  EXPECT_EQ(e.restates, "3.1");
  EXPECT_EQ(e.status, RecommendationStatus::NotResolved);
  ASSERT_EQ(e.history.size(), 2u);
  EXPECT_EQ(e.history[0].source.path, "/arkiv/9.pdf");
  EXPECT_EQ(e.history[0].source.follows_up_year, 2021);
  EXPECT_DOUBLE_EQ(e.history[0].confidence, 0.8125);
  EXPECT_FALSE(e.history[1].status.has_value());
  EXPECT_EQ(e.history[1].link, "bekräftad");
  EXPECT_TRUE(back.entries[1].from_followup);
  EXPECT_FALSE(back.entries[1].year.has_value());
  ASSERT_EQ(back.requests.size(), 2u);
  ASSERT_TRUE(back.requests[0].answer.has_value());
  EXPECT_EQ(back.requests[0].answer->text, "Nämnden har antagit en plan.");
  EXPECT_EQ(back.requests[0].answer->report_id, 12);
  EXPECT_FALSE(back.requests[1].answer.has_value());
  EXPECT_EQ(back.earliest_open_due.at(5), "2023-06-30");
  EXPECT_EQ(encode_core(back), bytes);  // nothing lost or added
}

TEST(RegisterKept, DamagedBytesAreRefused) {
  const std::string bytes = encode_core(sample());
  corpus::RegisterCore back;
  for (size_t n = 0; n < bytes.size(); n += 7)
    EXPECT_FALSE(decode_core(std::string_view(bytes).substr(0, n), back)) << "cut at " << n;
  EXPECT_FALSE(decode_core(bytes + "x", back));
  std::string other = bytes;
  other[0] ^= 1;  // another form's magic
  EXPECT_FALSE(decode_core(other, back));
}

// A report cited two ways cannot be written once and cited by id: such a
// register is not kept (empty bytes), rather than kept wrong.
TEST(RegisterKept, AReportCitedTwoWaysIsNotKept) {
  corpus::RegisterCore core = sample();
  core.requests[0].report.title = "Ett annat namn";
  EXPECT_TRUE(encode_core(core).empty());
}

}  // namespace
}  // namespace gransk::index::detail
